// AcdEngine and the phones around it: a colleague picking up a ringing offer (pickup), and a
// phone busy with a call besides the one the ACD holds the agent for.
#include "engine_fixture.h"

using namespace cti;
using namespace cti::acd;
using namespace cti::acd::test;

TEST_CASE("a colleague picking up an offer: the offered agent is free, the call counted when the picker answers") {
    Fx f;
    f.queue(make_queue(Q1));
    f.agent(1, {{Q1, 1}});
    one<OfferCall>(f.arrive(10, Q1, t0));
    f.arrive(11, Q1, t0 + 1s);  // waits: agent 1 is reserved for call 10
    CHECK(f.state(1) == AgentState::reserved);
    auto d = ok(f.e.offer_picked_up(CallId{10}, UserId{1}, t0 + 3s));
    CHECK(all<CancelOffer>(d).empty());  // the phone rung was hung up by the pickup
    CHECK_FALSE(f.e.caller(CallId{10}));
    // Free at once, no missed offer held against them: the next caller rings there.
    CHECK(f.e.agent(UserId{1})->no_answer_count == 0);
    CHECK(one<OfferCall>(d).call == CallId{11});
    CHECK(f.state(1) == AgentState::reserved);
    // Not counted yet: the picker's phone is ringing. It answers two seconds later.
    CHECK(f.e.queue_stats(Q1, t0 + 3s)->answered == 0);
    d = ok(f.e.pickup_ended(CallId{10}, UserId{3}, true, t0 + 5s));
    CHECK(one<QueueStayEnded>(d).outcome == StayOutcome::answered);
    CHECK(one<QueueStayEnded>(d).agent == UserId{3});
    auto s = f.e.queue_stats(Q1, t0 + 5s);
    REQUIRE(s);
    CHECK(s->answered == 1);
    CHECK(s->abandoned == 0);
    CHECK(s->average_speed_of_answer == 5s);
    CHECK_FALSE(f.e.pickup_ended(CallId{10}, UserId{3}, true, t0 + 6s));  // counted once
    CHECK_FALSE(f.e.offer_picked_up(CallId{10}, UserId{1}, t0 + 4s));  // gone from the queue
    // Picked up from a phone the engine had withdrawn the offer from (2 never rang for call 11):
    // the caller leaves all the same, and the offer still ringing at 1 is withdrawn.
    d = ok(f.e.offer_picked_up(CallId{11}, UserId{2}, t0 + 4s));
    CHECK(one<CancelOffer>(d).agent == UserId{1});
    CHECK_FALSE(f.e.caller(CallId{11}));
    CHECK(f.state(1) == AgentState::idle);
    // The picker's phone never answers: the caller was lost, not served.
    d = ok(f.e.pickup_ended(CallId{11}, UserId{3}, false, t0 + 40s));
    CHECK(one<QueueStayEnded>(d).outcome == StayOutcome::abandoned);
    s = f.e.queue_stats(Q1, t0 + 40s);
    CHECK(s->answered == 1);
    CHECK(s->abandoned == 1);
}

TEST_CASE("ring all: a pickup from one ringing phone cancels the others") {
    Fx f;
    f.queue(make_queue(Q1, Strategy::ring_all));
    f.agent(1, {{Q1, 1}});
    f.agent(2, {{Q1, 1}});
    one<OfferCall>(f.arrive(10, Q1, t0));
    auto d = ok(f.e.offer_picked_up(CallId{10}, UserId{1}, t0 + 2s));
    CHECK(one<CancelOffer>(d).agent == UserId{2});
    CHECK(f.state(1) == AgentState::idle);
    CHECK(f.state(2) == AgentState::idle);
    CHECK(f.e.agent(UserId{2})->no_answer_count == 0);
}

TEST_CASE("a phone busy with a second call is offered nothing until it is free") {
    // 1 takes a colleague's call during after-call work: the wrap-up timer ends, the agent is
    // idle by state but the phone is busy, so the waiting caller is not offered; when the
    // colleague's call ends the caller rings at once.
    Fx f;
    f.queue(make_queue(Q1));
    AgentSettings s;
    s.wrap_up = 30s;
    f.agent(1, {{Q1, 1}}, s);
    f.arrive(10, Q1, t0);
    f.answer(10, 1, t0 + 1s);
    ok(f.e.call_ended(UserId{1}, t0 + 60s));
    REQUIRE(f.state(1) == AgentState::wrap_up);
    CHECK(ok(f.e.set_phone_busy(UserId{1}, true, t0 + 70s)).empty());
    f.arrive(11, Q1, t0 + 80s);
    auto d = f.e.tick(t0 + 90s);
    CHECK(all<OfferCall>(d).empty());
    CHECK(f.state(1) == AgentState::idle);
    CHECK_FALSE(offerable(*f.e.agent(UserId{1})));
    CHECK(f.e.queue_stats(Q1, t0 + 90s)->agents.free == 0);
    d = ok(f.e.set_phone_busy(UserId{1}, false, t0 + 120s));
    CHECK(one<OfferCall>(d).call == CallId{11});
    CHECK(f.state(1) == AgentState::reserved);
    CHECK(ok(f.e.set_phone_busy(UserId{1}, false, t0 + 121s)).empty());  // no change, nothing to do
    CHECK_FALSE(f.e.set_phone_busy(UserId{9}, true, t0 + 121s));          // no such agent
}
