#include "cti/media/audio.h"

#include <sndfile.h>
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

std::vector<std::int16_t> resample_linear(std::span<const float> in, int in_rate, int out_rate) {
    std::vector<std::int16_t> out;
    if (in.empty() || in_rate <= 0 || out_rate <= 0) return out;
    const double step = static_cast<double>(in_rate) / out_rate;
    const auto n = static_cast<std::size_t>(std::floor((in.size() - 1) / step)) + 1;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double pos = i * step;
        const auto k = static_cast<std::size_t>(pos);
        const double frac = pos - k;
        const float a = in[k];
        const float b = k + 1 < in.size() ? in[k + 1] : a;
        const double v = (a + (b - a) * frac) * 32767.0;
        out.push_back(saturate(static_cast<std::int32_t>(std::lround(v))));
    }
    return out;
}

Result<std::vector<std::int16_t>> load_audio_file(const std::string& path) {
    SF_INFO info{};
    std::unique_ptr<SNDFILE, decltype(&sf_close)> file(sf_open(path.c_str(), SFM_READ, &info),
                                                       &sf_close);
    if (!file) {
        return fail(Errc::config_error,
                    "cannot read hold music file '" + path + "': " + sf_strerror(nullptr) +
                        "; set [media] hold_music_file to a readable WAV file or leave it empty "
                        "for the built-in hold tone");
    }
    if (info.frames <= 0 || info.channels <= 0 || info.samplerate <= 0) {
        return fail(Errc::config_error, "hold music file '" + path +
                                            "' holds no audio; use a WAV file with sound in it");
    }
    // Cap at 10 minutes of source audio: a loop longer than that is a configuration mistake and
    // would pin memory for nothing.
    const sf_count_t max_frames = static_cast<sf_count_t>(info.samplerate) * 600;
    const sf_count_t frames = std::min(info.frames, max_frames);
    std::vector<float> interleaved(static_cast<std::size_t>(frames * info.channels));
    const sf_count_t got = sf_readf_float(file.get(), interleaved.data(), frames);
    if (got <= 0) {
        return fail(Errc::config_error, "cannot decode hold music file '" + path +
                                            "'; convert it to a PCM WAV file");
    }
    std::vector<float> mono(static_cast<std::size_t>(got));
    for (sf_count_t f = 0; f < got; ++f) {
        float sum = 0;
        for (int c = 0; c < info.channels; ++c) sum += interleaved[f * info.channels + c];
        mono[f] = sum / info.channels;
    }
    auto out = resample_linear(mono, info.samplerate, sample_rate);
    if (out.size() < frame_samples) {
        return fail(Errc::config_error, "hold music file '" + path +
                                            "' is shorter than 20 ms; use a longer recording");
    }
    return out;
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
