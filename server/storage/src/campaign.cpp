#include "cti/storage/campaign.h"

#include "query.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include <initializer_list>

namespace cti::storage {
using detail::each_row;
using detail::prepare;

namespace {

// A CHECK constraint that failed, told in words: SQLite's message quotes the constraint's
// expression, so `needle` is a piece of that expression.
struct Hint {
    std::string_view needle;
    std::string text;
};

// Turns a failed write into an error that says what to fix. Only SQLite's own message is
// searched: the error text also quotes the statement, which names every column.
std::unexpected<Error> write_failed(Database& db, const Error& error, std::string_view doing,
                                    std::string_view missing, std::initializer_list<Hint> hints) {
    const int code = sqlite3_extended_errcode(db.handle());
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY) return fail(Errc::not_found, fmt::format("{}: {}", doing, missing));
    if (code == SQLITE_CONSTRAINT_CHECK) {
        const std::string_view said = sqlite3_errmsg(db.handle());
        for (const auto& hint : hints)
            if (said.find(hint.needle) != std::string_view::npos)
                return fail(Errc::invalid_argument, fmt::format("{}: {}", doing, hint.text));
    }
    return fail(error.code, fmt::format("{}: {}", doing, error.message));
}

void bind_optional(Statement& s, std::string_view name, std::optional<std::int64_t> value) {
    if (value) s.bind(name, *value);
    else s.bind(name, nullptr);
}

std::optional<std::int64_t> value_of(const std::optional<UserId>& id) {
    return id ? std::optional<std::int64_t>(id->value()) : std::nullopt;
}

std::optional<std::int64_t> value_of(const std::optional<CallId>& id) {
    return id ? std::optional<std::int64_t>(id->value()) : std::nullopt;
}

// ---- campaigns ------------------------------------------------------------------------------

constexpr const char* kCampaignColumns =
    "campaign_id, name, mode, state, queue, flow, caller_id, calendar, first_day, last_day, abandon_cap, "
    "lines, retry_rules, order_type, created_by, created_ms, updated_ms";

CampaignRow campaign_of(const Statement& row) {
    CampaignRow c;
    c.id = row.get_int("campaign_id");
    c.name = row.get_text("name");
    c.mode = row.get_text("mode");
    c.state = row.get_text("state");
    c.queue = row.get_text("queue");
    c.flow = row.get_text("flow");
    c.caller_id = row.get_text("caller_id");
    c.calendar = row.get_text("calendar");
    c.first_day = row.get_text("first_day");
    c.last_day = row.get_text("last_day");
    c.abandon_cap = row.get_double("abandon_cap");
    c.lines = static_cast<int>(row.get_int("lines"));
    c.retry_rules = row.get_text("retry_rules");
    c.order_type = row.get_text("order_type");
    if (auto u = row.get_optional_int("created_by")) c.created_by = UserId(*u);
    c.created_ms = row.get_int("created_ms");
    c.updated_ms = row.get_int("updated_ms");
    return c;
}

// The columns insert and update have in common.
void bind_campaign(Statement& s, const CampaignRow& c) {
    s.bind(":name", c.name).bind(":mode", c.mode).bind(":state", c.state).bind(":queue", c.queue);
    s.bind(":flow", c.flow).bind(":caller_id", c.caller_id).bind(":calendar", c.calendar);
    s.bind(":first_day", c.first_day).bind(":last_day", c.last_day).bind(":abandon_cap", c.abandon_cap);
    s.bind(":lines", c.lines).bind(":retry_rules", c.retry_rules).bind(":order_type", c.order_type);
    s.bind(":updated", c.updated_ms);
}

std::unexpected<Error> campaign_not_stored(Database& db, const Error& error, const CampaignRow& c) {
    if (error.code == Errc::already_exists)
        return fail(Errc::already_exists,
                    fmt::format("a campaign named '{}' already exists; choose another name", c.name));
    const std::string doing = fmt::format("campaign '{}' not stored", c.name);
    return write_failed(
        db, error, doing,
        fmt::format("user {} (its creator) does not exist", c.created_by ? c.created_by->value() : 0),
        {{"length(name)", "the name must have 1 to 64 characters"},
         {"mode IN", fmt::format("mode '{}' is not one of preview, progressive, predictive, agentless", c.mode)},
         {"state IN", fmt::format("state '{}' is not one of draft, running, paused, finished", c.state)},
         {"first_day", fmt::format("first day '{}' is not a date (YYYY-MM-DD); leave it empty for no limit",
                                   c.first_day)},
         {"last_day", fmt::format("last day '{}' is not a date (YYYY-MM-DD); leave it empty for no limit",
                                  c.last_day)},
         {"abandon_cap", fmt::format("abandon cap {} is not between 0 and 1 (0.03 is 3 %)", c.abandon_cap)},
         {"lines", fmt::format("lines {} is negative; 0 means no agentless lines", c.lines)},
         {"retry_rules", "the retry rules are not valid JSON"}});
}

Result<std::optional<CampaignRow>> one_campaign(Statement& s) {
    auto row = s.step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<CampaignRow>{};
    return std::optional<CampaignRow>{campaign_of(s)};
}

// ---- records --------------------------------------------------------------------------------

constexpr const char* kRecordColumns =
    "record_id, campaign_id, line, phone, data, state, attempts, total_attempts, last_outcome, due_ms, "
    "callback, last_call_id, agent_id, disposition, note, answers, updated_ms";

CampaignRecordRow record_of(const Statement& row) {
    CampaignRecordRow r;
    r.id = row.get_int("record_id");
    r.campaign = row.get_int("campaign_id");
    r.line = static_cast<int>(row.get_int("line"));
    r.phone = row.get_text("phone");
    r.data = row.get_text("data");
    r.state = row.get_text("state");
    r.attempts = static_cast<int>(row.get_int("attempts"));
    r.total_attempts = static_cast<int>(row.get_int("total_attempts"));
    r.last_outcome = row.get_text("last_outcome");
    r.due_ms = row.get_int("due_ms");
    r.callback = row.get_int("callback") != 0;
    if (auto c = row.get_optional_int("last_call_id")) r.last_call = CallId(*c);
    if (auto a = row.get_optional_int("agent_id")) r.agent = UserId(*a);
    r.disposition = row.get_text("disposition");
    r.note = row.get_text("note");
    r.answers = row.get_text("answers");
    r.updated_ms = row.get_int("updated_ms");
    return r;
}

// The columns insert and update have in common.
void bind_record(Statement& s, const CampaignRecordRow& r) {
    s.bind(":phone", r.phone).bind(":data", r.data).bind(":state", r.state).bind(":attempts", r.attempts);
    s.bind(":total", r.total_attempts).bind(":outcome", r.last_outcome).bind(":due", r.due_ms);
    s.bind(":callback", r.callback ? 1 : 0).bind(":disposition", r.disposition).bind(":note", r.note);
    s.bind(":answers", r.answers).bind(":updated", r.updated_ms);
    bind_optional(s, ":last_call", value_of(r.last_call));
    bind_optional(s, ":agent", value_of(r.agent));
}

// `missing` says which referenced row a failed foreign key may be: it differs between import
// (the campaign) and update (only the agent can be missing).
std::unexpected<Error> record_not_stored(Database& db, const Error& error, std::string_view doing,
                                         std::string_view missing, const CampaignRecordRow& r) {
    if (error.code == Errc::already_exists)
        return fail(Errc::already_exists,
                    fmt::format("{}: {} is already in the campaign; edit that record instead", doing, r.phone));
    return write_failed(
        db, error, doing, missing,
        {{"length(phone)", fmt::format("phone '{}' must have 1 to 32 characters", r.phone)},
         {"json_valid(data)", "its data is not valid JSON; store the CSV's other columns as a JSON object"},
         {"json_valid(answers)", "its answers are not valid JSON"},
         {"state IN", fmt::format("state '{}' is not one of pending, dialing, retry_wait, done, exhausted, "
                                  "do_not_call",
                                  r.state)}});
}

// Runs `body` inside a SAVEPOINT: on its own a transaction, inside the Writer's batch a nested
// one, so that a failure leaves none of its rows either way.
// SQLite refuses a SAVEPOINT while a write statement of the connection is left mid-step.
template <class F>
auto in_savepoint(Database& db, std::string_view doing, F body) -> decltype(body()) {
    if (auto saved = db.exec_script("SAVEPOINT cti_campaign"); !saved)
        return fail(saved.error().code, fmt::format("{}: {}", doing, saved.error().message));
    auto result = body();
    if (result) {
        if (auto released = db.exec_script("RELEASE cti_campaign"); !released) {
            (void)db.exec_script("ROLLBACK TO cti_campaign");
            (void)db.exec_script("RELEASE cti_campaign");
            return fail(released.error().code, fmt::format("{}: {}", doing, released.error().message));
        }
        return result;
    }
    (void)db.exec_script("ROLLBACK TO cti_campaign");
    (void)db.exec_script("RELEASE cti_campaign");
    return result;
}

}  // namespace

