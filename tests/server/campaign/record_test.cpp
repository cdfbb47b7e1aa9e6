// The record state machine: retries per outcome, callbacks, do-not-call, release and reopen,
// and the refusals with what to do instead.
#include <catch2/catch.hpp>

#include "cti/campaign/record.h"

using namespace cti;
using namespace cti::campaign;
using namespace std::chrono_literals;

namespace {

const WallTime t0 = WallTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 2}} + 2h;

Record fresh() {
    Record r;
    r.id = RecordId{7};
    r.phone = "13800138000";
    return r;
}

RecordInput dial(int call = 1) { return {.trigger = RecordTrigger::dial, .call = CallId{call}}; }
RecordInput ended(CallOutcome o) { return {.trigger = RecordTrigger::outcome, .outcome = o}; }
RecordInput just(RecordTrigger t) { return {.trigger = t}; }
RecordInput callback_at(WallTime at) { return {.trigger = RecordTrigger::callback, .at = at}; }

// Applies the input or fails the test with the refusal's message.
Record apply(const Record& r, const RecordInput& in, WallTime now, const RetryRules& rules = {}) {
    auto c = transition(r, in, rules, now);
    INFO((c ? std::string() : c.error().message));
    REQUIRE(c);
    return c->record;
}

std::string refusal(const Record& r, const RecordInput& in, WallTime now, const RetryRules& rules = {}) {
    auto c = transition(r, in, rules, now);
    REQUIRE_FALSE(c);
    CHECK(c.error().code == Errc::invalid_argument);
    return c.error().message;
}

}  // namespace

TEST_CASE("busy goes to retry_wait at once and is retried by its rule until exhausted", "[campaign][record]") {
    RetryRules rules;
    rules[CallOutcome::busy] = {3, 2min};
    Record r = apply(fresh(), dial(), t0, rules);
    CHECK(r.state == RecordState::dialing);
    CHECK(r.call == CallId{1});

    auto c = transition(r, ended(CallOutcome::busy), rules, t0 + 5s);
    REQUIRE(c);
    r = c->record;
    CHECK(r.state == RecordState::retry_wait);
    CHECK(r.due == t0 + 5s + 2min);
    CHECK(r.attempts == 1);
    CHECK(r.last_outcome == CallOutcome::busy);
    CHECK(r.call == CallId{});
    CHECK_FALSE(dialable(r, t0 + 1min));
    CHECK(dialable(r, t0 + 5s + 2min));
    // The event to persist.
    CHECK(c->event.record == RecordId{7});
    CHECK(c->event.trigger == RecordTrigger::outcome);
    CHECK(c->event.from == RecordState::dialing);
    CHECK(c->event.to == RecordState::retry_wait);
    CHECK(c->event.outcome == CallOutcome::busy);
    CHECK(c->event.call == CallId{1});
    CHECK(c->event.due == r.due);
    CHECK(c->event.at == t0 + 5s);

    CHECK_THAT(refusal(r, dial(2), t0 + 1min, rules), Catch::Contains("not due before") &&
                                                           Catch::Contains("take another record"));
    r = apply(r, dial(2), t0 + 3min, rules);
    r = apply(r, ended(CallOutcome::busy), t0 + 3min, rules);
    CHECK(r.state == RecordState::retry_wait);
    r = apply(r, dial(3), t0 + 6min, rules);
    r = apply(r, ended(CallOutcome::busy), t0 + 6min, rules);
    CHECK(r.state == RecordState::exhausted);
    CHECK(r.attempts == 3);
    CHECK(r.total_attempts == 3);
    CHECK_THAT(refusal(r, dial(4), t0 + 1h, rules), Catch::Contains("used all its attempts; reopen it"));
}

TEST_CASE("the rule of the last outcome decides, counting every attempt", "[campaign][record]") {
    RetryRules rules;
    rules[CallOutcome::busy] = {5, 2min};
    rules[CallOutcome::no_answer] = {2, 30min};
    Record r = apply(fresh(), dial(), t0, rules);
    r = apply(r, ended(CallOutcome::busy), t0, rules);
    CHECK(r.state == RecordState::retry_wait);
    r = apply(r, dial(), t0 + 2min, rules);
    // The second attempt is not answered: no_answer allows 2 attempts in all, this is the 2nd.
    r = apply(r, ended(CallOutcome::no_answer), t0 + 3min, rules);
    CHECK(r.state == RecordState::exhausted);
    CHECK(r.last_outcome == CallOutcome::no_answer);
}

TEST_CASE("answered is done, a failed or machine-answered call waits its own time", "[campaign][record]") {
    const RetryRules rules;  // the defaults
    Record r = apply(apply(fresh(), dial(), t0), ended(CallOutcome::answered), t0 + 1min);
    CHECK(r.state == RecordState::done);
    CHECK_THAT(refusal(r, dial(), t0 + 2min), Catch::Contains("done") && Catch::Contains("reopen it"));

    Record m = apply(apply(fresh(), dial(), t0), ended(CallOutcome::answering_machine), t0);
    CHECK(m.state == RecordState::retry_wait);
    CHECK(m.due == t0 + 2h);
    Record a = apply(apply(fresh(), dial(), t0), ended(CallOutcome::abandoned), t0);
    CHECK(a.due == t0 + 1h);
    Record f = apply(apply(fresh(), dial(), t0), ended(CallOutcome::failed), t0);
    CHECK(f.due == t0 + 10min);
}

TEST_CASE("outcomes only for records being dialled", "[campaign][record]") {
    CHECK_THAT(refusal(fresh(), ended(CallOutcome::busy), t0), Catch::Contains("no call is in progress"));
    Record r = apply(fresh(), dial(), t0);
    CHECK_THAT(refusal(r, dial(2), t0), Catch::Contains("being dialled; wait for the call's outcome"));
}

