#include "cti/gateway/requests.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include "cti/core/logging.h"
#include "cti/core/password.h"
#include "cti/gateway/calls_wire.h"
#include "cti/gateway/campaign_wire.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/fax_wire.h"
#include "cti/gateway/hub.h"
#include "cti/gateway/knowledge.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/report_wire.h"
#include "cti/gateway/roles.h"
#include "cti/gateway/voicemail_wire.h"
#include "cti/storage/directory.h"
#include "cti/wire/frame.h"

namespace cti::gateway {

namespace asio = boost::asio;
using ConnPtr = std::shared_ptr<Connection>;
using Envelope = wire::Envelope;

wire::ErrorCode to_wire_code(Errc e) {
    switch (e) {
        case Errc::invalid_argument:
        case Errc::already_exists: return wire::INVALID_ARGUMENT;  // a name taken: the user picks another
        case Errc::not_found: return wire::NOT_FOUND;
        case Errc::permission_denied: return wire::PERMISSION_DENIED;
        case Errc::auth_failed: return wire::AUTH_FAILED;
        case Errc::rate_limited: return wire::RATE_LIMITED;
        case Errc::unavailable:
        case Errc::io_error: return wire::UNAVAILABLE;
        default: return wire::INTERNAL;
    }
}

namespace {

auto log() {
    static auto l = cti::logger("gateway");
    return l;
}

constexpr std::size_t kMaxLoginChars = 64;
constexpr std::size_t kMaxPasswordBytes = 256;
constexpr std::size_t kMinPasswordChars = 8;
constexpr std::size_t kMaxTitleChars = 100;
constexpr std::size_t kMaxBodyChars = 4000;

std::size_t utf8_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

Envelope reply_to(const Envelope& request) {
    Envelope e;
    e.set_request_id(request.request_id());
    return e;
}

void record_event(Hub& hub, std::string_view kind, std::optional<UserId> user, nlohmann::json detail) {
    hub.services().writer.submit(
        [at = to_unix_ms(hub.services().clock.wall_now()), kind = std::string(kind), user,
         detail = detail.dump()](storage::Database& db) -> Result<void> {
            auto r = storage::append_event(db, at, kind, user, detail);
            if (!r) return std::unexpected(r.error());
            return {};
        });
}

// Runs a Writer job and continues on the core thread with the result, if the connection is
// still there.
void write_then(Hub& hub, const ConnPtr& c, storage::Writer::Job job,
                std::function<void(const ConnPtr&, Result<void>)> then) {
    hub.services().writer.submit(
        std::move(job), [ex = hub.services().core, weak = std::weak_ptr<Connection>(c),
                         then = std::move(then)](Result<void> r) mutable {
            asio::post(ex, [weak, then = std::move(then), r = std::move(r)]() mutable {
                if (auto conn = weak.lock()) then(conn, std::move(r));
            });
        });
}

// Runs slow work (Argon2id) off the core thread and continues on it.
template <class T>
void slow_then(Hub& hub, std::function<T()> work, std::function<void(T)> then) {
    asio::post(hub.services().slow_work, [ex = hub.services().core, work = std::move(work),
                                          then = std::move(then)]() mutable {
        T result = work();
        asio::post(ex, [then = std::move(then), result = std::move(result)]() mutable {
            then(std::move(result));
        });
    });
}

// ---- session ----

void on_hello(Hub& hub, const ConnPtr& c, const Envelope& req) {
    const auto& hello = req.hello();
    if (hello.protocol_major() != wire::kProtocolMajor) {
        log()->warn("protocol version mismatch addr={} client={} major={}", c->remote_address(),
                    hello.client_name(), hello.protocol_major());
        c->send_error(req.request_id(), wire::VERSION_MISMATCH,
                      fmt::format("this server speaks protocol {}.x, the client {}.{}: install the "
                                  "client that matches the server version {}",
                                  wire::kProtocolMajor, hello.protocol_major(),
                                  hello.protocol_minor(), CTI_VERSION));
        return c->close_after_flush();
    }
    auto reply = reply_to(req);
    auto* ok = reply.mutable_hello_ok();
    ok->set_protocol_major(wire::kProtocolMajor);
    ok->set_protocol_minor(wire::kProtocolMinor);
    ok->set_server_version(CTI_VERSION);
    ok->set_heartbeat_interval_ms(hub.config().heartbeat_interval_ms);
    ok->set_idle_timeout_ms(hub.config().idle_timeout_ms);
    ok->set_max_frame_bytes(hub.config().max_frame_bytes);
    c->set_phase(Connection::Phase::awaiting_login);
    c->send(reply);
}

struct Verified {
    bool ok = false;
    std::optional<storage::UserRecord> user;
};

void finish_login(Hub& hub, const ConnPtr& c, const Envelope& req, Verified v) {
    const auto& login = req.login();
    const std::string& addr = c->remote_address();
    if (!v.ok) {
        hub.throttle().record_failure(addr, hub.services().clock.steady_now());
        ++hub.metrics().logins_failed;
        log()->warn("login failed user={} addr={}", login.user(), addr);
        record_event(hub, "login.failed", std::nullopt, {{"login", login.user()}, {"address", addr}});
        c->set_phase(Connection::Phase::awaiting_login);
        return c->send_error(req.request_id(), wire::AUTH_FAILED,
                             "user name or password is wrong: check both, or ask an "
                             "administrator to reset the password");
    }
    hub.throttle().record_success(addr);
    ++hub.metrics().logins_ok;
    const auto& u = *v.user;
    SessionUser su{u.id, u.login, u.display_name, wire::ROLE_UNSPECIFIED, u.department, u.extension, u.department_id};
    su.role_name = u.role;
    hub.roles().apply(su);
    bool resumed = false;
    auto session = hub.open_session(c, std::move(su), login.resume_token(), resumed);
    c->attach(session);
    c->set_phase(Connection::Phase::ready);
    log()->info("login user={} role={} addr={} session={} resumed={}", u.login, u.role, addr,
                session->id.value(), resumed);
    record_event(hub, "login.ok", u.id, {{"address", addr}, {"resumed", resumed}});

    auto reply = reply_to(req);
    auto* ok = reply.mutable_login_ok();
    ok->set_session_id(std::to_string(session->id.value()));
    ok->set_resume_token(session->resume_token);
    ok->set_resumed(resumed);
    *ok->mutable_user() = to_wire(session->user);
    c->send(reply);

    auto snap = hub.build_snapshot(*session);
    if (!snap) {
        log()->error("snapshot failed: {}", snap.error().message);
        return c->send_error(0, wire::INTERNAL, "the server could not read its state; see the server log");
    }
    Envelope pushed;
    *pushed.mutable_snapshot() = std::move(*snap);
    c->send(pushed);
}

void on_login(Hub& hub, const ConnPtr& c, const Envelope& req) {
    const auto& login = req.login();
    if (login.user().empty() || utf8_chars(login.user()) > kMaxLoginChars ||
        login.password().empty() || login.password().size() > kMaxPasswordBytes ||
        login.resume_token().size() > 128)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "user and password are required (user up to 64 characters, password "
                             "up to 256 bytes)");
    const auto now = hub.services().clock.steady_now();
    const auto decision = hub.throttle().check(c->remote_address(), now);
    if (decision.kind == ThrottleDecision::Kind::refuse) {
        ++hub.metrics().logins_refused;
        log()->warn("login refused, too many failures addr={} retry_after_ms={}",
                    c->remote_address(), decision.wait.count());
        return c->send_error(req.request_id(), wire::RATE_LIMITED,
                             fmt::format("too many failed logins from this address: try again in "
                                         "{} seconds",
                                         (decision.wait.count() + 999) / 1000),
                             static_cast<std::uint32_t>(decision.wait.count()));
    }
    c->set_phase(Connection::Phase::logging_in);

