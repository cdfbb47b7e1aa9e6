#include "models/report_model.h"

#include <QDateTime>
#include <QFont>
#include <QHash>

namespace cti::supervisor {

ReportModel::ReportModel(QObject* parent) : QAbstractTableModel(parent) {}

int ReportModel::rowCount(const QModelIndex& parent) const {
    // The total row only when there is a report at all.
    return parent.isValid() || empty() ? 0 : static_cast<int>(result_.rows.size()) + 1;
}

int ReportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || empty() ? 0 : firstValueColumn() + static_cast<int>(result_.columns.size());
}

const cti::qt::ReportRow& ReportModel::rowAt(int row) const {
    return isTotal(row) ? result_.total : result_.rows.at(row);
}

QString ReportModel::cellText(int row, int column) const {
    const auto& r = rowAt(row);
    if (column < firstValueColumn()) {
        // The total row says so in its first column; the other label cells stay empty.
        if (isTotal(row)) return column == 0 ? tr("Total") : QString();
        if (periods_ && column == 0) return r.period;
        return keyText(subject_, r.key);
    }
    const int v = column - firstValueColumn();
    const double value = v < r.values.size() ? r.values.at(v) : 0.0;
    return formatReportValue(reportValueKind(result_.columns.at(v)), value);
}

QVariant ReportModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const bool value = index.column() >= firstValueColumn();
    switch (role) {
        case Qt::DisplayRole: return cellText(index.row(), index.column());
        case ValueRole: {
            if (!value) return {};
            const auto& values = rowAt(index.row()).values;
            const int v = index.column() - firstValueColumn();
            return v < values.size() ? values.at(v) : 0.0;
        }
        case TotalRole: return isTotal(index.row());
        case Qt::TextAlignmentRole:
            return value ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::FontRole:
            if (isTotal(index.row())) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default: return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount()) return {};
    if (periods_ && section == 0) return tr("Period");
    if (section < firstValueColumn()) return keyTitle(subject_);
    return columnTitle(result_.columns.at(section - firstValueColumn()));
}

void ReportModel::setReport(const QString& subject, const cti::qt::ReportResult& result) {
    beginResetModel();
    subject_ = subject;
    result_ = result;
    periods_ = hasPeriods(result);
    endResetModel();
}

void ReportModel::clear() { setReport({}, {}); }

ReportChartData ReportModel::chartData(int valueIndex) const {
    ReportChartData data = reportChartData(result_, valueIndex);
    if (data.overPeriods) {
        for (auto& s : data.series) s.name = keyText(subject_, s.name);
    } else {
        for (auto& c : data.categories) c = keyText(subject_, c);
        for (auto& s : data.series) s.name = columnTitle(s.name);
    }
    return data;
}

ReportExportTable ReportModel::exportTable() const {
    ReportExportTable t;
    t.title = tr("%1 report").arg(subjectTitle(subject_));
    if (result_.fromMs != 0 || result_.toMs != 0) {
        const auto at = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        };
        t.subtitle = tr("From %1 to %2").arg(at(result_.fromMs), at(result_.toMs));
    }
    for (int c = 0; c < columnCount(); ++c) t.headers.append(headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < rowCount(); ++r) {
        QList<ReportCell> cells;
        for (int c = 0; c < columnCount(); ++c) {
            ReportCell cell{cellText(r, c)};
            if (c >= firstValueColumn()) {
                cell.numeric = true;
                cell.value = data(index(r, c), ValueRole).toDouble();
                cell.kind = reportValueKind(result_.columns.at(c - firstValueColumn()));
            }
            cells.append(cell);
        }
        t.rows.append(cells);
    }
    t.hasTotal = rowCount() > 0;
    return t;
}

