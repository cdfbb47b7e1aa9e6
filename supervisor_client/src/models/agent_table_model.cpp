#include "models/agent_table_model.h"

#include <QBrush>
#include <QColor>

namespace cti::supervisor {

namespace {
constexpr int column(AgentTableModel::Column c) { return static_cast<int>(c); }
}  // namespace

AgentTableModel::AgentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int AgentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AgentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : column(Column::Count);
}

QVariant AgentTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& agent = rows_.at(index.row());
    if (role == OnlineRole) return agent.online;
    if (role == UserIdRole) return agent.userId;
    if (role == Qt::ForegroundRole && !agent.online) return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(index.column())) {
        case Column::Login: return agent.login;
        case Column::Name: return agent.displayName;
        case Column::Extension: return agent.extension;
        case Column::Department: return agent.department;
        case Column::Online: return agent.online ? tr("Online") : tr("Offline");
        case Column::Count: break;
    }
    return {};
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
        case Column::Login: return tr("Login");
        case Column::Name: return tr("Name");
        case Column::Extension: return tr("Extension");
        case Column::Department: return tr("Department");
        case Column::Online: return tr("Presence");
        case Column::Count: break;
    }
    return {};
}

void AgentTableModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    beginResetModel();
    rows_ = snapshot.agents;
    reindex();
    endResetModel();
    emit countsChanged();
}

void AgentTableModel::applyEvent(const cti::qt::ServerEvent& event) {
    if (const auto* presence = std::get_if<cti::qt::PresenceChange>(&event.kind)) applyPresence(*presence);
}

void AgentTableModel::applyPresence(const cti::qt::PresenceChange& presence) {
    if (const auto row = rowOf(presence.userId)) {
        auto& agent = rows_[*row];
        if (agent.online == presence.online) return;
        agent.online = presence.online;
        online_ += presence.online ? 1 : -1;
        // The whole row changes colour, not only the Online cell.
        emit dataChanged(index(*row, 0), index(*row, column(Column::Count) - 1));
        emit countsChanged();
        return;
    }
    // A user created after the snapshot: show what the event tells until the next snapshot
    // fills in the rest.
    const int row = static_cast<int>(rows_.size());
    beginInsertRows({}, row, row);
    rows_.append(cti::qt::AgentInfo{presence.userId, presence.login, {}, {}, {}, presence.online});
    rowById_.insert(presence.userId, row);
    if (presence.online) ++online_;
    endInsertRows();
    emit countsChanged();
}

std::optional<int> AgentTableModel::rowOf(qint64 userId) const {
    const auto it = rowById_.constFind(userId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

void AgentTableModel::reindex() {
    rowById_.clear();
    online_ = 0;
    for (int row = 0; row < rows_.size(); ++row) {
        rowById_.insert(rows_[row].userId, row);
        if (rows_[row].online) ++online_;
    }
}

}  // namespace cti::supervisor
