#include "cti/gateway/hub.h"

#include <tuple>

#include "cti/core/logging.h"
#include "cti/gateway/calls_wire.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/roles.h"
#include "cti/storage/directory.h"

namespace cti::gateway {

namespace {
auto log() {
    static auto l = cti::logger("gateway");
    return l;
}
constexpr int kSnapshotAnnouncements = 50;
}  // namespace

wire::UserInfo to_wire(const SessionUser& user) {
    wire::UserInfo info;
    info.set_user_id(user.id.value());
    info.set_login(user.login);
    info.set_display_name(user.display_name);
    info.set_role(user.role);
    info.set_department(user.department);
    info.set_extension(user.extension);
    for (auto p : admin::all_permissions())
        if (has_permission(user, p)) info.add_permissions(std::string(to_string(p)));
    info.set_role_name(user.role_name);
    info.set_role_title(user.role_title);
    return info;
}

Hub::Hub(const GatewayConfig& gateway, const AuthConfig& auth, HubServices services)
    : config_(gateway),
      services_(services),
      strength_(password_strength_from_string(auth.argon2_strength).value_or(PasswordStrength::interactive)),
      throttle_(ThrottlePolicy{
          .failures_before_delay = auth.failures_before_delay,
          .failures_before_lockout = auth.failures_before_lockout,
          .failure_window = std::chrono::seconds(auth.failure_window_s),
          .lockout = std::chrono::seconds(auth.lockout_s),
          .max_delay = std::chrono::milliseconds(auth.max_delay_ms),
      }),
      order_deadlines_(std::make_unique<OrderDeadlines>(*this)),
      agent_flush_(services_.core) {
    // Without its roles nobody could do anything; the reader is a migrated database, so this
    // fails only when the file is unreadable, which the log says.
    if (auto r = reload_roles(); !r) log()->error("reading the roles: {}", r.error().message);
}

Result<void> Hub::reload_roles() {
    auto book = RoleBook::load(services_.reader);
    if (!book) return std::unexpected(book.error());
    roles_ = std::move(*book);
    for (auto& [token, s] : sessions_) apply_role(*s, s->user.role_name);
    return {};
}

void Hub::set_user_role(UserId user, const std::string& role_name) {
    for (auto& [token, s] : sessions_)
        if (s->user.id == user) apply_role(*s, role_name);
}

void Hub::apply_role(Session& s, const std::string& role_name) {
    const auto before = std::tuple{s.user.role, s.user.permissions, s.user.role_title};
    s.user.role_name = role_name;
    roles_.apply(s.user);
    if (before == std::tuple{s.user.role, s.user.permissions, s.user.role_title}) return;
    // What the session may do changed: a fresh snapshot (its `me` lists the permissions) makes the
    // desktop show or hide its menus at once, as after a login.
    auto c = s.connection.lock();
    if (!c || c->phase() != Connection::Phase::ready) return;
    auto snap = build_snapshot(s);
    if (!snap) return log()->error("snapshot after a role change failed: {}", snap.error().message);
    wire::Envelope pushed;
    *pushed.mutable_snapshot() = std::move(*snap);
    c->send(pushed);
}

Hub::~Hub() = default;

void Hub::add(const std::shared_ptr<Connection>& c) { connections_[c.get()] = c; }

void Hub::remove(Connection* c) { connections_.erase(c); }

bool Hub::admit_unauthenticated(const std::string& address) {
    auto& n = unauthenticated_[address];
    if (n >= config_.max_unauthenticated_per_address) return false;
    ++n;
    return true;
}

void Hub::release_unauthenticated(const std::string& address) {
    auto it = unauthenticated_.find(address);
    if (it != unauthenticated_.end() && --it->second == 0) unauthenticated_.erase(it);
}

std::shared_ptr<Session> Hub::open_session(const std::shared_ptr<Connection>& c, SessionUser user,
                                           const std::string& resume_token, bool& resumed) {
    resumed = false;
    if (!resume_token.empty()) {
        auto it = sessions_.find(resume_token);
        if (it != sessions_.end() && it->second->user.id == user.id) {
            auto s = it->second;
            sessions_.erase(it);
            s->grace_timer.cancel();
            if (auto old = s->connection.lock(); old && old.get() != c.get()) {
                old->attach(nullptr);  // the old link must not detach the resumed session
                old->close("session resumed elsewhere");
            }
            s->resume_token = random_token_hex(32);  // a token is good for one resume
            s->user = std::move(user);
            s->connection = c;
            sessions_.emplace(s->resume_token, s);
            ++metrics_.sessions_resumed;
            resumed = true;
            log()->info("session resumed session={} user={} addr={}", s->id.value(), s->user.login,
                        c->remote_address());
            return s;
        }
    }
    auto s = std::make_shared<Session>(SessionId(next_session_id_++), random_token_hex(32),
                                       std::move(user), services_.core);
    s->connection = c;
    sessions_.emplace(s->resume_token, s);
    if (online_count_[s->user.id]++ == 0) publish_presence(s->user, true);
    return s;
}

void Hub::detach(const std::shared_ptr<Session>& s, Connection* c) {
    if (auto current = s->connection.lock(); current && current.get() != c) return;
    s->connection.reset();
    log()->info("desktop gone session={} user={}: the session waits {} ms for it to resume", s->id.value(),
                s->user.login, config_.resume_grace_ms);
    s->grace_timer.expires_after(std::chrono::milliseconds(config_.resume_grace_ms));
    s->grace_timer.async_wait([this, weak = std::weak_ptr<Session>(s)](const boost::system::error_code& ec) {
        if (ec) return;
        if (auto session = weak.lock(); session && session->connection.expired()) {
            log()->info("session ended after the resume grace session={} user={}",
                        session->id.value(), session->user.login);
            end_session(session);
        }
    });
}

void Hub::close_session(const std::shared_ptr<Session>& s) { end_session(s); }

void Hub::end_session(const std::shared_ptr<Session>& s) {
    s->grace_timer.cancel();
    if (sessions_.erase(s->resume_token) == 0) return;
    auto it = online_count_.find(s->user.id);
    if (it != online_count_.end() && --it->second == 0) {
        online_count_.erase(it);
        publish_presence(s->user, false);
    }
}

bool Hub::user_online(UserId id) const { return online_count_.contains(id); }

void Hub::publish_presence(const SessionUser& user, bool online) {
    wire::Event e;
    auto* p = e.mutable_presence();
    p->set_user_id(user.id.value());
    p->set_login(user.login);
    p->set_online(online);
    publish(std::move(e));
    const auto detail = fmt::format(R"({{"online":{}}})", online ? "true" : "false");
    services_.writer.submit(
        [at = to_unix_ms(services_.clock.wall_now()), id = user.id, detail](storage::Database& db)
            -> Result<void> {
            auto r = storage::append_event(db, at, "user.presence", id, detail);
            if (!r) return std::unexpected(r.error());
            return {};
        });
}

void Hub::set_alarm(const std::string& kind, bool active, const std::string& message) {
    const auto it = alarms_.find(kind);
    if (active && it != alarms_.end()) {
        it->second.set_message(message);
        return;
    }
    if (!active && it == alarms_.end()) return;
    wire::Alarm alarm;
    alarm.set_kind(kind);
    alarm.set_active(active);
    alarm.set_message(active ? message : it->second.message());
    alarm.set_since_ms(to_unix_ms(services_.clock.wall_now()));
    if (active) alarms_[kind] = alarm;
    else alarms_.erase(it);
    log()->log(active ? spdlog::level::err : spdlog::level::info, "alarm {} {}: {}", kind,
               active ? "raised" : "cleared", alarm.message());
    wire::Event e;
    *e.mutable_alarm() = std::move(alarm);
    publish(std::move(e));
}

void Hub::publish(wire::Event event) {
    publish_to(std::move(event), [](const SessionUser&) { return true; });
}

void Hub::publish_to(wire::Event event, const std::function<bool(const SessionUser&)>& visible) {
    event.set_time_ms(to_unix_ms(services_.clock.wall_now()));
    ++metrics_.events_published;
    wire::Envelope envelope;
    *envelope.mutable_event() = std::move(event);
    // Copy the targets first: a slow client dropped by send() leaves connections_.
    std::vector<std::shared_ptr<Connection>> targets;
    targets.reserve(connections_.size());
    for (auto& [_, weak] : connections_)
        if (auto c = weak.lock(); c && c->phase() == Connection::Phase::ready && c->session() &&
                                  visible(c->session()->user))
            targets.push_back(c);
    // Each session's own sequence: events filtered out for it leave no gap it would take for a
    // loss (a desktop resynchronises with a full snapshot on a gap).
    for (auto& c : targets) {
        envelope.mutable_event()->set_seq(++c->session()->event_seq);
        c->send(envelope);
    }
}

namespace {
// Who follows every agent change as it happens: the wall and the supervision panels.
bool watches_agents(const SessionUser& u) {
    return has_permission(u, Permission::call_supervise) || has_permission(u, Permission::agent_force);
}
}  // namespace

void Hub::publish_agent(wire::Event event, UserId agent) {
    // The agent's own desktop and the supervising roles get the change at once; everyone else's
    // desktop only counts colleagues (the status area), so their copies are coalesced: the latest
    // state of each agent that changed, once per agent_event_interval. With hundreds of agent
    // desktops connected this is what keeps the server from sending every change to everyone.
    publish_coalesced(std::move(event), "agent:" + std::to_string(agent.value()),
                      [agent](const SessionUser& u) { return u.id == agent || watches_agents(u); });
}

void Hub::publish_queue(wire::Event event, std::int64_t queue_id) {
    // An agent's desktop shows its queues' waiting callers: the figures of a second ago will do,
    // and every agent change also changes a queue's agents-by-state.
    publish_coalesced(std::move(event), "queue:" + std::to_string(queue_id), watches_agents);
}

void Hub::publish_coalesced(wire::Event event, std::string key, std::function<bool(const SessionUser&)> at_once) {
    publish_to(event, at_once);
    pending_[std::move(key)] = Coalesced{std::move(event), std::move(at_once)};
    if (agent_flush_armed_) return;
    agent_flush_armed_ = true;
    agent_flush_.expires_after(kAgentEventInterval);
    agent_flush_.async_wait([this](const boost::system::error_code& ec) {
        if (ec) return;  // cancelled: the hub is closing (and may be gone)
        agent_flush_armed_ = false;
        flush_coalesced();
    });
}

void Hub::flush_coalesced() {
    auto pending = std::move(pending_);
    pending_.clear();
    for (auto& [key, p] : pending)
        publish_to(std::move(p.event), [&at_once = p.at_once](const SessionUser& u) { return !at_once(u); });
}

namespace {
bool sees_call(const SessionUser& u, const std::vector<UserId>& users) {
    if (has_permission(u, Permission::call_supervise)) return true;
    return std::find(users.begin(), users.end(), u.id) != users.end();
}
}  // namespace

void Hub::publish_call(const calls::CallView& call) {
    wire::Event e;
    *e.mutable_call() = to_wire(call);
    publish_to(std::move(e), [&](const SessionUser& u) { return sees_call(u, call.users); });
}

void Hub::publish_dtmf(CallId call, const std::vector<UserId>& users, char digit, std::string_view source) {
    wire::Event e;
    auto* d = e.mutable_dtmf();
    d->set_call_id(call.value());
    d->set_digit(std::string(1, digit));
    d->set_source(std::string(source));
    publish_to(std::move(e), [&](const SessionUser& u) { return sees_call(u, users); });
}

Result<wire::Snapshot> Hub::build_snapshot(const Session& s) {
    wire::Snapshot snap;
    *snap.mutable_me() = to_wire(s.user);
    snap.set_server_time_ms(to_unix_ms(services_.clock.wall_now()));
    snap.set_event_seq(s.event_seq);

    auto users = storage::list_users(services_.reader);
    if (!users) return std::unexpected(users.error());
    for (const auto& u : *users) {
        if (!u.enabled || u.extension.empty()) continue;  // agents are the users with a phone
        auto* a = snap.add_agents();
        a->set_user_id(u.id.value());
        a->set_login(u.login);
        a->set_display_name(u.display_name);
        a->set_extension(u.extension);
        a->set_department(u.department);
        a->set_online(user_online(u.id));
        a->set_phone_registered(services_.phone_registered && services_.phone_registered(u.extension));
    }
    auto queues = storage::list_queues(services_.reader);
    if (!queues) return std::unexpected(queues.error());
    for (const auto& q : *queues) {
        auto* w = snap.add_queues();
        w->set_queue_id(q.id.value());
        w->set_name(q.name);
        w->set_strategy(q.strategy);
    }
    auto news = storage::recent_announcements(services_.reader, kSnapshotAnnouncements);
    if (!news) return std::unexpected(news.error());
    for (const auto& n : *news) {
        auto* w = snap.add_announcements();
        w->set_announcement_id(n.id.value());
        w->set_title(n.title);
        w->set_body(n.body);
        w->set_author(n.author);
        w->set_created_ms(n.created_ms);
    }
    if (services_.acd) {
        for (const auto& u : *users)
            if (auto a = services_.acd->agent(u.id)) *snap.add_agent_states() = to_wire(*a);
        for (const auto& q : services_.acd->queues()) *snap.add_queue_states() = to_wire(q);
    }
    if (services_.calls)
        for (const auto& call : services_.calls->calls())
            if (sees_call(s.user, call.users)) *snap.add_calls() = to_wire(call);
    for (const auto& [_, alarm] : alarms_) *snap.add_alarms() = alarm;
    return snap;
}

void Hub::close_all() {
    agent_flush_.cancel();
    order_deadlines_->stop();
    std::vector<std::shared_ptr<Connection>> all;
    for (auto& [_, weak] : connections_)
        if (auto c = weak.lock()) all.push_back(c);
    for (auto& c : all) c->close("server shutting down");
    for (auto& [_, s] : sessions_) s->grace_timer.cancel();
    sessions_.clear();
    online_count_.clear();
}

}  // namespace cti::gateway
