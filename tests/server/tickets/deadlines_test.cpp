// Deadlines counted on the business calendar: across a weekend, a holiday, a make-up working
// day (调休), a pause while waiting on the customer; escalation once per overdue kind.
#include <catch2/catch.hpp>

#include "cti/tickets/workflow.h"

using namespace cti;
using namespace cti::tickets;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// Office hours 09:00-17:00 Monday to Friday, China time. 2026-10-01…07 National Day off;
// Saturday 2026-10-10 is worked (调休). 2026-09-25 is a Friday.
constexpr const char* kCalendar = R"({
  "name": "back office", "utc_offset": "+08:00",
  "weekly": {"mon": ["09:00-17:00"], "tue": ["09:00-17:00"], "wed": ["09:00-17:00"],
             "thu": ["09:00-17:00"], "fri": ["09:00-17:00"]},
  "holidays": [{"from": "2026-10-01", "to": "2026-10-07", "name": "国庆节"}],
  "makeup_days": [{"date": "2026-10-10", "as": "mon", "name": "国庆调休"}]
})";

// Milliseconds of a China local time.
std::int64_t at(int y, unsigned m, unsigned d, int hh, int mm) {
    const auto date = sys_days(year{y} / month{m} / std::chrono::day{d});
    const auto t = date + hours(hh) + minutes(mm) - hours(8);
    return duration_cast<milliseconds>(t.time_since_epoch()).count();
}

struct Fixture {
    BusinessCalendar cal = calendar_from_json(kCalendar).value();
    Workflow w = default_workflow();
    Actor center{UserId(1), DepartmentId(1), kDispatch | kSupervise};
    Actor handler{UserId(2), DepartmentId(2), 0};
    DeadlineContext ctx() const { return DeadlineContext{&cal, DeadlinePolicy{2h, 16h}}; }

    Order dispatched_at(std::int64_t now) {
        Order o;
        o.id = TicketId(7);
        o.creator = UserId(1);
        ActionRequest d{Action::dispatch, "", {Assignee{DepartmentId(2), {}}}, {}};
        return apply(o, w, center, d, ctx(), now).value().order;
    }
};

}  // namespace

TEST_CASE_METHOD(Fixture, "accept and process deadlines run in business hours only", "[tickets][deadlines]") {
    SECTION("Friday afternoon: the accept deadline falls on Monday morning") {
        auto o = dispatched_at(at(2026, 9, 25, 16, 0));  // Friday 16:00: one hour left that day
        CHECK(o.accept_due_ms == at(2026, 9, 28, 10, 0));
        CHECK(o.process_due_ms == at(2026, 9, 29, 16, 0));  // 1 h Fri + 8 h Mon + 7 h Tue
    }
    SECTION("the National Day holiday is skipped, the make-up Saturday is worked") {
        auto o = dispatched_at(at(2026, 9, 30, 16, 30));  // Wednesday before the holiday
        CHECK(o.accept_due_ms == at(2026, 10, 8, 10, 30));  // 0.5 h on 9-30, 1.5 h on 10-08
        CHECK(o.process_due_ms == at(2026, 10, 9, 16, 30));  // 0.5 + 8 (10-08) + 7.5 (10-09)
        auto late = dispatched_at(at(2026, 10, 9, 16, 0));    // the Friday after: 1 h, then Saturday
        CHECK(late.accept_due_ms == at(2026, 10, 10, 10, 0));
    }
    SECTION("outside hours the clock starts at the next opening") {
        auto o = dispatched_at(at(2026, 9, 26, 11, 0));  // Saturday, not a make-up day
        CHECK(o.accept_due_ms == at(2026, 9, 28, 11, 0));
    }
}

TEST_CASE_METHOD(Fixture, "a pause while waiting on the customer moves the deadlines by the business time paused",
                 "[tickets][deadlines]") {
    auto o = dispatched_at(at(2026, 9, 28, 9, 0));  // Monday 09:00
    REQUIRE(o.accept_due_ms == at(2026, 9, 28, 11, 0));
    auto paused = apply(o, w, handler, ActionRequest{Action::pause, "等待用户提供户号", {}, {}}, ctx(), at(2026, 9, 28, 10, 0));
    REQUIRE(paused.has_value());
    CHECK(escalations(paused->order, at(2026, 9, 28, 12, 0)).empty());  // paused: never overdue
    CHECK(next_deadline_ms(paused->order) == 0);
    // Resumed Tuesday 10:00: paused 7 business hours (Mon 10-17) + 1 (Tue 09-10) = 8 h.
    auto resumed = apply(paused->order, w, handler, ActionRequest{Action::resume, "", {}, {}}, ctx(), at(2026, 9, 29, 10, 0));
    REQUIRE(resumed.has_value());
    CHECK(resumed->order.paused_since_ms == 0);
    CHECK(resumed->order.accept_due_ms == at(2026, 9, 29, 11, 0));
    CHECK(resumed->order.process_due_ms == at(2026, 9, 30, 17, 0));  // Tue 17:00 + 8 h
}

TEST_CASE_METHOD(Fixture, "an overdue order is escalated once per deadline, and not after it is accepted",
                 "[tickets][deadlines][escalation]") {
    auto o = dispatched_at(at(2026, 9, 28, 9, 0));
    CHECK(next_deadline_ms(o) == o.accept_due_ms);
    CHECK(escalations(o, at(2026, 9, 28, 10, 59)).empty());
    auto due = escalations(o, at(2026, 9, 28, 11, 0));
    REQUIRE(due.size() == 1);
    CHECK(due[0].record.action == Action::escalate);
    CHECK(due[0].record.opinion == "accept_overdue");
    CHECK_FALSE(due[0].record.actor.has_value());
    CHECK(due[0].order.overdue == kAcceptOverdue);
    REQUIRE(due[0].notify.size() == 1);
    CHECK(due[0].notify[0].department == DepartmentId(2));
    // Stored and looked at again: nothing new until the process deadline.
    o = due[0].order;
    CHECK(escalations(o, at(2026, 9, 28, 16, 0)).empty());
    CHECK(next_deadline_ms(o) == o.process_due_ms);
    SECTION("both deadlines passed at once: two escalations") {
        auto fresh = dispatched_at(at(2026, 9, 28, 9, 0));
        CHECK(escalations(fresh, at(2026, 10, 20, 9, 0)).size() == 2);
    }
    SECTION("accepted in time: only the process deadline remains") {
        auto fresh = dispatched_at(at(2026, 9, 28, 9, 0));
        auto accepted = apply(fresh, w, handler, ActionRequest{Action::accept, "", {}, {}}, ctx(), at(2026, 9, 28, 9, 30));
        REQUIRE(accepted.has_value());
        CHECK(accepted->order.accept_due_ms == 0);
        CHECK(escalations(accepted->order, at(2026, 9, 28, 12, 0)).empty());
    }
    SECTION("a transfer restarts the accept deadline and clears its overdue mark") {
        ActionRequest t{Action::transfer, "转抢修", {Assignee{DepartmentId(3), {}}}, {}};
        auto moved = apply(o, w, center, t, ctx(), at(2026, 9, 28, 13, 0));
        REQUIRE(moved.has_value());
        CHECK(moved->order.accept_due_ms == at(2026, 9, 28, 15, 0));
        CHECK((moved->order.overdue & kAcceptOverdue) == 0);
    }
}