    std::optional<storage::UserRecord> user;
    if (auto found = storage::find_user_by_login(hub.services().reader, login.user()); !found) {
        log()->error("user lookup failed: {}", found.error().message);
        c->set_phase(Connection::Phase::awaiting_login);
        return c->send_error(req.request_id(), wire::UNAVAILABLE,
                             "the server cannot read its user table now; try again shortly");
    } else if (*found && (*found)->enabled) {
        user = std::move(**found);
    }
    // An unknown or disabled user costs the same Argon2id verification as a wrong password.
    std::string hash = user ? user->password_hash : dummy_password_hash();
    const auto delay = decision.wait;
    slow_then<Verified>(
        hub,
        [hash = std::move(hash), password = login.password(), user = std::move(user)]() mutable {
            Verified v;
            v.ok = verify_password(hash, password) && user.has_value();
            v.user = std::move(user);
            return v;
        },
        [&hub, weak = std::weak_ptr<Connection>(c), req, delay, addr = c->remote_address()](Verified v) {
            auto conn = weak.lock();
            if (!conn || conn->phase() != Connection::Phase::logging_in) {
                // Hanging up before the answer must not dodge the count.
                if (!v.ok) hub.throttle().record_failure(addr, hub.services().clock.steady_now());
                return;
            }
            if (delay.count() == 0) return finish_login(hub, conn, req, std::move(v));
            auto timer = std::make_shared<asio::steady_timer>(hub.services().core, delay);
            timer->async_wait([&hub, weak, req, timer, v = std::move(v)](const boost::system::error_code& ec) mutable {
                auto conn2 = weak.lock();
                if (ec || !conn2 || conn2->phase() != Connection::Phase::logging_in) return;
                finish_login(hub, conn2, req, std::move(v));
            });
        });
}

void on_logout(Hub& hub, const ConnPtr& c, const Envelope& req) {
    auto session = c->session();
    auto reply = reply_to(req);
    reply.mutable_logout_ok();
    c->send(reply);
    c->attach(nullptr);
    if (session) {
        log()->info("logout user={} session={}", session->user.login, session->id.value());
        hub.close_session(session);
    }
    c->close_after_flush();
}

// ---- requests of a logged-in session ----

void on_snapshot(Hub& hub, const ConnPtr& c, const Envelope& req) {
    auto snap = hub.build_snapshot(*c->session());
    if (!snap)
        return c->send_error(req.request_id(), wire::UNAVAILABLE,
                             "the server could not read its state now; try again shortly");
    auto reply = reply_to(req);
    *reply.mutable_snapshot() = std::move(*snap);
    c->send(reply);
}

void on_ping(Hub& hub, const ConnPtr& c, const Envelope& req) {
    auto reply = reply_to(req);
    reply.mutable_pong()->set_nonce(req.ping().nonce());
    reply.mutable_pong()->set_server_time_ms(to_unix_ms(hub.services().clock.wall_now()));
    c->send(reply);
}

void on_post_announcement(Hub& hub, const ConnPtr& c, const Envelope& req) {
    const auto& msg = req.post_announcement();
    const auto title_chars = utf8_chars(msg.title());
    const auto body_chars = utf8_chars(msg.body());
    if (title_chars == 0 || title_chars > kMaxTitleChars || body_chars > kMaxBodyChars)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("an announcement needs a title of 1 to {} characters and "
                                         "a body of up to {} characters",
                                         kMaxTitleChars, kMaxBodyChars));
    const auto& author = c->session()->user;
    auto created = to_unix_ms(hub.services().clock.wall_now());
    auto id = std::make_shared<std::int64_t>(0);
    write_then(
        hub, c,
        [title = msg.title(), body = msg.body(), author = author.id, created, id](storage::Database& db) -> Result<void> {
            auto r = storage::insert_announcement(db, title, body, author, created);
            if (!r) return std::unexpected(r.error());
            *id = r->value();
            auto e = storage::append_event(db, created, "announcement.posted", author,
                                           nlohmann::json{{"announcement_id", *id}}.dump());
            if (!e) return std::unexpected(e.error());
            return {};
        },
        [&hub, req, id, created, author_name = author.display_name](const ConnPtr& conn, Result<void> r) {
            if (!r) {
                log()->error("announcement not stored: {}", r.error().message);
                return conn->send_error(req.request_id(), to_wire_code(r.error().code),
                                        "the announcement could not be stored: " + r.error().message);
            }
            wire::Announcement a;
            a.set_announcement_id(*id);
            a.set_title(req.post_announcement().title());
            a.set_body(req.post_announcement().body());
            a.set_author(author_name);
            a.set_created_ms(created);
            auto reply = reply_to(req);
            *reply.mutable_post_announcement_ok()->mutable_announcement() = a;
            conn->send(reply);
            wire::Event e;
            *e.mutable_announcement() = std::move(a);
            hub.publish(std::move(e));
        });
}

