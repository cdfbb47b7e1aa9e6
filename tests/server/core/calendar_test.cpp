// The business calendar with the 2026 Chinese public holidays and make-up working days (调休):
// opening boundaries, holidays, make-up Saturdays and Sundays, deadlines counted in business time,
// parsing and the validation messages.
#include <catch2/catch.hpp>

#include "cti/core/calendar.h"

using namespace cti;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// The 2026 arrangement as published by the State Council (the calendar is data; these are the
// facts the tests rely on). 2026-01-01 is a Thursday.
//   元旦   01-01 … 01-03 off, Sunday 01-04 worked
//   春节   02-15 (Sun) … 02-23 (Mon) off, Saturdays 02-14 and 02-28 worked
//   清明   04-04 … 04-06 off
//   劳动节 05-01 … 05-05 off, Saturday 05-09 worked
//   端午   06-19 … 06-21 off
//   中秋   09-25 … 09-27 off; 国庆 10-01 … 10-07 off, Sunday 09-20 and Saturday 10-10 worked
// Office hours Monday to Friday 08:30-12:00 and 13:30-17:30 (7.5 hours a day).
constexpr const char* china_2026 = R"({
  "name": "95598 back office",
  "utc_offset": "+08:00",
  "weekly": {
    "mon": ["08:30-12:00", "13:30-17:30"], "tue": ["08:30-12:00", "13:30-17:30"],
    "wed": ["08:30-12:00", "13:30-17:30"], "thu": ["08:30-12:00", "13:30-17:30"],
    "fri": ["08:30-12:00", "13:30-17:30"]
  },
  "holidays": [
    {"from": "2026-01-01", "to": "2026-01-03", "name": "元旦"},
    {"from": "2026-02-15", "to": "2026-02-23", "name": "春节"},
    {"from": "2026-04-04", "to": "2026-04-06", "name": "清明节"},
    {"from": "2026-05-01", "to": "2026-05-05", "name": "劳动节"},
    {"from": "2026-06-19", "to": "2026-06-21", "name": "端午节"},
    {"from": "2026-09-25", "to": "2026-09-27", "name": "中秋节"},
    {"from": "2026-10-01", "to": "2026-10-07", "name": "国庆节"}
  ],
  "makeup_days": [
    {"date": "2026-01-04", "as": "fri", "name": "元旦调休"},
    {"date": "2026-02-14", "as": "mon", "name": "春节调休"},
    {"date": "2026-02-28", "as": "mon", "name": "春节调休"},
    {"date": "2026-05-09", "as": "tue", "name": "劳动节调休"},
    {"date": "2026-09-20", "as": "mon", "name": "国庆调休"},
    {"date": "2026-10-10", "as": "mon", "name": "国庆调休"}
  ]
})";

BusinessCalendar china() {
    auto c = calendar_from_json(china_2026);
    INFO((c ? std::string() : c.error().message));
    REQUIRE(c);
    return *c;
}

// Beijing local time as an instant.
WallTime bj(int y, unsigned mo, unsigned d, int h, int mi = 0, int s = 0) {
    return WallTime{sys_days{year{y} / mo / d}} + hours(h) + minutes(mi) + seconds(s) - 8h;
}

std::string problems(std::string_view json) {
    auto c = calendar_from_json(json);
    REQUIRE_FALSE(c);
    CHECK(c.error().code == Errc::invalid_argument);
    return c.error().message;
}

}  // namespace

TEST_CASE("opening boundaries: open at the opening minute, closed at the closing minute") {
    auto cal = china();
    // Tuesday 2026-03-03.
    CHECK_FALSE(is_open(cal, bj(2026, 3, 3, 8, 29, 59)));
    CHECK(is_open(cal, bj(2026, 3, 3, 8, 30)));
    CHECK(is_open(cal, bj(2026, 3, 3, 11, 59, 59)));
    CHECK_FALSE(is_open(cal, bj(2026, 3, 3, 12, 0)));
    CHECK(is_open(cal, bj(2026, 3, 3, 13, 30)));
    CHECK_FALSE(is_open(cal, bj(2026, 3, 3, 17, 30)));

    CHECK(next_open(cal, bj(2026, 3, 3, 8, 30)) == bj(2026, 3, 3, 8, 30));
    CHECK(next_open(cal, bj(2026, 3, 3, 12, 0)) == bj(2026, 3, 3, 13, 30));
    CHECK(next_open(cal, bj(2026, 3, 3, 17, 30)) == bj(2026, 3, 4, 8, 30));
    CHECK(next_close(cal, bj(2026, 3, 3, 8, 30)) == bj(2026, 3, 3, 12, 0));
    CHECK(next_close(cal, bj(2026, 3, 3, 7, 0)) == bj(2026, 3, 3, 12, 0));
    CHECK(next_close(cal, bj(2026, 3, 3, 12, 0)) == bj(2026, 3, 3, 17, 30));
    // Friday evening: next opening is Monday.
    CHECK(next_open(cal, bj(2026, 3, 6, 18, 0)) == bj(2026, 3, 9, 8, 30));
}

