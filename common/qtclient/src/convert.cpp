#include "cti/qtclient/convert.h"

#include "cti/qtclient/convert_office.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

// The client's ErrorCode reuses the wire numbers; a renumbering on either side must fail here.
static_assert(static_cast<int>(ErrorCode::BadFrame) == cti::wire::BAD_FRAME);
static_assert(static_cast<int>(ErrorCode::AuthFailed) == cti::wire::AUTH_FAILED);
static_assert(static_cast<int>(ErrorCode::RateLimited) == cti::wire::RATE_LIMITED);
static_assert(static_cast<int>(ErrorCode::TlsRequired) == cti::wire::TLS_REQUIRED);
static_assert(static_cast<int>(ErrorCode::Timeout) == cti::wire::TIMEOUT);
static_assert(static_cast<int>(CallAction::Dial) == cti::wire::DIAL);
static_assert(static_cast<int>(CallAction::HangUp) == cti::wire::HANGUP);
static_assert(static_cast<int>(CallAction::CompleteTransfer) == cti::wire::COMPLETE_TRANSFER);
static_assert(static_cast<int>(CallAction::SendDtmf) == cti::wire::SEND_DTMF);
static_assert(static_cast<int>(CallAction::Monitor) == cti::wire::MONITOR);
static_assert(static_cast<int>(CallAction::Whisper) == cti::wire::WHISPER);
static_assert(static_cast<int>(CallAction::Barge) == cti::wire::BARGE);
static_assert(static_cast<int>(AgentAction::SignIn) == cti::wire::SIGN_IN);
static_assert(static_cast<int>(AgentAction::Away) == cti::wire::AWAY);
static_assert(static_cast<int>(AgentAction::EndWrapUp) == cti::wire::END_WRAP_UP);
}  // namespace

ErrorCode fromWire(cti::wire::ErrorCode code) noexcept {
    const int value = static_cast<int>(code);
    if (value >= static_cast<int>(ErrorCode::BadFrame) && value <= static_cast<int>(ErrorCode::Timeout))
        return static_cast<ErrorCode>(value);
    return ErrorCode::Unspecified;
}

Role fromWire(cti::wire::Role role) noexcept {
    switch (role) {
        case cti::wire::AGENT: return Role::Agent;
        case cti::wire::TEAM_LEADER: return Role::TeamLeader;
        case cti::wire::SUPERVISOR: return Role::Supervisor;
        case cti::wire::ADMINISTRATOR: return Role::Administrator;
        case cti::wire::MAINTAINER: return Role::Maintainer;
        default: return Role::Unspecified;
    }
}

UserInfo fromWire(const cti::wire::UserInfo& user) {
    UserInfo out;
    out.userId = user.user_id();
    out.login = qs(user.login());
    out.displayName = qs(user.display_name());
    out.role = fromWire(user.role());
    out.department = qs(user.department());
    out.extension = qs(user.extension());
    for (const auto& p : user.permissions()) out.permissions.append(qs(p));
    return out;
}

AgentInfo fromWire(const cti::wire::Agent& agent) {
    return AgentInfo{agent.user_id(), qs(agent.login()), qs(agent.display_name()),
                     qs(agent.extension()), qs(agent.department()), agent.online(),
                     agent.phone_registered()};
}

QueueInfo fromWire(const cti::wire::Queue& queue) {
    return QueueInfo{queue.queue_id(), qs(queue.name()), qs(queue.strategy())};
}

Announcement fromWire(const cti::wire::Announcement& a) {
    return Announcement{a.announcement_id(), qs(a.title()), qs(a.body()), qs(a.author()), a.created_ms()};
}

ServerAlarm fromWire(const cti::wire::Alarm& alarm) {
    return ServerAlarm{qs(alarm.kind()), alarm.active(), qs(alarm.message()), alarm.since_ms()};
}

PresenceChange fromWire(const cti::wire::UserPresence& presence) {
    return PresenceChange{presence.user_id(), qs(presence.login()), presence.online()};
}

Snapshot fromWire(const cti::wire::Snapshot& snapshot) {
    Snapshot out;
    out.me = fromWire(snapshot.me());
    out.serverTimeMs = snapshot.server_time_ms();
    out.eventSeq = snapshot.event_seq();
    out.agents.reserve(snapshot.agents_size());
    for (const auto& a : snapshot.agents()) out.agents.append(fromWire(a));
    for (const auto& q : snapshot.queues()) out.queues.append(fromWire(q));
    for (const auto& a : snapshot.announcements()) out.announcements.append(fromWire(a));
    for (const auto& c : snapshot.calls()) out.calls.append(fromWire(c));
    for (const auto& a : snapshot.agent_states()) out.agentStates.append(fromWire(a));
    for (const auto& q : snapshot.queue_states()) out.queueStates.append(fromWire(q));
    for (const auto& a : snapshot.alarms()) out.alarms.append(fromWire(a));
    return out;
}

