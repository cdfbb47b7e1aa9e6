#pragma once
// One session's SRTP state (libsrtp2): an outbound context keyed with our key, an inbound one
// keyed with the peer's. Media thread only; not copyable.
#include <memory>
#include <optional>
#include <span>

#include "cti/core/error.h"
#include "cti/media/srtp.h"

struct srtp_ctx_t_;  // libsrtp2's srtp_t, kept out of the engine's headers

namespace cti::media {

// Room srtp_protect may write past the RTP packet (libsrtp2's SRTP_MAX_TRAILER_LEN: tag + MKI).
inline constexpr std::size_t srtp_trailer_room = 144;

// srtp_init and sodium_init, once per process, from any thread.
void init_srtp_library();

class SrtpContext {
public:
    // Fails (Errc::internal) only if libsrtp refuses the policy.
    static Result<std::unique_ptr<SrtpContext>> create(const SrtpParams& params);
    ~SrtpContext();
    SrtpContext(const SrtpContext&) = delete;
    SrtpContext& operator=(const SrtpContext&) = delete;

    const SrtpParams& params() const { return params_; }

    // In place: buf holds an RTP packet of `len` bytes and has srtp_trailer_room bytes more.
    // The SRTP packet's length, or nullopt (e.g. a repeated sequence number).
    std::optional<std::size_t> protect(std::span<std::uint8_t> buf, std::size_t len);
    // In place: an SRTP packet -> the RTP packet's length, or nullopt when it fails
    // authentication or the replay check, or is not SRTP at all.
    std::optional<std::size_t> unprotect(std::span<std::uint8_t> buf, std::size_t len);

private:
    explicit SrtpContext(const SrtpParams& params) : params_(params) {}
    SrtpParams params_;
    srtp_ctx_t_* out_ = nullptr;  // ours -> the peer (our key)
    srtp_ctx_t_* in_ = nullptr;   // the peer -> us (its key)
};

}  // namespace cti::media