TEST_CASE("the time zone is a fixed offset: 00:30 UTC is 08:30 in Beijing") {
    auto cal = china();
    WallTime utc_0030 = WallTime{sys_days{2026y / 3 / 3}} + 30min;
    CHECK(is_open(cal, utc_0030));
    CHECK_FALSE(is_open(cal, utc_0030 - 1s));
    CHECK(local_date(cal, WallTime{sys_days{2026y / 3 / 3}} + 16h) == 2026y / 3 / 4);
}

TEST_CASE("holidays are closed, make-up Saturdays and Sundays are open") {
    auto cal = china();
    CHECK(is_open(cal, bj(2026, 1, 4, 9, 0)));          // Sunday worked after 元旦
    CHECK_FALSE(is_open(cal, bj(2026, 1, 2, 9, 0)));    // Friday inside 元旦
    CHECK(is_open(cal, bj(2026, 2, 14, 10, 0)));        // Saturday worked before 春节
    CHECK_FALSE(is_open(cal, bj(2026, 2, 14, 12, 30))); // its lunch break
    CHECK_FALSE(is_open(cal, bj(2026, 2, 16, 10, 0)));  // Monday inside 春节
    CHECK_FALSE(is_open(cal, bj(2026, 2, 23, 10, 0)));  // last day of 春节, a Monday
    CHECK(is_open(cal, bj(2026, 2, 24, 10, 0)));
    CHECK(is_open(cal, bj(2026, 9, 20, 16, 0)));        // Sunday worked before 国庆
    CHECK_FALSE(is_open(cal, bj(2026, 3, 7, 10, 0)));   // an ordinary Saturday
    CHECK(is_holiday(cal, bj(2026, 10, 5, 10, 0)));
    CHECK_FALSE(is_holiday(cal, bj(2026, 10, 10, 10, 0)));
    CHECK(hours_on(cal, 2026y / 2 / 14) == hours_on(cal, 2026y / 3 / 2));
    CHECK(hours_on(cal, 2026y / 10 / 1).empty());
}

TEST_CASE("deadlines count business time only, across the Spring Festival") {
    auto cal = china();
    // Friday 02-13 16:30 + 2 working hours: one hour on Friday, one on the make-up Saturday.
    CHECK(add_business_time(cal, bj(2026, 2, 13, 16, 30), 2h) == bj(2026, 2, 14, 9, 30));
    // Saturday 02-14 17:00 + 2 h: half an hour, then nine days of holiday, then Tuesday 02-24.
    CHECK(add_business_time(cal, bj(2026, 2, 14, 17, 0), 2h) == bj(2026, 2, 24, 10, 0));
    // Crossing lunch.
    CHECK(add_business_time(cal, bj(2026, 3, 3, 11, 0), 2h) == bj(2026, 3, 3, 14, 30));
    // A deadline that fills the afternoon ends at the closing time, not the next morning.
    CHECK(add_business_time(cal, bj(2026, 3, 3, 15, 30), 2h) == bj(2026, 3, 3, 17, 30));
    // Started while closed: the clock starts at the next opening.
    CHECK(add_business_time(cal, bj(2026, 3, 7, 10, 0), 1h) == bj(2026, 3, 9, 9, 30));
    // Three working days (22.5 h) from National Day eve: 10-08, 10-09 and make-up Saturday 10-10.
    CHECK(add_business_time(cal, bj(2026, 9, 30, 17, 30), 22h + 30min) == bj(2026, 10, 10, 17, 30));
    CHECK(add_business_time(cal, bj(2026, 3, 3, 3, 0), 0s) == bj(2026, 3, 3, 3, 0));
}

TEST_CASE("business time between two instants") {
    auto cal = china();
    // Friday 02-13 and Saturday 02-14 (make-up) are worked; 02-15 … 02-23 are not.
    CHECK(business_time_between(cal, bj(2026, 2, 13, 0, 0), bj(2026, 2, 24, 0, 0)) == 15h);
    CHECK(business_time_between(cal, bj(2026, 3, 3, 11, 0), bj(2026, 3, 3, 14, 0)) == 90min);
    CHECK(business_time_between(cal, bj(2026, 3, 3, 14, 0), bj(2026, 3, 3, 11, 0)) == -90min);
    CHECK(business_time_between(cal, bj(2026, 3, 7, 0, 0), bj(2026, 3, 8, 23, 0)) == 0s);
    auto start = bj(2026, 2, 13, 16, 30);
    auto due = add_business_time(cal, start, 5h);
    REQUIRE(due);
    CHECK(business_time_between(cal, start, *due) == 5h);
}

