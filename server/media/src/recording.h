#pragma once
// Call recording pieces that know nothing of sessions: the per-channel buffer between packet
// arrival and the 20 ms clock, and the writer thread that owns the files (the media thread never
// touches the disk).
#include <array>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "cti/media/audio.h"
#include "cti/media/audio_file.h"
#include "cti/media/engine.h"

#include "sample_ring.h"

namespace cti::media {

// What one recording channel received since the last tick. Packets arrive with jitter around the
// tick, so after running dry the buffer gives audio again only once it holds two frames: a
// packet up to ~20 ms late then costs no gap (40 ms of delay does not matter in a recording),
// and an underrun (a pause, a lost packet) is bridged with silence. Bounded at 100 ms; beyond
// that the oldest samples go (a burst after a stall must not make the recording lag ever more).
class ChannelBuffer {
public:
    static constexpr std::size_t capacity = 5 * frame_samples;
    static constexpr std::size_t prime = 2 * frame_samples;

    void push(std::span<const std::int16_t> s) {
        ring_.push(s);
        if (ring_.size() >= prime) primed_ = true;
    }
    // Fills `out` (any length), silence for what is missing.
    void pop(std::span<std::int16_t> out);
    std::size_t size() const { return ring_.size(); }

private:
    SampleRing<capacity> ring_;
    bool primed_ = false;
};

// One thread writing every recording of an engine. Commands go through one queue in order, so a
// recording's frames always follow its open and precede its close. Frames are bounded per
// recording: a disk that cannot keep up ends that recording (write() returns false) instead of
// blocking the media thread or growing memory without bound.
class RecordingWriter {
public:
    // `done` is called on the writer thread (or the destroying thread), once per opened id.
    explicit RecordingWriter(std::function<void(RecordingDone)> done);
    ~RecordingWriter();  // writes and closes everything queued, then joins
    RecordingWriter(const RecordingWriter&) = delete;
    RecordingWriter& operator=(const RecordingWriter&) = delete;

    // About 10 s of audio may wait per recording.
    static constexpr std::size_t max_queued_samples = 10 * sample_rate;

    void open(RecordingId id, WavWriter file);
    // Interleaved whole frames. False when the recording already has max_queued_samples waiting
    // (nothing queued then); `force` (the last frames before a close) bypasses the bound.
    bool write(RecordingId id, std::vector<std::int16_t> interleaved, bool force = false);
    // Closes after the frames queued before it. `error` (empty: stopped normally) goes into
    // RecordingDone unless a write error came first.
    void close(RecordingId id, std::string error);

private:
    enum class Op { open, write, close };
    struct Command {
        Op op;
        RecordingId id;
        std::vector<std::int16_t> samples;  // write
        std::string error;                  // close
        std::optional<WavWriter> file;      // open
    };

    void push(Command c);
    void run();
    void execute(Command& c);

    std::function<void(RecordingDone)> done_;
    std::mutex mu_;  // guards queue_, queued_, stop_
    std::condition_variable cv_;
    std::deque<Command> queue_;
    std::unordered_map<std::uint64_t, std::size_t> queued_;  // samples waiting per recording
    bool stop_ = false;
    std::unordered_map<std::uint64_t, WavWriter> files_;  // writer thread only
    std::thread thread_;
};

}  // namespace cti::media
