#include "models/agent_table_model.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <algorithm>

namespace cti::supervisor {

namespace {
constexpr int column(AgentTableModel::Column c) { return static_cast<int>(c); }
}  // namespace

AgentTableModel::AgentTableModel(QObject* parent)
    : QAbstractTableModel(parent), nowMs_(QDateTime::currentMSecsSinceEpoch()) {}

QString AgentTableModel::statusText(const QString& status) {
    if (status == QLatin1String("logged_out")) return tr("Signed out");
    if (status == QLatin1String("available")) return tr("Ready");
    if (status == QLatin1String("not_ready")) return tr("Not ready");
    if (status == QLatin1String("away")) return tr("Away");
    return status;
}

QString AgentTableModel::stateText(const QString& state) {
    if (state == QLatin1String("idle")) return tr("Idle");
    if (state == QLatin1String("reserved")) return tr("Ringing");
    if (state == QLatin1String("in_call")) return tr("On a call");
    if (state == QLatin1String("wrap_up")) return tr("Wrap-up");
    return state;
}

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
    const auto st = statusById_.constFind(agent.userId);
    const bool hasStatus = st != statusById_.cend();
    const qint64 seconds = hasStatus && st->sinceMs > 0 ? std::max<qint64>(0, (nowMs_ - st->sinceMs) / 1000) : -1;
    if (role == StatusRole) return hasStatus ? st->status : QString();
    if (role == SecondsInStateRole) return seconds;
    if (role == Qt::ForegroundRole && !agent.online) return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(index.column())) {
        case Column::Login: return agent.login;
        case Column::Name: return agent.displayName;
        case Column::Extension: return agent.extension;
        case Column::Department: return agent.department;
        case Column::Online: return agent.online ? tr("Online") : tr("Offline");
        case Column::Status: return hasStatus ? statusText(st->status) : QString();
        case Column::State: return hasStatus && st->signedIn() ? stateText(st->state) : QString();
        case Column::Reason: return hasStatus ? st->reason : QString();
        case Column::TimeInState:
            if (seconds < 0) return QString();
            return seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                         .arg(seconds / 3600)
                                         .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                         .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("%1:%2")
                                         .arg(seconds / 60, 2, 10, QLatin1Char('0'))
                                         .arg(seconds % 60, 2, 10, QLatin1Char('0'));
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
        case Column::Status: return tr("Status");
        case Column::State: return tr("State");
        case Column::Reason: return tr("Reason");
        case Column::TimeInState: return tr("Time in state");
        case Column::Count: break;
    }
    return {};
}

void AgentTableModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    beginResetModel();
    rows_ = snapshot.agents;
    statusById_.clear();
    for (const auto& a : snapshot.agentStates) statusById_.insert(a.userId, a);
    reindex();
    endResetModel();
    emit countsChanged();
}

void AgentTableModel::applyEvent(const cti::qt::ServerEvent& event) {
    if (const auto* presence = std::get_if<cti::qt::PresenceChange>(&event.kind)) applyPresence(*presence);
    if (const auto* agent = std::get_if<cti::qt::AgentStatusInfo>(&event.kind)) applyAgentStatus(*agent);
}

void AgentTableModel::applyAgentStatus(const cti::qt::AgentStatusInfo& agent) {
    statusById_.insert(agent.userId, agent);
    if (const auto row = rowOf(agent.userId)) emitRow(*row);
}

void AgentTableModel::setNowMs(qint64 nowMs) {
    nowMs_ = nowMs;
    if (!rows_.isEmpty())
        emit dataChanged(index(0, column(Column::TimeInState)),
                         index(static_cast<int>(rows_.size()) - 1, column(Column::TimeInState)));
}

void AgentTableModel::emitRow(int row) {
    emit dataChanged(index(row, 0), index(row, column(Column::Count) - 1));
}

void AgentTableModel::applyPresence(const cti::qt::PresenceChange& presence) {
    if (const auto row = rowOf(presence.userId)) {
        auto& agent = rows_[*row];
        if (agent.online == presence.online) return;
        agent.online = presence.online;
        online_ += presence.online ? 1 : -1;
        // The whole row changes colour, not only the Online cell.
        emitRow(*row);
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
