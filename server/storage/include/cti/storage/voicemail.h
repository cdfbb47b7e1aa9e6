#pragma once
// Typed queries over the voicemails and callbacks tables (0013) and the call recordings (0014).
// Plain functions over a Database.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct VoicemailRecord {
    std::int64_t id = 0;  // ignored on insert
    CallId call;
    std::string mailbox;  // a queue's name or an agent's extension
    std::string caller;
    std::string path;     // relative to the data folder
    std::int64_t frames = 0;
    std::int64_t created_ms = 0;
    std::string error;
    std::optional<UserId> heard_by;
    std::optional<std::int64_t> heard_ms;
};
Result<std::int64_t> insert_voicemail(Database& db, const VoicemailRecord& v);
Result<std::optional<VoicemailRecord>> find_voicemail(Database& db, std::int64_t id);
// Newest first; an empty mailbox list means every mailbox.
Result<std::vector<VoicemailRecord>> list_voicemails(Database& db, const std::vector<std::string>& mailboxes,
                                                     bool unheard_only, int limit);
// The first listener marks it heard; later marks keep the first (not_found when no such message).
Result<void> mark_voicemail_heard(Database& db, std::int64_t id, UserId by, std::int64_t at_ms);

struct CallbackRecord {
    std::int64_t id = 0;
    CallId call;                  // the call that asked
    std::string queue;
    std::string number;
    std::int64_t requested_ms = 0;
    std::int64_t arrived_ms = 0;  // place in line
    int priority = 0;
    int vip_level = 0;
    std::string data = "{}";      // JSON object
    std::string state = "pending";
    int attempts = 0;
    std::int64_t retry_at_ms = 0;
    std::string last_result;
    std::optional<CallId> last_call;
    std::optional<UserId> agent;
    std::int64_t updated_ms = 0;
};
// Inserts with r.id when it is non-zero (the ACD numbers callbacks itself), else a new id.
Result<std::int64_t> insert_callback(Database& db, const CallbackRecord& r);
Result<std::int64_t> max_callback_id(Database& db);
// Oldest place in line first; empty state: every state.
Result<std::vector<CallbackRecord>> list_callbacks(Database& db, std::string_view state, int limit);
// An attempt's outcome: state, attempts, retry time, result, the call and the agent.
Result<void> update_callback(Database& db, const CallbackRecord& r);

struct RecordingRecord {
    std::int64_t id = 0;  // ignored on insert
    CallId call;
    std::string path;     // relative to the data folder
    int channels = 2;
    std::int64_t frames = 0;
    std::int64_t started_ms = 0;
    std::int64_t ended_ms = 0;
    std::string error;
};
Result<std::int64_t> insert_recording(Database& db, const RecordingRecord& r);
// The call's recording (the newest when there are several), if any.
Result<std::optional<RecordingRecord>> find_recording_of_call(Database& db, CallId call);
// Recordings that started before `before_ms`, oldest first, at most `limit`.
Result<std::vector<RecordingRecord>> recordings_before(Database& db, std::int64_t before_ms, int limit);
Result<void> delete_recording(Database& db, std::int64_t id);

}  // namespace cti::storage
