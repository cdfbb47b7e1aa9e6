// AcdEngine driven by events on a virtual clock: offers, ring-all, tiers, priorities, skill
// relaxation, overflow, callbacks, blacklist, wrap-up, announcements and statistics.
#include "engine_fixture.h"

using namespace cti;
using namespace cti::acd;
using namespace std::chrono_literals;

using namespace cti::acd::test;

TEST_CASE("a caller is offered to the longest idle agent, answering takes the caller out") {
    Fx f;
    f.queue(make_queue(Q1));
    f.agent(1, {{Q1, 1}}, {}, t0);
    f.agent(2, {{Q1, 1}}, {}, t0 - 60s);  // ready earlier: idle longest
    auto d = f.arrive(10, Q1, t0 + 1s);
    auto offer = one<OfferCall>(d);
    CHECK(ids(offer.agents) == std::vector<std::int64_t>{2});
    CHECK(offer.ring_timeout == 20s);
    CHECK(f.state(2) == AgentState::reserved);
    CHECK(one<AgentChanged>(d).event.to_state == AgentState::reserved);
    CHECK(f.e.position(CallId{10}) == 1);

    d = f.answer(10, 2, t0 + 5s);
    CHECK(f.state(2) == AgentState::in_call);
    CHECK_FALSE(f.e.caller(CallId{10}));
    auto s = f.e.queue_stats(Q1, t0 + 5s);
    REQUIRE(s);
    CHECK(s->answered == 1);
    CHECK(s->answered_within_service_level == 1);
    CHECK(s->service_level_percent == 100.0);
    CHECK(s->average_speed_of_answer == 4s);
    CHECK(s->agents.in_call == 1);
    CHECK(s->agents.idle == 1);
}

TEST_CASE("ring all: every idle agent rings, the first answer cancels the others") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::ring_all));
    AgentSettings aa;
    aa.auto_answer = true;
    f.agent(1, {{Q1, 1}});
    f.agent(2, {{Q1, 1}}, aa);
    f.agent(3, {{Q1, 1}});
    auto offer = one<OfferCall>(f.arrive(10, Q1, t0));
    CHECK(ids(offer.agents) == std::vector<std::int64_t>{1, 2, 3});
    CHECK(ids(offer.auto_answer) == std::vector<std::int64_t>{2});
    auto d = f.answer(10, 2, t0 + 2s);
    auto cancels = all<CancelOffer>(d);
    REQUIRE(cancels.size() == 2);
    CHECK(cancels[0].agent == UserId{1});
    CHECK(cancels[1].agent == UserId{3});
    CHECK(f.state(1) == AgentState::idle);
    CHECK(f.state(3) == AgentState::idle);
    CHECK(f.e.agent(UserId{1})->no_answer_count == 0);  // a lost ring-all is not "no answer"
}

TEST_CASE("round robin remembers the agent offered last") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::round_robin));
    for (int a = 1; a <= 3; ++a) f.agent(a, {{Q1, 1}});
    std::vector<std::int64_t> order;
    for (int c = 0; c < 5; ++c) {
        const auto now = t0 + std::chrono::seconds(10 * c);
        auto offer = one<OfferCall>(f.arrive(100 + c, Q1, now));
        order.push_back(offer.agents[0].value());
        f.answer(100 + c, int(offer.agents[0].value()), now);
        ok(f.e.call_ended(offer.agents[0], now + 1s));
    }
    CHECK(order == std::vector<std::int64_t>{1, 2, 3, 1, 2});
}

