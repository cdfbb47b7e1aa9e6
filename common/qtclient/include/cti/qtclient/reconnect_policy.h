#pragma once
// When to try again after a lost link: exponential backoff, pure so it is tested without clocks.
#include <chrono>

namespace cti::qt {

struct BackoffPolicy {
    std::chrono::milliseconds first{1000};
    std::chrono::milliseconds max{15000};
};

// Delay before reconnect attempt number `attempt` (0 = the first after the drop):
// first, 2*first, 4*first, ... capped at max. 1s, 2s, 4s, 8s, 15s, 15s... by default.
std::chrono::milliseconds reconnectDelay(const BackoffPolicy& policy, int attempt) noexcept;

}  // namespace cti::qt
