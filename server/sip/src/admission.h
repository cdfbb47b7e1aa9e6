#pragma once
// Admission decisions as pure classes over plain data (times passed in, no sockets, no threads):
// a token bucket per source address, the overload window of admitted transactions, the
// authentication-failure tracker that blocks an address, and IP/CIDR matching for trunks.
// Used on the SIP thread only; each keeps a bounded amount of state.
#include <array>
#include <chrono>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cti/core/error.h"

namespace cti::sip {

using Clock = std::chrono::steady_clock;

// Requests per source address: a sustained rate and a burst (RFC-less, like any token bucket).
class SourceRateLimiter {
public:
    SourceRateLimiter(double per_second, double burst, std::size_t max_sources = 100000);
    bool allow(const std::string& source, Clock::time_point now);
    void prune(Clock::time_point now);  // forgets sources whose bucket is full again
    std::size_t sources() const { return buckets_.size(); }

private:
    struct Bucket { double tokens; Clock::time_point last; };
    double rate_, burst_;
    std::size_t max_sources_;
    std::unordered_map<std::string, Bucket> buckets_;
};

// Transactions admitted in the last 32 s (64*T1, the time a transaction is kept): beyond the
// limit everyone is refused until older ones leave the window. 0 means no limit.
class TransactionWindow {
public:
    static constexpr int kSeconds = 32;
    explicit TransactionWindow(std::uint32_t max_transactions);
    bool admit(Clock::time_point now);
    std::uint64_t in_window(Clock::time_point now);
    // Seconds until the oldest second of the window leaves it (for Retry-After).
    int retry_after_s() const { return 5; }

private:
    void advance(std::int64_t second);
    std::uint32_t max_;
    std::array<std::uint32_t, kSeconds> counts_{};
    std::int64_t head_second_ = -1;
    std::uint64_t total_ = 0;
};

// Failed authentications per source address: `limit` failures within `window` block the address
// for `block`. Successes do not clear earlier failures (a guesser may own one valid account).
class AuthFailureTracker {
public:
    AuthFailureTracker(std::uint32_t limit, std::chrono::seconds window, std::chrono::seconds block,
                       std::size_t max_sources = 100000);
    // Records a failure; returns true when this failure blocked the address.
    bool record_failure(const std::string& source, Clock::time_point now);
    bool blocked(const std::string& source, Clock::time_point now) const;
    void prune(Clock::time_point now);
    std::size_t sources() const { return entries_.size(); }

private:
    struct Entry { std::deque<Clock::time_point> failures; std::optional<Clock::time_point> blocked_until; };
    std::uint32_t limit_;
    std::chrono::seconds window_, block_;
    std::size_t max_sources_;
    std::unordered_map<std::string, Entry> entries_;
};

// An IPv4/IPv6 address or CIDR block ("192.0.2.10", "10.0.0.0/8", "2001:db8::/32").
class AddressBlock {
public:
    static Result<AddressBlock> parse(std::string_view text);
    bool contains(std::string_view address) const;

private:
    int family_ = 0;  // AF_INET / AF_INET6
    std::array<unsigned char, 16> bytes_{};
    int prefix_ = 0;
};

}  // namespace cti::sip
