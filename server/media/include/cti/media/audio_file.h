#pragma once
// Audio files in, 8 kHz mono 16-bit linear out: the one place that reads audio with libsndfile and
// converts its rate and channels. Hold music, prompts played by the engine, and prompts generated
// or uploaded in server/prompts all go through here (library cti_audio_file: cti_core and
// libsndfile only, no engine, no thread), so the conversion is written once.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "cti/core/error.h"

struct sf_private_tag;  // libsndfile's handle, kept out of this header

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

// An 8 kHz 16-bit PCM WAV written piece by piece (call recordings): 1 channel or 2 interleaved.
// Written in place, not renamed: a recording is read only after it is closed. The header is
// rewritten every few seconds of audio, so a process that dies mid-call leaves a readable file
// holding all but the last seconds. Not thread-safe; one owner at a time.
class WavWriter {
public:
    // Creates (truncates) the file. Errors: not_found (the folder does not exist),
    // invalid_argument (any other reason it cannot be created), naming the path.
    static Result<WavWriter> create(const std::string& path, int channels);

    // `interleaved` holds whole frames (channels samples each). Error: io_error, message
    // "<path>: <libsndfile's reason>" (disk full...). After an error the file is closed.
    Result<void> write(std::span<const std::int16_t> interleaved);
    // Finishes the header and closes; idempotent. Error as for write.
    Result<void> close();

    const std::string& path() const { return path_; }
    int channels() const { return channels_; }
    std::uint64_t frames() const { return frames_; }  // samples per channel written

private:
    struct Closer {
        void operator()(sf_private_tag* f) const noexcept;
    };
    WavWriter(std::string path, int channels, sf_private_tag* f)
        : path_(std::move(path)), channels_(channels), file_(f) {}

    std::string path_;
    int channels_ = 1;
    std::unique_ptr<sf_private_tag, Closer> file_;
    std::uint64_t frames_ = 0;
    std::uint64_t frames_at_header_ = 0;
};

}  // namespace cti::media
