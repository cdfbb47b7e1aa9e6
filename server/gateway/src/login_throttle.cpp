#include "cti/gateway/login_throttle.h"

#include <algorithm>

namespace cti::gateway {

void LoginThrottle::forget_expired(Entry& e, TimePoint now) const {
    if (e.failures > 0 && now - e.first_failure > policy_.failure_window &&
        now >= e.locked_until)
        e = Entry{};
}

ThrottleDecision LoginThrottle::check(const std::string& address, TimePoint now) {
    auto it = entries_.find(address);
    if (it == entries_.end()) return {};
    Entry& e = it->second;
    forget_expired(e, now);
    if (now < e.locked_until)
        return {ThrottleDecision::Kind::refuse,
                std::chrono::duration_cast<std::chrono::milliseconds>(e.locked_until - now)};
    if (e.failures >= policy_.failures_before_delay) {
        // Doubles with each failure past the threshold: 250 ms, 500 ms, 1 s, ... up to the cap.
        const auto extra = std::min<std::uint32_t>(e.failures - policy_.failures_before_delay, 16);
        const auto wait = std::min(std::chrono::milliseconds(250) * (1u << extra),
                                   policy_.max_delay);
        return {ThrottleDecision::Kind::delay, wait};
    }
    return {};
}

void LoginThrottle::record_failure(const std::string& address, TimePoint now) {
    if (!entries_.contains(address) && entries_.size() >= policy_.max_tracked_addresses)
        evict_oldest();
    Entry& e = entries_[address];
    forget_expired(e, now);
    if (e.failures == 0) e.first_failure = now;
    ++e.failures;
    e.last_seen = now;
    if (e.failures >= policy_.failures_before_lockout) {
        e.locked_until = now + policy_.lockout;
        // The lockout starts a fresh count: after it ends, the address gets the delays again.
        e.failures = policy_.failures_before_delay;
        e.first_failure = now;
    }
}

void LoginThrottle::record_success(const std::string& address) { entries_.erase(address); }

void LoginThrottle::evict_oldest() {
    auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
        return a.second.last_seen < b.second.last_seen;
    });
    if (oldest != entries_.end()) entries_.erase(oldest);
}

}  // namespace cti::gateway
