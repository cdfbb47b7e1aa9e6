// Record selection and the combined dialling plan.
#include "cti/campaign/dialer.h"

#include <algorithm>

namespace cti::campaign {

std::optional<std::size_t> next_record(std::span<const Record> records, WallTime now) {
    std::optional<std::size_t> callback, retry, pending;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Record& r = records[i];
        if (!dialable(r, now)) continue;
        if (r.state == RecordState::pending) {
            if (!pending) pending = i;
        } else if (r.callback) {
            if (!callback || r.due < records[*callback].due) callback = i;
        } else if (!retry || r.due < records[*retry].due) {
            retry = i;
        }
    }
    if (callback) return callback;
    if (retry) return retry;
    return pending;
}

std::size_t dialable_count(std::span<const Record> records, WallTime now) {
    return static_cast<std::size_t>(
        std::ranges::count_if(records, [&](const Record& r) { return dialable(r, now); }));
}

std::optional<WallTime> next_due(std::span<const Record> records, WallTime now) {
    std::optional<WallTime> due;
    for (const Record& r : records)
        if (r.state == RecordState::retry_wait && r.due > now && (!due || r.due < *due)) due = r.due;
    return due;
}

bool finished(std::span<const Record> records) {
    return std::ranges::none_of(records, [](const Record& r) {
        return r.state == RecordState::pending || r.state == RecordState::dialing ||
               r.state == RecordState::retry_wait;
    });
}

DialPlan plan_dialing(const CampaignSchedule& schedule, std::span<const Record> records,
                      const PacingInput& in, const PacingState& pacing, WallTime now) {
    DialPlan plan;
    plan.schedule = check_schedule(schedule, now);
    if (!plan.schedule.may_dial) return plan;
    plan.records_dialable = dialable_count(records, now);
    plan.pacing = decide_pacing(pacing.mode, in, pacing.stats, pacing.window, pacing.controller,
                                pacing.config);
    plan.calls = static_cast<int>(
        std::min<std::size_t>(static_cast<std::size_t>(std::max(plan.pacing.calls, 0)),
                              plan.records_dialable));
    return plan;
}

}  // namespace cti::campaign
