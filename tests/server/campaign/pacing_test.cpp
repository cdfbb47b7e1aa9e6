// Pacing decisions as pure functions over plain data, the measured statistics, the abandon
// window and controller, and the abandon cap holding in a simulated day.
#include <catch2/catch.hpp>

#include "campaign_sim.h"
#include "cti/campaign/pacing.h"

using namespace cti::campaign;
using namespace std::chrono_literals;

namespace {

// Measured enough for predictive dialling: 30 % answer, 8 s to answer, 120 s talk, 10 s wrap-up.
DialStats measured(double answer_rate = 0.3) {
    DialStats s;
    s.answer_rate = answer_rate;
    s.attempts = 1000;
    s.answers = 300;
    s.handled = 300;
    return s;
}

PacingInput free_agents(int n) {
    PacingInput in;
    in.agents_free = n;
    return in;
}

PacingDecision decide(PacingMode m, const PacingInput& in, const DialStats& s = measured(),
                      AbandonStatus window = {}, AbandonController c = {}, PacingConfig cfg = {}) {
    return decide_pacing(m, in, s, window, c, cfg);
}

// A window far from the cap: 1,000 answers, 5 abandoned.
const AbandonStatus calm{1000, 5, 1000, 5};

}  // namespace

TEST_CASE("progressive places one call per free agent", "[campaign][pacing]") {
    auto in = free_agents(3);
    in.ringing = {5s};  // one call is already on its way to one of them
    in.lines_in_use = 1;
    auto d = decide(PacingMode::progressive, in);
    CHECK(d.calls == 2);
    CHECK(d.reason == PacingReason::dial);
    CHECK(d.used == PacingMode::progressive);

    in.answered_waiting = 2;
    d = decide(PacingMode::progressive, in);
    CHECK(d.calls == 0);
    CHECK(d.reason == PacingReason::no_free_agent);

    PacingConfig few_lines;
    few_lines.max_lines = 2;
    in = free_agents(5);
    in.lines_in_use = 1;
    CHECK(decide(PacingMode::progressive, in, measured(), {}, {}, few_lines).calls == 1);
    in.lines_in_use = 2;
    CHECK(decide(PacingMode::progressive, in, measured(), {}, {}, few_lines).reason == PacingReason::lines_full);
}

TEST_CASE("nobody signed in, no mode with agents dials", "[campaign][pacing]") {
    const PacingInput none;
    for (auto m : {PacingMode::preview, PacingMode::progressive, PacingMode::predictive}) {
        const auto d = decide(m, none, measured(), calm);
        CHECK(d.calls == 0);
        CHECK(d.reason == PacingReason::no_agents);
    }
    // Agentless campaigns need no agent.
    CHECK(decide(PacingMode::agentless, none).calls == 10);
}

TEST_CASE("preview hands one record to each free agent who asks", "[campaign][pacing]") {
    auto in = free_agents(2);
    CHECK(decide(PacingMode::preview, in).reason == PacingReason::no_request);
    in.preview_requests = 1;
    CHECK(decide(PacingMode::preview, in).calls == 1);
    in.preview_requests = 3;  // a busy agent's request waits until the agent is free
    CHECK(decide(PacingMode::preview, in).calls == 2);
    in.agents_free = 0;
    in.agents_busy = {agent_in_wrap_up(5s)};
    CHECK(decide(PacingMode::preview, in).reason == PacingReason::no_free_agent);
}

TEST_CASE("agentless keeps a fixed number of lines busy", "[campaign][pacing]") {
    PacingConfig cfg;
    cfg.agentless_lines = 10;
    PacingInput in;
    in.lines_in_use = 7;
    CHECK(decide(PacingMode::agentless, in, measured(), {}, {}, cfg).calls == 3);
    in.lines_in_use = 10;
    auto d = decide(PacingMode::agentless, in, measured(), {}, {}, cfg);
    CHECK(d.calls == 0);
    CHECK(d.reason == PacingReason::lines_full);
    cfg.max_lines = 4;  // the trunk is the limit
    in.lines_in_use = 0;
    CHECK(decide(PacingMode::agentless, in, measured(), {}, {}, cfg).calls == 4);
}

