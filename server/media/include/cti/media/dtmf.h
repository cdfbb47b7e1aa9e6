#pragma once
// RFC 4733 telephone-event logic as pure state machines: what the receiver reports and what the
// sender puts on the wire each 20 ms. The engine feeds them packets and ticks.
#include <cstdint>
#include <optional>
#include <vector>

#include "cti/media/rtp.h"

namespace cti::media {

// Receiving (RFC 4733 §2.5.2): an event is identified by its RTP timestamp; every packet of it
// (start, updates, the three end retransmissions) carries the same timestamp.
class Rfc4733Receiver {
public:
    struct Outcome {
        std::optional<char> started;  // the first packet of a new event (to start relaying it)
        std::optional<char> ended;    // the event ended: report the digit, once
    };
    Outcome on_packet(std::uint32_t rtp_ts, const TelephoneEvent& ev) noexcept;

private:
    bool have_ = false;
    std::uint32_t ts_ = 0;           // timestamp of the current (or last) event
    char digit_ = 0;
    bool reported_ = false;          // its end was reported (dedupes the end retransmissions)
};

// Sending (RFC 4733 §2.5.1): the first packet has the marker bit (§2.5.1.1), updates grow the
// duration every packet interval, the end packet is sent three times (§2.5.1.4), all with the
// event's timestamp. One call of next() per 20 ms tick.
class Rfc4733Sender {
public:
    static constexpr std::uint32_t frame_samples = 160;
    static constexpr int end_repeats = 3;
    struct Packet {
        TelephoneEvent event;
        bool marker = false;
    };
    Rfc4733Sender(std::uint8_t event, std::uint32_t duration_samples) noexcept;
    std::optional<Packet> next() noexcept;   // nullopt once the last end packet went out
    bool done() const noexcept { return ends_sent_ >= end_repeats; }
    // Timestamp units the event occupies: where the next audio frame's timestamp continues.
    std::uint32_t span() const noexcept { return target_; }

private:
    std::uint8_t event_;
    std::uint32_t target_;
    std::uint32_t elapsed_ = 0;
    int ends_sent_ = 0;
};

}  // namespace cti::media