Result<std::int64_t> insert_campaign(Database& db, const CampaignRow& c) {
    auto s = prepare(db,
                     "INSERT INTO campaigns (name, mode, state, queue, flow, caller_id, calendar, first_day, last_day, "
                     "abandon_cap, lines, retry_rules, order_type, created_by, created_ms, updated_ms) VALUES (:name, "
                     ":mode, :state, :queue, :flow, :caller_id, :calendar, :first_day, :last_day, :abandon_cap, "
                     ":lines, :retry_rules, :order_type, :created_by, :created, :updated)",
                     "storing a campaign");
    if (!s) return std::unexpected(s.error());
    bind_campaign(*s, c);
    bind_optional(*s, ":created_by", value_of(c.created_by));
    s->bind(":created", c.created_ms);
    if (auto run = s->run(); !run) return campaign_not_stored(db, run.error(), c);
    return db.last_insert_rowid();
}

Result<void> update_campaign(Database& db, const CampaignRow& c) {
    auto s = prepare(db,
                     "UPDATE campaigns SET name = :name, mode = :mode, state = :state, queue = :queue, flow = :flow, "
                     "caller_id = :caller_id, calendar = :calendar, first_day = :first_day, last_day = :last_day, "
                     "abandon_cap = :abandon_cap, lines = :lines, retry_rules = :retry_rules, "
                     "order_type = :order_type, updated_ms = :updated WHERE campaign_id = :id",
                     "updating a campaign");
    if (!s) return std::unexpected(s.error());
    bind_campaign(*s, c);
    s->bind(":id", c.id);
    if (auto run = s->run(); !run) return campaign_not_stored(db, run.error(), c);
    if (db.changes() == 0)
        return fail(Errc::not_found, fmt::format("there is no campaign {}; it may have been deleted", c.id));
    return {};
}

