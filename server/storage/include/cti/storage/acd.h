#pragma once
// Typed queries over the ACD tables of 0004_acd.sql (queue settings, agent settings and skills)
// and the queue members of 0001.
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct QueueSettingsRecord {
    QueueId id;
    std::string name;
    std::string strategy;
    int ring_timeout_s = 20;
    int service_level_s = 20;
    int max_waiting = 0;
    int max_wait_s = 0;
    std::optional<QueueId> overflow_queue;
    int announce_interval_s = 30;
    std::string survey_flow;  // IVR flow the caller enters when the agent hangs up (empty: none)
    // Without an overflow queue, what a caller who waited max_wait_s or found the queue full
    // gets: "" (keeps waiting / rejected when full), "voicemail" or "callback".
    std::string overflow_action;
    std::string required_skills;  // "skill:level,skill:level" (0019); level 1..10
    int relax_after_s = 0;        // the requirements are dropped after this wait (0: never)
};
Result<std::vector<QueueSettingsRecord>> list_queue_settings(Database& db);  // by queue_id
// Inserts the queue (id empty: the new id is returned) or updates every setting of it.
// already_exists for a taken name, not_found for an unknown id.
Result<QueueId> save_queue_settings(Database& db, const QueueSettingsRecord& q);
Result<void> set_queue_survey_flow(Database& db, QueueId queue, std::string_view flow);
// action: "", "voicemail" or "callback" (anything else is refused); max_wait_s as for the queue.
Result<void> set_queue_overflow(Database& db, QueueId queue, std::string_view action, int max_wait_s);

struct QueueMemberRecord {
    QueueId queue;
    UserId user;
    int level = 1;
};
Result<std::vector<QueueMemberRecord>> list_queue_members(Database& db);  // by queue, level, user
// Adds the tier or changes its level (1..99).
Result<void> set_queue_member(Database& db, const QueueMemberRecord& m);
Result<void> remove_queue_member(Database& db, QueueId queue, UserId user);  // not_found if absent

// A caller's stay in a queue, for the reports (0018 queue_stays).
struct QueueStayRecord {
    CallId call;
    QueueId queue;
    std::string outcome;  // answered, abandoned, overflowed, rejected
    std::int64_t entered_ms = 0;
    std::int64_t left_ms = 0;
    bool within_service_level = false;
    std::optional<UserId> agent;
};
Result<void> append_queue_stay(Database& db, const QueueStayRecord& r);

struct AgentSettingsRecord {
    UserId user;
    std::string mode = "continuous";
    bool auto_answer = false;
    int wrap_up_s = 10;
    bool wrap_up_manual = false;
    int max_no_answer = 3;
    std::vector<std::pair<std::string, int>> skills;  // name, proficiency
};
// Every user with an extension, with their settings (defaults where no row) and skills.
Result<std::vector<AgentSettingsRecord>> list_agent_settings(Database& db);
Result<void> upsert_agent_settings(Database& db, const AgentSettingsRecord& s);  // skills replaced too

// Every agent's last status (from the newest agent.state event of the event log): what a
// restarted server restores.
struct LastAgentStatus {
    UserId user;
    std::string status;  // logged_out, available, not_ready, away
    std::string reason;
};
Result<std::vector<LastAgentStatus>> last_agent_statuses(Database& db);

}  // namespace cti::storage
