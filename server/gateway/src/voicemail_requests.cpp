// Voicemail, callback requests and audio files: ListVoicemails, MarkVoicemailHeard, FetchAudio,
// ListCallbacks, and the events that tell desktops about new messages and callbacks.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include "cti/gateway/roles.h"
#include "cti/gateway/voicemail_wire.h"
#include "cti/storage/acd.h"
#include "cti/storage/telephony.h"
#include "db_async.h"

namespace cti::gateway {
using namespace detail;
using storage::Database;

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr std::int64_t kAudioChunk = 256 * 1024;

// The mailboxes a user may hear; nullopt: every mailbox (team leaders and up).
Result<std::optional<std::vector<std::string>>> mailboxes_of(Database& db, const SessionUser& user) {
    if (has_permission(user, Permission::call_supervise)) return std::optional<std::vector<std::string>>{};
    std::vector<std::string> out;
    if (!user.extension.empty()) out.push_back(user.extension);
    auto queues = storage::list_queue_settings(db);
    if (!queues) return std::unexpected(queues.error());
    auto members = storage::list_queue_members(db);
    if (!members) return std::unexpected(members.error());
    for (const auto& m : *members)
        if (m.user == user.id)
            for (const auto& q : *queues)
                if (q.id == m.queue) out.push_back(q.name);
    return std::optional<std::vector<std::string>>{std::move(out)};
}

bool may_hear(const std::optional<std::vector<std::string>>& boxes, const std::string& mailbox) {
    return !boxes || std::find(boxes->begin(), boxes->end(), mailbox) != boxes->end();
}

int limit_of(int asked) { return asked <= 0 ? kDefaultLimit : std::min(asked, kMaxLimit); }

// A voicemail the user may hear, or why not.
Result<storage::VoicemailRecord> readable_voicemail(Database& db, const SessionUser& user, std::int64_t id) {
    auto v = storage::find_voicemail(db, id);
    if (!v) return std::unexpected(v.error());
    auto boxes = mailboxes_of(db, user);
    if (!boxes) return std::unexpected(boxes.error());
    // The same answer for "no such message" and "not yours": ids are not secrets to probe.
    if (!*v || !may_hear(*boxes, (*v)->mailbox)) return fail(Errc::not_found, fmt::format("there is no voicemail {} for you", id));
    return **v;
}
}  // namespace

wire::VoicemailInfo to_wire(const storage::VoicemailRecord& v) {
    wire::VoicemailInfo w;
    w.set_voicemail_id(v.id);
    w.set_call_id(v.call.value());
    w.set_mailbox(v.mailbox);
    w.set_caller(v.caller);
    w.set_created_ms(v.created_ms);
    w.set_duration_ms(v.frames / 8);
    if (v.heard_by) w.set_heard_by(v.heard_by->value());
    if (v.heard_ms) w.set_heard_ms(*v.heard_ms);
    w.set_error(v.error);
    return w;
}

wire::CallbackInfo to_wire(const storage::CallbackRecord& r) {
    wire::CallbackInfo w;
    w.set_callback_id(r.id);
    w.set_call_id(r.call.value());
    w.set_queue(r.queue);
    w.set_number(r.number);
    w.set_requested_ms(r.requested_ms);
    w.set_state(r.state);
    w.set_attempts(r.attempts);
    w.set_last_result(r.last_result);
    if (r.last_call) w.set_last_call_id(r.last_call->value());
    if (r.agent) w.set_agent_id(r.agent->value());
    auto data = nlohmann::json::parse(r.data, nullptr, false);
    if (data.is_object())
        for (const auto& [k, v] : data.items())
            if (v.is_string()) (*w.mutable_data())[k] = v.get<std::string>();
    return w;
}

void publish_voicemail(Hub& hub, const storage::VoicemailRecord& v) {
    // The audience is decided once per message (one read of the queue members), on the core
    // thread's reader.
    auto& db = hub.services().reader;
    std::vector<UserId> members;
    auto queues = storage::list_queue_settings(db);
    auto all = storage::list_queue_members(db);
    if (queues && all)
        for (const auto& q : *queues)
            if (q.name == v.mailbox)
                for (const auto& m : *all)
                    if (m.queue == q.id) members.push_back(m.user);
    wire::Event e;
    *e.mutable_voicemail() = to_wire(v);
    hub.publish_to(std::move(e), [&](const SessionUser& u) {
        return has_permission(u, Permission::call_supervise) || (!u.extension.empty() && u.extension == v.mailbox) ||
               std::find(members.begin(), members.end(), u.id) != members.end();
    });
}

void publish_callback(Hub& hub, const storage::CallbackRecord& r) {
    wire::Event e;
    *e.mutable_callback() = to_wire(r);
    hub.publish_to(std::move(e), [](const SessionUser& u) { return has_permission(u, Permission::call_control); });
}

