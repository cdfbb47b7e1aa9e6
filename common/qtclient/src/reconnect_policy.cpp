#include "cti/qtclient/reconnect_policy.h"

#include <algorithm>

namespace cti::qt {

std::chrono::milliseconds reconnectDelay(const BackoffPolicy& policy, int attempt) noexcept {
    auto delay = policy.first;
    // Doubling stops at the cap, so a long outage cannot overflow the count.
    for (int i = 0; i < attempt && delay < policy.max; ++i) delay *= 2;
    return std::min(delay, policy.max);
}

}  // namespace cti::qt
