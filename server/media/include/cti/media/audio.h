#pragma once
// Audio helpers: G.711 (ITU-T G.711 via spandsp's inline tables), saturating mixing, hold music
// loading and the generated hold tone. 8 kHz mono 16-bit linear everywhere inside the engine.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/media/audio_file.h"  // sample_rate, resample_linear, decode_audio_file
#include "cti/media/engine.h"

namespace cti::media {

inline constexpr std::size_t frame_samples = 160;  // 20 ms

void g711_decode(Codec codec, std::span<const std::uint8_t> in, std::int16_t* out) noexcept;
void g711_encode(Codec codec, std::span<const std::int16_t> in, std::uint8_t* out) noexcept;
// Byte-for-byte PCMU <-> PCMA (the G.711 tables map directly, no linear step needed).
void g711_transcode(Codec from, Codec to, std::span<const std::uint8_t> in,
                    std::uint8_t* out) noexcept;

inline std::int16_t saturate(std::int32_t v) noexcept {
    return static_cast<std::int16_t>(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
}

// The hold music file (decode_audio_file, at most 10 minutes), converted once at start; errors are
// config_error with a message that names the [media] setting.
Result<std::vector<std::int16_t>> load_audio_file(const std::string& path);

// The hold tone when no music file is configured: 450 Hz (the Chinese national tone frequency,
// GB/T 15279), two 200 ms beeps then 2.4 s of silence, looped: clearly "on hold", not ringback
// (450 Hz 1 s on / 4 s off) nor busy (0.35 s / 0.35 s).
std::vector<std::int16_t> hold_tone_pattern();

}  // namespace cti::media
