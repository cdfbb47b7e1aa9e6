// The agent state machine: legal changes, refused changes with their messages, the "no answer"
// rule, after-call work and continuous vs intermittent mode.
#include <catch2/catch.hpp>

#include "cti/acd/agent.h"

using namespace cti;
using namespace cti::acd;
using namespace std::chrono_literals;

namespace {

const TimePoint t0{std::chrono::hours(1)};

Agent step(const Agent& a, AgentTrigger t, TimePoint now = t0, std::string reason = {},
           CallId call = CallId{7}) {
    auto r = transition(a, AgentInput{t, std::move(reason), call}, now);
    INFO(to_string(t) << ": " << (r ? std::string("ok") : r.error().message));
    REQUIRE(r);
    return r->agent;
}

std::string refused(const Agent& a, AgentTrigger t, std::string reason = {}) {
    auto r = transition(a, AgentInput{t, std::move(reason), CallId{7}}, t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == Errc::invalid_argument);
    return r.error().message;
}

Agent ready_agent(AgentSettings s = {}) {
    Agent a;
    a.id = UserId{1};
    a.settings = std::move(s);
    a = step(a, AgentTrigger::sign_in);
    return step(a, AgentTrigger::set_ready);
}

}  // namespace

TEST_CASE("sign in goes to not ready, ready, not ready with reason, away") {
    Agent a;
    a.id = UserId{1};
    CHECK(refused(a, AgentTrigger::set_ready) == "agent is signed out; sign in first");
    a = step(a, AgentTrigger::sign_in);
    CHECK(a.status == AgentStatus::not_ready);
    CHECK(a.reason == "signed in");
    CHECK(refused(a, AgentTrigger::sign_in) == "already signed in");
    a = step(a, AgentTrigger::set_ready);
    CHECK(offerable(a));
    CHECK(refused(a, AgentTrigger::set_ready) == "already ready");
    CHECK(refused(a, AgentTrigger::set_not_ready) == "choose a reason code for not ready");
    a = step(a, AgentTrigger::set_not_ready, t0, "lunch");
    CHECK(a.status == AgentStatus::not_ready);
    CHECK(a.reason == "lunch");
    a = step(a, AgentTrigger::set_away);
    CHECK(a.status == AgentStatus::away);
    a = step(a, AgentTrigger::sign_out);
    CHECK(a.status == AgentStatus::logged_out);
}

TEST_CASE("every change produces an event record with from, to, reason and time") {
    Agent a = ready_agent();
    auto r = transition(a, AgentInput{AgentTrigger::set_not_ready, "training"}, t0 + 5s);
    REQUIRE(r);
    const AgentEvent& e = r->event;
    CHECK(e.agent == UserId{1});
    CHECK(e.trigger == AgentTrigger::set_not_ready);
    CHECK(e.from_status == AgentStatus::available);
    CHECK(e.to_status == AgentStatus::not_ready);
    CHECK(e.from_state == AgentState::idle);
    CHECK(e.to_state == AgentState::idle);
    CHECK(e.reason == "training");
    CHECK(e.at == t0 + 5s);
}

TEST_CASE("illegal changes are refused with a message that says what to do") {
    Agent a = ready_agent();
    a = step(a, AgentTrigger::offer);
    CHECK(a.state == AgentState::reserved);
    CHECK(refused(a, AgentTrigger::set_ready) ==
          "cannot go ready while a call is ringing; answer or reject it first");
    a = step(a, AgentTrigger::offer_answered);
    CHECK(a.state == AgentState::in_call);
    CHECK(refused(a, AgentTrigger::set_ready) == "cannot go ready while on a call; hang up first");
    CHECK(refused(a, AgentTrigger::sign_out) == "cannot sign out during a call; hang up first");
    CHECK(refused(a, AgentTrigger::offer) == "agent is busy (in_call)");
    CHECK(refused(a, AgentTrigger::wrap_up_done) == "the agent is not in after-call work");
    CHECK(refused(a, AgentTrigger::dial_out) == "cannot dial out while on a call");

    Agent r = ready_agent();
    CHECK(refused(r, AgentTrigger::dial_out) ==
          "cannot dial out while ready; set not ready first so that no queue call is offered "
          "during the dial");
    CHECK(refused(r, AgentTrigger::offer_answered) == "no call is ringing for this agent");
    CHECK(refused(r, AgentTrigger::call_ended) == "the agent has no call to end");
    Agent away = step(r, AgentTrigger::set_away, t0, "meeting");
    CHECK(refused(away, AgentTrigger::dial_out) == "cannot dial out while away; set not ready first");
    CHECK(refused(away, AgentTrigger::offer) == "agent is away, not ready for calls");
}