TEST_CASE("predictive dials ahead of the free agents from the answer rate", "[campaign][pacing]") {
    auto in = free_agents(5);
    const auto d = decide(PacingMode::predictive, in, measured(0.3), calm);
    CHECK(d.used == PacingMode::predictive);
    CHECK(d.reason == PacingReason::dial);
    CHECK(d.calls > 5);       // more than progressive
    CHECK(d.calls < 5 / 0.3 + 5);  // and not wildly more
    CHECK(d.risk_of_next > d.risk_threshold);
    // A lower answer rate: more calls for the same agents.
    CHECK(decide(PacingMode::predictive, in, measured(0.15), calm).calls > d.calls);
    // Never less than progressive.
    for (int free = 0; free <= 8; ++free) {
        auto i = free_agents(free);
        i.agents_busy.assign(4, agent_talking(measured(), 10s));
        i.ringing = {2s};
        CHECK(decide(PacingMode::predictive, i, measured(), calm).calls >=
              decide(PacingMode::progressive, i, measured(), calm).calls);
    }
}

TEST_CASE("predictive counts agents about to be free and discounts calls that rang long", "[campaign][pacing]") {
    // Every agent busy: talking (a long way off) → no call; finishing after-call work in 1 s → calls.
    PacingInput talking;
    talking.agents_busy.assign(10, agent_talking(measured(), 10s));
    CHECK(decide(PacingMode::predictive, talking, measured(), calm).calls == 0);
    PacingInput finishing;
    finishing.agents_busy.assign(10, agent_in_wrap_up(1s));
    const int ahead = decide(PacingMode::predictive, finishing, measured(), calm).calls;
    CHECK(ahead > 0);
    PacingInput later;
    later.agents_busy.assign(10, agent_in_wrap_up(60s));
    CHECK(decide(PacingMode::predictive, later, measured(), calm).calls == 0);

    // Four calls ringing: fresh ones will bring answers, ones that rang 25 s hardly any.
    auto fresh = free_agents(4);
    fresh.ringing.assign(4, 0s);
    auto stale = free_agents(4);
    stale.ringing.assign(4, 25s);
    const int after_fresh = decide(PacingMode::predictive, fresh, measured(), calm).calls;
    const int after_stale = decide(PacingMode::predictive, stale, measured(), calm).calls;
    CHECK(after_stale > after_fresh);

    const auto e = predictive_calls(stale, measured(), 0.03, 100, PacingConfig{});
    CHECK(e.agents_expected == Approx(4));
    CHECK(e.answers_expected < 0.1);
}

TEST_CASE("the burst guard keeps a small team's lines within the window's budget", "[campaign][pacing]") {
    // The 4-agent SIPp bench: talk 20 s, wrap-up 2 s, answers after about 4 s; its cap was passed
    // by four answers meeting four busy agents at once. A bold controller (gain 8) alone would
    // allow it; the guard weighs the burst against what the window can take.
    DialStats s = measured(0.3);
    s.talk_time = 20s;
    s.wrap_up_time = 2s;
    s.time_to_answer = 4s;
    const PacingConfig cfg;
    const double bold = 8.0 * cfg.abandon_cap;

    // Every agent talking, ten calls ringing, 2 of 169 answers abandoned (the cap allows 5.07):
    // the calls out could bring more abandons than the window can take → progressive, no call.
    PacingInput busy;
    busy.agents_busy.assign(4, agent_talking(s, 2s));
    busy.ringing.assign(10, 1s);
    busy.lines_in_use = 10;
    const AbandonStatus tight{169, 2, 169, 2};
    CHECK(predictive_calls(busy, s, bold, 16, cfg, tight).burst_of_placed > cfg.burst_risk);
    auto d = decide_pacing(PacingMode::predictive, busy, s, tight, AbandonController{8.0}, cfg);
    CHECK(d.used == PacingMode::progressive);
    CHECK(d.calls == 0);
    // The same calls out against a window of 1,000 answers: no burst could pass it.
    CHECK(predictive_calls(busy, s, bold, 16, cfg, calm).burst_of_placed == Approx(0).margin(1e-6));

    // Four agents free at the start of the day (20 answers, none abandoned): one abandon would
    // put the window over the cap, so no call beyond the free agents' (decide_pacing: progressive).
    PacingInput fresh;
    fresh.agents_free = 4;
    const auto young = predictive_calls(fresh, s, bold, 16, cfg, AbandonStatus{20, 0, 20, 0});
    CHECK(young.burst_limited);
    CHECK(young.calls == 0);
    d = decide_pacing(PacingMode::predictive, fresh, s, AbandonStatus{20, 0, 20, 0}, AbandonController{8.0}, cfg);
    CHECK(d.used == PacingMode::progressive);
    CHECK(d.calls == 4);
    // 80 answers, none abandoned (room for 2.4 abandons under the cap, 1.4 at 0.6 x the cap), ten
    // agents free: dials ahead, but fewer calls than the threshold alone would allow.
    PacingInput ten;
    ten.agents_free = 10;
    const auto alone = predictive_calls(ten, s, bold, 40, cfg);
    const auto guarded = predictive_calls(ten, s, bold, 40, cfg, AbandonStatus{80, 0, 80, 0});
    // 60 answers (room for 1.8 under the cap, short of burst_min_budget): no call ahead yet.
    const auto early = predictive_calls(ten, s, bold, 40, cfg, AbandonStatus{60, 0, 60, 0});
    CHECK(early.strict_start);
    CHECK(early.calls == 0);
    CHECK(guarded.burst_limited);
    CHECK(guarded.calls > 10);
    CHECK(guarded.calls < alone.calls);
}

