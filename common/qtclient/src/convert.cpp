#include "cti/qtclient/convert.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

// The client's ErrorCode reuses the wire numbers; a renumbering on either side must fail here.
static_assert(static_cast<int>(ErrorCode::BadFrame) == cti::wire::BAD_FRAME);
static_assert(static_cast<int>(ErrorCode::AuthFailed) == cti::wire::AUTH_FAILED);
static_assert(static_cast<int>(ErrorCode::RateLimited) == cti::wire::RATE_LIMITED);
static_assert(static_cast<int>(ErrorCode::TlsRequired) == cti::wire::TLS_REQUIRED);
static_assert(static_cast<int>(ErrorCode::Timeout) == cti::wire::TIMEOUT);
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
                     qs(agent.extension()), qs(agent.department()), agent.online()};
}

QueueInfo fromWire(const cti::wire::Queue& queue) {
    return QueueInfo{queue.queue_id(), qs(queue.name()), qs(queue.strategy())};
}

Announcement fromWire(const cti::wire::Announcement& a) {
    return Announcement{a.announcement_id(), qs(a.title()), qs(a.body()), qs(a.author()), a.created_ms()};
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
    return out;
}

ServerEvent fromWire(const cti::wire::Event& event) {
    ServerEvent out;
    out.seq = event.seq();
    out.timeMs = event.time_ms();
    switch (event.kind_case()) {
        case cti::wire::Event::kPresence: out.kind = fromWire(event.presence()); break;
        case cti::wire::Event::kAnnouncement: out.kind = fromWire(event.announcement()); break;
        default: break;
    }
    return out;
}

LoginResult fromWire(const cti::wire::LoginOk& ok) {
    return LoginResult{fromWire(ok.user()), qs(ok.session_id()), ok.resumed()};
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
