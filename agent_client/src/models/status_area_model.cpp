#include "models/status_area_model.h"

namespace cti::agent {

StatusCounts countStatus(const QList<cti::qt::AgentStatusInfo>& agents, const QList<cti::qt::QueueStatus>& queues) {
    StatusCounts c;
    for (const auto& a : agents) {
        if (!a.signedIn()) continue;
        ++c.onDuty;
        if (a.state == QLatin1String("in_call") || a.state == QLatin1String("reserved")) ++c.inCall;
        else if (a.state == QLatin1String("wrap_up")) ++c.wrapUp;
        else if (a.status == QLatin1String("available")) ++c.idle;
        if (a.status == QLatin1String("not_ready")) ++c.notReady;
        if (a.status == QLatin1String("away")) ++c.away;
    }
    for (const auto& q : queues) {
        c.waiting += q.waiting;
        c.longestWaitS = std::max(c.longestWaitS, q.longestWaitS);
    }
    return c;
}

StatusAreaModel::StatusAreaModel(QObject* parent) : QObject(parent) {}

void StatusAreaModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    agents_.clear();
    queues_.clear();
    for (const auto& a : snapshot.agentStates) agents_.insert(a.userId, a);
    for (const auto& q : snapshot.queueStates) queues_.insert(q.queueId, q);
    recount();
}

void StatusAreaModel::applyAgentStatus(const cti::qt::AgentStatusInfo& agent) {
    agents_.insert(agent.userId, agent);
    recount();
}

void StatusAreaModel::applyQueueStatus(const cti::qt::QueueStatus& queue) {
    queues_.insert(queue.queueId, queue);
    recount();
}

void StatusAreaModel::recount() {
    const StatusCounts next = countStatus(agents_.values(), queues_.values());
    if (next == counts_) return;
    counts_ = next;
    emit changed();
}

}  // namespace cti::agent