TEST_CASE("the abandon controller sets how far predictive dials ahead", "[campaign][pacing]") {
    auto in = free_agents(5);
    in.agents_busy.assign(15, agent_talking(measured(), 10s));
    const int timid = decide(PacingMode::predictive, in, measured(), calm, {0.2}).calls;
    const int bold = decide(PacingMode::predictive, in, measured(), calm, {4.0}).calls;
    CHECK(bold > timid);

    const PacingConfig cfg;
    AbandonController c;
    c = after_answer(c, true, calm, cfg);
    CHECK(c.gain < 1.0);
    const double lowered = c.gain;
    c = after_answer(c, false, calm, cfg);
    CHECK(c.gain > lowered);
    // While the window is above the target, connected answers do not raise the gain.
    const AbandonStatus high{100, 3, 100, 3};
    CHECK(after_answer(c, false, high, cfg).gain == c.gain);
    // Bounded both ways.
    for (int i = 0; i < 1000; ++i) c = after_answer(c, true, calm, cfg);
    CHECK(c.gain == Approx(cfg.gain_min));
    for (int i = 0; i < 100000; ++i) c = after_answer(c, false, calm, cfg);
    CHECK(c.gain == Approx(cfg.gain_max));
}

TEST_CASE("predictive falls back to progressive near the cap and while warming up", "[campaign][pacing]") {
    auto in = free_agents(5);
    const PacingConfig cfg;  // cap 3 %, fallback at 85 % of it
    auto d = decide(PacingMode::predictive, in, measured(), AbandonStatus{1000, 26, 1000, 26});
    CHECK(d.used == PacingMode::progressive);
    CHECK(d.reason == PacingReason::abandon_fallback);
    CHECK(d.calls == 5);
    // The rate will rise as old answers leave a short window: judged ahead too.
    d = decide(PacingMode::predictive, in, measured(), AbandonStatus{1000, 20, 700, 20});
    CHECK(d.reason == PacingReason::abandon_fallback);
    // A window too small to take one abandon (the start of the day): progressive until it can,
    // and said so (not "near the cap": its rate is 0).
    d = decide(PacingMode::predictive, in, measured(), AbandonStatus{20, 0, 20, 0});
    CHECK(d.used == PacingMode::progressive);
    CHECK(d.reason == PacingReason::strict_start);
    CHECK(d.calls == 5);
    // The calls already out could pass a small window's budget in a burst: progressive (here no
    // agent is left for another call).
    auto crowded = free_agents(2);
    crowded.ringing.assign(12, 1s);
    crowded.lines_in_use = 12;
    d = decide(PacingMode::predictive, crowded, measured(), AbandonStatus{20, 0, 20, 0});
    CHECK(d.used == PacingMode::progressive);
    CHECK(d.calls == 0);
    CHECK(decide(PacingMode::predictive, crowded, measured(), calm).used == PacingMode::predictive);

    DialStats young = measured();
    young.attempts = cfg.min_attempts - 1;
    d = decide(PacingMode::predictive, in, young, calm);
    CHECK(d.reason == PacingReason::warming_up);
    CHECK(d.calls == 5);
}

TEST_CASE("statistics are running means, then moving averages", "[campaign][pacing]") {
    DialStats s;  // prior: 30 % answer, 8 s
    s = observe_attempt(s, true, 4s);
    CHECK(s.answer_rate == Approx(1.0));  // the prior counts for nothing once measured
    CHECK(s.time_to_answer == 4s);
    s = observe_attempt(s, false, 0s);
    s = observe_attempt(s, false, 0s);
    s = observe_attempt(s, true, 10s);
    CHECK(s.answer_rate == Approx(0.5));
    CHECK(s.time_to_answer == 7s);
    CHECK(s.attempts == 4);
    CHECK(s.answers == 2);
    // After `memory` observations each new one weighs 1/memory.
    DialStats m;
    for (int i = 0; i < 10; ++i) m = observe_attempt(m, false, 0s, 10);
    m = observe_attempt(m, true, 1s, 10);
    CHECK(m.answer_rate == Approx(0.1));

    DialStats h;
    h = observe_handled(h, 100s, 10s);
    h = observe_handled(h, 200s, 20s);
    CHECK(h.talk_time == 150s);
    CHECK(h.wrap_up_time == 15s);
    CHECK(handle_time(h) == 165s);
    CHECK(agent_talking(h, 15s).min_remaining == 15s);
    CHECK(agent_talking(h, 15s).expected_remaining == 165s);
}

