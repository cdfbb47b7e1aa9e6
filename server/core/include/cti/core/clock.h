#pragma once
// Time as a service so that tests can move it. Timers and timeouts use the steady clock (immune
// to NTP steps); the wall clock is only for stamping records shown to people.
#include <chrono>
#include <cstdint>

namespace cti {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::steady_clock::time_point steady_now() const = 0;
    virtual std::chrono::system_clock::time_point wall_now() const = 0;
};

class SystemClock final : public Clock {
public:
    std::chrono::steady_clock::time_point steady_now() const override {
        return std::chrono::steady_clock::now();
    }
    std::chrono::system_clock::time_point wall_now() const override {
        return std::chrono::system_clock::now();
    }
};

inline std::int64_t to_unix_ms(std::chrono::system_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

}  // namespace cti