QString ReportModel::columnTitle(const QString& id) {
    // Every column id of the report subjects (server/reports/src/subjects.cpp); the test against
    // the real server checks none is missing.
    static const QHash<QString, const char*> titles{
        {QStringLiteral("offered"), QT_TR_NOOP("Offered")},
        {QStringLiteral("answered"), QT_TR_NOOP("Answered")},
        {QStringLiteral("answered_in_sl"), QT_TR_NOOP("Answered in service level")},
        {QStringLiteral("abandoned"), QT_TR_NOOP("Abandoned")},
        {QStringLiteral("short_abandoned"), QT_TR_NOOP("Short abandons")},
        {QStringLiteral("overflowed"), QT_TR_NOOP("Overflowed")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("service_level_pct"), QT_TR_NOOP("Service level")},
        {QStringLiteral("answer_rate_pct"), QT_TR_NOOP("Answer rate")},
        {QStringLiteral("avg_wait_s"), QT_TR_NOOP("Average wait")},
        {QStringLiteral("max_wait_s"), QT_TR_NOOP("Longest wait")},
        {QStringLiteral("avg_abandon_wait_s"), QT_TR_NOOP("Average wait before abandoning")},
        {QStringLiteral("talk_s"), QT_TR_NOOP("Talk time")},
        {QStringLiteral("avg_talk_s"), QT_TR_NOOP("Average talk time")},
        {QStringLiteral("offers"), QT_TR_NOOP("Offers")},
        {QStringLiteral("missed"), QT_TR_NOOP("Missed")},
        {QStringLiteral("signed_in_s"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("ready_s"), QT_TR_NOOP("Ready")},
        {QStringLiteral("not_ready_s"), QT_TR_NOOP("Not ready")},
        {QStringLiteral("away_s"), QT_TR_NOOP("Away")},
        {QStringLiteral("wrap_up_s"), QT_TR_NOOP("Wrap-up")},
        {QStringLiteral("occupancy_pct"), QT_TR_NOOP("Occupancy")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visits")},
        {QStringLiteral("calls"), QT_TR_NOOP("Calls")},
        {QStringLiteral("left_here"), QT_TR_NOOP("Ended here")},
        {QStringLiteral("left_pct"), QT_TR_NOOP("Share ended here")},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders")},
        {QStringLiteral("open"), QT_TR_NOOP("Open")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue")},
        {QStringLiteral("satisfied"), QT_TR_NOOP("Satisfied")},
        {QStringLiteral("unsatisfied"), QT_TR_NOOP("Unsatisfied")},
        {QStringLiteral("overdue_pct"), QT_TR_NOOP("Overdue rate")},
        {QStringLiteral("satisfaction_pct"), QT_TR_NOOP("Satisfaction rate")},
    };
    const auto it = titles.constFind(id);
    return it == titles.cend() ? id : tr(*it);
}

QString ReportModel::subjectTitle(const QString& subject) {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("queue"), QT_TR_NOOP("Queues")},
        {QStringLiteral("agent"), QT_TR_NOOP("Agents")},
        {QStringLiteral("ivr_node"), QT_TR_NOOP("IVR nodes")},
        {QStringLiteral("order_type"), QT_TR_NOOP("Order types")},
        {QStringLiteral("department"), QT_TR_NOOP("Departments")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue orders")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
    };
    const auto it = titles.constFind(subject);
    return it == titles.cend() ? subject : tr(*it);
}

QString ReportModel::keyTitle(const QString& subject) {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("queue"), QT_TR_NOOP("Queue")},
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("ivr_node"), QT_TR_NOOP("Flow / node")},
        {QStringLiteral("order_type"), QT_TR_NOOP("Order type")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Timeliness")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
    };
    const auto it = titles.constFind(subject);
    return it == titles.cend() ? tr("Key") : tr(*it);
}

QString ReportModel::keyText(const QString& subject, const QString& key) {
    // Only the order subjects' keys are the server's names (server/tickets/src/names.cpp and
    // its summaries); queues, agents, flows and departments are names people gave.
    static const QHash<QString, const char*> names{
        {QStringLiteral("business"), QT_TR_NOOP("Business")},
        {QStringLiteral("consultation"), QT_TR_NOOP("Consultation")},
        {QStringLiteral("repair"), QT_TR_NOOP("Repair")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("suggestion"), QT_TR_NOOP("Suggestion")},
        {QStringLiteral("praise"), QT_TR_NOOP("Praise")},
        {QStringLiteral("marketing"), QT_TR_NOOP("Marketing")},
        {QStringLiteral("overdue"), QT_TR_NOOP("Overdue")},
        {QStringLiteral("in_time"), QT_TR_NOOP("In time")},
        {QStringLiteral("satisfied"), QT_TR_NOOP("Satisfied")},
        {QStringLiteral("basically_satisfied"), QT_TR_NOOP("Basically satisfied")},
        {QStringLiteral("unsatisfied"), QT_TR_NOOP("Unsatisfied")},
        {QStringLiteral("not_visited"), QT_TR_NOOP("Not visited")},
    };
    const bool orderNames = subject == QLatin1String("order_type") || subject == QLatin1String("overdue") ||
                            subject == QLatin1String("satisfaction");
    const auto it = orderNames ? names.constFind(key) : names.cend();
    return it == names.cend() ? key : tr(*it);
}

}  // namespace cti::supervisor