Result<std::optional<CampaignRow>> find_campaign(Database& db, std::int64_t id) {
    auto s = prepare(db, fmt::format("SELECT {} FROM campaigns WHERE campaign_id = :id", kCampaignColumns),
                     "reading a campaign");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return one_campaign(*s);
}

Result<std::optional<CampaignRow>> find_campaign_by_name(Database& db, std::string_view name) {
    auto s = prepare(db, fmt::format("SELECT {} FROM campaigns WHERE name = :name", kCampaignColumns),
                     "finding a campaign by name");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name);
    return one_campaign(*s);
}

Result<std::vector<CampaignRow>> list_campaigns(Database& db) {
    auto s = prepare(db, fmt::format("SELECT {} FROM campaigns ORDER BY campaign_id", kCampaignColumns),
                     "listing campaigns");
    if (!s) return std::unexpected(s.error());
    std::vector<CampaignRow> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(campaign_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<InsertRecordsResult> insert_campaign_records(Database& db, std::int64_t campaign,
                                                    const std::vector<CampaignRecordRow>& rows) {
    // DO NOTHING only for the (campaign, phone) key: a missing campaign or a bad value still fails.
    auto s = prepare(db,
                     "INSERT INTO campaign_records (campaign_id, line, phone, data, state, attempts, total_attempts, "
                     "last_outcome, due_ms, callback, last_call_id, agent_id, disposition, note, answers, updated_ms) "
                     "VALUES (:campaign, :line, :phone, :data, :state, :attempts, :total, :outcome, :due, :callback, "
                     ":last_call, :agent, :disposition, :note, :answers, :updated) "
                     "ON CONFLICT (campaign_id, phone) DO NOTHING",
                     "importing a call list");
    if (!s) return std::unexpected(s.error());
    return in_savepoint(db, "importing a call list", [&]() -> Result<InsertRecordsResult> {
        InsertRecordsResult result;
        for (const auto& r : rows) {
            s->bind(":campaign", campaign).bind(":line", r.line);
            bind_record(*s, r);
            if (auto run = s->run(); !run) {
                const auto missing = r.agent ? fmt::format("campaign {} or agent {} does not exist", campaign,
                                                           r.agent->value())
                                             : fmt::format("campaign {} does not exist; create it first", campaign);
                return record_not_stored(db, run.error(),
                                         fmt::format("call list not imported (line {}, nothing stored)", r.line),
                                         missing, r);
            }
            if (db.changes() == 0) result.duplicates.push_back(r.phone);
            else ++result.inserted;
        }
        return result;
    });
}

Result<std::vector<CampaignRecordRow>> list_campaign_records(Database& db, std::int64_t campaign,
                                                             std::string_view state, int limit,
                                                             std::int64_t after_id) {
    // Two statements rather than `(:state = '' OR state = :state)`, which would hide the state from
    // the planner: each page is then a range scan of campaign_records_by_campaign or _by_state
    // (their entries end in the rowid), with no sort of the whole campaign.
    const std::string sql =
        state.empty()
            ? fmt::format("SELECT {} FROM campaign_records WHERE campaign_id = :campaign AND record_id > :after "
                          "ORDER BY record_id LIMIT :limit",
                          kRecordColumns)
            : fmt::format("SELECT {} FROM campaign_records WHERE campaign_id = :campaign AND state = :state "
                          "AND record_id > :after ORDER BY record_id LIMIT :limit",
                          kRecordColumns);
    auto s = prepare(db, sql, "listing a campaign's records");
    if (!s) return std::unexpected(s.error());
    s->bind(":campaign", campaign).bind(":after", after_id).bind(":limit", limit);
    if (!state.empty()) s->bind(":state", state);
    std::vector<CampaignRecordRow> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(record_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<CampaignRecordRow>> find_campaign_record(Database& db, std::int64_t id) {
    auto s = prepare(db, fmt::format("SELECT {} FROM campaign_records WHERE record_id = :id", kRecordColumns),
                     "reading a campaign record");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<CampaignRecordRow>{};
    return std::optional<CampaignRecordRow>{record_of(*s)};
}

Result<void> update_campaign_record(Database& db, const CampaignRecordRow& r) {
    auto s = prepare(db,
                     "UPDATE campaign_records SET phone = :phone, data = :data, state = :state, attempts = :attempts, "
                     "total_attempts = :total, last_outcome = :outcome, due_ms = :due, callback = :callback, "
                     "last_call_id = :last_call, agent_id = :agent, disposition = :disposition, note = :note, "
                     "answers = :answers, updated_ms = :updated WHERE record_id = :id",
                     "updating a campaign record");
    if (!s) return std::unexpected(s.error());
    bind_record(*s, r);
    s->bind(":id", r.id);
    if (auto run = s->run(); !run)
        return record_not_stored(db, run.error(), fmt::format("campaign record {} not updated", r.id),
                                 fmt::format("agent {} does not exist", r.agent ? r.agent->value() : 0), r);
    if (db.changes() == 0)
        return fail(Errc::not_found,
                    fmt::format("there is no campaign record {}; its campaign may have been deleted", r.id));
    return {};
}

Result<std::int64_t> insert_campaign_attempt(Database& db, const CampaignAttemptRow& a) {
    auto s = prepare(db,
                     "INSERT INTO campaign_attempts (campaign_id, record_id, call_id, outcome, agent_id, dialled_ms, "
                     "answered_ms, ended_ms, wait_ms) VALUES (:campaign, :record, :call, :outcome, :agent, :dialled, "
                     ":answered, :ended, :wait)",
                     "storing a campaign call attempt");
    if (!s) return std::unexpected(s.error());
    s->bind(":campaign", a.campaign).bind(":record", a.record).bind(":outcome", a.outcome);
    s->bind(":dialled", a.dialled_ms).bind(":ended", a.ended_ms).bind(":wait", a.wait_ms);
    bind_optional(*s, ":call", value_of(a.call));
    bind_optional(*s, ":agent", value_of(a.agent));
    bind_optional(*s, ":answered", a.answered_ms);
    if (auto run = s->run(); !run)
        return write_failed(
            db, run.error(), fmt::format("call attempt for record {} not stored", a.record),
            fmt::format("campaign {}, its record {} or the agent does not exist (deleted meanwhile?)", a.campaign,
                        a.record),
            {{"outcome IN", fmt::format("outcome '{}' is not one of answered, busy, no_answer, failed, "
                                        "answering_machine, abandoned",
                                        a.outcome)}});
    return db.last_insert_rowid();
}

Result<CampaignFigures> campaign_figures(Database& db, std::int64_t campaign) {
    CampaignFigures f;
    // sum() over no rows is NULL, hence coalesce. A subscribe answer keyed in by DTMF is the text
    // "1"; the number 1 counts too, so that an answer written by hand is not silently missed.
    auto records = prepare(db,
                           "SELECT count(*) AS records, "
                           "coalesce(sum(state IN ('pending', 'dialing', 'retry_wait')), 0) AS pending, "
                           "coalesce(sum(state = 'done'), 0) AS done, "
                           "coalesce(sum(state = 'exhausted'), 0) AS exhausted, "
                           "coalesce(sum(state = 'do_not_call'), 0) AS do_not_call, "
                           "coalesce(sum(disposition = 'success' OR "
                           "coalesce(json_extract(answers, '$.subscribe') IN ('1', 1), 0)), 0) AS conversions "
                           "FROM campaign_records WHERE campaign_id = :campaign",
                           "counting a campaign's records");
    if (!records) return std::unexpected(records.error());
    records->bind(":campaign", campaign);
    if (auto row = records->step(); !row) return std::unexpected(row.error());
    f.records = records->get_int("records");
    f.pending = records->get_int("pending");
    f.done = records->get_int("done");
    f.exhausted = records->get_int("exhausted");
    f.do_not_call = records->get_int("do_not_call");
    f.conversions = records->get_int("conversions");

    auto attempts = prepare(db,
                            "SELECT count(*) AS dialled, "
                            "coalesce(sum(outcome = 'answered'), 0) AS answered, "
                            "coalesce(sum(outcome = 'abandoned'), 0) AS abandoned, "
                            "coalesce(sum(outcome = 'busy'), 0) AS busy, "
                            "coalesce(sum(outcome = 'no_answer'), 0) AS no_answer, "
                            "coalesce(sum(outcome = 'failed'), 0) AS failed, "
                            "coalesce(sum(outcome = 'answering_machine'), 0) AS answering_machine, "
                            "coalesce(sum(CASE WHEN outcome = 'answered' AND answered_ms IS NOT NULL "
                            "THEN ended_ms - answered_ms END), 0) AS talk_ms "
                            "FROM campaign_attempts WHERE campaign_id = :campaign",
                            "counting a campaign's call attempts");
    if (!attempts) return std::unexpected(attempts.error());
    attempts->bind(":campaign", campaign);
    if (auto row = attempts->step(); !row) return std::unexpected(row.error());
    f.dialled = attempts->get_int("dialled");
    f.answered = attempts->get_int("answered");
    f.abandoned = attempts->get_int("abandoned");
    f.busy = attempts->get_int("busy");
    f.no_answer = attempts->get_int("no_answer");
    f.failed = attempts->get_int("failed");
    f.answering_machine = attempts->get_int("answering_machine");
    f.talk_ms = attempts->get_int("talk_ms");
    const auto live = f.answered + f.abandoned;
    f.abandon_rate = live == 0 ? 0.0 : static_cast<double>(f.abandoned) / static_cast<double>(live);
    return f;
}

Result<void> add_do_not_call(Database& db, std::string_view number, std::string_view reason,
                             std::optional<UserId> by, std::int64_t at_ms) {
    // The first entry is the one worth keeping (who asked for it, and when); adding again is a no-op.
    auto s = prepare(db,
                     "INSERT INTO do_not_call (number, reason, added_by, added_ms) VALUES (:number, :reason, :by, :at) "
                     "ON CONFLICT (number) DO NOTHING",
                     "adding to the do-not-call list");
    if (!s) return std::unexpected(s.error());
    s->bind(":number", number).bind(":reason", reason).bind(":at", at_ms);
    bind_optional(*s, ":by", value_of(by));
    if (auto run = s->run(); !run)
        return write_failed(db, run.error(), fmt::format("{} not added to the do-not-call list", number),
                            fmt::format("user {} does not exist", by ? by->value() : 0),
                            {{"length(number)", "the number must have 1 to 32 characters"}});
    return {};
}

Result<bool> remove_do_not_call(Database& db, std::string_view number) {
    auto s = prepare(db, "DELETE FROM do_not_call WHERE number = :number", "removing from the do-not-call list");
    if (!s) return std::unexpected(s.error());
    s->bind(":number", number);
    if (auto run = s->run(); !run) return std::unexpected(run.error());
    return db.changes() > 0;
}

Result<std::vector<std::string>> list_do_not_call(Database& db) {
    auto s = prepare(db, "SELECT number FROM do_not_call ORDER BY number", "reading the do-not-call list");
    if (!s) return std::unexpected(s.error());
    std::vector<std::string> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(row.get_text("number")); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::vector<std::string>> list_blacklisted_phones(Database& db) {
    auto s = prepare(db,
                     "SELECT DISTINCT p.phone FROM customer_phones p JOIN customers c ON c.customer_id = p.customer_id "
                     "WHERE c.blacklisted = 1 ORDER BY p.phone",
                     "reading the blacklisted customers' phones");
    if (!s) return std::unexpected(s.error());
    std::vector<std::string> out;
    if (auto r = each_row(*s, [&](const Statement& row) { out.push_back(row.get_text("phone")); }); !r)
        return std::unexpected(r.error());
    return out;
}

}  // namespace cti::storage
