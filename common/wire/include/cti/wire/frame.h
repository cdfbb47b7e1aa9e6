#pragma once
// Framing of the desktop protocol: each frame is a 4-byte big-endian length followed by that many
// bytes holding one serialized cti.wire.Envelope. Pure code over buffers; the same functions
// serve the server, cti-cli, the desktops and the fuzz target.
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "cti.pb.h"

namespace cti::wire {

inline constexpr std::size_t kHeaderBytes = 4;
inline constexpr std::uint32_t kProtocolMajor = 1;
inline constexpr std::uint32_t kProtocolMinor = 8;  // 1: calls, call control, phone registration; 2: work orders; 3: voicemail, callbacks, audio; 4: campaigns, prompt upload; 5: alarms; 6: reports, IVR flow editing, queue membership, recording search and scoring; 7: administration tables (AdminList/AdminSave); 8: roles an administrator defines (UserInfo.role_name)
inline constexpr std::uint32_t kDefaultMaxFrameBytes = 1u << 20;

enum class WireError {
    frame_too_large,  // the length prefix is above the limit: the stream cannot be trusted
    empty_frame,      // length 0
    bad_envelope,     // the payload is not a protobuf Envelope
    unknown_message,  // a well-formed Envelope whose body this side does not know
};

std::string_view to_string(WireError e) noexcept;
// The protocol error code a peer receives for this wire error.
ErrorCode to_error_code(WireError e) noexcept;

// Accumulates received bytes and hands out complete frame payloads in order. After a
// frame_too_large error the reader stays failed: the rest of the stream is not framed.
class FrameReader {
public:
    explicit FrameReader(std::uint32_t max_frame_bytes = kDefaultMaxFrameBytes)
        : max_frame_bytes_(max_frame_bytes) {}

    void append(std::string_view bytes);

    // The next complete payload (valid until the next call to append or next), nullopt if more
    // bytes are needed, or an error.
    std::expected<std::optional<std::string_view>, WireError> next();

    std::size_t buffered() const { return buffer_.size() - consumed_; }

private:
    std::uint32_t max_frame_bytes_;
    std::string buffer_;
    std::size_t consumed_ = 0;
    bool failed_ = false;
};

// Parses one payload into out. An Envelope with no known body is unknown_message (out still
// holds the request_id so that the error reply can be matched). nullopt on success.
std::optional<WireError> parse_envelope_into(std::string_view payload, Envelope& out);

#ifndef CTI_WIRE_NO_EXPECTED_ENVELOPE  // clang 14 (the fuzz build) cannot instantiate this one
// The same as a value; partial, when given, receives what was decoded of an unknown message.
std::expected<Envelope, WireError> parse_envelope(std::string_view payload, Envelope* partial = nullptr);
#endif

// Serializes an envelope with its length prefix.
std::string encode_frame(const Envelope& envelope);

// The name of the envelope's body ("login", "snapshot", ...), for logs and cti-cli output.
std::string_view body_name(const Envelope& envelope);

}  // namespace cti::wire
