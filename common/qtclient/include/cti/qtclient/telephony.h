#pragma once
// Call control and agent control over a Connection (schema/PROTOCOL.md "Calls", "Agents and
// queues"), and one signal per event kind of protocol 1.1. Lives in the thread of its receivers
// (the GUI thread); the Connection's signals arrive queued. Every request gets exactly one
// answer: callControlDone / agentControlDone, or requestFailed with the server's message.
#include <QHash>
#include <QObject>

#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

class Telephony : public QObject {
    Q_OBJECT
public:
    explicit Telephony(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 callControl(cti::qt::CallAction action, qint64 callId, const QString& number = {},
                        const QString& digits = {});
    // agentUserId: another agent's status (team leaders: agent.force), 0 for one's own.
    quint64 agentControl(cti::qt::AgentAction action, const QString& reason = {}, qint64 agentUserId = 0);

    quint64 dial(const QString& number) { return callControl(CallAction::Dial, 0, number); }
    quint64 answer(qint64 callId) { return callControl(CallAction::Answer, callId); }
    quint64 hangUp(qint64 callId) { return callControl(CallAction::HangUp, callId); }
    quint64 hold(qint64 callId) { return callControl(CallAction::Hold, callId); }
    quint64 retrieve(qint64 callId) { return callControl(CallAction::Retrieve, callId); }
    quint64 transfer(qint64 callId, const QString& number) { return callControl(CallAction::Transfer, callId, number); }
    quint64 consult(qint64 callId, const QString& number) { return callControl(CallAction::Consult, callId, number); }
    quint64 completeTransfer(qint64 callId) { return callControl(CallAction::CompleteTransfer, callId); }
    quint64 cancelConsult(qint64 callId) { return callControl(CallAction::CancelConsult, callId); }
    quint64 conference(qint64 callId) { return callControl(CallAction::Conference, callId); }
    quint64 pickup(qint64 callId) { return callControl(CallAction::Pickup, callId); }
    quint64 sendDtmf(qint64 callId, const QString& digits) {
        return callControl(CallAction::SendDtmf, callId, {}, digits);
    }
    quint64 signIn() { return agentControl(AgentAction::SignIn); }
    quint64 signOut() { return agentControl(AgentAction::SignOut); }
    quint64 ready() { return agentControl(AgentAction::Ready); }
    quint64 notReady(const QString& reason) { return agentControl(AgentAction::NotReady, reason); }
    quint64 away(const QString& reason) { return agentControl(AgentAction::Away, reason); }
    quint64 endWrapUp() { return agentControl(AgentAction::EndWrapUp); }

    // Fans a ServerEvent out to the per-kind signals below (connected to Connection::eventReceived).
    void dispatch(const cti::qt::ServerEvent& event);

signals:
    void callControlDone(quint64 requestId, cti::qt::CallAction action, qint64 callId);
    void agentControlDone(quint64 requestId, cti::qt::AgentAction action, const cti::qt::AgentStatusInfo& agent);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

    void callChanged(const cti::qt::Call& call);
    void dtmfReceived(const cti::qt::CallDtmf& dtmf);
    void phoneChanged(const cti::qt::PhoneRegistration& phone);
    void agentStatusChanged(const cti::qt::AgentStatusInfo& agent);
    void queueStatusChanged(const cti::qt::QueueStatus& queue);

private:
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);

    struct Pending {
        bool isCall = true;
        CallAction call = CallAction::Dial;
        AgentAction agent = AgentAction::SignIn;
    };
    Connection& connection_;
    QHash<quint64, Pending> pending_;
};

}  // namespace cti::qt
