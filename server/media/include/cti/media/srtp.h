#pragma once
// SDES-SRTP for a media session: the parameters the call model passes in RemotePeer (from the
// a=crypto lines of RFC 4568), and the key helpers it needs to write and read those lines.
// The protection itself (RFC 3711, libsrtp2) is private to the engine.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cti::media {

// The SDES suites we speak (RFC 4568 section 6.2): AES-128 counter mode, HMAC-SHA1 with an 80-
// or 32-bit tag. Both take a 128-bit master key and a 112-bit master salt.
enum class SrtpSuite { aes_cm_128_hmac_sha1_80, aes_cm_128_hmac_sha1_32 };
std::string_view to_string(SrtpSuite s) noexcept;  // the RFC 4568 names, AES_CM_128_HMAC_SHA1_80
std::optional<SrtpSuite> srtp_suite_from_string(std::string_view name) noexcept;

inline constexpr std::size_t srtp_key_size = 30;  // master key (16) || master salt (14)
using SrtpKey = std::array<std::uint8_t, srtp_key_size>;

struct SrtpParams {
    SrtpSuite suite = SrtpSuite::aes_cm_128_hmac_sha1_80;
    SrtpKey local_key{};   // protects what we send (the key in our a=crypto)
    SrtpKey remote_key{};  // authenticates and decrypts what the peer sends (its a=crypto)
    bool operator==(const SrtpParams&) const = default;
};

// A fresh master key||salt from libsodium's CSPRNG, in the base64 "inline:" form of RFC 4568
// (40 characters). Thread-safe.
std::string generate_srtp_key();
// The base64 inline form -> key||salt; nullopt unless it is exactly 30 bytes of strict base64.
std::optional<SrtpKey> decode_srtp_key(std::string_view base64) noexcept;
std::string encode_srtp_key(const SrtpKey& key);

}  // namespace cti::media
