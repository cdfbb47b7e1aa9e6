// The dialling plan: which record next, the schedule before the pacing, and busy / no answer
// moving on to the next record at once.
#include <catch2/catch.hpp>

#include <vector>

#include "cti/campaign/dialer.h"

using namespace cti;
using namespace cti::campaign;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// Monday to Friday 09:00-18:00 Beijing time; 2026-03-02 is a Monday.
CampaignSchedule weekdays() {
    CampaignSchedule s;
    s.calling_hours.utc_offset = 8h;
    for (unsigned d = 1; d <= 5; ++d) s.calling_hours.weekly[d] = {{9 * 60, 18 * 60}};
    return s;
}

WallTime bj(unsigned day, int h, int mi = 0) {
    return WallTime{sys_days{year{2026} / 3 / day}} + hours(h) + minutes(mi) - 8h;
}

std::vector<Record> list(int n) {
    std::vector<Record> v(n);
    for (int i = 0; i < n; ++i) {
        v[i].id = RecordId{i + 1};
        v[i].phone = "1380013800" + std::to_string(i);
    }
    return v;
}

Record with(RecordState s, WallTime due = {}, bool callback = false) {
    Record r;
    r.state = s;
    r.due = due;
    r.callback = callback;
    return r;
}

PacingState progressive() {
    PacingState p;
    p.mode = PacingMode::progressive;
    return p;
}

void step(Record& r, const RecordInput& in, WallTime now) {
    auto c = transition(r, in, RetryRules{}, now);
    INFO((c ? std::string() : c.error().message));
    REQUIRE(c);
    r = c->record;
}

}  // namespace

TEST_CASE("the next record is the due callback, else the due retry, else the first pending", "[campaign][dialer]") {
    const WallTime now = bj(2, 10);
    std::vector<Record> v{
        with(RecordState::done),
        with(RecordState::pending),                            // 1
        with(RecordState::retry_wait, now + 1min),             // 2 not due
        with(RecordState::retry_wait, now - 5min),             // 3 due
        with(RecordState::retry_wait, now - 10min),            // 4 due earlier
        with(RecordState::retry_wait, now - 1min, true),       // 5 a callback, due
        with(RecordState::retry_wait, now + 1h, true),         // 6 a callback, not due
        with(RecordState::pending),                            // 7
    };
    CHECK(next_record(v, now) == 5u);
    v[5].state = RecordState::dialing;
    CHECK(next_record(v, now) == 4u);
    v[4].state = RecordState::dialing;
    CHECK(next_record(v, now) == 3u);
    v[3].state = RecordState::dialing;
    CHECK(next_record(v, now) == 1u);
    CHECK(dialable_count(v, now) == 2);
    CHECK(next_due(v, now) == now + 1min);
    CHECK_FALSE(finished(v));
    const std::vector<Record> over{with(RecordState::done), with(RecordState::exhausted),
                                   with(RecordState::do_not_call)};
    CHECK(finished(over));
    CHECK_FALSE(next_record(over, now));
    CHECK_FALSE(next_due(over, now));
}

TEST_CASE("no dialling outside the calling hours, whatever the agents", "[campaign][dialer]") {
    const auto records = list(10);
    PacingInput in;
    in.agents_free = 5;
    auto plan = plan_dialing(weekdays(), records, in, progressive(), bj(2, 8));
    CHECK(plan.calls == 0);
    CHECK(plan.schedule.reason == ScheduleReason::outside_hours);
    CHECK(plan.schedule.next_allowed == bj(2, 9));
    plan = plan_dialing(weekdays(), records, in, progressive(), bj(7, 10));  // Saturday
    CHECK(plan.calls == 0);
    CHECK(plan.schedule.reason == ScheduleReason::closed_today);

    plan = plan_dialing(weekdays(), records, in, progressive(), bj(2, 10));
    CHECK(plan.calls == 5);
    CHECK(plan.records_dialable == 10);
    // No agents: no call even in hours.
    plan = plan_dialing(weekdays(), records, PacingInput{}, progressive(), bj(2, 10));
    CHECK(plan.calls == 0);
    CHECK(plan.pacing.reason == PacingReason::no_agents);
    // Fewer records than free agents: the records are the limit.
    plan = plan_dialing(weekdays(), list(2), in, progressive(), bj(2, 10));
    CHECK(plan.calls == 2);
}

TEST_CASE("busy and no answer move on to the next record at once", "[campaign][dialer]") {
    auto records = list(3);
    const auto sched = weekdays();
    const WallTime t = bj(2, 10);
    PacingInput in;
    in.agents_free = 1;

    // The one free agent: a call to record 0.
    auto plan = plan_dialing(sched, records, in, progressive(), t);
    REQUIRE(plan.calls == 1);
    auto i = next_record(records, t);
    REQUIRE(i == 0u);
    step(records[*i], {.trigger = RecordTrigger::dial, .call = CallId{1}}, t);
    in.ringing = {0s};
    in.lines_in_use = 1;
    CHECK(plan_dialing(sched, records, in, progressive(), t + 2s).calls == 0);  // the agent has a call coming

    // Busy after 3 s: record 0 waits for its retry, and the dialler places the next call now.
    step(records[0], {.trigger = RecordTrigger::outcome, .outcome = CallOutcome::busy}, t + 3s);
    CHECK(records[0].state == RecordState::retry_wait);
    in.ringing.clear();
    in.lines_in_use = 0;
    plan = plan_dialing(sched, records, in, progressive(), t + 3s);
    CHECK(plan.calls == 1);
    CHECK(next_record(records, t + 3s) == 1u);
    step(records[1], {.trigger = RecordTrigger::dial, .call = CallId{2}}, t + 3s);

    // No answer after 30 s: the same, record 2 is next.
    step(records[1], {.trigger = RecordTrigger::outcome, .outcome = CallOutcome::no_answer}, t + 33s);
    CHECK(records[1].state == RecordState::retry_wait);
    CHECK(next_record(records, t + 33s) == 2u);
    // When record 0's retry is due (busy: 2 minutes) it comes before anything pending.
    records[2].state = RecordState::pending;
    CHECK(next_record(records, t + 3s + 2min) == 0u);
}