TEST_CASE("can_dial_out only when signed in, not ready and not busy") {
    Agent a;
    CHECK_FALSE(can_dial_out(a));  // signed out
    a = step(a, AgentTrigger::sign_in);
    CHECK(can_dial_out(a));
    a = step(a, AgentTrigger::set_ready);
    CHECK_FALSE(can_dial_out(a));
    a = step(a, AgentTrigger::set_away);
    CHECK_FALSE(can_dial_out(a));
    a = step(a, AgentTrigger::set_not_ready, t0, "callbacks");
    a = step(a, AgentTrigger::dial_out, t0, {}, CallId{99});
    CHECK(a.state == AgentState::in_call);
    CHECK(a.call == CallId{99});
    CHECK_FALSE(can_dial_out(a));
    a = step(a, AgentTrigger::call_ended, t0 + 60s);
    CHECK(a.state == AgentState::idle);
    CHECK(a.status == AgentStatus::not_ready);  // dialling out never made the agent ready
}

TEST_CASE("N consecutive unanswered offers put the agent to not ready with reason 'no answer'") {
    AgentSettings s;
    s.max_no_answer = 3;
    Agent a = ready_agent(s);
    for (int i = 0; i < 2; ++i) {
        a = step(step(a, AgentTrigger::offer), AgentTrigger::offer_no_answer);
        CHECK(a.status == AgentStatus::available);
    }
    // A rejection is deliberate and does not count; a cancel (ring-all lost) neither.
    a = step(step(a, AgentTrigger::offer), AgentTrigger::offer_rejected);
    a = step(step(a, AgentTrigger::offer), AgentTrigger::offer_cancelled);
    CHECK(a.no_answer_count == 2);
    a = step(step(a, AgentTrigger::offer), AgentTrigger::offer_no_answer);
    CHECK(a.status == AgentStatus::not_ready);
    CHECK(a.reason == "no answer");

    SECTION("an answered offer resets the count") {
        Agent b = ready_agent(s);
        b = step(step(b, AgentTrigger::offer), AgentTrigger::offer_no_answer);
        b = step(step(b, AgentTrigger::offer), AgentTrigger::offer_no_answer);
        b = step(step(b, AgentTrigger::offer), AgentTrigger::offer_answered);
        CHECK(b.no_answer_count == 0);
    }
}

TEST_CASE("after-call work: timed, manual, ended by ready") {
    AgentSettings s;
    s.wrap_up = 30s;
    Agent a = step(step(ready_agent(s), AgentTrigger::offer), AgentTrigger::offer_answered, t0);
    a = step(a, AgentTrigger::call_ended, t0 + 100s);
    CHECK(a.state == AgentState::wrap_up);
    CHECK(a.talk_today == 100s);
    REQUIRE(a.wrap_up_until);
    CHECK(*a.wrap_up_until == t0 + 130s);
    CHECK_FALSE(transition(a, {AgentTrigger::wrap_up_timer}, t0 + 129s));
    Agent done = step(a, AgentTrigger::wrap_up_timer, t0 + 130s);
    CHECK(offerable(done));
    CHECK(done.idle_since == t0 + 130s);
    Agent early = step(a, AgentTrigger::wrap_up_done, t0 + 110s);
    CHECK(offerable(early));

    s.wrap_up_manual = true;
    Agent m = step(step(ready_agent(s), AgentTrigger::offer), AgentTrigger::offer_answered, t0);
    m = step(m, AgentTrigger::call_ended, t0 + 10s);
    CHECK(m.state == AgentState::wrap_up);
    CHECK_FALSE(m.wrap_up_until);
    CHECK_FALSE(transition(m, {AgentTrigger::wrap_up_timer}, t0 + 1000s));
    m = step(m, AgentTrigger::set_ready, t0 + 20s);  // ready ends after-call work
    CHECK(offerable(m));
}

