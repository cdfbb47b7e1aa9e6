// CampaignService: loading, settings, control, preview, dispositions and figures. The dialling
// itself (pacing, placing calls, their outcomes) is in campaign_dialer.cpp.
#include "campaign_state.h"

#include <fmt/format.h>
#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "cti/core/logging.h"
#include "cti/campaign/phone.h"
#include "cti/storage/ivr.h"

namespace cti::center {
namespace {
auto log() {
    static auto l = cti::logger("campaign");
    return l;
}

// Calling hours when the campaign names no calendar: every day, all day.
BusinessCalendar any_time() {
    BusinessCalendar c;
    c.name = "any time";
    for (auto& day : c.weekly) day.push_back({0, 24 * 60});
    return c;
}

std::optional<std::chrono::year_month_day> parse_day(const std::string& s) {
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d))};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}
}  // namespace

Result<campaign::RetryRules> retry_rules_from_json(const std::string& json) {
    campaign::RetryRules rules;
    auto j = nlohmann::json::parse(json.empty() ? "{}" : json, nullptr, false);
    if (!j.is_object()) return fail(Errc::invalid_argument, "the retry rules are not a JSON object");
    for (const auto& [name, rule] : j.items()) {
        auto outcome = campaign::call_outcome_from_string(name);
        if (!outcome || *outcome == campaign::CallOutcome::answered)
            return fail(Errc::invalid_argument,
                        fmt::format("retry rule '{}': use busy, no_answer, failed, answering_machine or abandoned", name));
        if (!rule.is_object()) return fail(Errc::invalid_argument, fmt::format("retry rule '{}' is not an object", name));
        auto& r = rules[*outcome];
        const auto attempts = rule.value("max_attempts", r.max_attempts);
        const auto after = rule.value("retry_after_s", static_cast<std::int64_t>(r.retry_after.count()));
        if (attempts < 1 || attempts > 20 || after < 0 || after > 30 * 86400)
            return fail(Errc::invalid_argument,
                        fmt::format("retry rule '{}': 1 to 20 attempts, a wait of 0 s to 30 days", name));
        r.max_attempts = attempts;
        r.retry_after = std::chrono::seconds(after);
    }
    if (auto ok = campaign::validate(rules); !ok) return std::unexpected(ok.error());
    return rules;
}

std::string retry_rules_to_json(const campaign::RetryRules& rules) {
    nlohmann::json j = nlohmann::json::object();
    for (std::size_t i = 1; i < campaign::call_outcome_count; ++i) {
        const auto o = static_cast<campaign::CallOutcome>(i);
        j[std::string(to_string(o))] = {{"max_attempts", rules[o].max_attempts},
                                        {"retry_after_s", rules[o].retry_after.count()}};
    }
    return j.dump();
}

CampaignService::CampaignService(boost::asio::any_io_executor core, calls::CallManager& calls, AcdService& acd,
                                 storage::Writer& writer, const Clock& clock, CampaignOptions options)
    : core_(core), calls_(calls), acd_(acd), writer_(writer), clock_(clock), options_(options), tick_(core) {}

CampaignService::~CampaignService() { stop(); }

void CampaignService::stop() {
    stopped_ = true;
    tick_.cancel();
}

