#include "cti/storage/voicemail.h"

#include "query.h"

#include <fmt/format.h>

namespace cti::storage {
using detail::each_row;
using detail::prepare;

namespace {

constexpr const char* kVoicemailColumns =
    "voicemail_id, call_id, mailbox, caller, path, frames, created_ms, error, heard_by, heard_ms";

VoicemailRecord voicemail_of(const Statement& row) {
    VoicemailRecord v;
    v.id = row.get_int("voicemail_id");
    v.call = CallId(row.get_int("call_id"));
    v.mailbox = row.get_text("mailbox");
    v.caller = row.get_text("caller");
    v.path = row.get_text("path");
    v.frames = row.get_int("frames");
    v.created_ms = row.get_int("created_ms");
    v.error = row.get_text("error");
    if (auto u = row.get_optional_int("heard_by")) v.heard_by = UserId(*u);
    v.heard_ms = row.get_optional_int("heard_ms");
    return v;
}

constexpr const char* kCallbackColumns =
    "callback_id, call_id, queue, number, requested_ms, arrived_ms, priority, vip_level, data, state, attempts, "
    "retry_at_ms, last_result, last_call_id, agent_id, updated_ms";

CallbackRecord callback_of(const Statement& row) {
    CallbackRecord r;
    r.id = row.get_int("callback_id");
    r.call = CallId(row.get_int("call_id"));
    r.queue = row.get_text("queue");
    r.number = row.get_text("number");
    r.requested_ms = row.get_int("requested_ms");
    r.arrived_ms = row.get_int("arrived_ms");
    r.priority = static_cast<int>(row.get_int("priority"));
    r.vip_level = static_cast<int>(row.get_int("vip_level"));
    r.data = row.get_text("data");
    r.state = row.get_text("state");
    r.attempts = static_cast<int>(row.get_int("attempts"));
    r.retry_at_ms = row.get_int("retry_at_ms");
    r.last_result = row.get_text("last_result");
    if (auto c = row.get_optional_int("last_call_id")) r.last_call = CallId(*c);
    if (auto a = row.get_optional_int("agent_id")) r.agent = UserId(*a);
    r.updated_ms = row.get_int("updated_ms");
    return r;
}

constexpr const char* kRecordingColumns = "recording_id, call_id, path, channels, frames, started_ms, ended_ms, error";

RecordingRecord recording_of(const Statement& row) {
    RecordingRecord r;
    r.id = row.get_int("recording_id");
    r.call = CallId(row.get_int("call_id"));
    r.path = row.get_text("path");
    r.channels = static_cast<int>(row.get_int("channels"));
    r.frames = row.get_int("frames");
    r.started_ms = row.get_int("started_ms");
    r.ended_ms = row.get_int("ended_ms");
    r.error = row.get_text("error");
    return r;
}

}  // namespace

Result<std::int64_t> insert_recording(Database& db, const RecordingRecord& r) {
    auto s = prepare(db,
                     "INSERT INTO recordings (call_id, path, channels, frames, started_ms, ended_ms, error) "
                     "VALUES (:call, :path, :channels, :frames, :started, :ended, :error)",
                     "storing a recording");
    if (!s) return std::unexpected(s.error());
    s->bind(":call", r.call.value()).bind(":path", r.path).bind(":channels", r.channels).bind(":frames", r.frames);
    s->bind(":started", r.started_ms).bind(":ended", r.ended_ms).bind(":error", r.error);
    if (auto run = s->run(); !run) return fail(run.error().code, "recording not stored: " + run.error().message);
    return db.last_insert_rowid();
}

Result<std::optional<RecordingRecord>> find_recording_of_call(Database& db, CallId call) {
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM recordings WHERE call_id = :call ORDER BY recording_id DESC LIMIT 1",
                                 kRecordingColumns),
                     "reading a call's recording");
    if (!s) return std::unexpected(s.error());
    s->bind(":call", call.value());
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<RecordingRecord>{};
    return std::optional<RecordingRecord>{recording_of(*s)};
}

