#include "cti/wire/frame.h"

namespace cti::wire {

std::string_view to_string(WireError e) noexcept {
    switch (e) {
        case WireError::frame_too_large: return "frame larger than the limit";
        case WireError::empty_frame: return "empty frame";
        case WireError::bad_envelope: return "frame is not a protocol message";
        case WireError::unknown_message: return "unknown message";
    }
    return "wire error";
}

ErrorCode to_error_code(WireError e) noexcept {
    switch (e) {
        case WireError::frame_too_large: return FRAME_TOO_LARGE;
        case WireError::empty_frame:
        case WireError::bad_envelope: return BAD_FRAME;
        case WireError::unknown_message: return UNKNOWN_MESSAGE;
    }
    return BAD_FRAME;
}

void FrameReader::append(std::string_view bytes) {
    // Compact lazily: only when the consumed prefix dominates the buffer.
    if (consumed_ > 0 && consumed_ >= buffer_.size() / 2) {
        buffer_.erase(0, consumed_);
        consumed_ = 0;
    }
    buffer_.append(bytes);
}

std::expected<std::optional<std::string_view>, WireError> FrameReader::next() {
    if (failed_) return std::unexpected(WireError::frame_too_large);
    const std::size_t available = buffer_.size() - consumed_;
    if (available < kHeaderBytes) return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(buffer_.data() + consumed_);
    const std::uint32_t length = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
                                 (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
    if (length > max_frame_bytes_) {
        failed_ = true;
        return std::unexpected(WireError::frame_too_large);
    }
    if (length == 0) {
        consumed_ += kHeaderBytes;
        return std::unexpected(WireError::empty_frame);
    }
    if (available - kHeaderBytes < length) return std::nullopt;
    std::string_view payload(buffer_.data() + consumed_ + kHeaderBytes, length);
    consumed_ += kHeaderBytes + length;
    return payload;
}

std::optional<WireError> parse_envelope_into(std::string_view payload, Envelope& out) {
    if (!out.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return WireError::bad_envelope;
    if (out.body_case() == Envelope::BODY_NOT_SET) return WireError::unknown_message;
    return std::nullopt;
}

#ifndef CTI_WIRE_NO_EXPECTED_ENVELOPE
std::expected<Envelope, WireError> parse_envelope(std::string_view payload, Envelope* partial) {
    Envelope envelope;
    if (auto err = parse_envelope_into(payload, envelope)) {
        if (partial && *err == WireError::unknown_message) *partial = std::move(envelope);
        return std::unexpected(*err);
    }
    return envelope;
}
#endif

std::string encode_frame(const Envelope& envelope) {
    const std::size_t size = envelope.ByteSizeLong();
    std::string out(kHeaderBytes + size, '\0');
    out[0] = static_cast<char>((size >> 24) & 0xff);
    out[1] = static_cast<char>((size >> 16) & 0xff);
    out[2] = static_cast<char>((size >> 8) & 0xff);
    out[3] = static_cast<char>(size & 0xff);
    envelope.SerializeToArray(out.data() + kHeaderBytes, static_cast<int>(size));
    return out;
}

std::string_view body_name(const Envelope& envelope) {
    if (envelope.body_case() == Envelope::BODY_NOT_SET) return "unknown";
    const auto* field = Envelope::descriptor()->FindFieldByNumber(envelope.body_case());
    return field ? std::string_view(field->name()) : std::string_view("unknown");
}

}  // namespace cti::wire