Result<void> CampaignService::check(const storage::CampaignRow& row) const {
    auto mode = campaign::pacing_mode_from_string(row.mode);
    if (!mode) return fail(Errc::invalid_argument, "mode must be preview, progressive, predictive or agentless");
    if (row.name.empty() || row.name.size() > 100) return fail(Errc::invalid_argument, "a campaign needs a name (at most 100 bytes)");
    if (*mode == campaign::PacingMode::agentless) {
        if (row.flow.empty()) return fail(Errc::invalid_argument, "an agentless campaign needs the IVR flow its calls run");
    } else if (!acd_.queue(row.queue)) {
        return fail(Errc::invalid_argument,
                    fmt::format("there is no queue named '{}': agent campaigns need the queue whose agents take the calls", row.queue));
    }
    if (!(row.abandon_cap > 0 && row.abandon_cap <= 0.2))
        return fail(Errc::invalid_argument, "the abandon cap is a fraction above 0 and at most 0.2 (e.g. 0.03 for 3 %)");
    if (row.lines < 0 || row.lines > 1000) return fail(Errc::invalid_argument, "lines are 0 to 1000");
    if (!row.calendar.empty() && !calendars_.contains(row.calendar))
        return fail(Errc::invalid_argument, fmt::format("there is no business calendar named '{}'", row.calendar));
    for (const auto* day : {&row.first_day, &row.last_day})
        if (!day->empty() && !parse_day(*day)) return fail(Errc::invalid_argument, fmt::format("'{}' is not a date YYYY-MM-DD", *day));
    if (auto r = retry_rules_from_json(row.retry_rules); !r) return std::unexpected(r.error());
    return {};
}

// Settings into the running form (mode, rules, schedule, pacing); records are left alone.
static void configure(CampaignService::Campaign& c, const std::map<std::string, BusinessCalendar>& calendars,
                      const CampaignOptions& options) {
    c.mode = campaign::pacing_mode_from_string(c.row.mode).value_or(campaign::PacingMode::progressive);
    c.rules = retry_rules_from_json(c.row.retry_rules).value_or(campaign::RetryRules{});
    auto cal = calendars.find(c.row.calendar);
    c.schedule.calling_hours = cal == calendars.end() ? any_time() : cal->second;
    c.schedule.first_day = parse_day(c.row.first_day);
    c.schedule.last_day = parse_day(c.row.last_day);
    c.pacing.mode = c.mode;
    c.pacing.config.abandon_cap = c.row.abandon_cap;
    c.pacing.config.abandon_grace = options.abandon_grace;
    c.pacing.config.max_lines = options.max_lines;
    c.pacing.config.min_attempts = options.predictive_warmup;
    if (!options.predictive_strict_start) c.pacing.config.burst_min_budget = 0.0;
    c.pacing.config.agentless_lines = c.row.lines > 0 ? c.row.lines : 10;
}

Result<void> CampaignService::load(storage::Database& reader) {
    reader_ = &reader;
    auto cals = storage::list_calendars(reader);
    if (!cals) return std::unexpected(cals.error());
    for (const auto& [name, json] : *cals)
        if (auto c = calendar_from_json(json)) calendars_[name] = *c;
    auto rows = storage::list_campaigns(reader);
    if (!rows) return std::unexpected(rows.error());
    for (auto& row : *rows) saved(reader, row);
    arm_tick();
    return {};
}

void CampaignService::saved(storage::Database& reader, const storage::CampaignRow& row) {
    auto& slot = campaigns_[row.id];
    if (!slot) slot = std::make_unique<Campaign>();
    Campaign& c = *slot;
    c.row = row;
    configure(c, calendars_, options_);
    if (auto f = storage::campaign_figures(reader, row.id)) c.figures = *f;
    if (c.row.state == "running" && !c.loaded) load_records(reader, c, 0);
    publish(c);
}

void CampaignService::records_added(storage::Database& reader, std::int64_t campaign) {
    Campaign* c = find(campaign);
    if (!c) return;
    if (auto f = storage::campaign_figures(reader, campaign)) c->figures = *f;
    if (c->loaded) load_records(reader, *c, c->max_record_id);
    publish(*c);
    pump(*c);
}

