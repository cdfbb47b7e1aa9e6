// The record state machine: one function per trigger, each checking the current state and
// refusing illegal changes with a message saying what to do instead.
#include "cti/campaign/record.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace cti::campaign {
namespace {

std::unexpected<Error> refuse(std::string message) {
    return fail(Errc::invalid_argument, std::move(message));
}

// Local time for messages; the calendar's zone is not known here, so UTC is written out.
std::string stamp(WallTime t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::seconds>(t - day)};
    const std::chrono::year_month_day ymd{day};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d UTC", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()));
    return buf;
}

std::string not_in(RecordState s) {
    switch (s) {
        case RecordState::dialing:
            return "the record is being dialled; wait for the call's outcome";
        case RecordState::done:
            return "the record is done (the person was reached); reopen it to call again";
        case RecordState::exhausted:
            return "the record has used all its attempts; reopen it to call again";
        case RecordState::do_not_call:
            return "the number is on the do-not-call list; it may not be called";
        default:
            return "the record is " + std::string(to_string(s));
    }
}

Result<void> dial(Record& r, const RecordInput& in, WallTime now) {
    if (r.state == RecordState::retry_wait && r.due > now) {
        return refuse("the record's next attempt is not due before " + stamp(r.due) +
                      "; take another record");
    }
    if (r.state != RecordState::pending && r.state != RecordState::retry_wait)
        return refuse("cannot dial: " + not_in(r.state));
    r.state = RecordState::dialing;
    r.call = in.call;
    return {};
}

Result<void> outcome(Record& r, const RecordInput& in, const RetryRules& rules, WallTime now) {
    // The person asked not to be called during the call: the attempt still counts for reports,
    // the record stays where it is.
    const bool keep_state = r.state == RecordState::do_not_call;
    if (r.state != RecordState::dialing && !keep_state)
        return refuse("no call is in progress for this record (it is " +
                      std::string(to_string(r.state)) + "); report outcomes of dialled records only");
    ++r.attempts;
    ++r.total_attempts;
    r.last_outcome = in.outcome;
    r.call = CallId{};
    r.callback = false;
    if (keep_state) return {};
    const RetryRule& rule = rules[in.outcome];
    if (r.attempts < rule.max_attempts) {
        r.state = RecordState::retry_wait;
        r.due = now + rule.retry_after;
    } else {
        r.state = in.outcome == CallOutcome::answered ? RecordState::done : RecordState::exhausted;
    }
    return {};
}

Result<void> release(Record& r, WallTime now) {
    if (r.state != RecordState::dialing)
        return refuse("the record is not taken for dialling (it is " +
                      std::string(to_string(r.state)) + "); nothing to release");
    // Back where it came from, with its due time (already reached) and callback mark, so it keeps
    // its place in the dialling order: no attempt was made.
    r.state = r.attempts == 0 && !r.callback ? RecordState::pending : RecordState::retry_wait;
    r.due = std::min(r.due, now);
    r.call = CallId{};
    return {};
}

Result<void> callback(Record& r, const RecordInput& in, WallTime now) {
    if (r.state == RecordState::dialing)
        return refuse("the call is still in progress; schedule the callback when it has ended");
    if (r.state == RecordState::do_not_call) return refuse("cannot schedule a callback: " + not_in(r.state));
    if (in.at < now) return refuse("the callback time " + stamp(in.at) + " has passed; choose a later time");
    r.state = RecordState::retry_wait;
    r.due = in.at;
    r.callback = true;
    r.attempts = 0;  // a callback is a new promise: the retry rules count from here
    return {};
}

Result<void> reopen(Record& r) {
    if (r.state != RecordState::done && r.state != RecordState::exhausted) {
        if (r.state == RecordState::do_not_call)
            return refuse("cannot reopen: " + not_in(r.state));
        return refuse("the record is " + std::string(to_string(r.state)) +
                      ", still in the list; only done or exhausted records are reopened");
    }
    r.state = RecordState::pending;
    r.attempts = 0;
    return {};
}

}  // namespace

bool dialable(const Record& r, WallTime now) noexcept {
    return r.state == RecordState::pending || (r.state == RecordState::retry_wait && r.due <= now);
}

Result<void> validate(const RetryRules& rules) {
    for (std::size_t i = 0; i < call_outcome_count; ++i) {
        const auto& rule = rules.by_outcome[i];
        const std::string name(to_string(static_cast<CallOutcome>(i)));
        if (rule.max_attempts < 1 || rule.max_attempts > 20)
            return fail(Errc::invalid_argument, "retry rule for " + name + ": max_attempts must be 1 to 20");
        if (rule.retry_after < std::chrono::seconds(0) || rule.retry_after > std::chrono::days(30))
            return fail(Errc::invalid_argument,
                        "retry rule for " + name + ": retry_after must be between 0 and 30 days");
        if (rule.max_attempts > 1 && rule.retry_after == std::chrono::seconds(0) &&
            static_cast<CallOutcome>(i) != CallOutcome::answered)
            return fail(Errc::invalid_argument,
                        "retry rule for " + name + ": set a retry_after (e.g. 2 minutes), or "
                        "max_attempts 1 for no retry; an immediate retry reaches the same state");
    }
    return {};
}

Result<RecordChange> transition(const Record& record, const RecordInput& in,
                                const RetryRules& rules, WallTime now) {
    Record r = record;
    Result<void> ok;
    switch (in.trigger) {
        case RecordTrigger::dial: ok = dial(r, in, now); break;
        case RecordTrigger::outcome: ok = outcome(r, in, rules, now); break;
        case RecordTrigger::release: ok = release(r, now); break;
        case RecordTrigger::callback: ok = callback(r, in, now); break;
        case RecordTrigger::do_not_call:
            if (r.state == RecordState::do_not_call) return refuse("the number is already on the do-not-call list");
            r.state = RecordState::do_not_call;
            r.callback = false;
            break;
        case RecordTrigger::reopen: ok = reopen(r); break;
    }
    if (!ok) return std::unexpected(ok.error());
    RecordEvent ev;
    ev.record = r.id;
    ev.trigger = in.trigger;
    ev.from = record.state;
    ev.to = r.state;
    if (in.trigger == RecordTrigger::outcome) ev.outcome = in.outcome;
    ev.attempts = r.attempts;
    ev.due = r.state == RecordState::retry_wait ? r.due : WallTime{};
    ev.call = in.trigger == RecordTrigger::outcome ? record.call : r.call;
    ev.at = now;
    return RecordChange{std::move(r), ev};
}

}  // namespace cti::campaign
