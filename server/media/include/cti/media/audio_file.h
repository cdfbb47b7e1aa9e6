#pragma once
// Audio files in, 8 kHz mono 16-bit linear out: the one place that reads audio with libsndfile and
// converts its rate and channels. Hold music, prompts played by the engine, and prompts generated
// or uploaded in server/prompts all go through here (library cti_audio_file: cti_core and
// libsndfile only, no engine, no thread), so the conversion is written once.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "cti/core/error.h"

namespace cti::media {

inline constexpr int sample_rate = 8000;  // the engine's one internal rate

// Linear interpolation from `in_rate` to `out_rate` of mono samples in [-1, 1], to 16-bit.
// Good enough for speech and hold music on a telephone band; no anti-alias filter (documented
// trade-off).
std::vector<std::int16_t> resample_linear(std::span<const float> in, int in_rate, int out_rate);

// Reads a file libsndfile opens (WAV of any rate, channels and sample format, FLAC, OGG, AIFF...),
// mixes it to mono and converts it to 8 kHz 16-bit. Longer sources than `max_seconds` are cut
// there. Errors: not_found (no such file), invalid_argument (not audio, empty, shorter than 20 ms),
// each message naming the file.
Result<std::vector<std::int16_t>> decode_audio_file(const std::string& path,
                                                    double max_seconds = 600);

// The same for a file held in memory (an upload). The message says what was wrong with the bytes.
Result<std::vector<std::int16_t>> decode_audio_bytes(std::span<const std::uint8_t> bytes,
                                                     double max_seconds = 600);

// Writes 8 kHz mono 16-bit PCM WAV. Written to `path`.tmp then renamed: a reader (the engine's
// prompt cache) never sees half a file. Errors: io_error naming the path.
Result<void> write_wav_8k(const std::string& path, std::span<const std::int16_t> samples);

}  // namespace cti::media
