#pragma once
// SDP (RFC 4566) as plain data, and the offer/answer decisions of RFC 3264 as pure functions.
// The server writes every SDP it sends itself (TOOLCHAIN.md: nua's built-in offer/answer drops
// telephone-event). Only what a G.711 B2BUA needs is modelled: one audio stream.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"

namespace cti::sip {

enum class Direction { sendrecv, sendonly, recvonly, inactive };
std::string_view to_string(Direction d) noexcept;

enum class Crypto { none, srtp };  // RTP/AVP vs RTP/SAVP with a=crypto (SDES, RFC 4568)

struct AudioOffer {
    std::string address;                 // c= connection address (IPv4 or IPv6 text)
    std::uint16_t port = 0;              // m=audio port; 0 means the stream is refused
    std::vector<int> payload_types;      // in the peer's order of preference
    int telephone_event_pt = -1;         // a=rtpmap:N telephone-event/8000, -1 if absent
    Direction direction = Direction::sendrecv;
    int ptime_ms = 20;
    Crypto crypto = Crypto::none;
    // The first usable a=crypto line (RFC 4568 section 9.1): a suite we speak (kSrtpSuites), one
    // 30-byte key without MKI, no session parameters. Others are skipped; RTP/SAVP without a
    // usable one does not parse. Written only with RTP/SAVP.
    std::string crypto_suite;            // e.g. AES_CM_128_HMAC_SHA1_80
    std::string crypto_key;              // inline: base64 key||salt (40 characters)
    int crypto_tag = 1;
};

// The SDES suites this server speaks, in our order of preference (what an offer of ours carries).
inline constexpr std::string_view kSrtpSuites[] = {"AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"};

struct SessionDescription {
    std::string origin_user = "cti";
    std::uint64_t session_id = 0;
    std::uint64_t session_version = 0;
    std::string origin_address;
    AudioOffer audio;
};

// Parses an SDP body. Errors name what is wrong (no audio stream, no connection address...).
Result<SessionDescription> parse_sdp(std::string_view body);
// Writes an SDP body with CRLF line ends.
std::string write_sdp(const SessionDescription& sdp);

// The codecs this server speaks (PCMU = 0, PCMA = 8), in our order of preference.
inline constexpr int kPcmu = 0;
inline constexpr int kPcma = 8;

// RFC 3264 answer choice: the first of the peer's payload types we support, or nullopt when none
// (the call is then refused with 488). telephone-event is accepted with the peer's payload type.
// SRTP is kept when the peer's SDP is RTP/SAVP (its suite, key and tag: an answer echoes the
// suite and tag with our own key, RFC 4568 section 7.1.2).
struct Negotiated {
    int payload_type = kPcmu;
    int telephone_event_pt = -1;
    Crypto crypto = Crypto::none;
    std::string crypto_suite;
    std::string crypto_key;   // the peer's key||salt, base64
    int crypto_tag = 1;
};
std::optional<Negotiated> negotiate(const AudioOffer& offer);

// The direction we answer with (RFC 3264 section 6.1): sendonly <-> recvonly, inactive stays.
Direction answer_direction(Direction offered) noexcept;

}  // namespace cti::sip
