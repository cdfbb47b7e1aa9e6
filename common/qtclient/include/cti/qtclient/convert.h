#pragma once
// Protocol messages (cti::wire, protobuf) to the plain structs of types.h. Pure functions: the
// only place in the desktops where protobuf types meet Qt types, tested without sockets.
#include "cti.pb.h"
#include "cti/qtclient/types.h"

namespace cti::qt {

ErrorCode fromWire(cti::wire::ErrorCode code) noexcept;
Role fromWire(cti::wire::Role role) noexcept;
UserInfo fromWire(const cti::wire::UserInfo& user);
AgentInfo fromWire(const cti::wire::Agent& agent);
QueueInfo fromWire(const cti::wire::Queue& queue);
Announcement fromWire(const cti::wire::Announcement& announcement);
PresenceChange fromWire(const cti::wire::UserPresence& presence);
ServerAlarm fromWire(const cti::wire::Alarm& alarm);
Snapshot fromWire(const cti::wire::Snapshot& snapshot);
ServerEvent fromWire(const cti::wire::Event& event);
LoginResult fromWire(const cti::wire::LoginOk& ok);
CallLeg fromWire(const cti::wire::CallLeg& leg);
Call fromWire(const cti::wire::Call& call);
CallDtmf fromWire(const cti::wire::CallDtmf& dtmf);
PhoneRegistration fromWire(const cti::wire::PhoneRegistration& phone);
AgentStatusInfo fromWire(const cti::wire::AgentStatusInfo& agent);
QueueStatus fromWire(const cti::wire::QueueStatus& queue);

cti::wire::CallAction toWire(CallAction action) noexcept;
cti::wire::AgentAction toWire(AgentAction action) noexcept;
// Request envelopes (request_id is set by Connection::request).
cti::wire::Envelope callControlRequest(CallAction action, qint64 callId, const QString& number = {},
                                       const QString& digits = {});
// agentUserId: another agent's (a team leader forcing their status), 0 for oneself.
cti::wire::Envelope agentControlRequest(AgentAction action, const QString& reason = {}, qint64 agentUserId = 0);

// An Error envelope answering request_id, built on the client side (for requests that could not
// be sent), so that every request gets exactly one reply either way.
cti::wire::Envelope localError(quint64 requestId, cti::wire::ErrorCode code, const QString& message);

}  // namespace cti::qt
