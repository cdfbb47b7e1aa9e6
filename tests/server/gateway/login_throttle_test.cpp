#include <catch2/catch.hpp>

#include "cti/gateway/login_throttle.h"

using namespace cti::gateway;
using namespace std::chrono_literals;
using Kind = ThrottleDecision::Kind;

namespace {
ThrottlePolicy policy() {
    ThrottlePolicy p;
    p.failures_before_delay = 3;
    p.failures_before_lockout = 6;
    p.failure_window = 300s;
    p.lockout = 60s;
    p.max_delay = 2000ms;
    return p;
}
}  // namespace

TEST_CASE("failed logins are first allowed, then delayed, then refused for a while", "[throttle]") {
    LoginThrottle t(policy());
    auto now = std::chrono::steady_clock::time_point{} + 1000s;
    const std::string addr = "10.0.0.7";
    for (int i = 0; i < 3; ++i) {
        CHECK(t.check(addr, now).kind == Kind::allow);
        t.record_failure(addr, now);
    }
    auto d = t.check(addr, now);
    CHECK(d.kind == Kind::delay);
    CHECK(d.wait == 250ms);
    t.record_failure(addr, now);
    CHECK(t.check(addr, now).wait == 500ms);
    t.record_failure(addr, now);
    t.record_failure(addr, now);  // 6th: lockout
    auto r = t.check(addr, now + 1s);
    CHECK(r.kind == Kind::refuse);
    CHECK(r.wait == 59s);
    // Another address is not affected.
    CHECK(t.check("10.0.0.8", now).kind == Kind::allow);
    // After the lockout the address is delayed again, not free.
    CHECK(t.check(addr, now + 61s).kind == Kind::delay);
}

TEST_CASE("a success clears the record and old failures are forgotten", "[throttle]") {
    LoginThrottle t(policy());
    auto now = std::chrono::steady_clock::time_point{} + 1000s;
    for (int i = 0; i < 4; ++i) t.record_failure("a", now);
    CHECK(t.check("a", now).kind == Kind::delay);
    t.record_success("a");
    CHECK(t.check("a", now).kind == Kind::allow);
    for (int i = 0; i < 4; ++i) t.record_failure("b", now);
    CHECK(t.check("b", now + 301s).kind == Kind::allow);
}

TEST_CASE("delays are capped", "[throttle]") {
    auto p = policy();
    p.failures_before_lockout = 100;
    LoginThrottle t(p);
    auto now = std::chrono::steady_clock::time_point{} + 1000s;
    for (int i = 0; i < 40; ++i) t.record_failure("a", now);
    CHECK(t.check("a", now).wait == 2000ms);
}

TEST_CASE("the memory a stranger can fill is bounded", "[throttle]") {
    auto p = policy();
    p.max_tracked_addresses = 100;
    LoginThrottle t(p);
    auto now = std::chrono::steady_clock::time_point{} + 1000s;
    for (int i = 0; i < 1000; ++i) t.record_failure("addr" + std::to_string(i), now + std::chrono::seconds(i));
    CHECK(t.tracked() == 100);
    // The newest addresses are the ones kept.
    for (int i = 0; i < 3; ++i) t.record_failure("addr999", now + 1000s);
    CHECK(t.check("addr999", now + 1000s).kind == Kind::delay);
}
