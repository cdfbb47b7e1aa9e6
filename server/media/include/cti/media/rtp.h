#pragma once
// RTP wire format (RFC 3550 §5.1) and the RFC 4733 telephone-event payload, as pure functions over
// bytes so they are tested without sockets. Parsing never trusts a length it has not checked: a
// malformed packet yields std::nullopt and is dropped by the caller.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace cti::media {

struct RtpHeader {
    bool marker = false;
    std::uint8_t payload_type = 0;
    std::uint16_t sequence = 0;
    std::uint32_t timestamp = 0;
    std::uint32_t ssrc = 0;
};

// A parsed packet: the header and a view of the payload inside the caller's buffer (CSRCs, the
// header extension and padding are skipped; a B2BUA rewrites the stream and does not forward them).
struct RtpPacket {
    RtpHeader header;
    std::span<const std::uint8_t> payload;
};

inline constexpr std::size_t rtp_header_size = 12;

// RFC 3550 §5.1: version must be 2; CC CSRCs follow the fixed header; X adds a 4-byte extension
// header whose length counts 32-bit words (§5.3.1); P means the last byte counts the padding,
// which must fit inside the packet. RTCP (payload types 72..76 with the marker, RFC 5761 §4) is
// rejected too since it has no business on an RTP-only port.
std::optional<RtpPacket> parse_rtp(std::span<const std::uint8_t> packet) noexcept;

// Writes a 12-byte header (no CSRC, no extension, no padding) followed by the payload. Returns the
// number of bytes written, or 0 when `out` is too small.
std::size_t write_rtp(const RtpHeader& header, std::span<const std::uint8_t> payload,
                      std::span<std::uint8_t> out) noexcept;

// RFC 4733 §2.3: event (0-15 for DTMF), E(nd) bit, volume (6 bits, -dBm0), duration in timestamp
// units since the event's RTP timestamp.
struct TelephoneEvent {
    std::uint8_t event = 0;
    bool end = false;
    std::uint8_t volume = 10;
    std::uint16_t duration = 0;
};
inline constexpr std::size_t telephone_event_size = 4;

std::optional<TelephoneEvent> parse_telephone_event(std::span<const std::uint8_t> payload) noexcept;
void write_telephone_event(const TelephoneEvent& ev, std::span<std::uint8_t, 4> out) noexcept;

// RFC 4733 §3.2 event codes 0-9, 10 = '*', 11 = '#', 12-15 = 'A'-'D'.
std::optional<char> dtmf_event_to_digit(std::uint8_t event) noexcept;
std::optional<std::uint8_t> dtmf_digit_to_event(char digit) noexcept;

// Serial-number arithmetic on 16-bit sequence numbers (RFC 3550 A.1): true when a is after b.
constexpr bool seq_newer(std::uint16_t a, std::uint16_t b) noexcept {
    return a != b && static_cast<std::uint16_t>(a - b) < 0x8000;
}

}  // namespace cti::media
