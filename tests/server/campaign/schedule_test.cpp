// Calling hours on the business calendar: weekdays, a holiday, a make-up working day (调休), the
// campaign's first and last day, and no call in the last minutes before the hours end.
#include <catch2/catch.hpp>

#include "cti/campaign/schedule.h"

using namespace cti;
using namespace cti::campaign;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// Calling hours Monday to Friday 09:00-12:00 and 13:30-20:00, Saturday 10:00-16:00; the 2026
// National Day holiday 10-01 … 10-07 (a Thursday to a Wednesday), Saturday 10-10 worked as a
// Monday (调休). 2026-10-11 is a Sunday.
constexpr const char* hours_json = R"({
  "name": "回访外呼",
  "utc_offset": "+08:00",
  "weekly": {
    "mon": ["09:00-12:00", "13:30-20:00"], "tue": ["09:00-12:00", "13:30-20:00"],
    "wed": ["09:00-12:00", "13:30-20:00"], "thu": ["09:00-12:00", "13:30-20:00"],
    "fri": ["09:00-12:00", "13:30-20:00"], "sat": ["10:00-16:00"]
  },
  "holidays": [ {"from": "2026-10-01", "to": "2026-10-07", "name": "国庆节"} ],
  "makeup_days": [ {"date": "2026-10-10", "as": "mon", "name": "国庆调休"} ]
})";

CampaignSchedule schedule() {
    auto cal = calendar_from_json(hours_json);
    INFO((cal ? std::string() : cal.error().message));
    REQUIRE(cal);
    CampaignSchedule s;
    s.calling_hours = *cal;
    return s;
}

// Beijing local time as an instant.
WallTime bj(int y, unsigned mo, unsigned d, int h, int mi = 0) {
    return WallTime{sys_days{year{y} / mo / d}} + hours(h) + minutes(mi) - 8h;
}

}  // namespace

TEST_CASE("a campaign dials within its calling hours only", "[campaign][schedule]") {
    const auto s = schedule();
    auto c = check_schedule(s, bj(2026, 9, 29, 10));  // a Tuesday morning
    CHECK(c.may_dial);
    CHECK(c.reason == ScheduleReason::open);
    CHECK(c.next_allowed == bj(2026, 9, 29, 10));

    c = check_schedule(s, bj(2026, 9, 29, 8, 59));
    CHECK_FALSE(c.may_dial);
    CHECK(c.reason == ScheduleReason::outside_hours);
    CHECK(c.next_allowed == bj(2026, 9, 29, 9));
    c = check_schedule(s, bj(2026, 9, 29, 12, 30));  // the lunch break
    CHECK(c.reason == ScheduleReason::outside_hours);
    CHECK(c.next_allowed == bj(2026, 9, 29, 13, 30));
    CHECK_FALSE(may_dial(s, bj(2026, 9, 29, 20)));  // the end is not included
    CHECK(may_dial(s, bj(2026, 9, 29, 19, 59)));
}

TEST_CASE("no dialling on a holiday, a make-up Saturday dials with Monday's hours", "[campaign][schedule]") {
    const auto s = schedule();
    auto c = check_schedule(s, bj(2026, 10, 1, 10));  // National Day, a Thursday
    CHECK_FALSE(c.may_dial);
    CHECK(c.reason == ScheduleReason::holiday);
    CHECK(c.next_allowed == bj(2026, 10, 8, 9));  // the first working day after it
    CHECK_FALSE(may_dial(s, bj(2026, 10, 3, 11)));  // a Saturday inside the holiday

    // 2026-10-10, a Saturday worked as a Monday: 09:00-12:00 and 13:30-20:00, not 10:00-16:00.
    CHECK(may_dial(s, bj(2026, 10, 10, 9, 30)));
    CHECK(may_dial(s, bj(2026, 10, 10, 18)));
    CHECK(check_schedule(s, bj(2026, 10, 10, 12, 30)).reason == ScheduleReason::outside_hours);

    // Sunday 10-11 has no hours: closed_today, next allowed Monday 09:00.
    c = check_schedule(s, bj(2026, 10, 11, 10));
    CHECK(c.reason == ScheduleReason::closed_today);
    CHECK(c.next_allowed == bj(2026, 10, 12, 9));
    // An ordinary Saturday has its own hours.
    CHECK(may_dial(s, bj(2026, 10, 17, 15)));
    CHECK_FALSE(may_dial(s, bj(2026, 10, 17, 9)));
}

TEST_CASE("no new call in the last minutes before the hours end", "[campaign][schedule]") {
    auto s = schedule();
    s.stop_before_close = 15min;
    CHECK(may_dial(s, bj(2026, 9, 29, 19, 45)));
    auto c = check_schedule(s, bj(2026, 9, 29, 19, 50));
    CHECK_FALSE(c.may_dial);
    CHECK(c.reason == ScheduleReason::closing_soon);
    CHECK(c.next_allowed == bj(2026, 9, 30, 9));
    CHECK(check_schedule(s, bj(2026, 9, 29, 11, 50)).next_allowed == bj(2026, 9, 29, 13, 30));
    // The evening before the holiday: the next call is after it.
    CHECK(check_schedule(s, bj(2026, 9, 30, 19, 50)).next_allowed == bj(2026, 10, 8, 9));
}

TEST_CASE("a campaign runs from its first to its last day", "[campaign][schedule]") {
    auto s = schedule();
    s.first_day = year{2026} / 10 / 8;
    s.last_day = year{2026} / 10 / 10;
    auto c = check_schedule(s, bj(2026, 9, 29, 10));
    CHECK(c.reason == ScheduleReason::not_started);
    CHECK(c.next_allowed == bj(2026, 10, 8, 9));
    CHECK(may_dial(s, bj(2026, 10, 10, 10)));
    c = check_schedule(s, bj(2026, 10, 10, 21));
    CHECK(c.reason == ScheduleReason::outside_hours);
    CHECK_FALSE(c.next_allowed);  // the last day is over: never again
    c = check_schedule(s, bj(2026, 10, 12, 10));
    CHECK(c.reason == ScheduleReason::ended);
    CHECK_FALSE(c.next_allowed);
}

TEST_CASE("schedules are checked", "[campaign][schedule]") {
    auto s = schedule();
    CHECK(validate(s));
    s.first_day = year{2026} / 10 / 8;
    s.last_day = year{2026} / 10 / 1;
    CHECK_THAT(validate(s).error().message, Catch::Contains("is before its first day"));
    s.last_day.reset();
    s.stop_before_close = 13h;
    CHECK_THAT(validate(s).error().message, Catch::Contains("between 0 and 12 hours"));
    s.stop_before_close = 0min;
    s.calling_hours.weekly[1] = {{600, 500}};
    CHECK_FALSE(validate(s));
    CHECK(schedule_reason_from_string(to_string(ScheduleReason::closing_soon)) == ScheduleReason::closing_soon);
}
