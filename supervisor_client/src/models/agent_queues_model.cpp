#include "models/agent_queues_model.h"

#include <QCoreApplication>

#include <algorithm>

namespace cti::supervisor {

QString queueEditProblem(const QueueEditFacts& f, QueueEdit edit, const QString& queue, int level) {
    if (!f.connected) return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "Not connected to the server.");
    if (!f.mayEdit)
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel",
                                           "Only team leaders and supervisors may change queue membership.");
    if (f.agentUserId == 0)
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "Choose an agent on the wall.");
    if (!f.loaded)
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "The queue membership is loading…");
    if (queue.isEmpty()) return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "Choose a queue.");
    if (edit == QueueEdit::Remove) {
        if (!f.joined.contains(queue))
            return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "The agent is not in %1.").arg(queue);
        return {};
    }
    if (!f.queues.contains(queue))
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "There is no queue named %1.").arg(queue);
    if (f.joined.contains(queue))
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel", "The agent is already in %1.").arg(queue);
    if (level < kMinQueueLevel || level > kMaxQueueLevel)
        return QCoreApplication::translate("cti::supervisor::AgentQueuesModel",
                                           "A level is %1 (offered first) to %2.")
            .arg(kMinQueueLevel)
            .arg(kMaxQueueLevel);
    return {};
}

AgentQueuesModel::AgentQueuesModel(QObject* parent) : QAbstractTableModel(parent) {}

int AgentQueuesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int AgentQueuesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant AgentQueuesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size() || role != Qt::DisplayRole) return {};
    const auto& m = rows_.at(index.row());
    return static_cast<Column>(index.column()) == Column::Queue ? QVariant(m.queue) : QVariant(m.level);
}

QVariant AgentQueuesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return static_cast<Column>(section) == Column::Queue ? tr("Queue") : tr("Level");
}

void AgentQueuesModel::setConnected(bool connected) {
    if (facts_.connected == connected) return;
    facts_.connected = connected;
    // Tiers heard before a lost link may be stale: the next snapshot asks again.
    if (!connected) facts_.loaded = false;
    emit changed();
}

void AgentQueuesModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    facts_.mayEdit = snapshot.me.hasPermission(QStringLiteral("agent.force"));
    facts_.queues.clear();
    for (const auto& q : snapshot.queues) facts_.queues << q.name;
    facts_.loaded = false;
    emit changed();
    if (facts_.mayEdit) emit listRequested();
}

void AgentQueuesModel::selectAgent(qint64 userId, const QString& name) {
    facts_.agentUserId = userId;
    agentName_ = name;
    message_.clear();
    showAgent();
    // Another leader may have changed the tiers since they were read: read them again.
    if (facts_.mayEdit && facts_.connected && userId != 0) emit listRequested();
}

void AgentQueuesModel::applyMembers(const QList<cti::qt::QueueMember>& all) {
    all_ = all;
    facts_.loaded = true;
    showAgent();
}

void AgentQueuesModel::applyAgentMembers(qint64 agentId, const QList<cti::qt::QueueMember>& tiers) {
    all_.erase(std::remove_if(all_.begin(), all_.end(), [&](const auto& m) { return m.agentId == agentId; }), all_.end());
    all_ += tiers;
    if (agentId == facts_.agentUserId) {
        QStringList names;
        for (const auto& t : tiers) names << QStringLiteral("%1 (%2)").arg(t.queue).arg(t.level);
        message_ = names.isEmpty() ? tr("Saved: %1 is in no queue now.").arg(agentName_)
                                   : tr("Saved: %1 now takes calls from %2.").arg(agentName_, names.join(tr(", ")));
    }
    showAgent();
}

void AgentQueuesModel::applyError(const QString& message) {
    message_ = message;
    emit changed();
}

QStringList AgentQueuesModel::availableQueues() const {
    QStringList out;
    for (const auto& q : facts_.queues)
        if (!facts_.joined.contains(q)) out << q;
    return out;
}

QString AgentQueuesModel::hint() const {
    // The problems that come before any queue is chosen: the pure rule says them.
    if (!facts_.connected || !facts_.mayEdit || facts_.agentUserId == 0 || !facts_.loaded)
        return queueEditProblem(facts_, QueueEdit::Remove, {});
    if (rows_.isEmpty()) return tr("%1 takes no queue calls: add a queue.").arg(agentName_);
    return {};
}

void AgentQueuesModel::add(const QString& queue, int level) {
    if (!problem(QueueEdit::Add, queue, level).isEmpty()) return;
    message_.clear();
    emit memberChangeRequested(cti::qt::QueueMember{facts_.agentUserId, queue, level}, false);
    emit changed();
}

void AgentQueuesModel::remove(const QString& queue) {
    if (!problem(QueueEdit::Remove, queue).isEmpty()) return;
    message_.clear();
    emit memberChangeRequested(cti::qt::QueueMember{facts_.agentUserId, queue, kMinQueueLevel}, true);
    emit changed();
}

void AgentQueuesModel::showAgent() {
    beginResetModel();
    rows_.clear();
    facts_.joined.clear();
    for (const auto& m : all_)
        if (m.agentId == facts_.agentUserId && facts_.agentUserId != 0) rows_ << m;
    std::sort(rows_.begin(), rows_.end(), [](const auto& a, const auto& b) {
        return a.level != b.level ? a.level < b.level : a.queue < b.queue;
    });
    for (const auto& m : rows_) facts_.joined << m.queue;
    endResetModel();
    emit changed();
}

}  // namespace cti::supervisor
