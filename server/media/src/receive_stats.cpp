#include "cti/media/receive_stats.h"

#include <cstdlib>

namespace cti::media {

void SequenceTracker::on_packet(std::uint16_t seq) noexcept {
    ++received_;
    if (!started_) {
        started_ = true;
        base_ = max_ext_ = seq;
        return;
    }
    const auto max_seq = static_cast<std::uint16_t>(max_ext_);
    const auto delta = static_cast<std::uint16_t>(seq - max_seq);
    if (delta != 0 && delta < 0x8000) {
        // Ahead of the highest seen (possibly wrapping): RFC 3550 A.1 counts the wrap as a cycle.
        std::uint32_t cycles = max_ext_ & 0xffff0000u;
        if (seq < max_seq) cycles += 0x10000u;
        max_ext_ = cycles | seq;
    }
    // Late or duplicate packets do not move the highest sequence number.
}

std::uint64_t SequenceTracker::lost() const noexcept {
    if (!started_) return 0;
    const std::uint64_t expected = std::uint64_t{max_ext_} - base_ + 1;
    return expected > received_ ? expected - received_ : 0;
}

void JitterEstimator::on_packet(std::uint32_t arrival, std::uint32_t rtp_ts) noexcept {
    // Transit differences are taken modulo 2^32 and read as signed: both clocks wrap.
    const auto transit = static_cast<std::int32_t>(arrival - rtp_ts);
    if (started_) {
        const auto d = static_cast<std::int32_t>(static_cast<std::uint32_t>(transit) -
                                                 static_cast<std::uint32_t>(last_transit_));
        jitter_ += (std::abs(static_cast<double>(d)) - jitter_) / 16.0;
    }
    started_ = true;
    last_transit_ = transit;
}

}  // namespace cti::media
