#pragma once
// The registrar's bindings (RFC 3261 section 10): one binding per extension (the newest contact
// wins), with the source address the REGISTER really came from. Written on the SIP thread, read
// from any thread (snapshots), hence the mutex.
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/config.h"
#include "cti/sip/stack.h"

namespace cti::sip {

// RFC 3261 10.3 step 7 with our limits: 0 unregisters; shorter than the minimum is refused with
// 423 Interval Too Brief (Min-Expires); longer than the maximum is granted the maximum; no
// Expires at all means 3600 s (clamped).
struct ExpiresDecision {
    int status = 200;            // 200 or 423
    std::uint32_t granted = 0;   // 0: remove the binding
};
ExpiresDecision decide_expires(std::optional<std::uint32_t> requested, const SipConfig& config);

class Bindings {
public:
    // Returns true when the binding is new or its contact/source changed.
    bool upsert(Registration r);
    bool remove(const std::string& extension);
    std::vector<Registration> expire(std::chrono::steady_clock::time_point now);
    std::optional<Registration> find(const std::string& extension) const;
    std::vector<Registration> all() const;
    std::size_t size() const;

private:
    mutable std::mutex mu_;
    std::map<std::string, Registration, std::less<>> map_;
};

}  // namespace cti::sip