TEST_CASE("fewest calls and least talk time count today's calls") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::fewest_calls));
    f.agent(1, {{Q1, 1}}, {}, t0 - 100s);
    f.agent(2, {{Q1, 1}}, {}, t0);
    // Agent 1 (longest idle) takes a long call, agent 2 a short one, agent 2 another short one.
    auto talk = [&](int call, int agent, TimePoint at, std::chrono::seconds len) {
        auto offer = one<OfferCall>(f.arrive(call, Q1, at));
        REQUIRE(offer.agents[0] == UserId{agent});
        f.answer(call, agent, at);
        ok(f.e.call_ended(UserId{agent}, at + len));
    };
    talk(10, 1, t0, 300s);
    talk(11, 2, t0 + 1s, 10s);
    talk(12, 2, t0 + 20s, 10s);  // agent 1 is still talking
    CHECK(one<OfferCall>(f.arrive(13, Q1, t0 + 400s)).agents[0] == UserId{1});  // 1 call vs 2

    Fx g;
    g.queue(make_queue(Q1, Strategy::least_talk_time));
    g.agent(1, {{Q1, 1}}, {}, t0 - 100s);
    g.agent(2, {{Q1, 1}}, {}, t0);
    auto offer = one<OfferCall>(g.arrive(10, Q1, t0));
    REQUIRE(offer.agents[0] == UserId{1});
    g.answer(10, 1, t0);
    ok(g.e.call_ended(UserId{1}, t0 + 300s));
    CHECK(one<OfferCall>(g.arrive(11, Q1, t0 + 400s)).agents[0] == UserId{2});
    g.e.start_new_day();
    CHECK(g.e.agent(UserId{1})->talk_today == 0s);
}

TEST_CASE("tier levels: a level 2 agent is offered only when no level 1 agent is free") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::linear));
    f.agent(1, {{Q1, 2}});
    f.agent(2, {{Q1, 1}});
    CHECK(one<OfferCall>(f.arrive(10, Q1, t0)).agents[0] == UserId{2});
    CHECK(one<OfferCall>(f.arrive(11, Q1, t0)).agents[0] == UserId{1});
}

TEST_CASE("skill requirements relax over waiting time on the virtual clock") {
    Fx f;
    auto q = make_queue(Q1, Strategy::skills);
    q.relax = {{30s, 5}, {60s, 0}};
    f.queue(q);
    AgentSettings s;
    s.skills = {{"billing", 5}};
    f.agent(1, {{Q1, 1}}, s);
    auto d = f.arrive(10, Q1, t0, 0, 0, {{"billing", 8}});
    CHECK(all<OfferCall>(d).empty());
    REQUIRE(f.e.next_deadline() == t0 + 30s);
    CHECK(f.e.tick(t0 + 29s).empty());
    d = f.e.tick(t0 + 30s);
    CHECK(one<OfferCall>(d).agents[0] == UserId{1});
    CHECK(f.e.next_deadline() == t0 + 60s);  // the next step, should the offer fail
    f.answer(10, 1, t0 + 35s);
    CHECK_FALSE(f.e.next_deadline());  // nothing else will happen by itself

    SECTION("after the last step any agent of the queue will do") {
        Fx g;
        g.queue(q);
        g.agent(1, {{Q1, 1}});  // no skills at all
        CHECK(all<OfferCall>(g.arrive(10, Q1, t0, 0, 0, {{"billing", 8}})).empty());
        CHECK(all<OfferCall>(g.e.tick(t0 + 30s)).empty());
        CHECK(one<OfferCall>(g.e.tick(t0 + 60s)).agents[0] == UserId{1});
    }
}

TEST_CASE("VIP level 1 goes ahead of everyone, then priority, then arrival") {
    Fx f;
    f.queue(make_queue(Q1));
    f.agent(1, {{Q1, 1}}, {}, t0, false);
    f.arrive(10, Q1, t0);
    f.arrive(11, Q1, t0 + 1s, 5);
    f.arrive(12, Q1, t0 + 2s, 0, 1);
    f.arrive(13, Q1, t0 + 3s, 0, 2);
    CHECK(f.e.position(CallId{12}) == 1);
    CHECK(f.e.position(CallId{11}) == 2);
    CHECK(f.e.position(CallId{10}) == 3);
    CHECK(f.e.position(CallId{13}) == 4);
    std::vector<std::int64_t> served;
    TimePoint now = t0 + 10s;
    auto d = ok(f.e.agent_ready(UserId{1}, now));
    for (int i = 0; i < 4; ++i) {
        auto offer = one<OfferCall>(d);
        served.push_back(offer.call.value());
        f.answer(int(offer.call.value()), 1, now += 1s);
        d = ok(f.e.call_ended(UserId{1}, now += 10s));
    }
    CHECK(served == std::vector<std::int64_t>{12, 11, 10, 13});
}

