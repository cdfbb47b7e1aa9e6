#pragma once
// media_bench's load generator: the phones. Every phone sends one PCMU packet per 20 ms to its
// session (an engine session or a relay socket) and receives what that session sends back, all on
// the calling thread (so its CPU is never counted as the engine's, which runs on `cti-media`).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace media_bench {

inline constexpr std::int64_t frame_ns = 20'000'000;
inline constexpr int gen_sockets = 8;

std::int64_t realtime_ns();
// Every thread of this process called `name`, summed (/proc/self/task/*/schedstat, ns): seconds
// on a CPU, and seconds runnable but waiting for one (the machine was busy: on these shared
// cores, the sign that a figure measures the machine more than the code).
struct ThreadTimes {
    double cpu = 0;
    double waited = 0;
};
ThreadTimes thread_times(const std::string& name);

// Speech-like 8 kHz audio (a voiced sound on a wandering pitch with two formants, four syllables a
// second and pauses, a little noise; peaks near -12 dBFS): what the phones say and the prompts the
// engine plays. Nothing in it is a DTMF tone, so inband detectors stay quiet on it.
std::vector<std::int16_t> speech_like(std::size_t samples, unsigned seed);

struct Leg {
    std::uint16_t target_port = 0;  // where this phone sends, and where its audio comes from
    int gen = 0;                    // which generator socket is this phone
    bool measured = true;           // counted in the delivery figures
    // An inband DTMF digit (spandsp dtmf_tx, 100 ms tone, 60 ms pause) sent in place of the
    // speech from this frame on; -1: none. Run fills injected_ns: when its first packet left.
    std::int64_t inject_frame = -1;
    char digit = 0;
    std::int64_t injected_ns = 0;
};

// What the phones saw, over the measured legs.
struct Delivery {
    std::uint64_t sent = 0;      // by every phone
    std::uint64_t expected = 0;  // what the measured phones should have received
    std::uint64_t received = 0;
    std::uint64_t lost = 0;      // expected - received, when positive
    double jitter_p50_ms = 0, jitter_p99_ms = 0;
    double worst_interval_ms = 0;    // the longest wait between two packets of one stream
    double rx_per_session_s = 0;     // packets a measured phone received per second, mean
    double min_rx_per_session_s = 0; // ... and the phone that received fewest
    double gen_cpu_percent = 0;      // this generator's own CPU (% of one core), not the engine's
};

struct PhoneOptions {
    // true (relay): the payload carries the send time and the sending leg, relayed untouched,
    // and jitter is arrival interval minus send interval (what the path added); every packet is
    // counted. false: the phones send speech, the audio coming back is made on the engine's
    // 20 ms clock, jitter is arrival interval minus 20 ms per RTP sequence step, and only what
    // arrives within the sending window counts (50 a second expected).
    bool stamped = true;
    // Called on the generator thread between send rounds (about every millisecond): the bench
    // playing the core, e.g. replaying a prompt after a barge-in.
    std::function<void()> between;
};

// The phones: a few sockets (a phone is an address; many phones share one, told apart by the
// session port they talk to), sendmmsg/recvmmsg in batches, kernel receive timestamps.
class Generator {
public:
    Generator();
    ~Generator();
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;
    std::uint16_t port(int gen) const { return ports_[gen]; }

    // Plays every leg for `seconds`; phones are not synchronised (send phases spread over the
    // 20 ms). Fills each injected leg's injected_ns.
    Delivery run(std::vector<Leg>& legs, int seconds, const PhoneOptions& options);

private:
    std::vector<int> fds_;
    std::vector<std::uint16_t> ports_;
};

}  // namespace media_bench