TEST_CASE("the abandon window keeps the answers of its length", "[campaign][pacing]") {
    const SteadyTime t0{};
    AbandonWindow w(1h, 10min);
    w.record(t0, true);
    w.record(t0 + 5min, false);
    w.record(t0 + 30min, false);
    w.record(t0 + 56min, false);
    auto s = w.status();
    CHECK(s.answered == 4);
    CHECK(s.abandoned == 1);
    CHECK(s.rate() == Approx(0.25));
    // In 10 minutes the first two will have left, the abandon with them.
    CHECK(s.answered_ahead == 2);
    CHECK(s.abandoned_ahead == 0);
    CHECK(s.rate_ahead() == 0.0);
    w.advance(t0 + 62min);
    s = w.status();
    CHECK(s.answered == 3);
    CHECK(s.abandoned == 0);
    w.advance(t0 + 66min);
    CHECK(w.status().answered == 2);
    w.advance(t0 + 1min);  // time does not go back
    CHECK(w.status().answered == 2);
}

TEST_CASE("pacing names have one table each", "[campaign][pacing]") {
    for (auto m : {PacingMode::preview, PacingMode::progressive, PacingMode::predictive, PacingMode::agentless})
        CHECK(pacing_mode_from_string(to_string(m)) == m);
    CHECK(pacing_reason_from_string("abandon_fallback") == PacingReason::abandon_fallback);
    CHECK(to_string(PacingReason::warming_up) == "warming_up");
    CHECK(pacing_reason_from_string("strict_start") == PacingReason::strict_start);
}

// The benchmark's simulated day (bench/campaign_sim.h): 20 agents, 30 % answer rate, exponential
// talk of 120 s, abandoned = no agent within 2 s. Predictive keeps the day under the 3 % cap on
// every seed and keeps agents busier than progressive.
TEST_CASE("the abandon cap holds in a simulated day", "[campaign][pacing][simulation]") {
    sim::World w;
    w.day = 4 * 3600 * 1000;
    for (std::uint64_t seed : {1, 2, 3}) {
        INFO("seed " << seed);
        const auto pred = sim::Sim(w, PacingMode::predictive, 24h, seed).run();
        const auto prog = sim::Sim(w, PacingMode::progressive, 24h, seed).run();
        CHECK(pred.abandon_rate < PacingConfig{}.abandon_cap);
        CHECK(pred.abandoned > 0);  // it did dial ahead
        CHECK(prog.abandoned == 0);
        CHECK(pred.occupancy > prog.occupancy + 0.1);
        CHECK(pred.connected > prog.connected);
    }
}

// The SIPp bench's world (bench/campaign_sipp_bench.sh) in the simulation: 4 agents, talk 20 s,
// wrap-up 2 s, 30 % answer after an exponential ring of 4 s (14 s or more rings out), no-answer
// timeout 15 s, half-hour campaigns, campaign_bench's 401 seeds. A small team's short day is
// where the cap was passed (with the strict start at 1.5 abandons of room, seed 1035 here; a
// real 30-minute run at 3.82 %): every seed stays under it at 2, and predictive still connects
// more calls than progressive overall.
TEST_CASE("the abandon cap holds for a small team's half-hour campaign", "[campaign][pacing][simulation]") {
    sim::World w;
    w.agents = 4;
    w.talk_mean = 20'000;
    w.wrap_up = 2'000;
    w.ring_exponential = true;
    w.ring_erlang_mean = 4'000;
    w.no_answer_timeout = 15'000;
    w.day = 1'800'000;
    int pred_connected = 0, prog_connected = 0;
    for (std::uint64_t seed = 1001; seed <= 1401; ++seed) {  // campaign_bench's seeds
        INFO("seed " << seed);
        const auto pred = sim::Sim(w, PacingMode::predictive, 24h, seed).run();
        const auto prog = sim::Sim(w, PacingMode::progressive, 24h, seed).run();
        CHECK(pred.abandon_rate < PacingConfig{}.abandon_cap);
        CHECK(prog.abandoned == 0);
        pred_connected += pred.connected;
        prog_connected += prog.connected;
    }
    CHECK(pred_connected > prog_connected * 1.15);
}
