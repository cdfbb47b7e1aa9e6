#pragma once
// Putting the parts together: which record to dial next and how many calls to place now, given
// the campaign's schedule, its records and the pacing decision. Pure; the server calls
// plan_dialing after every event that changes the inputs (an agent freed, a call answered or
// ended, a retry due, the hours opening) and places `calls` calls, taking a record with
// next_record (and transition(dial)) for each.
#include <cstddef>
#include <optional>
#include <span>

#include "cti/campaign/pacing.h"
#include "cti/campaign/record.h"
#include "cti/campaign/schedule.h"

namespace cti::campaign {

// The record to dial next: the callback due earliest (a promise to a person), then the retry
// due earliest, then the first pending record in list order. Empty when none is dialable.
// A linear scan: 100,000 records take well under a millisecond.
std::optional<std::size_t> next_record(std::span<const Record> records, WallTime now);
// Dialable records now.
std::size_t dialable_count(std::span<const Record> records, WallTime now);
// The earliest due time of a record in retry_wait that is not due at `now` (arm a timer).
std::optional<WallTime> next_due(std::span<const Record> records, WallTime now);
// True when no record can ever be dialled again (all done, exhausted or do-not-call).
bool finished(std::span<const Record> records);

struct DialPlan {
    int calls = 0;
    ScheduleCheck schedule;  // may_dial false: no call, whatever the pacing says
    PacingDecision pacing;   // computed only when the schedule allows dialling
    std::size_t records_dialable = 0;
};

struct PacingState {
    PacingMode mode = PacingMode::progressive;
    PacingConfig config;
    DialStats stats;
    AbandonStatus window;
    AbandonController controller;
};

// calls = 0 outside the schedule; otherwise the pacing decision, bounded by the records
// dialable now (preview requests included: no record, nothing to hand out).
DialPlan plan_dialing(const CampaignSchedule& schedule, std::span<const Record> records,
                      const PacingInput& in, const PacingState& pacing, WallTime now);

}  // namespace cti::campaign