TEST_CASE("periods touching at midnight are one period, 7x24 never closes") {
    auto night = calendar_from_json(R"({"weekly": {"fri": ["20:00-24:00"],
                                                   "sat": ["00:00-02:00", "09:00-10:00"]}})");
    REQUIRE(night);
    CHECK(next_close(*night, bj(2026, 3, 6, 21, 0)) == bj(2026, 3, 7, 2, 0));
    CHECK(is_open(*night, bj(2026, 3, 7, 0, 0)));

    auto always = calendar_from_json(R"({"weekly": {"mon": ["00:00-24:00"], "tue": ["00:00-24:00"],
        "wed": ["00:00-24:00"], "thu": ["00:00-24:00"], "fri": ["00:00-24:00"],
        "sat": ["00:00-24:00"], "sun": ["00:00-24:00"]}})");
    REQUIRE(always);
    CHECK(is_open(*always, bj(2026, 2, 16, 3, 0)));
    CHECK_FALSE(next_close(*always, bj(2026, 2, 16, 3, 0)).has_value());
}

TEST_CASE("a calendar without open time gives no next opening and no deadline") {
    auto closed = calendar_from_json(R"({"name": "empty"})");
    REQUIRE(closed);
    CHECK_FALSE(next_open(*closed, bj(2026, 3, 3, 9, 0)).has_value());
    auto due = add_business_time(*closed, bj(2026, 3, 3, 9, 0), 1h);
    REQUIRE_FALSE(due);
    CHECK(due.error().message.find("no open time") != std::string::npos);
}

TEST_CASE("JSON round trip keeps the calendar") {
    auto cal = china();
    auto again = calendar_from_json(calendar_to_json(cal));
    REQUIRE(again);
    CHECK(again->name == cal.name);
    CHECK(again->utc_offset == 8h);
    CHECK(again->weekly == cal.weekly);
    CHECK(again->holidays.size() == 7);
    CHECK(again->makeup_days.size() == 6);
    CHECK(again->makeup_days[1].hours_of == Monday);
    for (auto t : {bj(2026, 2, 14, 9, 0), bj(2026, 2, 16, 9, 0), bj(2026, 1, 4, 17, 0)}) {
        CHECK(is_open(*again, t) == is_open(cal, t));
    }
}

TEST_CASE("validation says what to fix") {
    CHECK(problems(R"({"weekly": {"mon": ["08:30-12:00", "11:00-17:30"]}})")
              .find("overlap") != std::string::npos);
    CHECK(problems(R"({"weekly": {"mon": ["08:30-25:00"]}})").find("'25:00'") !=
          std::string::npos);
    CHECK(problems(R"({"weekly": {"mon": ["12:00-08:30"]}})").find("must start before it ends") !=
          std::string::npos);
    CHECK(problems(R"({"weekly": {"mon": ["8.30-12"]}})").find("HH:MM-HH:MM") !=
          std::string::npos);
    CHECK(problems(R"({"weekly": {"monday": []}})").find("not a weekday") != std::string::npos);
    // 2026-02-13 is a Friday.
    auto friday = problems(R"({"weekly": {"mon": ["08:30-17:30"]},
                              "makeup_days": [{"date": "2026-02-13", "as": "mon"}]})");
    CHECK(friday.find("2026-02-13 (fri) is not a Saturday or Sunday") != std::string::npos);
    CHECK(problems(R"({"holidays": [{"from": "2026-02-23", "to": "2026-02-15", "name": "春节"}]})")
              .find("ends (2026-02-15) before it starts") != std::string::npos);
    CHECK(problems(R"({"weekly": {"mon": ["08:30-17:30"]},
                      "holidays": [{"from": "2026-02-14", "to": "2026-02-16"}],
                      "makeup_days": [{"date": "2026-02-14"}]})")
              .find("inside a holiday") != std::string::npos);
    CHECK(problems(R"({"holidays": [{"date": "2026-02-30"}]})").find("YYYY-MM-DD") !=
          std::string::npos);
    CHECK(problems(R"({"utc_offset": "8"})").find("+08:00") != std::string::npos);
    CHECK(problems(R"({"weekly": [1, 2]})").find("weekly must be an object") != std::string::npos);
    CHECK(problems("{not json").find("not valid JSON") != std::string::npos);
    // Every problem is reported at once.
    auto both = problems(R"({"weekly": {"mon": ["08:30-12:00", "11:00-17:30"],
                                        "tue": ["09:00-12:00", "10:00-11:00"]}})");
    CHECK(both.find("weekly.mon") != std::string::npos);
    CHECK(both.find("weekly.tue") != std::string::npos);
}
