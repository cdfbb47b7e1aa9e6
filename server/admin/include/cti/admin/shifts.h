#pragma once
// Shifts (班次) and who works them: which shift a person is on at a given local time. Pure.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace cti::admin {

struct Shift {
    std::string name;
    int start_minute = 0;  // after local midnight
    int end_minute = 0;    // before start_minute: the shift ends on the next day (night shift)
};

struct ShiftMember {
    std::string login;
    std::string shift;
    std::vector<std::chrono::weekday> weekdays;  // the days the shift starts on
    std::optional<std::chrono::year_month_day> from;   // inclusive; empty: open-ended
    std::optional<std::chrono::year_month_day> until;  // inclusive
};

struct OnDuty {
    std::string login;
    std::string shift;
    std::chrono::year_month_day started_on;  // the local date the shift began (yesterday for a night shift after midnight)
};

// Who is on a shift at local time `date` + `minute`. A shift counts from its start (inclusive)
// to its end (exclusive); a night shift that began yesterday counts until its end this morning,
// and only if yesterday was one of the member's days and within the member's dates.
std::vector<OnDuty> on_duty(const std::vector<Shift>& shifts, const std::vector<ShiftMember>& members,
                            std::chrono::year_month_day date, int minute);

}  // namespace cti::admin
