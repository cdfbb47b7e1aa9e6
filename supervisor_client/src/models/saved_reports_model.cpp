#include "models/saved_reports_model.h"

#include <QDateTime>

#include <algorithm>

#include "models/report_model.h"

namespace cti::supervisor {

SavedReportsModel::SavedReportsModel(QObject* parent) : QAbstractListModel(parent) {}

int SavedReportsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(reports_.size());
}

QVariant SavedReportsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& r = reports_.at(index.row());
    switch (role) {
        case Qt::DisplayRole: return r.shared ? tr("%1 (shared)").arg(r.name) : r.name;
        case ReportIdRole: return r.reportId;
        case Qt::ToolTipRole:
            return tr("%1 report, saved by %2 on %3")
                .arg(ReportModel::subjectTitle(r.query.subject), r.owner,
                     QDateTime::fromMSecsSinceEpoch(r.updatedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        default: return {};
    }
}

void SavedReportsModel::sort() {
    std::stable_sort(reports_.begin(), reports_.end(),
                     [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
}

void SavedReportsModel::setReports(QList<cti::qt::SavedReport> reports) {
    beginResetModel();
    reports_ = std::move(reports);
    sort();
    endResetModel();
}

void SavedReportsModel::upsert(const cti::qt::SavedReport& report) {
    // Rare and small: a reset keeps the name order without moving rows one by one.
    beginResetModel();
    if (const auto row = rowOf(report.reportId)) reports_[*row] = report;
    else reports_.append(report);
    sort();
    endResetModel();
}

void SavedReportsModel::remove(qint64 reportId) {
    const auto row = rowOf(reportId);
    if (!row) return;
    beginRemoveRows({}, *row, *row);
    reports_.removeAt(*row);
    endRemoveRows();
}

std::optional<int> SavedReportsModel::rowOf(qint64 reportId) const {
    for (int i = 0; i < reports_.size(); ++i)
        if (reports_.at(i).reportId == reportId) return i;
    return std::nullopt;
}

std::optional<int> SavedReportsModel::rowOfName(const QString& name) const {
    for (int i = 0; i < reports_.size(); ++i)
        if (reports_.at(i).name == name) return i;
    return std::nullopt;
}

}  // namespace cti::supervisor
