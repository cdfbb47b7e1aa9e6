#include "models/queue_table_model.h"

namespace cti::supervisor {

namespace {
constexpr int column(QueueTableModel::Column c) { return static_cast<int>(c); }

QString seconds(int s) {
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

QueueTableModel::QueueTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int QueueTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& q = rows_.at(index.row());
    if (role == QueueIdRole) return q.queueId;
    if (role == Qt::TextAlignmentRole && index.column() != column(Column::Name))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ValueRole) return {};
    const bool raw = role == ValueRole;
    switch (static_cast<Column>(index.column())) {
        case Column::Name: return q.name;
        case Column::Waiting: return q.waiting;
        case Column::LongestWait: return raw ? QVariant(q.longestWaitS) : QVariant(seconds(q.longestWaitS));
        case Column::ServiceLevel:
            return raw ? QVariant(q.serviceLevelPercent)
                       : QVariant(tr("%1%").arg(q.serviceLevelPercent, 0, 'f', 1));
        case Column::Answered: return q.answered;
        case Column::Abandoned: return q.abandoned;
        case Column::AgentsIdle: return q.agentsIdle;
        case Column::AgentsInCall: return q.agentsInCall;
        case Column::AgentsWrapUp: return q.agentsWrapUp;
        case Column::AgentsNotReady: return q.agentsNotReady;
        case Column::AgentsAway: return q.agentsAway;
        case Column::Count: break;
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
        case Column::Name: return tr("Queue");
        case Column::Waiting: return tr("Waiting");
        case Column::LongestWait: return tr("Longest wait");
        case Column::ServiceLevel: return tr("Service level");
        case Column::Answered: return tr("Answered");
        case Column::Abandoned: return tr("Abandoned");
        case Column::AgentsIdle: return tr("Idle");
        case Column::AgentsInCall: return tr("On a call");
        case Column::AgentsWrapUp: return tr("Wrap-up");
        case Column::AgentsNotReady: return tr("Not ready");
        case Column::AgentsAway: return tr("Away");
        case Column::Count: break;
    }
    return {};
}

void QueueTableModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    beginResetModel();
    rows_ = snapshot.queueStates;
    rowById_.clear();
    for (int row = 0; row < rows_.size(); ++row) rowById_.insert(rows_[row].queueId, row);
    endResetModel();
    emit countsChanged();
}

void QueueTableModel::applyEvent(const cti::qt::ServerEvent& event) {
    if (const auto* queue = std::get_if<cti::qt::QueueStatus>(&event.kind)) applyQueueStatus(*queue);
}

void QueueTableModel::applyQueueStatus(const cti::qt::QueueStatus& queue) {
    if (const auto existing = rowOf(queue.queueId)) {
        rows_[*existing] = queue;
        emit dataChanged(index(*existing, 0), index(*existing, column(Column::Count) - 1));
    } else {
        const int row = static_cast<int>(rows_.size());
        beginInsertRows({}, row, row);
        rows_.append(queue);
        rowById_.insert(queue.queueId, row);
        endInsertRows();
    }
    emit countsChanged();
}

std::optional<int> QueueTableModel::rowOf(qint64 queueId) const {
    const auto it = rowById_.constFind(queueId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

int QueueTableModel::totalWaiting() const {
    int total = 0;
    for (const auto& q : rows_) total += q.waiting;
    return total;
}

}  // namespace cti::supervisor
