#include "admission.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace cti::sip {

SourceRateLimiter::SourceRateLimiter(double per_second, double burst, std::size_t max_sources)
    : rate_(per_second), burst_(std::max(burst, 1.0)), max_sources_(max_sources) {}

bool SourceRateLimiter::allow(const std::string& source, Clock::time_point now) {
    if (rate_ <= 0) return true;
    auto it = buckets_.find(source);
    if (it == buckets_.end()) {
        if (buckets_.size() >= max_sources_) prune(now);
        if (buckets_.size() >= max_sources_) return false;  // a spoofed-source flood: refuse new ones
        it = buckets_.emplace(source, Bucket{burst_, now}).first;
    }
    auto& b = it->second;
    const double elapsed = std::chrono::duration<double>(now - b.last).count();
    if (elapsed > 0) {
        b.tokens = std::min(burst_, b.tokens + elapsed * rate_);
        b.last = now;
    }
    if (b.tokens < 1.0) return false;
    b.tokens -= 1.0;
    return true;
}

void SourceRateLimiter::prune(Clock::time_point now) {
    std::erase_if(buckets_, [&](const auto& kv) {
        const double elapsed = std::chrono::duration<double>(now - kv.second.last).count();
        return kv.second.tokens + elapsed * rate_ >= burst_;
    });
}

TransactionWindow::TransactionWindow(std::uint32_t max_transactions) : max_(max_transactions) {}

void TransactionWindow::advance(std::int64_t second) {
    if (head_second_ < 0) head_second_ = second;
    if (second - head_second_ >= kSeconds) {
        counts_.fill(0);
        total_ = 0;
        head_second_ = second;
        return;
    }
    while (head_second_ < second) {
        ++head_second_;
        auto& slot = counts_[static_cast<std::size_t>(head_second_ % kSeconds)];
        total_ -= slot;
        slot = 0;
    }
}

std::uint64_t TransactionWindow::in_window(Clock::time_point now) {
    advance(std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
    return total_;
}

bool TransactionWindow::admit(Clock::time_point now) {
    const auto second = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    advance(second);
    if (max_ != 0 && total_ >= max_) return false;
    ++counts_[static_cast<std::size_t>(second % kSeconds)];
    ++total_;
    return true;
}

AuthFailureTracker::AuthFailureTracker(std::uint32_t limit, std::chrono::seconds window,
                                       std::chrono::seconds block, std::size_t max_sources)
    : limit_(limit), window_(window), block_(block), max_sources_(max_sources) {}

bool AuthFailureTracker::record_failure(const std::string& source, Clock::time_point now) {
    if (limit_ == 0) return false;
    if (entries_.size() >= max_sources_ && !entries_.contains(source)) prune(now);
    auto& e = entries_[source];
    while (!e.failures.empty() && now - e.failures.front() > window_) e.failures.pop_front();
    e.failures.push_back(now);
    if (e.failures.size() > limit_) e.failures.pop_front();
    if (e.failures.size() >= limit_ && !(e.blocked_until && *e.blocked_until > now)) {
        e.blocked_until = now + block_;
        e.failures.clear();
        return true;
    }
    return false;
}

bool AuthFailureTracker::blocked(const std::string& source, Clock::time_point now) const {
    auto it = entries_.find(source);
    return it != entries_.end() && it->second.blocked_until && *it->second.blocked_until > now;
}

void AuthFailureTracker::prune(Clock::time_point now) {
    for (auto it = entries_.begin(); it != entries_.end();) {
        auto& e = it->second;
        while (!e.failures.empty() && now - e.failures.front() > window_) e.failures.pop_front();
        const bool still_blocked = e.blocked_until && *e.blocked_until > now;
        it = (e.failures.empty() && !still_blocked) ? entries_.erase(it) : std::next(it);
    }
}

Result<AddressBlock> AddressBlock::parse(std::string_view text) {
    AddressBlock b;
    auto slash = text.find('/');
    std::string addr(text.substr(0, slash));
    if (addr.size() > 2 && addr.front() == '[' && addr.back() == ']') addr = addr.substr(1, addr.size() - 2);
    if (inet_pton(AF_INET, addr.c_str(), b.bytes_.data()) == 1) {
        b.family_ = AF_INET;
        b.prefix_ = 32;
    } else if (inet_pton(AF_INET6, addr.c_str(), b.bytes_.data()) == 1) {
        b.family_ = AF_INET6;
        b.prefix_ = 128;
    } else {
        return fail(Errc::invalid_argument, fmt::format("'{}' is not an IP address or CIDR block (e.g. 192.0.2.0/24)", text));
    }
    if (slash != std::string_view::npos) {
        auto p = text.substr(slash + 1);
        int prefix = -1;
        auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), prefix);
        if (ec != std::errc{} || end != p.data() + p.size() || prefix < 0 || prefix > b.prefix_)
            return fail(Errc::invalid_argument, fmt::format("'{}' has an invalid prefix length", text));
        b.prefix_ = prefix;
    }
    return b;
}

bool AddressBlock::contains(std::string_view address) const {
    std::array<unsigned char, 16> a{};
    std::string text(address);
    if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
    int family = 0;
    if (inet_pton(AF_INET, text.c_str(), a.data()) == 1) family = AF_INET;
    else if (inet_pton(AF_INET6, text.c_str(), a.data()) == 1) family = AF_INET6;
    else return false;
    if (family == AF_INET6 && family_ == AF_INET) {
        // An IPv4-mapped IPv6 source (::ffff:a.b.c.d) matches an IPv4 block.
        static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (!std::equal(kMapped, kMapped + 12, a.begin())) return false;
        std::copy(a.begin() + 12, a.end(), a.begin());
        family = AF_INET;
    }
    if (family != family_) return false;
    int bits = prefix_;
    for (std::size_t i = 0; bits > 0; ++i, bits -= 8) {
        const unsigned char mask = bits >= 8 ? 0xff : static_cast<unsigned char>(0xff << (8 - bits));
        if ((a[i] & mask) != (bytes_[i] & mask)) return false;
    }
    return true;
}

}  // namespace cti::sip
