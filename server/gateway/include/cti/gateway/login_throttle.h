#pragma once
// Slows down, then refuses, repeated failed logins from one address. A pure state machine over
// plain data and the time given to it: no clock, no sockets, tested directly.
#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace cti::gateway {

struct ThrottlePolicy {
    std::uint32_t failures_before_delay = 3;
    std::uint32_t failures_before_lockout = 10;
    std::chrono::seconds failure_window{300};  // failures older than this are forgotten
    std::chrono::seconds lockout{300};
    std::chrono::milliseconds max_delay{4000};
    std::size_t max_tracked_addresses = 100000;  // a bound on memory a stranger controls
};

struct ThrottleDecision {
    enum class Kind { allow, delay, refuse } kind = Kind::allow;
    std::chrono::milliseconds wait{0};  // delay before answering, or time until the lockout ends
};

class LoginThrottle {
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    explicit LoginThrottle(ThrottlePolicy policy) : policy_(policy) {}

    // What to do with a login attempt from this address now.
    ThrottleDecision check(const std::string& address, TimePoint now);
    void record_failure(const std::string& address, TimePoint now);
    void record_success(const std::string& address);

    std::size_t tracked() const { return entries_.size(); }

private:
    struct Entry {
        std::uint32_t failures = 0;
        TimePoint first_failure{};
        TimePoint locked_until{};
        TimePoint last_seen{};
    };
    void forget_expired(Entry& e, TimePoint now) const;
    void evict_oldest();

    ThrottlePolicy policy_;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace cti::gateway