Result<std::vector<RecordingRecord>> recordings_before(Database& db, std::int64_t before_ms, int limit) {
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM recordings WHERE started_ms < :before ORDER BY started_ms LIMIT :limit",
                                 kRecordingColumns),
                     "listing old recordings");
    if (!s) return std::unexpected(s.error());
    s->bind(":before", before_ms).bind(":limit", limit);
    std::vector<RecordingRecord> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(recording_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> delete_recording(Database& db, std::int64_t id) {
    auto s = prepare(db, "DELETE FROM recordings WHERE recording_id = :id", "deleting a recording");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return s->run();
}

Result<std::int64_t> insert_voicemail(Database& db, const VoicemailRecord& v) {
    auto s = prepare(db,
                     "INSERT INTO voicemails (call_id, mailbox, caller, path, frames, created_ms, error) "
                     "VALUES (:call, :mailbox, :caller, :path, :frames, :created, :error)",
                     "storing a voicemail");
    if (!s) return std::unexpected(s.error());
    s->bind(":call", v.call.value()).bind(":mailbox", v.mailbox).bind(":caller", v.caller).bind(":path", v.path);
    s->bind(":frames", v.frames).bind(":created", v.created_ms).bind(":error", v.error);
    if (auto r = s->run(); !r) return fail(r.error().code, "voicemail not stored: " + r.error().message);
    return db.last_insert_rowid();
}

Result<std::optional<VoicemailRecord>> find_voicemail(Database& db, std::int64_t id) {
    auto s = prepare(db, fmt::format("SELECT {} FROM voicemails WHERE voicemail_id = :id", kVoicemailColumns),
                     "reading a voicemail");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<VoicemailRecord>{};
    return std::optional<VoicemailRecord>{voicemail_of(*s)};
}

Result<std::vector<VoicemailRecord>> list_voicemails(Database& db, const std::vector<std::string>& mailboxes,
                                                     bool unheard_only, int limit) {
    // The mailbox filter is a JSON array bound as one parameter: still one prepared statement.
    std::string boxes = "[";
    for (const auto& m : mailboxes) {
        if (boxes.size() > 1) boxes += ',';
        boxes += '"';
        for (char ch : m) {
            if (ch == '"' || ch == '\\') boxes += '\\';
            boxes += ch;
        }
        boxes += '"';
    }
    boxes += ']';
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM voicemails WHERE (:all OR mailbox IN (SELECT value FROM json_each(:boxes))) "
                                 "AND (NOT :unheard OR heard_ms IS NULL) ORDER BY created_ms DESC, voicemail_id DESC "
                                 "LIMIT :limit",
                                 kVoicemailColumns),
                     "listing voicemails");
    if (!s) return std::unexpected(s.error());
    s->bind(":all", mailboxes.empty() ? 1 : 0).bind(":boxes", boxes).bind(":unheard", unheard_only ? 1 : 0);
    s->bind(":limit", limit);
    std::vector<VoicemailRecord> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(voicemail_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> mark_voicemail_heard(Database& db, std::int64_t id, UserId by, std::int64_t at_ms) {
    auto s = prepare(db,
                     "UPDATE voicemails SET heard_by = coalesce(heard_by, :by), heard_ms = coalesce(heard_ms, :at) "
                     "WHERE voicemail_id = :id",
                     "marking a voicemail heard");
    if (!s) return std::unexpected(s.error());
    s->bind(":by", by.value()).bind(":at", at_ms).bind(":id", id);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no voicemail {}", id));
    return {};
}

Result<std::int64_t> insert_callback(Database& db, const CallbackRecord& r) {
    auto s = prepare(db,
                     "INSERT INTO callbacks (callback_id, call_id, queue, number, requested_ms, arrived_ms, priority, "
                     "vip_level, data, state, attempts, retry_at_ms, last_result, updated_ms) VALUES (:id, :call, "
                     ":queue, :number, :requested, :arrived, :priority, :vip, :data, :state, :attempts, :retry, "
                     ":result, :updated)",
                     "storing a callback request");
    if (!s) return std::unexpected(s.error());
    if (r.id != 0) s->bind(":id", r.id);
    else s->bind(":id", nullptr);
    s->bind(":call", r.call.value()).bind(":queue", r.queue).bind(":number", r.number);
    s->bind(":requested", r.requested_ms).bind(":arrived", r.arrived_ms).bind(":priority", r.priority);
    s->bind(":vip", r.vip_level).bind(":data", r.data).bind(":state", r.state).bind(":attempts", r.attempts);
    s->bind(":retry", r.retry_at_ms).bind(":result", r.last_result).bind(":updated", r.updated_ms);
    if (auto run = s->run(); !run) return fail(run.error().code, "callback request not stored: " + run.error().message);
    return db.last_insert_rowid();
}

Result<std::int64_t> max_callback_id(Database& db) {
    auto s = prepare(db, "SELECT coalesce(max(callback_id), 0) AS n FROM callbacks", "reading callback ids");
    if (!s) return std::unexpected(s.error());
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    return s->get_int("n");
}

Result<std::vector<CallbackRecord>> list_callbacks(Database& db, std::string_view state, int limit) {
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM callbacks WHERE (:state = '' OR state = :state) "
                                 "ORDER BY arrived_ms, callback_id LIMIT :limit",
                                 kCallbackColumns),
                     "listing callback requests");
    if (!s) return std::unexpected(s.error());
    s->bind(":state", state).bind(":limit", limit);
    std::vector<CallbackRecord> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(callback_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> update_callback(Database& db, const CallbackRecord& r) {
    auto s = prepare(db,
                     "UPDATE callbacks SET state = :state, attempts = :attempts, retry_at_ms = :retry, "
                     "last_result = :result, last_call_id = :last_call, agent_id = :agent, updated_ms = :updated "
                     "WHERE callback_id = :id",
                     "updating a callback request");
    if (!s) return std::unexpected(s.error());
    s->bind(":state", r.state).bind(":attempts", r.attempts).bind(":retry", r.retry_at_ms);
    s->bind(":result", r.last_result).bind(":updated", r.updated_ms).bind(":id", r.id);
    if (r.last_call) s->bind(":last_call", r.last_call->value());
    else s->bind(":last_call", nullptr);
    if (r.agent) s->bind(":agent", r.agent->value());
    else s->bind(":agent", nullptr);
    if (auto run = s->run(); !run) return std::unexpected(run.error());
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no callback request {}", r.id));
    return {};
}

}  // namespace cti::storage
