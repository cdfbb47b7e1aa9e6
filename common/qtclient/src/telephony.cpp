#include "cti/qtclient/telephony.h"

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

Telephony::Telephony(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    qRegisterMetaType<cti::qt::CallAction>();
    qRegisterMetaType<cti::qt::AgentAction>();
    qRegisterMetaType<cti::qt::AgentStatusInfo>();
    connect(&connection_, &Connection::replyReceived, this, &Telephony::onReply);
    connect(&connection_, &Connection::eventReceived, this, &Telephony::dispatch);
}

quint64 Telephony::callControl(CallAction action, qint64 callId, const QString& number, const QString& digits) {
    // Registered before the request is posted: the reply arrives queued, after this returns.
    const quint64 id = connection_.request(callControlRequest(action, callId, number, digits));
    pending_.insert(id, Pending{true, action, {}});
    return id;
}

quint64 Telephony::agentControl(AgentAction action, const QString& reason, qint64 agentUserId) {
    const quint64 id = connection_.request(agentControlRequest(action, reason, agentUserId));
    pending_.insert(id, Pending{false, {}, action});
    return id;
}

void Telephony::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.constFind(requestId);
    if (it == pending_.cend()) return;  // someone else's request
    const Pending pending = *it;
    pending_.erase(it);
    if (reply.has_error()) {
        emit requestFailed(requestId, fromWire(reply.error().code()), QString::fromStdString(reply.error().message()));
        return;
    }
    if (pending.isCall && reply.has_call_control_ok()) {
        emit callControlDone(requestId, pending.call, reply.call_control_ok().call_id());
        return;
    }
    if (!pending.isCall && reply.has_agent_control_ok()) {
        emit agentControlDone(requestId, pending.agent, fromWire(reply.agent_control_ok().agent()));
        return;
    }
    emit requestFailed(requestId, ErrorCode::Internal,
                       tr("The server answered with an unexpected %1 message.")
                           .arg(QString::fromUtf8(cti::wire::body_name(reply).data())));
}

void Telephony::dispatch(const ServerEvent& event) {
    if (const auto* call = std::get_if<Call>(&event.kind)) emit callChanged(*call);
    else if (const auto* dtmf = std::get_if<CallDtmf>(&event.kind)) emit dtmfReceived(*dtmf);
    else if (const auto* phone = std::get_if<PhoneRegistration>(&event.kind)) emit phoneChanged(*phone);
    else if (const auto* agent = std::get_if<AgentStatusInfo>(&event.kind)) emit agentStatusChanged(*agent);
    else if (const auto* queue = std::get_if<QueueStatus>(&event.kind)) emit queueStatusChanged(*queue);
}

}  // namespace cti::qt
