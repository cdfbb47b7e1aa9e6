#pragma once
// media_bench's measurements. Each run starts its own engine (or relay) and phones, measures one
// configuration once and tears it down; media_bench.cpp repeats runs and takes medians.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "cti/media/engine.h"
#include "media_load.h"

namespace media_bench {

struct RunResult {
    Delivery delivery;
    double cpu_percent = 0;   // the path under test: `cti-media` (or `echo-relay`), % of one core
    double wait_percent = 0;  // ... and how long it was runnable but waited for a CPU, % of wall
    double wall_s = 0;        // the phones' run
    // --record: every call recorded (stereo) for the whole run.
    std::uint64_t recordings = 0;        // RecordingDone received
    std::uint64_t recordings_whole = 0;  // frames within 20 ms of the time it ran, no error
    double recording_worst_ms = 0;       // largest |frames/8 - ms it ran|
    double writer_cpu_percent = 0;       // the recording writer thread
    // --prompts: inband digits injected into some sessions' audio.
    std::uint64_t injected = 0;
    std::uint64_t detected = 0;      // DtmfDetected with the digit sent, on that session, after it
    std::uint64_t barged = 0;        // PlaybackDone{barged_in} on that session, after it
    std::uint64_t false_digits = 0;  // any other DtmfDetected (no digit sent, wrong digit, twice)
    std::vector<double> detect_ms;   // first tone packet sent -> DtmfDetected, per detected digit
    std::vector<double> barge_ms;    // first tone packet sent -> PlaybackDone{barged_in}
};

// Exits with a message when the engine does not start or a session cannot be opened: a benchmark
// has nothing to measure then.
std::unique_ptr<cti::media::Engine> start_engine(cti::media::EventSink sink);
cti::media::SessionInfo open_session(cti::media::Engine& engine);
// Plays the phones and measures the thread called `thread` meanwhile: delivery, CPU, wait.
RunResult measure(Generator& gen, std::vector<Leg>& legs, int seconds, const PhoneOptions& options,
                  const std::string& thread = "cti-media");

// N two-party calls anchored on the engine (phones with telephone-event: no DSP), optionally each
// recorded (stereo WAV into record_dir).
RunResult run_engine_relay(std::size_t calls, int seconds, const std::string& record_dir = {});
// The same calls through a trivial relay written here (the floor for a packet forwarder).
RunResult run_echo_relay(std::size_t calls, int seconds);
// `sessions` callers each hearing `wav` (looped, barge-in) and talking to an inband DTMF detector
// (phones without telephone-event); `inject_percent` of them key one digit at a random moment.
RunResult run_prompts(std::size_t sessions, int seconds, const std::string& wav, int inject_percent,
                      unsigned seed);
// participants / size conferences of `size` members, everyone talking all the time.
RunResult run_conference(std::size_t size, std::size_t participants, int seconds);

}  // namespace media_bench