TEST_CASE("an agent in several queues serves the caller with the best claim first") {
    Fx f;
    f.queue(make_queue(Q1));
    f.queue(make_queue(Q2));
    f.agent(1, {{Q1, 1}, {Q2, 1}}, {}, t0, false);
    f.arrive(10, Q1, t0 + 5s);
    f.arrive(20, Q2, t0 + 1s);
    CHECK(one<OfferCall>(ok(f.e.agent_ready(UserId{1}, t0 + 10s))).call == CallId{20});
}

TEST_CASE("max waiting callers: reject or overflow when full") {
    Fx f;
    auto q = make_queue(Q1);
    q.max_waiting = 2;
    f.queue(q);
    f.arrive(10, Q1, t0);
    f.arrive(11, Q1, t0);
    auto rej = one<RejectCaller>(f.arrive(12, Q1, t0));
    CHECK(rej.reason == "queue full");
    CHECK(f.e.queue_stats(Q1, t0)->rejected == 1);

    q.when_full = {OverflowKind::queue, Q2};
    f.queue(q);
    f.queue(make_queue(Q2));
    auto d = f.arrive(13, Q1, t0);
    auto of = one<Overflow>(d);
    CHECK(of.target.queue == Q2);
    CHECK(of.reason == "full");
    CHECK(f.e.caller(CallId{13})->queue == Q2);
}

TEST_CASE("no signed-in agent: voicemail ('all busy, leave a message')") {
    Fx f;
    auto q = make_queue(Q1);
    q.when_no_agents = {OverflowKind::voicemail, {}, "900"};
    f.queue(q);
    auto of = one<Overflow>(f.arrive(10, Q1, t0));
    CHECK(of.target.kind == OverflowKind::voicemail);
    CHECK(of.target.mailbox == "900");
    CHECK(f.e.waiting_callers() == 0);
}

TEST_CASE("overflow on timeout to another queue keeps the place in line") {
    Fx f;
    auto q1 = make_queue(Q1);
    q1.max_wait = 60s;
    q1.on_timeout = {OverflowKind::queue, Q2};
    f.queue(q1);
    f.queue(make_queue(Q2));
    f.agent(2, {{Q2, 1}}, {}, t0, false);
    f.arrive(20, Q2, t0 + 30s);  // waits in Q2, arrived after the caller below
    f.arrive(10, Q1, t0);
    REQUIRE(f.e.next_deadline() == t0 + 60s);
    CHECK(f.e.tick(t0 + 59s).empty());
    auto d = f.e.tick(t0 + 60s);
    auto of = one<Overflow>(d);
    CHECK(of.from == Q1);
    CHECK(of.reason == "timeout");
    CHECK(f.e.position(CallId{10}) == 1);  // arrived first overall: ahead of call 20
    CHECK(f.e.queue_stats(Q1, t0 + 60s)->overflowed == 1);
    CHECK(one<OfferCall>(ok(f.e.agent_ready(UserId{2}, t0 + 61s))).call == CallId{10});
}

TEST_CASE("overflow waits for a ringing offer and happens if it fails") {
    Fx f;
    auto q = make_queue(Q1);
    q.max_wait = 60s;
    q.on_timeout = {OverflowKind::voicemail};
    f.queue(q);
    f.agent(1, {{Q1, 1}}, {}, t0, false);
    f.arrive(10, Q1, t0);
    CHECK(all<OfferCall>(ok(f.e.agent_ready(UserId{1}, t0 + 50s))).size() == 1);
    CHECK(all<Overflow>(f.e.tick(t0 + 60s)).empty());
    auto d = ok(f.e.offer_result(CallId{10}, UserId{1}, OfferOutcome::no_answer, t0 + 70s));
    CHECK(one<Overflow>(d).target.kind == OverflowKind::voicemail);
    CHECK(all<OfferCall>(d).empty());
}