TEST_CASE("continuous mode returns to available, intermittent to not ready after each call") {
    AgentSettings s;
    Agent c = step(step(ready_agent(s), AgentTrigger::offer), AgentTrigger::offer_answered);
    c = step(c, AgentTrigger::call_ended, t0 + 10s);
    CHECK(offerable(c));

    s.mode = AgentMode::intermittent;
    Agent i = step(step(ready_agent(s), AgentTrigger::offer), AgentTrigger::offer_answered);
    i = step(i, AgentTrigger::call_ended, t0 + 10s);
    CHECK(i.status == AgentStatus::not_ready);
    CHECK(i.reason == "after call");

    s.wrap_up = 15s;
    Agent w = step(step(ready_agent(s), AgentTrigger::offer), AgentTrigger::offer_answered);
    w = step(w, AgentTrigger::call_ended, t0 + 10s);
    CHECK(w.status == AgentStatus::available);  // still available during wrap-up...
    w = step(w, AgentTrigger::wrap_up_timer, t0 + 25s);
    CHECK(w.status == AgentStatus::not_ready);  // ...not ready once the work ends
}

TEST_CASE("not ready chosen during a call takes effect after it") {
    Agent a = step(step(ready_agent(), AgentTrigger::offer), AgentTrigger::offer_answered);
    a = step(a, AgentTrigger::set_not_ready, t0, "break");
    CHECK(a.state == AgentState::in_call);
    a = step(a, AgentTrigger::call_ended, t0 + 10s);
    CHECK(a.status == AgentStatus::not_ready);
    CHECK(a.reason == "break");
    CHECK_FALSE(offerable(a));
}

TEST_CASE("agent name tables round-trip") {
    for (auto v : {AgentStatus::logged_out, AgentStatus::available, AgentStatus::not_ready, AgentStatus::away})
        CHECK(agent_status_from_string(to_string(v)) == v);
    for (auto v : {AgentState::idle, AgentState::reserved, AgentState::in_call, AgentState::wrap_up})
        CHECK(agent_state_from_string(to_string(v)) == v);
    for (auto v : {AgentMode::continuous, AgentMode::intermittent})
        CHECK(agent_mode_from_string(to_string(v)) == v);
    for (int i = 0; i <= int(AgentTrigger::wrap_up_timer); ++i) {
        auto v = AgentTrigger(i);
        CHECK(to_string(v) != "?");
        CHECK(agent_trigger_from_string(to_string(v)) == v);
    }
    CHECK_FALSE(agent_status_from_string("ready"));
}

TEST_CASE("a direct call makes an idle agent busy, with no after-call work when it ends") {
    AgentSettings s;
    s.wrap_up = 10s;
    s.mode = AgentMode::intermittent;
    Agent a = ready_agent(s);
    const TimePoint idle_since = a.idle_since;
    a = step(a, AgentTrigger::direct_call, t0 + 1s, {}, CallId{9});
    CHECK(a.state == AgentState::in_call);
    CHECK(a.call == CallId{9});
    CHECK_FALSE(offerable(a));
    CHECK(refused(a, AgentTrigger::offer) == "agent is busy (in_call)");
    CHECK(refused(a, AgentTrigger::direct_call) == "the agent is busy already");
    a = step(a, AgentTrigger::call_ended, t0 + 31s);
    // Idle and still ready (intermittent mode pauses only after the ACD's calls), keeping the
    // place in the longest-idle order, the talk counted.
    CHECK(a.state == AgentState::idle);
    CHECK(a.status == AgentStatus::available);
    CHECK(offerable(a));
    CHECK(a.idle_since == idle_since);
    CHECK(a.talk_today == 30s);
    CHECK_FALSE(a.direct);

    // The ACD's own calls keep their after-call work.
    a = step(a, AgentTrigger::offer);
    a = step(a, AgentTrigger::offer_answered);
    a = step(a, AgentTrigger::call_ended);
    CHECK(a.state == AgentState::wrap_up);
    // Busy agents (an offer ringing, after-call work) are not made busy again.
    CHECK(refused(a, AgentTrigger::direct_call) == "the agent is busy already");
    Agent ringing = step(ready_agent(), AgentTrigger::offer);
    CHECK(refused(ringing, AgentTrigger::direct_call) == "the agent is busy already");
}
