#pragma once
// Pure pieces of a session's media logic, tested without sockets: the outgoing stream rewriter,
// the symmetric-RTP latch and the mix-minus mixer.
#include <array>
#include <chrono>
#include <cstdint>
#include <span>

#include "cti/media/rtp.h"

namespace cti::media {

// What we send on one session is one RTP stream in our own SSRC/sequence/timestamp space
// (RFC 3550 §8.1 / RFC 7667 §3.2.1.4 "media-switching mixer"): a B2BUA that forwarded the partner's
// numbers would make the phone see a new stream, or a jump, each time the source changes (partner
// replaced, hold music, generated DTMF). Packets from one source keep their relative spacing (gaps
// stay gaps so the phone's loss concealment still works); at a switch the stream continues from
// where it was, advanced by the wall-clock time that passed, and the first packet has the marker.
// `now` is in timestamp units (8 kHz samples) of a monotonic clock.
class OutStream {
public:
    static constexpr std::uint64_t generated_source = 1;  // music, tones, mixes, our DTMF events

    OutStream(std::uint32_t ssrc, std::uint16_t first_seq, std::uint32_t first_ts) noexcept
        : ssrc_(ssrc), seq_(first_seq), next_ts_(first_ts) {}

    // A packet relayed from `source` (any key > generated_source naming the sending stream);
    // `samples` is how much audio it holds (0 for telephone events, whose timestamp is fixed).
    RtpHeader relay(std::uint64_t source, const RtpHeader& in, std::uint32_t samples,
                    std::uint64_t now) noexcept;
    // A packet we generate. It takes the current timestamp; `advance` moves the stream on (160 for
    // a 20 ms frame, 0 for a telephone-event packet until the event's last one).
    RtpHeader generate(std::uint8_t payload_type, std::uint32_t advance, bool marker,
                       std::uint64_t now) noexcept;

    std::uint32_t ssrc() const noexcept { return ssrc_; }

private:
    void switch_to(std::uint64_t source, std::uint64_t now) noexcept;

    std::uint32_t ssrc_;
    std::uint16_t seq_;        // next sequence number if contiguous
    std::uint32_t next_ts_;    // where the next frame starts if contiguous
    std::uint64_t last_send_ = 0;
    bool sent_any_ = false;
    std::uint64_t source_ = 0;
    std::uint16_t seq_delta_ = 0;
    std::uint32_t ts_delta_ = 0;
    bool anchored_ = false;    // the deltas of a relayed source are set by its first packet
};

// Symmetric RTP (RFC 4961; the "latching" of RFC 7362 §4): the first packets fix the address we
// send to; afterwards only that address is accepted, except that a source silent for longer than
// `relatch_after` can be replaced (a phone that changed IP, a NAT rebinding). Endpoint is any
// equality-comparable address type.
template <class Endpoint>
class Latch {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds relatch_after{2000};
    enum class Verdict { accept, latched, drop };

    void reset(const Endpoint& sdp, bool enabled) {
        destination_ = sdp;
        enabled_ = enabled;
        locked_ = false;
    }
    Verdict on_packet(const Endpoint& from, Clock::time_point now) {
        if (!enabled_) return Verdict::accept;  // no latching: keep sending where the SDP said
        if (locked_ && from == destination_) {
            last_ = now;
            return Verdict::accept;
        }
        if (locked_ && now - last_ <= relatch_after) return Verdict::drop;
        locked_ = true;
        last_ = now;
        if (from == destination_) return Verdict::accept;
        destination_ = from;
        return Verdict::latched;
    }
    const Endpoint& destination() const { return destination_; }

private:
    Endpoint destination_{};
    bool enabled_ = true;
    bool locked_ = false;
    Clock::time_point last_{};
};

inline constexpr std::size_t mix_frame_samples = 160;
using MixFrame = std::array<std::int16_t, mix_frame_samples>;

// Mix-minus: out[i] is the saturating sum of every in[j] with j != i (computed as total - own in
// 32 bits, so a loud member does not clip the others twice).
void mix_minus(std::span<const MixFrame> in, std::span<MixFrame> out) noexcept;

// Who hears member j of a mix: heard_by[j] = kHeardByEveryone, kHeardByNobody, or the index k
// of the one member who does (whisper).
inline constexpr int kHeardByEveryone = -1;
inline constexpr int kHeardByNobody = -2;
// out[i] is the saturating sum of in[j] for every j != i that i hears. O(members x samples):
// the everyone-heard total once, minus one's own share, plus whispers to i.
void mix_heard(std::span<const MixFrame> in, std::span<const int> heard_by, std::span<MixFrame> out) noexcept;

}  // namespace cti::media
