#include "models/recording_model.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace cti::supervisor {

namespace {
constexpr int kMaxSearchChars = 32;  // the server's limit for a number and a work order number
}  // namespace

QString formatRecordingLength(qint64 durationMs) {
    const qint64 seconds = std::max<qint64>(durationMs, 0) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString formatScore(int score) { return score < 0 ? QStringLiteral("—") : QString::number(score); }

QString recordingSearchProblem(const cti::qt::RecordingQuery& q) {
    const bool digits = std::all_of(q.number.begin(), q.number.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || q.number.size() > kMaxSearchChars)
        return QCoreApplication::translate("cti::supervisor::RecordingModel",
                                           "Search a number by its digits (up to %1).")
            .arg(kMaxSearchChars);
    // The server measures the work order number in bytes.
    if (q.orderNo.toUtf8().size() > kMaxSearchChars)
        return QCoreApplication::translate("cti::supervisor::RecordingModel",
                                           "A work order number has up to %1 characters.")
            .arg(kMaxSearchChars);
    if (q.fromMs < 0 || (q.toMs != 0 && q.toMs <= q.fromMs))
        return QCoreApplication::translate("cti::supervisor::RecordingModel", "The start must be before the end.");
    return {};
}

RecordingModel::RecordingModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecordingModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int RecordingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString RecordingModel::formatTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QVariant RecordingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const auto& r = rows_.at(index.row());
    if (role == RecordingIdRole) return r.recordingId;
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        switch (column) {
            case Column::Time: return r.startedMs;
            case Column::Length: return r.durationMs;
            case Column::Score: return r.score;
            default: break;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return tr("The recording ended early: %1").arg(r.error);
    if (role == Qt::TextAlignmentRole && (column == Column::Length || column == Column::Score))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (column) {
        case Column::Time: return formatTime(r.startedMs);
        case Column::Caller: return r.caller;
        case Column::Callee: return r.callee;
        case Column::Agent: return r.agent;
        case Column::Length: return formatRecordingLength(r.durationMs);
        case Column::OrderNo: return r.orderNo;
        case Column::Score: return formatScore(r.score);
        case Column::Count: break;
    }
    return {};
}

QVariant RecordingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
        case Column::Time: return tr("Time");
        case Column::Caller: return tr("Caller");
        case Column::Callee: return tr("Callee");
        case Column::Agent: return tr("Agent");
        case Column::Length: return tr("Length");
        case Column::OrderNo: return tr("Work order");
        case Column::Score: return tr("Score");
        case Column::Count: break;
    }
    return {};
}

void RecordingModel::setRecordings(const QList<cti::qt::RecordingInfo>& recordings) {
    beginResetModel();
    rows_ = recordings;
    rowById_.clear();
    for (int i = 0; i < rows_.size(); ++i) rowById_.insert(rows_[i].recordingId, i);
    endResetModel();
}

void RecordingModel::applyScored(const cti::qt::RecordingInfo& recording) {
    const auto row = rowOf(recording.recordingId);
    if (!row) return;
    rows_[*row] = recording;
    emit dataChanged(index(*row, 0), index(*row, static_cast<int>(Column::Count) - 1));
}

std::optional<int> RecordingModel::rowOf(qint64 recordingId) const {
    const auto it = rowById_.constFind(recordingId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

}  // namespace cti::supervisor
