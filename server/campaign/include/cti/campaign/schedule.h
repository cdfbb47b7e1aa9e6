#pragma once
// When a campaign may dial: its calling hours are a business calendar (cti/core/calendar.h:
// weekly hours, holidays, make-up working days 调休), limited to the campaign's first and last
// day, and no new call starts in the last minutes before the hours end (a call placed at 19:59
// would reach the customer after 20:00). Pure: every function takes the time.
#include <chrono>
#include <optional>
#include <string_view>

#include "cti/core/calendar.h"
#include "cti/core/error.h"

namespace cti::campaign {

struct CampaignSchedule {
    BusinessCalendar calling_hours;
    // Local dates in the calendar's time zone, inclusive; empty = no limit.
    std::optional<std::chrono::year_month_day> first_day;
    std::optional<std::chrono::year_month_day> last_day;
    // No call starts when the calling hours end within this time.
    std::chrono::minutes stop_before_close{0};
};

// Why dialling is not allowed now (`open` when it is).
enum class ScheduleReason {
    open,
    not_started,    // before first_day
    ended,          // after last_day
    holiday,        // a holiday of the calendar
    closed_today,   // no calling hours on this date (a weekend that is not a make-up day)
    outside_hours,  // a calling day, but not within its hours
    closing_soon,   // within stop_before_close of the end of the hours
};
std::string_view to_string(ScheduleReason v) noexcept;
std::optional<ScheduleReason> schedule_reason_from_string(std::string_view s) noexcept;

struct ScheduleCheck {
    bool may_dial = false;
    ScheduleReason reason = ScheduleReason::open;
    // When dialling is allowed next (`now` when it is now); empty when never again (after the
    // last day, or the calendar has no calling hours within 400 days).
    std::optional<WallTime> next_allowed;
};

ScheduleCheck check_schedule(const CampaignSchedule& schedule, WallTime now);

inline bool may_dial(const CampaignSchedule& schedule, WallTime now) {
    return check_schedule(schedule, now).may_dial;
}

// The calendar's own rules (validate(BusinessCalendar)), first_day <= last_day, and a
// stop_before_close between 0 and 12 hours.
Result<void> validate(const CampaignSchedule& schedule);

}  // namespace cti::campaign
