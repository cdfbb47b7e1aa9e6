#pragma once
// Reception statistics of one RTP stream as pure state machines: loss from sequence gaps
// (RFC 3550 A.1/A.3) and interarrival jitter (RFC 3550 §6.4.1, A.8). Arrival times are given in
// RTP timestamp units by the caller so these are testable without clocks.
#include <cstdint>

namespace cti::media {

class SequenceTracker {
public:
    // Counts one received packet; a restart (new SSRC) is the caller's business: call reset().
    void on_packet(std::uint16_t seq) noexcept;
    void reset() noexcept { *this = SequenceTracker{}; }
    std::uint64_t received() const noexcept { return received_; }
    // RFC 3550 A.3: expected - received, never negative (duplicates can exceed the expected).
    std::uint64_t lost() const noexcept;

private:
    bool started_ = false;
    std::uint32_t base_ = 0;      // extended seq of the first packet
    std::uint32_t max_ext_ = 0;   // highest extended seq seen (cycles << 16 | seq)
    std::uint64_t received_ = 0;
};

class JitterEstimator {
public:
    // RFC 3550 §6.4.1: D = (Rj - Ri) - (Sj - Si); J += (|D| - J) / 16. `arrival` is the arrival
    // time in timestamp units, `rtp_ts` the packet's RTP timestamp.
    void on_packet(std::uint32_t arrival, std::uint32_t rtp_ts) noexcept;
    void reset() noexcept { *this = JitterEstimator{}; }
    double jitter() const noexcept { return jitter_; }   // timestamp units

private:
    bool started_ = false;
    std::int32_t last_transit_ = 0;
    double jitter_ = 0;
};

}  // namespace cti::media
