#include "models/agent_force.h"

#include <QCoreApplication>

namespace cti::supervisor {

ForceActions legalForce(const ForceFacts& f) {
    if (!f.connected || !f.mayForce || f.agentUserId == 0 || f.agentUserId == f.myUserId) return 0;
    const QString& s = f.agentStatus;
    if (s.isEmpty() || s == QLatin1String("logged_out")) return 0;  // agents sign in themselves
    ForceActions a = forceBit(Force::SignOut);
    if (s != QLatin1String("available")) a |= forceBit(Force::Ready);
    if (s != QLatin1String("not_ready")) a |= forceBit(Force::NotReady);
    return a;
}

cti::qt::AgentAction agentActionOf(Force f) {
    switch (f) {
        case Force::Ready: return cti::qt::AgentAction::Ready;
        case Force::NotReady: return cti::qt::AgentAction::NotReady;
        case Force::SignOut:
        case Force::Count: break;
    }
    return cti::qt::AgentAction::SignOut;
}

QString forcedReason() { return QStringLiteral("supervisor"); }

AgentForceModel::AgentForceModel(QObject* parent) : QObject(parent) {}

void AgentForceModel::setConnected(bool connected) {
    if (facts_.connected == connected) return;
    facts_.connected = connected;
    update();
}

void AgentForceModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    facts_.myUserId = snapshot.me.userId;
    facts_.mayForce = snapshot.me.hasPermission(QStringLiteral("agent.force"));
    statuses_.clear();
    for (const auto& a : snapshot.agentStates) statuses_.insert(a.userId, a.status);
    update();
}

void AgentForceModel::applyAgent(const cti::qt::AgentStatusInfo& agent) {
    statuses_.insert(agent.userId, agent.status);
    if (agent.userId == facts_.agentUserId) update();
}

void AgentForceModel::selectAgent(qint64 userId, const QString& name) {
    facts_.agentUserId = userId;
    agentName_ = name;
    message_.clear();
    update();
}

void AgentForceModel::confirm(const cti::qt::AgentStatusInfo& agent) {
    statuses_.insert(agent.userId, agent.status);
    if (agent.userId != facts_.agentUserId) return;
    message_ = tr("Done: %1 is now %2.").arg(agentName_, statusText());
    update();
}

void AgentForceModel::applyError(const QString& message) {
    message_ = message;
    emit changed();
}

QString AgentForceModel::statusText() const {
    const QString& s = facts_.agentStatus;
    if (s == QLatin1String("available")) return tr("ready");
    if (s == QLatin1String("not_ready")) return tr("not ready");
    if (s == QLatin1String("away")) return tr("away");
    if (s == QLatin1String("logged_out")) return tr("signed out");
    return s.isEmpty() ? tr("unknown") : s;
}

QString AgentForceModel::hint() const {
    const auto& f = facts_;
    if (!f.connected) return tr("Not connected to the server.");
    if (!f.mayForce) return tr("Only team leaders and supervisors may change an agent's status.");
    if (f.agentUserId == 0) return tr("Choose an agent on the wall.");
    if (f.agentUserId == f.myUserId) return tr("Change your own status on your agent desktop.");
    if (f.agentStatus.isEmpty() || f.agentStatus == QLatin1String("logged_out"))
        return tr("The agent is signed out: agents sign in themselves.");
    return {};
}

void AgentForceModel::request(Force f) {
    if (!allows(f)) return;
    message_.clear();
    emit agentControlRequested(agentActionOf(f), f == Force::NotReady ? forcedReason() : QString(), facts_.agentUserId);
    emit changed();
}

void AgentForceModel::update() {
    facts_.agentStatus = statuses_.value(facts_.agentUserId);
    emit changed();
}

}  // namespace cti::supervisor
