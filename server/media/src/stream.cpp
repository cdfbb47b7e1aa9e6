#include "cti/media/stream.h"

#include <algorithm>

#include "cti/media/audio.h"

namespace cti::media {

void OutStream::switch_to(std::uint64_t source, std::uint64_t now) noexcept {
    // Continue where the last packet ended, plus the whole frames of silence that passed beyond
    // one packet interval, so the phone's playout sees real time and no overlap.
    if (sent_any_ && now > last_send_ + frame_samples) {
        const std::uint64_t gap = now - last_send_ - frame_samples;
        next_ts_ += static_cast<std::uint32_t>(gap / frame_samples * frame_samples);
    }
    source_ = source;
    anchored_ = false;
}

RtpHeader OutStream::relay(std::uint64_t source, const RtpHeader& in, std::uint32_t samples,
                           std::uint64_t now) noexcept {
    bool marker = in.marker;
    if (source != source_) switch_to(source, now);
    if (!anchored_) {
        seq_delta_ = static_cast<std::uint16_t>(seq_ - in.sequence);
        ts_delta_ = next_ts_ - in.timestamp;
        anchored_ = true;
        marker = true;
    }
    RtpHeader out;
    out.marker = marker;
    out.payload_type = in.payload_type;
    out.sequence = static_cast<std::uint16_t>(in.sequence + seq_delta_);
    out.timestamp = in.timestamp + ts_delta_;
    out.ssrc = ssrc_;
    // Only a newer packet moves the stream on; a late one keeps its place in the old numbering.
    if (out.sequence == seq_ || seq_newer(out.sequence, seq_)) {
        seq_ = static_cast<std::uint16_t>(out.sequence + 1);
        const std::uint32_t end = out.timestamp + samples;
        if (static_cast<std::int32_t>(end - next_ts_) > 0) next_ts_ = end;
    }
    last_send_ = now;
    sent_any_ = true;
    return out;
}

RtpHeader OutStream::generate(std::uint8_t payload_type, std::uint32_t advance, bool marker,
                              std::uint64_t now) noexcept {
    if (source_ != generated_source) {
        switch_to(generated_source, now);
        marker = true;
    }
    RtpHeader out;
    out.marker = marker;
    out.payload_type = payload_type;
    out.sequence = seq_++;
    out.timestamp = next_ts_;
    out.ssrc = ssrc_;
    next_ts_ += advance;
    last_send_ = now;
    sent_any_ = true;
    return out;
}

void mix_minus(std::span<const MixFrame> in, std::span<MixFrame> out) noexcept {
    for (std::size_t s = 0; s < mix_frame_samples; ++s) {
        std::int32_t total = 0;
        for (const auto& f : in) total += f[s];
        for (std::size_t i = 0; i < in.size() && i < out.size(); ++i) {
            out[i][s] = saturate(total - in[i][s]);
        }
    }
}

void mix_heard(std::span<const MixFrame> in, std::span<const int> heard_by, std::span<MixFrame> out) noexcept {
    const std::size_t n = std::min({in.size(), heard_by.size(), out.size()});
    for (std::size_t s = 0; s < mix_frame_samples; ++s) {
        std::int32_t total = 0;  // what everyone hears
        for (std::size_t j = 0; j < n; ++j)
            if (heard_by[j] == kHeardByEveryone) total += in[j][s];
        for (std::size_t i = 0; i < n; ++i) {
            std::int32_t v = total - (heard_by[i] == kHeardByEveryone ? in[i][s] : 0);
            for (std::size_t j = 0; j < n; ++j)
                if (j != i && heard_by[j] == static_cast<int>(i)) v += in[j][s];
            out[i][s] = saturate(v);
        }
    }
}

}  // namespace cti::media
