// CampaignService: the dialling. After every change (and every 500 ms, which also times the
// abandon grace) each running campaign asks plan_dialing how many calls to place; each call's
// answer and end go back into the record's state machine, the pacing statistics and the figures.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <boost/asio/post.hpp>

#include <charconv>

#include "campaign_state.h"
#include "cti/core/logging.h"

namespace cti::center {
namespace {
auto log() {
    static auto l = cti::logger("campaign");
    return l;
}
constexpr auto kTick = std::chrono::milliseconds(500);
// An answered call whose agent's phone is already ringing gets this much more than the grace
// before it counts as abandoned (the phone may answer itself a moment later).
constexpr auto kOfferedExtra = std::chrono::seconds(15);

// What the far end's final answer means for the record: the SIP status leads the reason.
campaign::CallOutcome outcome_of_failure(const std::string& reason) {
    int status = 0;
    std::from_chars(reason.data(), reason.data() + reason.size(), status);
    switch (status) {
        case 486: case 600: case 603: return campaign::CallOutcome::busy;
        case 408: case 480: case 487: return campaign::CallOutcome::no_answer;
        default: return campaign::CallOutcome::failed;
    }
}

bool agent_mode(campaign::PacingMode m) {
    return m == campaign::PacingMode::progressive || m == campaign::PacingMode::predictive;
}

}  // namespace

// What an agent sees of a record at screen pop: its columns, the campaign, the record id (the
// desktop sets the disposition with it) and the number.
std::map<std::string, std::string> screen_pop_data(const storage::CampaignRow& c, const storage::CampaignRecordRow& r) {
    std::map<std::string, std::string> data;
    auto j = nlohmann::json::parse(r.data, nullptr, false);
    if (j.is_object())
        for (const auto& [k, v] : j.items())
            if (v.is_string()) data[k] = v.get<std::string>();
    data["campaign"] = c.name;
    data["campaign_record"] = std::to_string(r.id);
    data["phone"] = r.phone;
    return data;
}

void CampaignService::arm_tick() {
    if (stopped_) return;
    if (!listening_) {
        listening_ = true;
        calls_.on_call_changed([this](const calls::CallView& v) { call_changed(v); });
        calls_.on_machine_detected([this](CallId call, const media::AmdResult& r) { machine_detected(call, r); });
        acd_.on_agent_changed([this](const AgentView&) {
            // An agent freed (or signed in) may mean a call to place: after the ACD has settled.
            boost::asio::post(core_, [this] { pump_all(); });
        });
    }
    tick_.expires_after(kTick);
    tick_.async_wait([this](const boost::system::error_code& ec) {
        if (ec || stopped_) return;
        pump_all();
        arm_tick();
    });
}

void CampaignService::pump_all() {
    for (auto& [id, c] : campaigns_) {
        check_waiting(*c);
        pump(*c);
    }
}

campaign::PacingInput CampaignService::pacing_input(const Campaign& c) const {
    campaign::PacingInput in;
    in.lines_in_use = c.in_progress;
    const auto now = steady();
    for (const auto& [call, a] : attempts_) {
        if (a->campaign != c.row.id || a->preview) continue;
        if (!a->answered) in.ringing.push_back(std::chrono::duration_cast<campaign::Millis>(now - a->dialled));
        else if (!a->connected && !a->abandoned && !a->machine) ++in.answered_waiting;
    }
    if (!agent_mode(c.mode)) return in;
    auto q = acd_.queue(c.row.queue);
    if (!q) return in;
    const auto& agents = q->stats.agents;
    in.agents_free = agents.free;
    const auto& stats = c.pacing.stats;
    for (int i = 0; i < agents.in_call + agents.reserved; ++i)
        in.agents_busy.push_back(campaign::agent_talking(stats, stats.wrap_up_time));
    for (int i = 0; i < agents.wrap_up; ++i) in.agents_busy.push_back(campaign::agent_in_wrap_up(stats.wrap_up_time / 2));
    return in;
}

void CampaignService::pump(Campaign& c) {
    if (stopped_ || c.row.state != "running" || !c.loaded) return;
    const auto now = wall();
    if (c.mode == campaign::PacingMode::preview) {
        const auto check = campaign::check_schedule(c.schedule, now);
        c.waiting_reason = check.may_dial ? "" : std::string(to_string(check.reason));
    } else {
        c.window.advance(steady());
        c.pacing.window = c.window.status();
        const auto plan = campaign::plan_dialing(c.schedule, c.records, pacing_input(c), c.pacing, now);
        std::string reason;
        if (!plan.schedule.may_dial) reason = to_string(plan.schedule.reason);
        else if (plan.calls == 0 && plan.pacing.reason != campaign::PacingReason::dial) reason = to_string(plan.pacing.reason);
        if (reason != c.waiting_reason) {
            c.waiting_reason = reason;
            publish(c);
        }
        for (int n = 0; n < plan.calls; ++n) {
            auto i = campaign::next_record(c.records, now);
            if (!i) break;
            place_call(c, *i);
        }
    }
    // A list called through finishes by itself; the callback-visit list is standing (orders keep
    // joining it), and an empty list has not begun.
    if (c.in_progress == 0 && c.previews.empty() && !c.records.empty() && c.row.name != kVisitCampaign &&
        campaign::finished(c.records)) {
        c.row.state = "finished";
        c.row.updated_ms = to_unix_ms(now);
        writer_.submit([row = c.row](storage::Database& db) { return storage::update_campaign(db, row); });
        log()->info("campaign {}: every record is done, exhausted or not to be called: finished", c.row.name);
        publish(c);
    }
}

void CampaignService::place_call(Campaign& c, std::size_t i) {
    auto call = calls_.dial_customer(c.records[i].phone, c.row.caller_id, screen_pop_data(c.row, c.rows[i]),
                                     options_.ring_timeout);
    apply(c, i, {campaign::RecordTrigger::dial, {}, call ? *call : CallId(), wall()});
    ++c.figures.dialled;
    if (!call) {
        log()->warn("campaign {}: {} cannot be dialled: {}", c.row.name, c.records[i].phone, call.error().message);
        apply(c, i, {campaign::RecordTrigger::outcome, campaign::CallOutcome::failed, CallId(), wall()});
        ++c.figures.failed;
        return;
    }
    auto a = std::make_unique<Attempt>();
    a->campaign = c.row.id;
    a->index = i;
    a->call = *call;
    a->dialled = steady();
    a->dialled_ms = to_unix_ms(wall());
    attempts_[*call] = std::move(a);
    ++c.in_progress;
}

void CampaignService::call_changed(const calls::CallView& v) {
    auto it = attempts_.find(v.id);
    if (it == attempts_.end()) return;
    Attempt& a = *it->second;
    Campaign* c = find(a.campaign);
    if (!c) return;
    if (v.state == calls::CallState::ended) return attempt_ended(*c, a, v);
    if (a.preview) {
        if (!a.answered && v.answered_ms) {
            a.answered = a.connected = steady();
            a.answered_ms = v.answered_ms;
        }
        return;
    }
    if (!a.answered && v.answered_ms) return customer_answered(*c, a, v);
    if (a.answered && !a.connected && !a.abandoned && v.state == calls::CallState::talking)
        for (const auto& l : v.legs)
            if (l.party == calls::Party::agent && l.state == calls::LegState::up) {
                a.connected = steady();
                a.agent = l.user;
                c->window.record(*a.connected, false);
                c->pacing.controller = campaign::after_answer(c->pacing.controller, false, c->window.status(), c->pacing.config);
                c->rows[a.index].agent = l.user;
                log()->info("campaign {}: call {} reached agent {} {} ms after the answer", c->row.name, v.id.value(),
                            l.number, std::chrono::duration_cast<std::chrono::milliseconds>(*a.connected - *a.answered).count());
                return;
            }
}

void CampaignService::customer_answered(Campaign& c, Attempt& a, const calls::CallView& v) {
    a.answered = steady();
    a.answered_ms = v.answered_ms;
    const bool agentless = c.mode == campaign::PacingMode::agentless;
    if (agentless ? options_.detect_machines_agentless : options_.detect_machines_with_agents) {
        // Person or machine? The call waits in silence for the verdict (machine_detected).
        if (auto ok = calls_.detect_machine(v.id); ok) {
            a.detecting = true;
            return;
        } else {
            log()->warn("campaign {}: no answering-machine detection on call {}: {}", c.row.name, v.id.value(),
                        ok.error().message);
        }
    }
    live_answer(c, a, v.id, v.data);
}

// A person answered (or detection was unsure): the flow runs, or the call joins the queue.
void CampaignService::live_answer(Campaign& c, Attempt& a, CallId call, const std::map<std::string, std::string>& data) {
    c.pacing.stats = campaign::observe_attempt(c.pacing.stats, true,
                                               std::chrono::duration_cast<campaign::Millis>(*a.answered - a.dialled));
    if (c.mode == campaign::PacingMode::agentless) {
        a.connected = steady();
        if (auto ok = calls_.start_flow(call, c.row.flow); !ok) {
            log()->error("campaign {}: the flow {} cannot run: {}", c.row.name, c.row.flow, ok.error().message);
            calls_.hangup_call(call, "the campaign's flow cannot run");
        }
        return;
    }
    if (auto ok = calls_.enqueue_call(call, c.row.queue, data); !ok) {
        log()->error("campaign {}: call {} cannot join {}: {}", c.row.name, call.value(), c.row.queue, ok.error().message);
        abandon(c, a);
    }
}

void CampaignService::machine_detected(CallId call, const media::AmdResult& r) {
    auto it = attempts_.find(call);
    if (it == attempts_.end() || !it->second->detecting) return;
    Attempt& a = *it->second;
    Campaign* c = find(a.campaign);
    if (!c) return;
    a.detecting = false;
    if (r.verdict == media::AmdVerdict::machine) {
        a.machine = true;
        log()->info("campaign {}: {} answered by a machine ({}): hung up", c->row.name, c->records[a.index].phone,
                    r.reason);
        calls_.hangup_call(call, "answering machine: " + r.reason);
        return;
    }
    const auto v = calls_.find(call);
    live_answer(*c, a, call, v ? v->data : std::map<std::string, std::string>{});
    // The abandon grace runs from when the person is known to be there.
    if (!a.connected) a.answered = steady();
}

// Answered calls still waiting for an agent: past the grace with no agent's phone ringing (or
// well past it with one), the person is told and the call ends; it counts as abandoned.
void CampaignService::check_waiting(Campaign& c) {
    const auto now = steady();
    std::vector<Attempt*> late;
    for (auto& [call, a] : attempts_) {
        if (a->campaign != c.row.id || a->preview || !a->answered || a->connected || a->abandoned || a->detecting ||
            a->machine)
            continue;
        const auto waited = now - *a->answered;
        if (waited < options_.abandon_grace) continue;
        bool offered = false;
        if (auto v = calls_.find(call))
            for (const auto& l : v->legs) offered = offered || l.party == calls::Party::agent;
        if (!offered || waited >= options_.abandon_grace + kOfferedExtra) late.push_back(a.get());
    }
    for (Attempt* a : late) abandon(c, *a);
}

void CampaignService::abandon(Campaign& c, Attempt& a) {
    a.abandoned = true;
    c.window.record(steady(), true);
    c.pacing.controller = campaign::after_answer(c.pacing.controller, true, c.window.status(), c.pacing.config);
    log()->info("campaign {}: call {} abandoned: no agent free within {} ms", c.row.name, a.call.value(),
                options_.abandon_grace.count());
    if (acd_.take_back(a.call) && abandon_) return abandon_(a.call);
    calls_.hangup_call(a.call, "abandoned: no agent was free");
}

void CampaignService::attempt_ended(Campaign& c, Attempt& a, const calls::CallView& v) {
    using campaign::CallOutcome;
    CallOutcome outcome;
    if (a.preview) outcome = v.answered_ms ? CallOutcome::answered : outcome_of_failure(v.reason);
    else if (!a.answered) outcome = outcome_of_failure(v.reason);
    else if (a.machine) outcome = CallOutcome::answering_machine;
    else if (a.detecting) outcome = CallOutcome::no_answer;  // hung up before saying enough to tell
    else if (a.connected) outcome = CallOutcome::answered;
    else outcome = CallOutcome::abandoned;  // told and hung up, or the person hung up waiting
    if (outcome == CallOutcome::abandoned && !a.abandoned) {
        c.window.record(steady(), true);
        c.pacing.controller = campaign::after_answer(c.pacing.controller, true, c.window.status(), c.pacing.config);
    }
    const auto now = steady();
    if (!a.preview && (!a.answered || a.machine || a.detecting))
        c.pacing.stats = campaign::observe_attempt(c.pacing.stats, false, {});
    const std::int64_t ended_ms = to_unix_ms(wall());
    std::int64_t talk_ms = 0;
    if (a.connected && outcome == CallOutcome::answered) {
        talk_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - *a.connected).count();
        if (agent_mode(c.mode)) {
            // After-call work as the agent is configured for it (timed); a manual one keeps the
            // campaign's estimate.
            auto wrap = c.pacing.stats.wrap_up_time;
            if (const auto view = a.agent ? acd_.agent(*a.agent) : std::nullopt; view && !view->wrap_up_manual)
                wrap = std::chrono::duration_cast<campaign::Millis>(view->wrap_up);
            c.pacing.stats = campaign::observe_handled(c.pacing.stats, campaign::Millis(talk_ms), wrap);
        }
    }
    apply(c, a.index, {campaign::RecordTrigger::outcome, outcome, v.id, wall()});
    storage::CampaignAttemptRow row;
    row.campaign = c.row.id;
    row.record = c.rows[a.index].id;
    row.call = v.id;
    row.outcome = std::string(to_string(outcome));
    row.agent = a.agent;
    row.dialled_ms = a.dialled_ms;
    row.answered_ms = a.answered_ms;
    row.ended_ms = ended_ms;
    if (a.answered && a.connected)
        row.wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(*a.connected - *a.answered).count();
    writer_.submit([row](storage::Database& db) -> Result<void> {
        auto id = storage::insert_campaign_attempt(db, row);
        if (!id) return std::unexpected(id.error());
        return {};
    });
    auto& f = c.figures;
    switch (outcome) {
        case CallOutcome::answered: ++f.answered; f.talk_ms += talk_ms; break;
        case CallOutcome::abandoned: ++f.abandoned; break;
        case CallOutcome::busy: ++f.busy; break;
        case CallOutcome::no_answer: ++f.no_answer; break;
        case CallOutcome::failed: ++f.failed; break;
        case CallOutcome::answering_machine: ++f.answering_machine; break;
    }
    f.abandon_rate = f.answered + f.abandoned == 0 ? 0.0 : double(f.abandoned) / double(f.answered + f.abandoned);
    log()->info("campaign {}: record {} ({}) {}", c.row.name, c.rows[a.index].id, c.records[a.index].phone,
                to_string(outcome));
    --c.in_progress;
    attempts_.erase(v.id);  // `a` is gone from here
    publish(c);
    pump(c);
}

}  // namespace cti::center