TEST_CASE("callback request keeps the caller's place") {
    Fx f;
    auto q = make_queue(Q1);
    q.max_wait = 120s;
    q.on_timeout = {OverflowKind::callback};
    f.queue(q);
    f.agent(1, {{Q1, 1}}, {}, t0, false);
    f.arrive(10, Q1, t0);
    auto d = f.e.tick(t0 + 120s);
    CHECK(one<Overflow>(d).target.kind == OverflowKind::callback);
    auto cb = one<CallbackRequested>(d);
    CHECK(cb.call == CallId{10});
    CHECK(cb.arrived == t0);
    CHECK(f.e.waiting_callers() == 0);

    f.arrive(11, Q1, t0 + 130s);  // a later caller
    // The callback re-enters with the original arrival and goes ahead of the later caller.
    CallerInfo info{CallId{50}, Q1, cb.priority, cb.vip_level, cb.skills};
    info.original_arrival = cb.arrived;
    info.callback = true;
    ok(f.e.caller_arrived(info, t0 + 140s));
    CHECK(f.e.position(CallId{50}) == 1);
    auto offer = one<OfferCall>(ok(f.e.agent_ready(UserId{1}, t0 + 150s)));
    CHECK(offer.call == CallId{50});
    CHECK(offer.callback);
}

TEST_CASE("a waiting callback rings one agent, never overflows and hears no announcements") {
    Fx f;
    auto q = make_queue(Q1, Strategy::ring_all);
    q.max_wait = 30s;
    q.on_timeout = {OverflowKind::callback};
    q.max_waiting = 1;
    q.when_full = {OverflowKind::reject};
    q.announce_interval = 10s;
    f.queue(q);
    f.agent(1, {{Q1, 1}}, {}, t0, false);
    f.agent(2, {{Q1, 1}}, {}, t0, false);
    f.arrive(11, Q1, t0);  // a caller fills the queue
    CallerInfo info{CallId{50}, Q1};
    info.callback = true;
    info.original_arrival = t0 - 60s;
    auto d = ok(f.e.caller_arrived(info, t0 + 1s));
    CHECK(all<RejectCaller>(d).empty());  // full, but a callback waits all the same
    CHECK(all<Announce>(d).empty());
    CHECK(f.e.position(CallId{50}) == 1);  // its original place: ahead of caller 11
    auto later = f.e.tick(t0 + 100s);
    for (const auto& o : all<Overflow>(later)) CHECK(o.call != CallId{50});
    CHECK(f.e.position(CallId{50}) == 1);
    auto offer = one<OfferCall>(ok(f.e.agent_ready(UserId{1}, t0 + 101s)));
    CHECK(offer.call == CallId{50});
    CHECK(offer.callback);

    // Ring-all with two free agents: the callback still rings one.
    Fx g;
    g.queue(make_queue(Q1, Strategy::ring_all));
    g.agent(1, {{Q1, 1}});
    g.agent(2, {{Q1, 1}});
    auto rung = one<OfferCall>(ok(g.e.caller_arrived(info, t0 + 1s)));
    CHECK(rung.agents.size() == 1);
    auto both = one<OfferCall>(g.arrive(12, Q1, t0 + 2s));  // an ordinary caller rings the other
    CHECK(both.agents.size() == 1);
    CHECK(both.agents.front() != rung.agents.front());
}

TEST_CASE("blacklisted callers get the configured treatment") {
    Fx f;
    auto q = make_queue(Q1);
    f.queue(q);
    f.queue(make_queue(Q2));
    f.agent(1, {{Q1, 1}});
    CallerInfo bad{CallId{10}, Q1};
    bad.blacklisted = true;
    auto d = ok(f.e.caller_arrived(bad, t0));
    CHECK(one<ApplyTreatment>(d).treatment.kind == TreatmentKind::reject);
    CHECK(all<OfferCall>(d).empty());
    CHECK(f.e.waiting_callers() == 0);

    q.blacklist = {TreatmentKind::play_message, "blacklist-notice"};
    f.queue(q);
    bad.call = CallId{11};
    CHECK(one<ApplyTreatment>(ok(f.e.caller_arrived(bad, t0))).treatment.message == "blacklist-notice");
    CHECK(f.e.waiting_callers() == 0);

    q.blacklist = {TreatmentKind::route_to_queue, {}, Q2};
    f.queue(q);
    bad.call = CallId{12};
    ok(f.e.caller_arrived(bad, t0));
    REQUIRE(f.e.caller(CallId{12}));
    CHECK(f.e.caller(CallId{12})->queue == Q2);
}