void on_change_password(Hub& hub, const ConnPtr& c, const Envelope& req) {
    const auto& msg = req.change_password();
    if (utf8_chars(msg.new_password()) < kMinPasswordChars || msg.new_password().size() > kMaxPasswordBytes ||
        msg.old_password().size() > kMaxPasswordBytes)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("the new password needs {} to {} characters",
                                         kMinPasswordChars, kMaxPasswordBytes));
    const UserId user = c->session()->user.id;
    auto current = storage::find_user(hub.services().reader, user);
    if (!current || !*current)
        return c->send_error(req.request_id(), wire::UNAVAILABLE, "your account could not be read; try again");
    struct Outcome {
        bool old_ok = false;
        Result<std::string> new_hash = fail(Errc::internal, "not hashed");
    };
    slow_then<std::shared_ptr<Outcome>>(
        hub,
        [old_hash = (*current)->password_hash, old_pw = msg.old_password(), new_pw = msg.new_password(),
         strength = hub.password_strength()] {
            auto o = std::make_shared<Outcome>();
            o->old_ok = verify_password(old_hash, old_pw);
            if (o->old_ok) o->new_hash = hash_password(new_pw, strength);
            return o;
        },
        [&hub, weak = std::weak_ptr<Connection>(c), req, user](std::shared_ptr<Outcome> o) {
            auto conn = weak.lock();
            if (!conn) return;
            if (!o->old_ok)
                return conn->send_error(req.request_id(), wire::AUTH_FAILED,
                                        "the current password is wrong; the password was not changed");
            if (!o->new_hash)
                return conn->send_error(req.request_id(), wire::UNAVAILABLE, o->new_hash.error().message);
            write_then(
                hub, conn,
                [user, hash = *o->new_hash](storage::Database& db) { return storage::update_password_hash(db, user, hash); },
                [req, user, &hub](const ConnPtr& conn2, Result<void> r) {
                    if (!r)
                        return conn2->send_error(req.request_id(), to_wire_code(r.error().code),
                                                 "the password was not changed: " + r.error().message);
                    record_event(hub, "password.changed", user, nlohmann::json::object());
                    auto reply = reply_to(req);
                    reply.mutable_change_password_ok();
                    conn2->send(reply);
                });
        });
}