ServerEvent fromWire(const cti::wire::Event& event) {
    ServerEvent out;
    out.seq = event.seq();
    out.timeMs = event.time_ms();
    switch (event.kind_case()) {
        case cti::wire::Event::kPresence: out.kind = fromWire(event.presence()); break;
        case cti::wire::Event::kAnnouncement: out.kind = fromWire(event.announcement()); break;
        case cti::wire::Event::kCall: out.kind = fromWire(event.call()); break;
        case cti::wire::Event::kDtmf: out.kind = fromWire(event.dtmf()); break;
        case cti::wire::Event::kPhone: out.kind = fromWire(event.phone()); break;
        case cti::wire::Event::kAgent: out.kind = fromWire(event.agent()); break;
        case cti::wire::Event::kQueue: out.kind = fromWire(event.queue()); break;
        case cti::wire::Event::kAlarm: out.kind = fromWire(event.alarm()); break;
        case cti::wire::Event::kOrder: out.kind = fromWire(event.order()); break;
        case cti::wire::Event::kMessage: out.kind = fromWire(event.message()); break;
        case cti::wire::Event::kVoicemail: out.kind = fromWire(event.voicemail()); break;
        case cti::wire::Event::kCampaign: out.kind = fromWire(event.campaign()); break;
        default: break;
    }
    return out;
}

LoginResult fromWire(const cti::wire::LoginOk& ok) {
    return LoginResult{fromWire(ok.user()), qs(ok.session_id()), ok.resumed()};
}

CallLeg fromWire(const cti::wire::CallLeg& leg) {
    return CallLeg{leg.leg_id(), qs(leg.party()), qs(leg.state()), qs(leg.number()), leg.user_id()};
}

Call fromWire(const cti::wire::Call& call) {
    Call out;
    out.callId = call.call_id();
    out.state = qs(call.state());
    out.direction = qs(call.direction());
    out.caller = qs(call.caller());
    out.callee = qs(call.callee());
    out.startedMs = call.started_ms();
    out.answeredMs = call.answered_ms();
    for (const auto& leg : call.legs()) out.legs.append(fromWire(leg));
    out.reason = qs(call.reason());
    out.queue = qs(call.queue());
    for (const auto& [key, value] : call.data()) out.data.insert(qs(key), qs(value));
    return out;
}

CallDtmf fromWire(const cti::wire::CallDtmf& dtmf) {
    return CallDtmf{dtmf.call_id(), qs(dtmf.digit()), qs(dtmf.source())};
}

PhoneRegistration fromWire(const cti::wire::PhoneRegistration& phone) {
    return PhoneRegistration{qs(phone.extension()), phone.registered(), qs(phone.contact())};
}

AgentStatusInfo fromWire(const cti::wire::AgentStatusInfo& a) {
    return AgentStatusInfo{a.user_id(), qs(a.status()), qs(a.state()), qs(a.reason()), a.call_id(), a.since_ms()};
}

QueueStatus fromWire(const cti::wire::QueueStatus& q) {
    QueueStatus out;
    out.queueId = q.queue_id();
    out.name = qs(q.name());
    out.waiting = q.waiting();
    out.longestWaitS = q.longest_wait_s();
    out.entered = q.entered();
    out.answered = q.answered();
    out.abandoned = q.abandoned();
    out.serviceLevelPercent = q.service_level_percent();
    out.averageSpeedOfAnswerS = q.average_speed_of_answer_s();
    out.agentsAvailable = q.agents_available();
    out.agentsIdle = q.agents_idle();
    out.agentsInCall = q.agents_in_call();
    out.agentsWrapUp = q.agents_wrap_up();
    out.agentsNotReady = q.agents_not_ready();
    out.agentsAway = q.agents_away();
    return out;
}

cti::wire::CallAction toWire(CallAction action) noexcept { return static_cast<cti::wire::CallAction>(action); }
cti::wire::AgentAction toWire(AgentAction action) noexcept { return static_cast<cti::wire::AgentAction>(action); }

cti::wire::Envelope callControlRequest(CallAction action, qint64 callId, const QString& number,
                                       const QString& digits) {
    cti::wire::Envelope env;
    auto* control = env.mutable_call_control();
    control->set_action(toWire(action));
    control->set_call_id(callId);
    control->set_number(number.toStdString());
    control->set_digits(digits.toStdString());
    return env;
}

cti::wire::Envelope agentControlRequest(AgentAction action, const QString& reason, qint64 agentUserId) {
    cti::wire::Envelope env;
    auto* control = env.mutable_agent_control();
    control->set_action(toWire(action));
    control->set_reason(reason.toStdString());
    control->set_agent_id(agentUserId);
    return env;
}

cti::wire::Envelope localError(quint64 requestId, cti::wire::ErrorCode code, const QString& message) {
    cti::wire::Envelope env;
    env.set_request_id(requestId);
    auto* error = env.mutable_error();
    error->set_code(code);
    error->set_message(message.toStdString());
    return env;
}

}  // namespace cti::qt
