// SDES-SRTP: key helpers (libsodium CSPRNG and strict base64) and the per-session libsrtp2
// contexts (RFC 3711). Inbound uses an ssrc_any_inbound template, so a peer that changes SSRC
// (restart, re-INVITE) still authenticates; outbound ssrc_any_outbound, as we keep one SSRC.
#include <sodium.h>
#include <srtp2/srtp.h>

#include <mutex>

#include "cti/core/logging.h"
#include "srtp_context.h"

namespace cti::media {

static_assert(SRTP_MAX_TRAILER_LEN <= srtp_trailer_room);
static_assert(SRTP_AES_ICM_128_KEY_LEN_WSALT == srtp_key_size);

std::string_view to_string(SrtpSuite s) noexcept {
    switch (s) {
        case SrtpSuite::aes_cm_128_hmac_sha1_80: return "AES_CM_128_HMAC_SHA1_80";
        case SrtpSuite::aes_cm_128_hmac_sha1_32: return "AES_CM_128_HMAC_SHA1_32";
    }
    return "AES_CM_128_HMAC_SHA1_80";
}

std::optional<SrtpSuite> srtp_suite_from_string(std::string_view name) noexcept {
    if (name == "AES_CM_128_HMAC_SHA1_80") return SrtpSuite::aes_cm_128_hmac_sha1_80;
    if (name == "AES_CM_128_HMAC_SHA1_32") return SrtpSuite::aes_cm_128_hmac_sha1_32;
    return std::nullopt;
}

void init_srtp_library() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) throw std::runtime_error("libsodium cannot initialise");
        if (srtp_init() != srtp_err_status_ok) throw std::runtime_error("libsrtp2 cannot initialise");
    });
}

std::string encode_srtp_key(const SrtpKey& key) {
    constexpr auto variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_ENCODED_LEN(srtp_key_size, variant), '\0');
    sodium_bin2base64(out.data(), out.size(), key.data(), key.size(), variant);
    out.resize(out.find('\0'));
    return out;
}

std::string generate_srtp_key() {
    init_srtp_library();
    SrtpKey key;
    randombytes_buf(key.data(), key.size());
    std::string out = encode_srtp_key(key);
    sodium_memzero(key.data(), key.size());
    return out;
}

std::optional<SrtpKey> decode_srtp_key(std::string_view base64) noexcept {
    // 30 bytes are exactly 40 base64 characters, without padding.
    if (base64.size() != 40) return std::nullopt;
    SrtpKey key;
    std::size_t len = 0;
    if (sodium_base642bin(key.data(), key.size(), base64.data(), base64.size(), nullptr, &len,
                          nullptr, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        len != key.size()) {
        return std::nullopt;
    }
    return key;
}

namespace {

srtp_err_status_t make_session(srtp_t* session, SrtpSuite suite, srtp_ssrc_type_t direction,
                               const SrtpKey& key) {
    srtp_policy_t policy{};
    if (suite == SrtpSuite::aes_cm_128_hmac_sha1_32) {
        srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(&policy.rtp);
    } else {
        srtp_crypto_policy_set_rtp_default(&policy.rtp);
    }
    srtp_crypto_policy_set_rtcp_default(&policy.rtcp);  // no RTCP is sent, but a policy is required
    policy.ssrc.type = direction;
    SrtpKey copy = key;  // libsrtp takes a non-const pointer; it derives session keys at once
    policy.key = copy.data();
    policy.window_size = 128;    // RFC 3711 section 3.3.2 minimum, libsrtp's default
    policy.allow_repeat_tx = 0;  // a repeated index would reuse key stream
    const auto status = srtp_create(session, &policy);
    sodium_memzero(copy.data(), copy.size());
    return status;
}

}  // namespace

Result<std::unique_ptr<SrtpContext>> SrtpContext::create(const SrtpParams& params) {
    init_srtp_library();
    std::unique_ptr<SrtpContext> ctx(new SrtpContext(params));
    if (auto st = make_session(&ctx->out_, params.suite, ssrc_any_outbound, params.local_key);
        st != srtp_err_status_ok) {
        return fail(Errc::internal, "libsrtp2 refused the outbound SRTP policy (error " +
                                        std::to_string(static_cast<int>(st)) + ")");
    }
    if (auto st = make_session(&ctx->in_, params.suite, ssrc_any_inbound, params.remote_key);
        st != srtp_err_status_ok) {
        return fail(Errc::internal, "libsrtp2 refused the inbound SRTP policy (error " +
                                        std::to_string(static_cast<int>(st)) + ")");
    }
    return ctx;
}

SrtpContext::~SrtpContext() {
    if (out_) srtp_dealloc(out_);
    if (in_) srtp_dealloc(in_);
    sodium_memzero(params_.local_key.data(), params_.local_key.size());
    sodium_memzero(params_.remote_key.data(), params_.remote_key.size());
}

std::optional<std::size_t> SrtpContext::protect(std::span<std::uint8_t> buf, std::size_t len) {
    if (len + srtp_trailer_room > buf.size()) return std::nullopt;
    int n = static_cast<int>(len);
    if (srtp_protect(out_, buf.data(), &n) != srtp_err_status_ok) return std::nullopt;
    return static_cast<std::size_t>(n);
}

std::optional<std::size_t> SrtpContext::unprotect(std::span<std::uint8_t> buf, std::size_t len) {
    if (len > buf.size()) return std::nullopt;
    int n = static_cast<int>(len);
    if (srtp_unprotect(in_, buf.data(), &n) != srtp_err_status_ok) return std::nullopt;
    return static_cast<std::size_t>(n);
}

}  // namespace cti::media