// ---- the table ----

using HandlerFn = void (*)(Hub&, const ConnPtr&, const Envelope&);
struct Handler {
    Envelope::BodyCase body;
    HandlerFn fn;
    std::optional<Permission> permission;  // checked before the handler runs
};

// Requests of a logged-in session. Hello, Login and Logout are handled by the phase rules below.
constexpr Handler kHandlers[] = {
    {Envelope::kSnapshotRequest, on_snapshot, std::nullopt},
    {Envelope::kPing, on_ping, std::nullopt},
    {Envelope::kPostAnnouncement, on_post_announcement, Permission::announcement_post},
    {Envelope::kChangePassword, on_change_password, Permission::password_change},
    {Envelope::kCallControl, on_call_control, Permission::call_control},
    {Envelope::kAgentControl, on_agent_control, Permission::agent_status},
    {Envelope::kSaveIvrFlow, on_save_ivr_flow, Permission::ivr_edit},
    {Envelope::kListIvrFlows, on_list_ivr_flows, Permission::ivr_edit},
    {Envelope::kRunReport, on_run_report, Permission::report_view},
    {Envelope::kSaveReport, on_save_report, Permission::report_view},
    {Envelope::kListReports, on_list_reports, Permission::report_view},
    {Envelope::kSetQueueMember, on_set_queue_member, Permission::agent_force},
    {Envelope::kListQueueMembers, on_list_queue_members, Permission::agent_force},
    {Envelope::kSearchRecordings, on_search_recordings, Permission::call_supervise},
    {Envelope::kScoreRecording, on_score_recording, Permission::call_supervise},
    {Envelope::kGetIvrFlow, on_get_ivr_flow, Permission::ivr_edit},
    {Envelope::kCreateOrder, on_create_order, Permission::order_create},
    {Envelope::kOrderAction, on_order_action, Permission::order_act},
    {Envelope::kGetOrder, on_get_order, Permission::order_view},
    {Envelope::kSearchOrders, on_search_orders, Permission::order_view},
    {Envelope::kWorkbench, on_workbench, Permission::order_view},
    {Envelope::kSaveCustomer, on_save_customer, Permission::customer_edit},
    {Envelope::kCloseAccount, on_close_account, Permission::customer_manage},
    {Envelope::kLookupCaller, on_lookup_caller, Permission::customer_view},
    {Envelope::kSetNumberSegment, on_set_number_segment, Permission::customer_manage},
    {Envelope::kSaveWorkflow, on_save_workflow, Permission::workflow_edit},
    {Envelope::kSaveDeadlinePolicy, on_save_deadline_policy, Permission::workflow_edit},
    {Envelope::kListDeadlinePolicies, on_list_deadline_policies, Permission::order_view},
    {Envelope::kOrderSummary, on_order_summary, Permission::order_view},
    {Envelope::kSavePhrase, on_save_phrase, Permission::order_view},
    {Envelope::kListPhrases, on_list_phrases, Permission::order_view},
    {Envelope::kAttachFile, on_attach_file, Permission::order_act},
    {Envelope::kListAttachments, on_list_attachments, Permission::order_view},
    {Envelope::kGetAttachment, on_get_attachment, Permission::order_view},
    {Envelope::kSendMessage, on_send_message, Permission::message_send},
    {Envelope::kListMessages, on_list_messages, std::nullopt},
    {Envelope::kMyCalls, on_my_calls, std::nullopt},
    {Envelope::kSaveDepartment, on_save_department, Permission::admin_users},
    {Envelope::kSaveUser, on_save_user, Permission::admin_users},
    {Envelope::kListUsers, on_list_users, Permission::admin_users},
    {Envelope::kListAdminTables, on_list_admin_tables, std::nullopt},  // lists only what the role may open
    {Envelope::kAdminList, on_admin_list, std::nullopt},                // the table's permission, checked inside
    {Envelope::kAdminSave, on_admin_save, std::nullopt},                // the table's permission, checked inside
    {Envelope::kListKbCategories, on_list_kb_categories, Permission::kb_view},
    {Envelope::kSaveKbCategory, on_save_kb_category, Permission::kb_edit},
    {Envelope::kSaveKbArticle, on_save_kb_article, Permission::kb_edit},
    {Envelope::kGetKbArticle, on_get_kb_article, Permission::kb_view},
    {Envelope::kSearchKb, on_search_kb, Permission::kb_view},
    {Envelope::kKbFeedback, on_kb_feedback, Permission::kb_feedback},
    {Envelope::kListKbFeedback, on_list_kb_feedback, Permission::kb_edit},
    {Envelope::kResolveKbFeedback, on_resolve_kb_feedback, Permission::kb_edit},
    {Envelope::kSendKbArticle, on_send_kb_article, Permission::kb_send},
    {Envelope::kListVoicemails, on_list_voicemails, Permission::call_control},
    {Envelope::kMarkVoicemailHeard, on_mark_voicemail_heard, Permission::call_control},
    {Envelope::kFetchAudio, on_fetch_audio, Permission::call_control},
    {Envelope::kListCallbacks, on_list_callbacks, Permission::call_control},
    {Envelope::kSaveCampaign, on_save_campaign, Permission::campaign_manage},
    {Envelope::kImportCallList, on_import_call_list, Permission::campaign_manage},
    {Envelope::kCampaignControl, on_campaign_control, Permission::campaign_manage},
    {Envelope::kListCampaigns, on_list_campaigns, Permission::campaign_work},
    {Envelope::kListCampaignRecords, on_list_campaign_records, Permission::campaign_manage},
    {Envelope::kPreviewNext, on_preview_next, Permission::campaign_work},
    {Envelope::kPreviewDecision, on_preview_decision, Permission::campaign_work},
    {Envelope::kSetDisposition, on_set_disposition, Permission::campaign_work},
    {Envelope::kDoNotCall, on_do_not_call, Permission::campaign_manage},
    {Envelope::kUploadPrompt, on_upload_prompt, Permission::prompt_edit},
    {Envelope::kSendFax, on_send_fax, Permission::fax_send},
    {Envelope::kListFaxes, on_list_faxes, Permission::fax_send},
};

}  // namespace

