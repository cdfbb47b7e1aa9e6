#include "cti/media/rtp.h"

namespace cti::media {
namespace {

std::uint16_t be16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }
std::uint32_t be32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | p[3];
}
void put16(std::uint8_t* p, std::uint16_t v) {
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}
void put32(std::uint8_t* p, std::uint32_t v) {
    put16(p, static_cast<std::uint16_t>(v >> 16));
    put16(p + 2, static_cast<std::uint16_t>(v));
}

}  // namespace

std::optional<RtpPacket> parse_rtp(std::span<const std::uint8_t> packet) noexcept {
    if (packet.size() < rtp_header_size) return std::nullopt;
    const std::uint8_t* p = packet.data();
    if ((p[0] >> 6) != 2) return std::nullopt;
    const bool padding = (p[0] & 0x20) != 0;
    const bool extension = (p[0] & 0x10) != 0;
    const std::size_t csrc_count = p[0] & 0x0f;
    RtpHeader h;
    h.marker = (p[1] & 0x80) != 0;
    h.payload_type = p[1] & 0x7f;
    // RFC 5761 §4: RTCP SR/RR/SDES/BYE/APP seen through the RTP header are PT 72..76 (200..204).
    if (h.payload_type >= 72 && h.payload_type <= 76) return std::nullopt;
    h.sequence = be16(p + 2);
    h.timestamp = be32(p + 4);
    h.ssrc = be32(p + 8);

    std::size_t begin = rtp_header_size + 4 * csrc_count;
    if (begin > packet.size()) return std::nullopt;
    if (extension) {
        if (begin + 4 > packet.size()) return std::nullopt;
        begin += 4 + 4 * std::size_t{be16(p + begin + 2)};
        if (begin > packet.size()) return std::nullopt;
    }
    std::size_t end = packet.size();
    if (padding) {
        // §5.1: the last octet counts itself; zero padding or padding into the header is invalid.
        const std::size_t pad = p[end - 1];
        if (pad == 0 || pad > end - begin) return std::nullopt;
        end -= pad;
    }
    return RtpPacket{h, packet.subspan(begin, end - begin)};
}

std::size_t write_rtp(const RtpHeader& h, std::span<const std::uint8_t> payload,
                      std::span<std::uint8_t> out) noexcept {
    const std::size_t total = rtp_header_size + payload.size();
    if (out.size() < total) return 0;
    std::uint8_t* p = out.data();
    p[0] = 0x80;  // V=2, P=0, X=0, CC=0
    p[1] = static_cast<std::uint8_t>((h.marker ? 0x80 : 0) | (h.payload_type & 0x7f));
    put16(p + 2, h.sequence);
    put32(p + 4, h.timestamp);
    put32(p + 8, h.ssrc);
    for (std::size_t i = 0; i < payload.size(); ++i) p[rtp_header_size + i] = payload[i];
    return total;
}

std::optional<TelephoneEvent> parse_telephone_event(std::span<const std::uint8_t> payload) noexcept {
    // §2.3: exactly one event per packet in practice; extra bytes (redundancy is RFC 2198, not
    // negotiated here) are ignored, fewer than 4 is malformed.
    if (payload.size() < telephone_event_size) return std::nullopt;
    TelephoneEvent ev;
    ev.event = payload[0];
    ev.end = (payload[1] & 0x80) != 0;
    ev.volume = payload[1] & 0x3f;
    ev.duration = be16(payload.data() + 2);
    return ev;
}

void write_telephone_event(const TelephoneEvent& ev, std::span<std::uint8_t, 4> out) noexcept {
    out[0] = ev.event;
    out[1] = static_cast<std::uint8_t>((ev.end ? 0x80 : 0) | (ev.volume & 0x3f));
    put16(out.data() + 2, ev.duration);
}

std::optional<char> dtmf_event_to_digit(std::uint8_t event) noexcept {
    static constexpr char digits[] = "0123456789*#ABCD";
    if (event > 15) return std::nullopt;
    return digits[event];
}

std::optional<std::uint8_t> dtmf_digit_to_event(char digit) noexcept {
    if (digit >= '0' && digit <= '9') return static_cast<std::uint8_t>(digit - '0');
    switch (digit) {
        case '*': return 10;
        case '#': return 11;
        case 'A': case 'a': return 12;
        case 'B': case 'b': return 13;
        case 'C': case 'c': return 14;
        case 'D': case 'd': return 15;
        default: return std::nullopt;
    }
}

}  // namespace cti::media