TEST_CASE("release puts a record back where it was, without an attempt", "[campaign][record]") {
    Record r = apply(fresh(), dial(0), t0);  // a preview agent reads it
    r = apply(r, just(RecordTrigger::release), t0 + 30s);
    CHECK(r.state == RecordState::pending);
    CHECK(r.attempts == 0);

    Record w = apply(apply(fresh(), dial(), t0), ended(CallOutcome::busy), t0);
    const WallTime due = w.due;
    w = apply(w, dial(), due + 1min);
    w = apply(w, just(RecordTrigger::release), due + 2min);
    CHECK(w.state == RecordState::retry_wait);
    CHECK(w.due == due);  // keeps its place in the order of due retries
    CHECK(w.attempts == 1);
    CHECK_THAT(refusal(w, just(RecordTrigger::release), t0), Catch::Contains("nothing to release"));
}

TEST_CASE("a callback is a new promise at the asked time", "[campaign][record]") {
    RetryRules rules;
    rules[CallOutcome::no_answer] = {1, 0s};
    Record r = apply(apply(fresh(), dial(), t0), ended(CallOutcome::answered), t0 + 1min, rules);
    REQUIRE(r.state == RecordState::done);
    r = apply(r, callback_at(t0 + 24h), t0 + 2min, rules);
    CHECK(r.state == RecordState::retry_wait);
    CHECK(r.callback);
    CHECK(r.due == t0 + 24h);
    CHECK(r.attempts == 0);
    CHECK(r.total_attempts == 1);
    r = apply(r, dial(), t0 + 24h, rules);
    CHECK(r.callback);  // until its outcome
    r = apply(r, ended(CallOutcome::no_answer), t0 + 24h + 30s, rules);
    CHECK_FALSE(r.callback);
    CHECK(r.state == RecordState::exhausted);
    // An exhausted record may still be called back when a person asks for it.
    r = apply(r, callback_at(t0 + 48h), t0 + 25h, rules);
    CHECK(r.state == RecordState::retry_wait);

    CHECK_THAT(refusal(fresh(), callback_at(t0 - 1min), t0), Catch::Contains("has passed; choose a later time"));
    CHECK_THAT(refusal(apply(fresh(), dial(), t0), callback_at(t0 + 1h), t0),
               Catch::Contains("schedule the callback when it has ended"));
}

TEST_CASE("do-not-call stops a record for good, even during its call", "[campaign][record]") {
    Record r = apply(fresh(), dial(), t0);
    auto c = transition(r, just(RecordTrigger::do_not_call), {}, t0 + 20s);
    REQUIRE(c);
    CHECK(c->event.from == RecordState::dialing);
    CHECK(c->event.to == RecordState::do_not_call);
    r = c->record;
    // The call that was going on ends: its outcome counts, the state stays.
    r = apply(r, ended(CallOutcome::answered), t0 + 40s);
    CHECK(r.state == RecordState::do_not_call);
    CHECK(r.total_attempts == 1);
    CHECK_FALSE(dialable(r, t0 + 1h));
    CHECK_THAT(refusal(r, dial(), t0 + 1h), Catch::Contains("do-not-call list; it may not be called"));
    CHECK_THAT(refusal(r, callback_at(t0 + 2h), t0 + 1h), Catch::Contains("do-not-call"));
    CHECK_THAT(refusal(r, just(RecordTrigger::reopen), t0 + 1h), Catch::Contains("cannot reopen"));
    CHECK_THAT(refusal(r, just(RecordTrigger::do_not_call), t0 + 1h), Catch::Contains("already"));
}

TEST_CASE("reopen puts a finished record back in the list", "[campaign][record]") {
    RetryRules rules;
    rules[CallOutcome::failed] = {1, 0s};
    Record r = apply(apply(fresh(), dial(), t0), ended(CallOutcome::failed), t0, rules);
    REQUIRE(r.state == RecordState::exhausted);
    r = apply(r, just(RecordTrigger::reopen), t0 + 1h, rules);
    CHECK(r.state == RecordState::pending);
    CHECK(r.attempts == 0);
    CHECK(r.total_attempts == 1);
    CHECK_THAT(refusal(r, just(RecordTrigger::reopen), t0), Catch::Contains("still in the list"));
}

TEST_CASE("retry rules are checked", "[campaign][record]") {
    CHECK(validate(RetryRules{}));
    RetryRules r;
    r[CallOutcome::busy] = {0, 1min};
    CHECK_THAT(validate(r).error().message, Catch::Contains("busy: max_attempts must be 1 to 20"));
    r[CallOutcome::busy] = {3, 0s};
    CHECK_THAT(validate(r).error().message, Catch::Contains("set a retry_after"));
    r[CallOutcome::busy] = {3, std::chrono::seconds(std::chrono::days(31))};
    CHECK_THAT(validate(r).error().message, Catch::Contains("between 0 and 30 days"));
}

TEST_CASE("record names have one table each", "[campaign][record]") {
    for (auto s : {RecordState::pending, RecordState::dialing, RecordState::retry_wait, RecordState::done,
                   RecordState::exhausted, RecordState::do_not_call})
        CHECK(record_state_from_string(to_string(s)) == s);
    for (std::size_t i = 0; i < call_outcome_count; ++i) {
        const auto o = static_cast<CallOutcome>(i);
        CHECK(call_outcome_from_string(to_string(o)) == o);
    }
    CHECK(to_string(CallOutcome::answering_machine) == "answering_machine");
    CHECK(record_trigger_from_string("callback") == RecordTrigger::callback);
    CHECK_FALSE(record_state_from_string("waiting"));
}