void dispatch(Hub& hub, const ConnPtr& c, const Envelope& req) {
    using Phase = Connection::Phase;
    const auto body = req.body_case();
    switch (c->phase()) {
        case Phase::awaiting_hello:
            if (body == Envelope::kHello) return on_hello(hub, c, req);
            c->send_error(req.request_id(), wire::PROTOCOL_ORDER,
                          "the first message must be Hello with the protocol version; the "
                          "connection is closed");
            return c->close_after_flush();
        case Phase::awaiting_login:
            if (body == Envelope::kLogin) return on_login(hub, c, req);
            break;
        case Phase::logging_in:
            if (body == Envelope::kLogin)
                return c->send_error(req.request_id(), wire::PROTOCOL_ORDER,
                                     "a login is already in progress on this connection");
            break;
        case Phase::ready:
            if (body == Envelope::kLogout) return on_logout(hub, c, req);
            break;
        default: return;
    }
    if (body == Envelope::kHello) {
        c->send_error(req.request_id(), wire::PROTOCOL_ORDER, "Hello was already received; the connection is closed");
        return c->close_after_flush();
    }
    for (const auto& h : kHandlers) {
        if (h.body != body) continue;
        if (c->phase() != Phase::ready)
            return c->send_error(req.request_id(), wire::NOT_LOGGED_IN, "log in first");
        const auto& user = c->session()->user;
        if (h.permission && !has_permission(user, *h.permission)) {
            log()->warn("permission denied user={} permission={}", user.login, to_string(*h.permission));
            return c->send_error(req.request_id(), wire::PERMISSION_DENIED,
                                 fmt::format("your role ({}) may not do this ({}); ask a supervisor",
                                             user.role_name, to_string(*h.permission)));
        }
        return h.fn(hub, c, req);
    }
    if (body == Envelope::kLogin)
        return c->send_error(req.request_id(), wire::PROTOCOL_ORDER, "already logged in");
    if (c->phase() != Phase::ready && body == Envelope::kLogout)
        return c->send_error(req.request_id(), wire::NOT_LOGGED_IN, "log in first");
    // A message only the server sends (HelloOk, Snapshot, Event, ...).
    c->send_error(req.request_id(), wire::UNKNOWN_MESSAGE,
                  fmt::format("'{}' is not a request a client can send", wire::body_name(req)));
}

}  // namespace cti::gateway
