// The campaign's calling-hours check over the business calendar of cti_core.
#include "cti/campaign/schedule.h"

namespace cti::campaign {
namespace chr = std::chrono;

namespace {

WallTime local_midnight(const BusinessCalendar& cal, chr::year_month_day d) {
    return WallTime{chr::sys_days{d}} - cal.utc_offset;
}

// The first instant at or after t when a call may start: inside the calling hours, within the
// campaign's days, and not within stop_before_close of the period's end.
std::optional<WallTime> next_allowed(const CampaignSchedule& s, WallTime t) {
    const auto& cal = s.calling_hours;
    // Each round moves t to a later period; 1,000 periods is far beyond the calendar's own
    // 400-day horizon for any real calendar.
    for (int round = 0; round < 1000; ++round) {
        if (s.first_day && local_date(cal, t) < *s.first_day) t = local_midnight(cal, *s.first_day);
        auto open = next_open(cal, t);
        if (!open) return std::nullopt;
        t = *open;
        if (s.last_day && local_date(cal, t) > *s.last_day) return std::nullopt;
        if (s.first_day && local_date(cal, t) < *s.first_day) continue;
        if (s.stop_before_close > chr::minutes(0)) {
            auto close = next_close(cal, t);
            if (close && *close - t < s.stop_before_close) {
                t = *close;
                continue;
            }
        }
        return t;
    }
    return std::nullopt;
}

}  // namespace

ScheduleCheck check_schedule(const CampaignSchedule& s, WallTime now) {
    const auto& cal = s.calling_hours;
    const auto date = local_date(cal, now);
    ScheduleCheck c;
    if (s.first_day && date < *s.first_day) {
        c.reason = ScheduleReason::not_started;
    } else if (s.last_day && date > *s.last_day) {
        c.reason = ScheduleReason::ended;
        return c;  // never again
    } else if (is_holiday(cal, now)) {
        c.reason = ScheduleReason::holiday;
    } else if (hours_on(cal, date).empty()) {
        c.reason = ScheduleReason::closed_today;
    } else if (!is_open(cal, now)) {
        c.reason = ScheduleReason::outside_hours;
    } else if (auto close = next_close(cal, now);
               s.stop_before_close > chr::minutes(0) && close && *close - now < s.stop_before_close) {
        c.reason = ScheduleReason::closing_soon;
    } else {
        c.may_dial = true;
        c.reason = ScheduleReason::open;
        c.next_allowed = now;
        return c;
    }
    c.next_allowed = next_allowed(s, now);
    return c;
}

Result<void> validate(const CampaignSchedule& s) {
    if (auto ok = validate(s.calling_hours); !ok) return ok;
    if (s.first_day && s.last_day && *s.last_day < *s.first_day) {
        return fail(Errc::invalid_argument,
                    "the campaign's last day " + format_date(*s.last_day) + " is before its first day " +
                        format_date(*s.first_day) + "; swap or correct them");
    }
    if (s.stop_before_close < chr::minutes(0) || s.stop_before_close > chr::hours(12)) {
        return fail(Errc::invalid_argument,
                    "stop_before_close must be between 0 and 12 hours (minutes before the calling "
                    "hours end when no new call starts)");
    }
    return {};
}

}  // namespace cti::campaign
