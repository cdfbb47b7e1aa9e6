#pragma once
// A call-list record and the one state machine that changes it.
//
//   pending ──dial──▶ dialing ──outcome──▶ retry_wait ──(due)──dial──▶ dialing ...
//                        │  └──release──▶ pending / retry_wait (the call was never placed)
//                        └──outcome──▶ done (answered) | exhausted (out of attempts)
//   callback(at): pending, retry_wait, done, exhausted ──▶ retry_wait, due at `at`
//   reopen: done, exhausted ──▶ pending          do_not_call: any state ──▶ do_not_call
//
// After an outcome the rule of that outcome decides: while the record has had fewer attempts
// than the rule's max_attempts it waits `retry_after` in retry_wait, then it is final. So with
// busy {5, 2 min} a number that is always busy is tried 5 times, 2 minutes apart. A busy or
// unanswered record goes to retry_wait at once and the dialer takes the next record: nothing
// waits for the retry.
//
// `transition()` is pure: it returns the changed record and the event to persist (reports are
// computed from them), or an error whose message says what to do; the record is then unchanged.
// Times are wall-clock (retries span hours and days and meet the calling hours of schedule.h).
#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "cti/campaign/ids.h"
#include "cti/core/calendar.h"
#include "cti/core/error.h"
#include "cti/core/ids.h"

namespace cti::campaign {

enum class RecordState { pending, dialing, retry_wait, done, exhausted, do_not_call };

// How a call attempt ended. `answered` is a live person (an agent or the IVR took the call);
// `abandoned` is a live person the dialer hung up on because no agent was free in time;
// `failed` is a network or number error (SIP 4xx/5xx other than busy, no route).
enum class CallOutcome { answered, busy, no_answer, failed, answering_machine, abandoned };
inline constexpr std::size_t call_outcome_count = 6;

enum class RecordTrigger {
    dial,         // the dialer (or a preview agent) takes the record; the call is placed
    outcome,      // the call ended with an outcome
    release,      // the record was taken but no call was placed (preview skipped, no line)
    callback,     // someone asked for a call at a given time
    do_not_call,  // the person asked not to be called, or the number joined the list
    reopen,       // an administrator puts a finished record back in the list
};

std::string_view to_string(RecordState v) noexcept;
std::string_view to_string(CallOutcome v) noexcept;
std::string_view to_string(RecordTrigger v) noexcept;
std::optional<RecordState> record_state_from_string(std::string_view s) noexcept;
std::optional<CallOutcome> call_outcome_from_string(std::string_view s) noexcept;
std::optional<RecordTrigger> record_trigger_from_string(std::string_view s) noexcept;

struct RetryRule {
    int max_attempts = 1;               // attempts in all, this one included; 1 = never retry
    std::chrono::seconds retry_after{0};
};

struct RetryRules {
    // Indexed by CallOutcome. Defaults: answered once; busy 5 × 2 min; no answer 4 × 30 min;
    // failed 3 × 10 min; answering machine 3 × 2 h; abandoned 3 × 1 h (abandoned people get a
    // later call, not an immediate one).
    std::array<RetryRule, call_outcome_count> by_outcome{{{1, std::chrono::seconds(0)},
                                                          {5, std::chrono::minutes(2)},
                                                          {4, std::chrono::minutes(30)},
                                                          {3, std::chrono::minutes(10)},
                                                          {3, std::chrono::hours(2)},
                                                          {3, std::chrono::hours(1)}}};
    const RetryRule& operator[](CallOutcome o) const { return by_outcome[static_cast<std::size_t>(o)]; }
    RetryRule& operator[](CallOutcome o) { return by_outcome[static_cast<std::size_t>(o)]; }
};

// max_attempts 1..20, retry_after 0..30 days, and a retry_after for every rule that retries.
Result<void> validate(const RetryRules& rules);

struct Record {
    RecordId id;
    std::string phone;  // normalized
    RecordState state = RecordState::pending;
    int attempts = 0;        // attempts with an outcome since the list was loaded, reopened or
                             // a callback was asked for: what max_attempts counts
    int total_attempts = 0;  // every attempt with an outcome, for reports
    std::optional<CallOutcome> last_outcome;
    WallTime due{};          // retry_wait: not dialled before this
    bool callback = false;   // a person asked for a call at `due` (until that call's outcome)
    CallId call;             // dialing: the call placed (0 while a preview agent reads it)
};

// A record the dialer may take now: pending, or retry_wait and due.
bool dialable(const Record& r, WallTime now) noexcept;

struct RecordInput {
    RecordTrigger trigger = RecordTrigger::dial;
    CallOutcome outcome = CallOutcome::answered;  // outcome
    CallId call;                                  // dial (0 allowed: preview)
    WallTime at{};                                // callback: when to call
};

// One persisted record per change.
struct RecordEvent {
    RecordId record;
    RecordTrigger trigger = RecordTrigger::dial;
    RecordState from = RecordState::pending;
    RecordState to = RecordState::pending;
    std::optional<CallOutcome> outcome;  // outcome events
    int attempts = 0;                    // after the change
    WallTime due{};                      // retry_wait: the time of the next attempt
    CallId call;
    WallTime at{};
};

struct RecordChange {
    Record record;
    RecordEvent event;
};

// The state machine. Illegal changes return Errc::invalid_argument (the record is unchanged);
// e.g. dialling a record whose retry is not due says when it is.
Result<RecordChange> transition(const Record& record, const RecordInput& input,
                                const RetryRules& rules, WallTime now);

}  // namespace cti::campaign