TEST_CASE("unanswered offers: the next agent is tried, after N the agent goes not ready") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::linear));
    AgentSettings s;
    s.max_no_answer = 2;
    f.agent(1, {{Q1, 1}}, s);
    f.agent(2, {{Q1, 2}}, s, t0, false);
    CHECK(one<OfferCall>(f.arrive(10, Q1, t0)).agents[0] == UserId{1});
    // Only agent 1 is ready: it is tried again after its first miss.
    auto d = ok(f.e.offer_result(CallId{10}, UserId{1}, OfferOutcome::no_answer, t0 + 20s));
    CHECK(one<OfferCall>(d).agents[0] == UserId{1});
    d = ok(f.e.offer_result(CallId{10}, UserId{1}, OfferOutcome::no_answer, t0 + 40s));
    CHECK(f.status(1) == AgentStatus::not_ready);
    CHECK(f.e.agent(UserId{1})->reason == "no answer");
    CHECK(one<AgentChanged>(d).event.reason == "no answer");
    CHECK(all<OfferCall>(d).empty());
    CHECK(one<OfferCall>(ok(f.e.agent_ready(UserId{2}, t0 + 41s))).agents[0] == UserId{2});
}

TEST_CASE("wrap-up: timer ends it and the agent takes the next caller, manual end too") {
    Fx f;
    f.queue(make_queue(Q1));
    AgentSettings s;
    s.wrap_up = 30s;
    f.agent(1, {{Q1, 1}}, s);
    f.arrive(10, Q1, t0);
    f.answer(10, 1, t0 + 1s);
    f.arrive(11, Q1, t0 + 5s);
    auto d = ok(f.e.call_ended(UserId{1}, t0 + 100s));
    CHECK(f.state(1) == AgentState::wrap_up);
    CHECK(all<OfferCall>(d).empty());
    REQUIRE(f.e.next_deadline() == t0 + 130s);
    CHECK(f.e.tick(t0 + 129s).empty());
    d = f.e.tick(t0 + 130s);
    REQUIRE(all<AgentChanged>(d).size() == 2);  // wrap-up ends, then the offer reserves
    CHECK(all<AgentChanged>(d)[0].event.trigger == AgentTrigger::wrap_up_timer);
    CHECK(one<OfferCall>(d).call == CallId{11});
    CHECK(f.e.queue_stats(Q1, t0 + 130s)->average_handle_time < 180s);  // 129 s moved the average

    f.answer(11, 1, t0 + 131s);
    ok(f.e.call_ended(UserId{1}, t0 + 200s));
    REQUIRE(f.e.next_deadline() == t0 + 230s);
    ok(f.e.agent_end_wrap_up(UserId{1}, t0 + 210s));
    CHECK(offerable(*f.e.agent(UserId{1})));
    CHECK_FALSE(f.e.next_deadline());  // the timer went with the work
    CHECK(f.e.tick(t0 + 230s).empty());
}

TEST_CASE("intermittent agents are not offered the next caller after a call") {
    Fx f;
    f.queue(make_queue(Q1));
    AgentSettings s;
    s.mode = AgentMode::intermittent;
    f.agent(1, {{Q1, 1}}, s);
    f.arrive(10, Q1, t0);
    f.answer(10, 1, t0);
    f.arrive(11, Q1, t0 + 1s);
    auto d = ok(f.e.call_ended(UserId{1}, t0 + 60s));
    CHECK(all<OfferCall>(d).empty());
    CHECK(f.status(1) == AgentStatus::not_ready);
    CHECK(one<OfferCall>(ok(f.e.agent_ready(UserId{1}, t0 + 70s))).call == CallId{11});
}

TEST_CASE("announcements of position and expected wait at the configured interval") {
    Fx f;
    auto q = make_queue(Q1);
    q.announce_interval = 30s;
    q.default_handle_time = 120s;
    f.queue(q);
    f.agent(1, {{Q1, 1}});
    f.agent(2, {{Q1, 1}});
    f.arrive(1, Q1, t0);
    f.arrive(2, Q1, t0);  // both agents now ringing
    auto a = one<Announce>(f.arrive(10, Q1, t0 + 1s));
    CHECK(a.position == 1);
    CHECK(a.expected_wait == 60s);  // 1 x 120 s / 2 agents
    a = one<Announce>(f.arrive(11, Q1, t0 + 2s));
    CHECK(a.position == 2);
    CHECK(a.expected_wait == 120s);
    CHECK(f.e.next_deadline() == t0 + 31s);
    CHECK(f.e.tick(t0 + 30s).empty());
    auto d = f.e.tick(t0 + 32s);
    REQUIRE(all<Announce>(d).size() == 2);
    CHECK(f.e.next_deadline() == t0 + 61s);

    Fx g;  // nobody available: no estimate to announce
    g.queue(q);
    g.agent(1, {{Q1, 1}}, {}, t0, false);
    a = one<Announce>(g.arrive(10, Q1, t0));
    CHECK(a.position == 1);
    CHECK_FALSE(a.expected_wait);
}