void CampaignService::load_records(storage::Database& reader, Campaign& c, std::int64_t after_id) {
    const auto now = wall();
    for (;;) {
        auto page = storage::list_campaign_records(reader, c.row.id, "", 10'000, after_id);
        if (!page) {
            log()->error("campaign {}: records not loaded: {}", c.row.name, page.error().message);
            return;
        }
        for (auto& row : *page) {
            after_id = row.id;
            c.max_record_id = std::max(c.max_record_id, row.id);
            campaign::Record r;
            r.id = campaign::RecordId(row.id);
            r.phone = row.phone;
            r.state = campaign::record_state_from_string(row.state).value_or(campaign::RecordState::pending);
            r.attempts = row.attempts;
            r.total_attempts = row.total_attempts;
            r.last_outcome = campaign::call_outcome_from_string(row.last_outcome);
            r.due = WallTime(std::chrono::milliseconds(row.due_ms));
            r.callback = row.callback;
            c.index[row.id] = c.records.size();
            c.records.push_back(r);
            c.rows.push_back(std::move(row));
            // Being dialled (or previewed) when the server stopped: the call went with it; the
            // record goes back to the list without an attempt counted against the person.
            if (c.records.back().state == campaign::RecordState::dialing)
                apply(c, c.records.size() - 1, {campaign::RecordTrigger::release, {}, CallId(), now});
        }
        if (page->size() < 10'000) break;
    }
    c.loaded = true;
}

Result<CampaignStatus> CampaignService::control(storage::Database& reader, std::int64_t id, const std::string& action) {
    Campaign* c = find(id);
    if (!c) return fail(Errc::not_found, fmt::format("there is no campaign {}", id));
    const std::string state = c->row.state;
    std::string to;
    if (action == "start") {
        if (state == "finished") return fail(Errc::invalid_argument, "the campaign is finished: reopen it first");
        if (auto ok = check(c->row); !ok) return std::unexpected(ok.error());
        to = "running";
    } else if (action == "pause") {
        if (state != "running") return fail(Errc::invalid_argument, "only a running campaign can be paused");
        to = "paused";
    } else if (action == "stop") {
        to = "finished";
    } else if (action == "reopen") {
        if (state != "finished") return fail(Errc::invalid_argument, "only a finished campaign can be reopened");
        to = "paused";
    } else {
        return fail(Errc::invalid_argument, "the action is start, pause, stop or reopen");
    }
    c->row.state = to;
    c->row.updated_ms = to_unix_ms(wall());
    writer_.submit([row = c->row](storage::Database& db) { return storage::update_campaign(db, row); });
    log()->info("campaign {} ({}): {} → {}", c->row.name, c->row.mode, state, to);
    if (to == "running" && !c->loaded) load_records(reader, *c, 0);
    if (to == "running") pump(*c);
    publish(*c);
    return status_of(*c);
}

std::vector<CampaignStatus> CampaignService::list() const {
    std::vector<CampaignStatus> out;
    for (const auto& [id, c] : campaigns_) out.push_back(status_of(*c));
    return out;
}

std::optional<CampaignStatus> CampaignService::status(std::int64_t id) const {
    auto it = campaigns_.find(id);
    if (it == campaigns_.end()) return std::nullopt;
    return status_of(*it->second);
}

CampaignStatus CampaignService::status_of(const Campaign& c) const {
    return {c.row, c.figures, c.in_progress, c.row.state == "running" ? c.waiting_reason : std::string()};
}

CampaignService::Campaign* CampaignService::find(std::int64_t id) {
    auto it = campaigns_.find(id);
    return it == campaigns_.end() ? nullptr : it->second.get();
}

std::pair<CampaignService::Campaign*, std::size_t> CampaignService::find_record(std::int64_t record) {
    for (auto& [id, c] : campaigns_)
        if (auto it = c->index.find(record); it != c->index.end()) return {c.get(), it->second};
    return {nullptr, 0};
}

// A record transition; the persisted row follows the record, and the figures its state.
void CampaignService::apply(Campaign& c, std::size_t i, const campaign::RecordInput& input) {
    auto change = campaign::transition(c.records[i], input, c.rules, wall());
    if (!change) {
        log()->warn("campaign {} record {}: {}", c.row.name, c.rows[i].id, change.error().message);
        return;
    }
    const auto before = c.records[i].state;
    c.records[i] = change->record;
    auto count = [&](campaign::RecordState s) -> std::int64_t* {
        switch (s) {
            case campaign::RecordState::done: return &c.figures.done;
            case campaign::RecordState::exhausted: return &c.figures.exhausted;
            case campaign::RecordState::do_not_call: return &c.figures.do_not_call;
            default: return &c.figures.pending;
        }
    };
    --*count(before);
    ++*count(change->record.state);
    save_record(c, i);
}

void CampaignService::save_record(Campaign& c, std::size_t i) {
    const auto& r = c.records[i];
    auto& row = c.rows[i];
    row.state = std::string(to_string(r.state));
    row.attempts = r.attempts;
    row.total_attempts = r.total_attempts;
    row.last_outcome = r.last_outcome ? std::string(to_string(*r.last_outcome)) : std::string();
    row.due_ms = to_unix_ms(r.due);
    row.callback = r.callback;
    if (r.call) row.last_call = r.call;
    row.updated_ms = to_unix_ms(wall());
    writer_.submit([row](storage::Database& db) { return storage::update_campaign_record(db, row); });
}

Result<std::optional<storage::CampaignRecordRow>> CampaignService::preview_next(std::int64_t id, UserId agent) {
    Campaign* c = find(id);
    if (!c) return fail(Errc::not_found, fmt::format("there is no campaign {}", id));
    if (c->mode != campaign::PacingMode::preview) return fail(Errc::invalid_argument, "this campaign does not preview: it dials by itself");
    if (c->row.state != "running") return fail(Errc::invalid_argument, "the campaign is not running");
    if (auto held = c->previews.find(agent); held != c->previews.end()) return c->rows[held->second];  // asked twice
    const auto check = campaign::check_schedule(c->schedule, wall());
    if (!check.may_dial) {
        c->waiting_reason = std::string(to_string(check.reason));
        return std::optional<storage::CampaignRecordRow>{};
    }
    auto next = campaign::next_record(c->records, wall());
    if (!next) return std::optional<storage::CampaignRecordRow>{};
    apply(*c, *next, {campaign::RecordTrigger::dial, {}, CallId(), wall()});
    c->rows[*next].agent = agent;
    c->previews[agent] = *next;
    return c->rows[*next];
}

Result<CallId> CampaignService::preview_decide(std::int64_t record, UserId agent, bool dial) {
    auto [c, i] = find_record(record);
    if (!c) return fail(Errc::not_found, fmt::format("there is no campaign record {} in a running campaign", record));
    auto held = c->previews.find(agent);
    if (held == c->previews.end() || held->second != i)
        return fail(Errc::invalid_argument, "this record is not the one previewed for you: ask for the next record");
    if (!dial) {
        c->previews.erase(held);
        apply(*c, i, {campaign::RecordTrigger::release, {}, CallId(), wall()});
        pump(*c);
        return CallId();
    }
    // The record's columns go with the call, as with the calls the dialler places: the screen pop
    // shows them, and any desktop of the agent knows which record to set the disposition of.
    auto call = calls_.dial(calls::Actor{agent, false}, c->records[i].phone, screen_pop_data(c->row, c->rows[i]));
    if (!call) return std::unexpected(call.error());
    c->previews.erase(held);
    c->records[i].call = *call;
    auto a = std::make_unique<Attempt>();
    a->campaign = c->row.id;
    a->index = i;
    a->call = *call;
    a->dialled = steady();
    a->dialled_ms = to_unix_ms(wall());
    a->agent = agent;
    a->preview = true;
    attempts_[*call] = std::move(a);
    ++c->in_progress;
    ++c->figures.dialled;
    publish(*c);
    return *call;
}

Result<storage::CampaignRecordRow> CampaignService::set_disposition(std::int64_t record, const calls::Actor& who,
                                                                   const std::string& disposition, const std::string& note,
                                                                   std::optional<WallTime> callback_at) {
    auto [c, i] = find_record(record);
    if (!c) return fail(Errc::not_found, fmt::format("there is no record {} in a loaded campaign", record));
    auto& row = c->rows[i];
    if (!who.privileged && row.agent != who.user)
        return fail(Errc::permission_denied, "only the agent who called this record (or a team leader) sets its disposition");
    if (disposition.empty() || disposition.size() > 64 || note.size() > 2000)
        return fail(Errc::invalid_argument, "a disposition is 1 to 64 bytes, a note at most 2000");
    if (disposition == "callback") {
        if (!callback_at || *callback_at <= wall()) return fail(Errc::invalid_argument, "a callback needs a time in the future");
        apply(*c, i, {campaign::RecordTrigger::callback, {}, CallId(), *callback_at});
    } else if (disposition == "do_not_call") {
        apply(*c, i, {campaign::RecordTrigger::do_not_call, {}, CallId(), wall()});
        writer_.submit([n = row.phone, by = who.user, at = to_unix_ms(wall())](storage::Database& db) {
            return storage::add_do_not_call(db, n, "asked on a campaign call", by, at);
        });
    }
    if (disposition == "success" && row.disposition != "success") ++c->figures.conversions;
    row.disposition = disposition;
    row.note = note;
    save_record(*c, i);
    publish(*c);
    return row;
}

void CampaignService::survey_answer(CallId call, const std::string& question, const std::string& answer) {
    auto it = attempts_.find(call);
    if (it == attempts_.end()) return;
    Campaign* c = find(it->second->campaign);
    if (!c) return;
    auto& row = c->rows[it->second->index];
    auto j = nlohmann::json::parse(row.answers, nullptr, false);
    if (!j.is_object()) j = nlohmann::json::object();
    const bool converts = question == "subscribe" && answer == "1" && j.value("subscribe", "") != "1";
    j[question] = answer;
    row.answers = j.dump();
    save_record(*c, it->second->index);
    if (converts) {
        ++c->figures.conversions;
        if (!c->row.order_type.empty() && order_maker_) order_maker_(c->row, row);
    }
    log()->info("campaign {} record {}: answer {}={}", c->row.name, row.id, question, answer);
}

void CampaignService::schedule_visit(const std::string& phone, std::map<std::string, std::string> data) {
    Campaign* c = nullptr;
    for (auto& [id, x] : campaigns_)
        if (x->row.name == kVisitCampaign) c = x.get();
    if (!c) return;  // this call center does not keep callback visits as a campaign
    auto number = campaign::normalize_phone(phone);
    if (!number) return log()->info("order {}: no callback visit, '{}' is not a number to call", data["order"], phone);
    storage::CampaignRecordRow row;
    row.campaign = c->row.id;
    row.phone = *number;
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [k, v] : data) j[k] = v;
    row.data = j.dump();
    writer_.submit(
        [row](storage::Database& db) -> Result<void> {
            auto r = storage::insert_campaign_records(db, row.campaign, {row});
            if (!r) return std::unexpected(r.error());
            if (!r->duplicates.empty())
                log()->info("callback visit of {}: the number is in the visit list already", row.phone);
            return {};
        },
        [this, id = c->row.id](Result<void> r) {
            if (!r) return log()->warn("callback visit not scheduled: {}", r.error().message);
            boost::asio::post(core_, [this, id] {
                if (!stopped_ && reader_) records_added(*reader_, id);
            });
        });
}

void CampaignService::do_not_call(const std::vector<std::string>& numbers) {
    for (auto& [id, c] : campaigns_) {
        bool changed = false;
        for (std::size_t i = 0; i < c->records.size(); ++i)
            if (std::find(numbers.begin(), numbers.end(), c->records[i].phone) != numbers.end() &&
                c->records[i].state != campaign::RecordState::do_not_call) {
                apply(*c, i, {campaign::RecordTrigger::do_not_call, {}, CallId(), wall()});
                changed = true;
            }
        if (changed) publish(*c);
    }
}

void CampaignService::publish(Campaign& c) {
    const auto st = status_of(c);
    for (auto& f : listeners_) f(st);
}

}  // namespace cti::center
