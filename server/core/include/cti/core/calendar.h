#pragma once
// The business calendar: weekly opening hours, holidays and Chinese make-up working days (调休).
// Used wherever a time matters: IVR business-hours conditions, queues, work-order deadlines.
//
// Pure data and pure functions, no I/O and no clock of its own: every function takes the time.
// The time zone is a fixed UTC offset (China: +08:00). There is no daylight saving time: a
// calendar for a zone with DST needs one calendar per season (not needed for China).
//
// How a local date is resolved, first match wins:
//   1. a make-up day (调休) on that date: open with its own hours, or the hours of `hours_of`;
//   2. a holiday covering that date: closed all day;
//   3. otherwise the weekly hours of its weekday (no entry: closed).
//
// JSON form (what the admin and the protocol use; `calendar_to_json` writes the same):
//   {
//     "name": "95598",
//     "utc_offset": "+08:00",
//     "weekly": { "mon": ["08:30-12:00", "13:30-17:30"], "tue": [...], ..., "sun": [] },
//     "holidays": [ { "date": "2026-01-01", "name": "元旦" },
//                   { "from": "2026-02-15", "to": "2026-02-23", "name": "春节" } ],
//     "makeup_days": [ { "date": "2026-02-14", "as": "mon", "name": "春节调休" },
//                      { "date": "2026-02-28", "hours": ["09:00-12:00"] } ]
//   }
// Intervals are "HH:MM-HH:MM", half-open [begin, end), end up to "24:00"; a weekday left out
// is closed. Open periods that touch across midnight ("…-24:00" then "00:00-…") are one period.
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"

namespace cti {

using WallTime = std::chrono::system_clock::time_point;

// [begin, end) in minutes after local midnight; 0 <= begin < end <= 1440.
struct DayInterval {
    int begin_minute = 0;
    int end_minute = 0;
    friend bool operator==(const DayInterval&, const DayInterval&) = default;
};

// Closed on every date from `first` to `last` inclusive.
struct Holiday {
    std::chrono::year_month_day first;
    std::chrono::year_month_day last;
    std::string name;
};

// A Saturday or Sunday that is a working day (调休). Its hours are `hours` when not empty,
// otherwise the weekly hours of `hours_of` (Monday when neither is given).
struct MakeupDay {
    std::chrono::year_month_day date;
    std::optional<std::chrono::weekday> hours_of;
    std::vector<DayInterval> hours;
    std::string name;
};

struct BusinessCalendar {
    std::string name;
    std::chrono::minutes utc_offset{8 * 60};
    // Indexed by weekday().c_encoding(): 0 = Sunday … 6 = Saturday. Sorted, not overlapping.
    std::array<std::vector<DayInterval>, 7> weekly;
    std::vector<Holiday> holidays;
    std::vector<MakeupDay> makeup_days;
};

// The open hours of a local date after applying make-up days and holidays.
std::vector<DayInterval> hours_on(const BusinessCalendar& cal, std::chrono::year_month_day date);
// The local date of an instant in the calendar's time zone.
std::chrono::year_month_day local_date(const BusinessCalendar& cal, WallTime t);
// True when the local date of t is inside a holiday (whatever the make-up days say).
bool is_holiday(const BusinessCalendar& cal, WallTime t);

bool is_open(const BusinessCalendar& cal, WallTime t);
// t itself when open at t; otherwise the start of the next open period. Empty when the calendar
// has no open time in the next 400 days.
std::optional<WallTime> next_open(const BusinessCalendar& cal, WallTime t);
// The end of the open period containing t, or of the next one when closed at t. Empty when no
// closing comes within 400 days (a 7×24 calendar) or there is no open time at all.
std::optional<WallTime> next_close(const BusinessCalendar& cal, WallTime t);
// The instant at which `amount` of business time has passed since `start` (a deadline such as
// "2 working hours"). A deadline that fills a period exactly ends at its closing time. amount
// <= 0 gives start. Fails when the calendar runs out of open time (none in 400 days).
Result<WallTime> add_business_time(const BusinessCalendar& cal, WallTime start,
                                   std::chrono::seconds amount);
// Business time in [a, b); negative when b < a.
std::chrono::seconds business_time_between(const BusinessCalendar& cal, WallTime a, WallTime b);

// Checks the rules below and returns every problem in one message ("; " separated): intervals
// inside 00:00–24:00 with begin < end and not overlapping, holidays with first <= last, make-up
// days on a Saturday or Sunday and not inside a holiday, no date listed twice, offset within
// ±14:00.
Result<> validate(const BusinessCalendar& cal);

Result<BusinessCalendar> calendar_from_json(std::string_view json);
std::string calendar_to_json(const BusinessCalendar& cal);

// "08:30-12:00" <-> DayInterval; "+08:00" <-> offset; "2026-02-14" <-> date.
Result<DayInterval> parse_interval(std::string_view text);
std::string format_interval(const DayInterval& interval);
Result<std::chrono::year_month_day> parse_date(std::string_view text);
std::string format_date(std::chrono::year_month_day date);

}  // namespace cti