TEST_CASE("a caller hanging up cancels the ringing offer and counts as abandoned") {
    Fx f;
    auto q = make_queue(Q1, Strategy::ring_all);
    q.service_level = 20s;
    f.queue(q);
    f.agent(1, {{Q1, 1}});
    f.arrive(10, Q1, t0);
    auto d = ok(f.e.caller_left(CallId{10}, t0 + 5s));
    CHECK(one<CancelOffer>(d).agent == UserId{1});
    CHECK(f.state(1) == AgentState::idle);
    f.agent(2, {{Q1, 1}}, {}, t0, false);
    ok(f.e.agent_not_ready(UserId{1}, "x", t0 + 6s));
    f.arrive(11, Q1, t0 + 10s);
    ok(f.e.caller_left(CallId{11}, t0 + 50s));  // abandoned after the threshold
    auto s = f.e.queue_stats(Q1, t0 + 50s);
    CHECK(s->abandoned == 2);
    CHECK(s->abandoned_within_service_level == 1);
    CHECK(s->service_level_percent == 0.0);  // 0 answered in time / 1 counted
    CHECK(s->agents.not_ready == 2);
    CHECK(s->entered == 2);
    CHECK_FALSE(f.e.caller_left(CallId{11}, t0 + 51s));
}

TEST_CASE("signing out while an offer rings withdraws it and offers the next agent") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::linear));
    f.agent(1, {{Q1, 1}});
    f.agent(2, {{Q1, 2}});
    f.arrive(10, Q1, t0);
    auto d = ok(f.e.agent_sign_out(UserId{1}, t0 + 3s));
    CHECK(one<CancelOffer>(d).agent == UserId{1});
    CHECK(one<OfferCall>(d).agents[0] == UserId{2});
    CHECK(f.status(1) == AgentStatus::logged_out);
}

TEST_CASE("engine refuses illegal agent changes with the state machine's message") {
    Fx f;
    f.queue(make_queue(Q1));
    f.agent(1, {{Q1, 1}});
    auto r = f.e.agent_dial_out(UserId{1}, CallId{5}, t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.starts_with("cannot dial out while ready"));
    f.arrive(10, Q1, t0);
    f.answer(10, 1, t0);
    r = f.e.agent_ready(UserId{1}, t0);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "cannot go ready while on a call; hang up first");
    CHECK_FALSE(f.e.agent_ready(UserId{99}, t0));
    CHECK_FALSE(f.e.caller_arrived(CallerInfo{CallId{11}, QueueId{42}}, t0));
    CHECK_FALSE(f.e.offer_result(CallId{10}, UserId{1}, OfferOutcome::answered, t0));
    CHECK(f.e.tick(t0 + 1000s).empty());
    CHECK_FALSE(f.e.next_deadline());
}

TEST_CASE("overflow loops between queues are cut") {
    Fx f;
    auto a = make_queue(Q1);
    a.max_waiting = 1;
    a.when_full = {OverflowKind::queue, Q2};
    auto b = make_queue(Q2);
    b.max_waiting = 1;
    b.when_full = {OverflowKind::queue, Q1};
    f.queue(a);
    f.queue(b);
    f.arrive(1, Q1, t0);
    f.arrive(2, Q2, t0);
    auto d = f.arrive(3, Q1, t0);
    CHECK(one<RejectCaller>(d).reason == "overflow loop");
}

TEST_CASE("decision names") {
    CHECK(decision_name(Decision{OfferCall{}}) == "offer_call");
    CHECK(decision_name(Decision{CallbackRequested{}}) == "callback_requested");
    CHECK(offer_outcome_from_string("no_answer") == OfferOutcome::no_answer);
}
