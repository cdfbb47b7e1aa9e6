#include "cti/media/audio.h"

#include <spandsp.h>

#include <cmath>
#include <memory>
#include <numbers>

namespace cti::media {

void g711_decode(Codec codec, std::span<const std::uint8_t> in, std::int16_t* out) noexcept {
    if (codec == Codec::pcmu) {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = ulaw_to_linear(in[i]);
    } else {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = alaw_to_linear(in[i]);
    }
}

void g711_encode(Codec codec, std::span<const std::int16_t> in, std::uint8_t* out) noexcept {
    if (codec == Codec::pcmu) {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = linear_to_ulaw(in[i]);
    } else {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = linear_to_alaw(in[i]);
    }
}

void g711_transcode(Codec from, Codec to, std::span<const std::uint8_t> in,
                    std::uint8_t* out) noexcept {
    if (from == to) {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = in[i];
    } else if (from == Codec::pcmu) {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = ulaw_to_alaw(in[i]);
    } else {
        for (std::size_t i = 0; i < in.size(); ++i) out[i] = alaw_to_ulaw(in[i]);
    }
}

Result<std::vector<std::int16_t>> load_audio_file(const std::string& path) {
    auto samples = decode_audio_file(path, 600);
    if (!samples) {
        return fail(Errc::config_error,
                    "hold music: " + samples.error().message +
                        " (set [media] hold_music_file to a readable audio file, or leave it "
                        "empty for the built-in hold tone)");
    }
    return samples;
}

std::vector<std::int16_t> hold_tone_pattern() {
    constexpr double freq = 450.0;
    constexpr double amplitude = 0.25 * 32767;  // about -12 dBFS: audible, not harsh
    constexpr int beep = sample_rate / 5;       // 200 ms
    std::vector<std::int16_t> out(static_cast<std::size_t>(sample_rate) * 3, 0);
    auto tone = [&](int from) {
        for (int i = 0; i < beep; ++i) {
            const double v = amplitude * std::sin(2 * std::numbers::pi * freq * i / sample_rate);
            out[from + i] = static_cast<std::int16_t>(std::lround(v));
        }
    };
    tone(0);
    tone(2 * beep);
    return out;
}

}  // namespace cti::media
