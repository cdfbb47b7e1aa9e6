// Every caller's stay in a queue ends once, with the decision the reports persist
// (QueueStayEnded): answered by whom, abandoned, overflowed, rejected, and how long it waited.
#include "engine_fixture.h"

using namespace cti;
using namespace cti::acd;
using namespace cti::acd::test;

TEST_CASE("a stay ends answered with the agent and the wait, or abandoned within the threshold or not",
          "[acd][stay]") {
    Fx f;
    auto q = make_queue(Q1);
    q.service_level = 20s;
    f.queue(q);
    f.agent(1, {{Q1, 1}});
    auto offered = f.arrive(10, Q1, t0 + 1s);
    CHECK(all<QueueStayEnded>(offered).empty());  // still ringing: the stay goes on
    auto answered = one<QueueStayEnded>(f.answer(10, 1, t0 + 26s));
    CHECK(answered.call == CallId{10});
    CHECK(answered.queue == Q1);
    CHECK(answered.outcome == StayOutcome::answered);
    CHECK(answered.agent == UserId{1});
    CHECK(answered.waited == 25s);
    CHECK_FALSE(answered.within_service_level);

    // Nobody free now: two callers wait, one hangs up at 5 s, one at 40 s.
    f.arrive(11, Q1, t0 + 30s);
    f.arrive(12, Q1, t0 + 30s);
    auto quick = one<QueueStayEnded>(ok(f.e.caller_left(CallId{11}, t0 + 35s)));
    CHECK(quick.outcome == StayOutcome::abandoned);
    CHECK(quick.waited == 5s);
    CHECK(quick.within_service_level);
    CHECK(quick.agent == UserId{});
    auto late = one<QueueStayEnded>(ok(f.e.caller_left(CallId{12}, t0 + 70s)));
    CHECK(late.waited == 40s);
    CHECK_FALSE(late.within_service_level);
    CHECK_FALSE(f.e.caller_left(CallId{12}, t0 + 71s));  // gone: an error, not a second stay
}

TEST_CASE("an overflow ends the stay in one queue and starts one in the next, a refusal at the door waits 0",
          "[acd][stay]") {
    Fx f;
    auto q1 = make_queue(Q1);
    q1.max_wait = 30s;
    q1.on_timeout = {OverflowKind::queue, Q2};
    f.queue(q1);
    auto q2 = make_queue(Q2);
    q2.max_waiting = 1;
    f.queue(q2);
    f.agent(1, {{Q1, 1}, {Q2, 1}}, {}, t0, false);  // signed in, not ready: callers wait

    f.arrive(20, Q1, t0);
    auto moved = all<QueueStayEnded>(f.e.tick(t0 + 30s));
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].queue == Q1);
    CHECK(moved[0].outcome == StayOutcome::overflowed);
    CHECK(moved[0].waited == 30s);

    // Q2 is full now (one waiting): the next caller is refused at the door.
    auto refused = one<QueueStayEnded>(f.arrive(21, Q2, t0 + 31s));
    CHECK(refused.outcome == StayOutcome::rejected);
    CHECK(refused.queue == Q2);
    CHECK(refused.waited == 0s);

    // The first caller's stay in Q2 counts from the overflow.
    auto later = one<QueueStayEnded>(ok(f.e.caller_left(CallId{20}, t0 + 40s)));
    CHECK(later.queue == Q2);
    CHECK(later.waited == 10s);
}
