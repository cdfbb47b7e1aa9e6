#pragma once
// Typed queries over the outbound campaign tables of 0015_campaigns.sql: campaigns, their call
// lists (records), the attempts placed for them, the figures derived from both, and the
// do-not-call list. Plain functions over a Database; the dialer's logic is in server/campaign.
//
// Text is stored as given: phone numbers are normalized by the caller (campaign::normalize_phone)
// so that the per-campaign uniqueness and the do-not-call list compare like with like. The state,
// mode and outcome strings are the name tables of server/campaign; the schema refuses others
// (Errc::invalid_argument).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct CampaignRow {
    std::int64_t id = 0;  // ignored on insert
    std::string name, mode, state = "draft", queue, flow, caller_id, calendar, first_day, last_day;
    double abandon_cap = 0.03;
    int lines = 0;
    std::string retry_rules = "{}", order_type;  // retry_rules: a JSON object
    std::optional<UserId> created_by;
    std::int64_t created_ms = 0, updated_ms = 0;
};
// A name already used is Errc::already_exists; an unknown mode or state, a day not YYYY-MM-DD,
// a cap outside 0..1 or retry rules that are not JSON are Errc::invalid_argument.
Result<std::int64_t> insert_campaign(Database& db, const CampaignRow& c);
// Every field but id, created_by and created_ms; not_found when there is no campaign c.id.
Result<void> update_campaign(Database& db, const CampaignRow& c);
Result<std::optional<CampaignRow>> find_campaign(Database& db, std::int64_t id);
Result<std::optional<CampaignRow>> find_campaign_by_name(Database& db, std::string_view name);
// By id (creation order).
Result<std::vector<CampaignRow>> list_campaigns(Database& db);

struct CampaignRecordRow {
    std::int64_t id = 0, campaign = 0;  // both ignored on insert
    int line = 0;                       // in the CSV (the header is line 1)
    std::string phone, data = "{}", state = "pending";  // data: a JSON object
    int attempts = 0, total_attempts = 0;
    std::string last_outcome;
    std::int64_t due_ms = 0;
    bool callback = false;
    std::optional<CallId> last_call;
    std::optional<UserId> agent;
    std::string disposition, note, answers = "{}";  // answers: a JSON object
    std::int64_t updated_ms = 0;
};
// In one transaction (a SAVEPOINT, so that it also runs as one Writer job): all rows or, on an
// error, none. A phone already in the campaign (or earlier in `rows`) is skipped and returned in
// `duplicates`, in the order met; it is not an error. A missing campaign is Errc::not_found.
struct InsertRecordsResult {
    std::size_t inserted = 0;
    std::vector<std::string> duplicates;
};
Result<InsertRecordsResult> insert_campaign_records(Database& db, std::int64_t campaign,
                                                    const std::vector<CampaignRecordRow>& rows);
// At most `limit` records with an id above `after_id`, by id; state "" means every state. Page by
// passing the last id seen as `after_id`.
Result<std::vector<CampaignRecordRow>> list_campaign_records(Database& db, std::int64_t campaign,
                                                             std::string_view state, int limit,
                                                             std::int64_t after_id = 0);
Result<std::optional<CampaignRecordRow>> find_campaign_record(Database& db, std::int64_t id);
// Every field but id, campaign and line (the dialer writes back the whole record after each
// transition); not_found when there is no record r.id.
Result<void> update_campaign_record(Database& db, const CampaignRecordRow& r);

struct CampaignAttemptRow {
    std::int64_t id = 0, campaign = 0, record = 0;  // id: ignored on insert
    std::optional<CallId> call;
    std::string outcome;  // campaign::CallOutcome's name
    std::optional<UserId> agent;
    std::int64_t dialled_ms = 0;
    std::optional<std::int64_t> answered_ms;
    std::int64_t ended_ms = 0, wait_ms = 0;  // wait: answered until connected to an agent
};
// A missing campaign or record is Errc::not_found.
Result<std::int64_t> insert_campaign_attempt(Database& db, const CampaignAttemptRow& a);

struct CampaignFigures {
    // Records by state; `pending` counts pending, dialing and retry_wait (not yet final).
    std::int64_t records = 0, pending = 0, done = 0, exhausted = 0, do_not_call = 0;
    // Attempts by outcome; 'answered' is connected to an agent or a flow.
    std::int64_t dialled = 0, answered = 0, abandoned = 0, busy = 0, no_answer = 0, failed = 0,
                 answering_machine = 0;
    // Records whose disposition is 'success' or whose answers have "subscribe": "1" (or 1).
    std::int64_t conversions = 0;
    double abandon_rate = 0;  // abandoned / (answered + abandoned), 0 when both are 0
    std::int64_t talk_ms = 0;  // sum of ended - answered over answered attempts
};
// Zero figures for a campaign without records or attempts (or no such campaign).
Result<CampaignFigures> campaign_figures(Database& db, std::int64_t campaign);

// Adding a number already listed keeps the first entry (who added it, why and when) and succeeds.
Result<void> add_do_not_call(Database& db, std::string_view number, std::string_view reason,
                             std::optional<UserId> by, std::int64_t at_ms);
// True when the number was listed.
Result<bool> remove_do_not_call(Database& db, std::string_view number);
// Sorted by number.
Result<std::vector<std::string>> list_do_not_call(Database& db);
// The phones of blacklisted customers (0007's customers): campaigns do not call them either.
Result<std::vector<std::string>> list_blacklisted_phones(Database& db);

}  // namespace cti::storage