void on_list_voicemails(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.list_voicemails();
    if (m.mailbox().size() > 64) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "no such mailbox");
    read_value<wire::ListVoicemailsOk>(
        hub, c,
        [user = c->session()->user, mailbox = m.mailbox(), unheard = m.unheard_only(),
         limit = limit_of(m.limit())](Database& db) -> Result<wire::ListVoicemailsOk> {
            auto boxes = mailboxes_of(db, user);
            if (!boxes) return std::unexpected(boxes.error());
            std::vector<std::string> wanted;
            if (!mailbox.empty()) {
                if (!may_hear(*boxes, mailbox))
                    return fail(Errc::permission_denied, fmt::format("you may not hear the mailbox {}: it is neither "
                                                                     "your extension nor one of your queues", mailbox));
                wanted.push_back(mailbox);
            } else if (*boxes) {
                wanted = **boxes;
                if (wanted.empty()) return wire::ListVoicemailsOk{};  // no extension, no queue
            }
            auto list = storage::list_voicemails(db, wanted, unheard, limit);
            if (!list) return std::unexpected(list.error());
            wire::ListVoicemailsOk ok;
            for (const auto& v : *list) *ok.add_voicemails() = to_wire(v);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListVoicemailsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the voicemails could not be listed");
            auto reply = reply_to(req);
            *reply.mutable_list_voicemails_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_mark_voicemail_heard(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<storage::VoicemailRecord>(
        hub, c,
        [user = c->session()->user, id = req.mark_voicemail_heard().voicemail_id(),
         now](Database& db) -> Result<storage::VoicemailRecord> {
            auto v = readable_voicemail(db, user, id);
            if (!v) return std::unexpected(v.error());
            if (auto r = storage::mark_voicemail_heard(db, id, user.id, now); !r) return std::unexpected(r.error());
            auto again = storage::find_voicemail(db, id);
            if (!again || !*again) return fail(Errc::internal, "the voicemail vanished");
            return **again;
        },
        [req](const ConnPtr& conn, Result<storage::VoicemailRecord> r) {
            if (!r) return send_failure(conn, req, r.error(), "the voicemail was not marked");
            auto reply = reply_to(req);
            *reply.mutable_mark_voicemail_heard_ok()->mutable_voicemail() = to_wire(*r);
            conn->send(reply);
        });
}

namespace {
// The file behind FetchAudio{kind, id}, relative to the data folder, if the user may hear it: a
// voicemail of one of the user's mailboxes, or the recording of a call the user took (team
// leaders and up: any call).
Result<std::string> audio_path(Database& db, const SessionUser& user, const std::string& kind, std::int64_t id) {
    if (kind == "voicemail") {
        auto v = readable_voicemail(db, user, id);
        if (!v) return std::unexpected(v.error());
        return v->path;
    }
    auto call = storage::find_call(db, CallId(id));
    if (!call) return std::unexpected(call.error());
    const bool mine = *call && (*call)->agent_id == user.id;
    if (!*call || !(mine || has_permission(user, Permission::call_supervise)))
        return fail(Errc::not_found, fmt::format("there is no recording of call {} for you", id));
    auto r = storage::find_recording_of_call(db, CallId(id));
    if (!r) return std::unexpected(r.error());
    if (!*r) return fail(Errc::not_found, fmt::format("call {} has no recording (yet)", id));
    return (*r)->path;
}
}  // namespace

void on_fetch_audio(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.fetch_audio();
    if (m.kind() != "voicemail" && m.kind() != "recording")
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "FetchAudio.kind must be \"voicemail\" or \"recording\"");
    if (m.offset() < 0) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "FetchAudio.offset must be 0 or more");
    // A chunk and its envelope fit in one frame whatever the server's frame limit.
    const std::int64_t chunk = std::min<std::int64_t>(kAudioChunk, std::int64_t(hub.config().max_frame_bytes) - 1024);
    read_value<wire::FetchAudioOk>(
        hub, c,
        [user = c->session()->user, kind = m.kind(), id = m.id(), offset = m.offset(), chunk,
         dir = hub.services().data_dir](Database& db) -> Result<wire::FetchAudioOk> {
            auto path = audio_path(db, user, kind, id);
            if (!path) return std::unexpected(path.error());
            std::ifstream in(dir / *path, std::ios::binary);
            if (!in) return fail(Errc::not_found, fmt::format("the audio of {} {} is missing on the server", kind, id));
            in.seekg(0, std::ios::end);
            const std::int64_t total = in.tellg();
            if (offset > total)
                return fail(Errc::invalid_argument, fmt::format("offset {} is past the end of the file ({} bytes)", offset, total));
            std::string data(static_cast<std::size_t>(std::min(chunk, total - offset)), '\0');
            in.seekg(offset);
            in.read(data.data(), static_cast<std::streamsize>(data.size()));
            if (!in) return fail(Errc::io_error, fmt::format("the audio of {} {} could not be read", kind, id));
            wire::FetchAudioOk ok;
            ok.set_total_bytes(total);
            ok.set_offset(offset);
            ok.set_data(std::move(data));
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::FetchAudioOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the audio could not be fetched");
            auto reply = reply_to(req);
            *reply.mutable_fetch_audio_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_list_callbacks(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.list_callbacks();
    if (!m.state().empty() && m.state() != "pending" && m.state() != "done" && m.state() != "failed" &&
        m.state() != "cancelled")
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "ListCallbacks.state is empty, pending, done, failed or cancelled");
    read_value<wire::ListCallbacksOk>(
        hub, c,
        [state = m.state(), limit = limit_of(m.limit())](Database& db) -> Result<wire::ListCallbacksOk> {
            auto list = storage::list_callbacks(db, state, limit);
            if (!list) return std::unexpected(list.error());
            wire::ListCallbacksOk ok;
            for (const auto& r : *list) *ok.add_callbacks() = to_wire(r);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListCallbacksOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the callback requests could not be listed");
            auto reply = reply_to(req);
            *reply.mutable_list_callbacks_ok() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
