#include "cti/media/dtmf.h"

#include <algorithm>

namespace cti::media {

Rfc4733Receiver::Outcome Rfc4733Receiver::on_packet(std::uint32_t rtp_ts,
                                                    const TelephoneEvent& ev) noexcept {
    Outcome out;
    const auto digit = dtmf_event_to_digit(ev.event);
    if (!digit) return out;  // not DTMF (e.g. a fax tone event): nothing to report
    if (!have_ || rtp_ts != ts_) {
        // A new event. If the previous one never showed an end (all three end packets lost),
        // §2.5.2.2 lets the receiver end it when the next begins: report it now, once.
        if (have_ && !reported_) out.ended = digit_;
        have_ = true;
        ts_ = rtp_ts;
        digit_ = *digit;
        reported_ = false;
        out.started = *digit;
    }
    if (ev.end && !reported_) {
        reported_ = true;
        // When a lost-end report and this end collide, the older digit goes first; the caller
        // gets this one on the next packet's retransmitted end (there are three).
        if (!out.ended) out.ended = digit_;
        else reported_ = false;
    }
    return out;
}

Rfc4733Sender::Rfc4733Sender(std::uint8_t event, std::uint32_t duration_samples) noexcept
    : event_(event),
      // §2.5.1.3: the duration field is 16 bits; a longer event would need segments, which no
      // DTMF digit needs. At least one packet interval.
      target_(std::clamp<std::uint32_t>(duration_samples, frame_samples, 0xffff)) {}

std::optional<Rfc4733Sender::Packet> Rfc4733Sender::next() noexcept {
    if (done()) return std::nullopt;
    Packet p;
    p.event.event = event_;
    p.event.volume = 10;
    p.marker = elapsed_ == 0;
    elapsed_ = std::min(elapsed_ + frame_samples, target_);
    p.event.duration = static_cast<std::uint16_t>(elapsed_);
    if (elapsed_ >= target_) {
        p.event.end = true;
        ++ends_sent_;
    }
    return p;
}

}  // namespace cti::media
