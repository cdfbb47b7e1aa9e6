// media_bench: the media engine under real RTP over loopback, phones played by an in-process load
// generator (media_load.h) at 50 packets/s each, the engine's CPU read from its `cti-media`
// thread (the generator runs on the main thread and is never counted in it). Every figure is the
// median of 3 runs, next to a reference measured in the same process run.
//
// Default: N concurrent anchored calls, both phones of every call sending, through (1) the engine
// and (2) a trivial relay written here (receive on one leg's socket, send out of the other, no
// parsing) as the reference. Prints per N: packets sent/received/lost, added jitter p50/p99 (at
// the receiving phone, kernel arrival timestamps: |arrival interval - send interval| between
// consecutive packets of a stream), and the engine's CPU as % of one core.
//
// --record DIR: each N is run a third way, every call recorded (stereo WAV into DIR) for the whole
// run: how many recordings came out whole (length within 20 ms of the time they ran, no error),
// the worst difference, the CPU of the media and recording-writer threads.
//
// --prompts[=N] (1000): N sessions each playing a generated 3 s 8 kHz WAV prompt (looped, barge-in
// on) to a phone that talks back without telephone-event, so inband DTMF detection (spandsp) runs on
// every session; --inject=P (10) percent of them key one digit (dtmf_tx tones) at a random moment.
// Prints the CPU, the played audio as the phones heard it (packets per session per second, jitter
// against the 20 ms clock, the longest wait), the digits detected and prompts barged in of those
// injected, false detections, and detection latency p50/p99; reference: N sessions as N/2 calls.
//
// --conference[=P] (600): P participants in conferences of 3, 5, 10 and 20, everyone talking: CPU
// per participant and delivery of the mix; reference: P sessions as P/2 calls.
//
// Those two tables also print `waited`: how long the engine's thread was runnable but had no CPU
// (% of the run, from schedstat). When it is large the machine, not the engine, set the delivery
// figures. `gen_%core` is the load generator's own thread, never counted in `cpu_%core`.
//
// Usage: media_bench [--record DIR] [--prompts[=N]] [--inject=P] [--conference[=P]]
//                    [seconds=10] [N ...=100 500 1000]
// With --prompts or --conference the calls table runs only if --record or some N is given.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cti/core/logging.h"
#include "cti/media/audio_file.h"
#include "media_modes.h"

namespace {

using namespace media_bench;
constexpr int runs = 3;

double median_of(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
}

// Field by field median; digit counts are summed and latencies pooled over the runs.
RunResult median(const std::vector<RunResult>& all) {
    auto med = [&](auto get) {
        std::vector<double> v;
        for (const auto& r : all) v.push_back(double(get(r)));
        return median_of(v);
    };
    RunResult m;
    Delivery& d = m.delivery;
    d.sent = std::uint64_t(med([](const RunResult& r) { return r.delivery.sent; }));
    d.expected = std::uint64_t(med([](const RunResult& r) { return r.delivery.expected; }));
    d.received = std::uint64_t(med([](const RunResult& r) { return r.delivery.received; }));
    d.lost = std::uint64_t(med([](const RunResult& r) { return r.delivery.lost; }));
    d.jitter_p50_ms = med([](const RunResult& r) { return r.delivery.jitter_p50_ms; });
    d.jitter_p99_ms = med([](const RunResult& r) { return r.delivery.jitter_p99_ms; });
    d.worst_interval_ms = med([](const RunResult& r) { return r.delivery.worst_interval_ms; });
    d.rx_per_session_s = med([](const RunResult& r) { return r.delivery.rx_per_session_s; });
    d.min_rx_per_session_s = med([](const RunResult& r) { return r.delivery.min_rx_per_session_s; });
    d.gen_cpu_percent = med([](const RunResult& r) { return r.delivery.gen_cpu_percent; });
    m.cpu_percent = med([](const RunResult& r) { return r.cpu_percent; });
    m.wait_percent = med([](const RunResult& r) { return r.wait_percent; });
    m.recordings = std::uint64_t(med([](const RunResult& r) { return r.recordings; }));
    m.recordings_whole = std::uint64_t(med([](const RunResult& r) { return r.recordings_whole; }));
    m.recording_worst_ms = med([](const RunResult& r) { return r.recording_worst_ms; });
    m.writer_cpu_percent = med([](const RunResult& r) { return r.writer_cpu_percent; });
    for (const auto& r : all) {
        m.injected += r.injected;
        m.detected += r.detected;
        m.barged += r.barged;
        m.false_digits += r.false_digits;
        m.detect_ms.insert(m.detect_ms.end(), r.detect_ms.begin(), r.detect_ms.end());
        m.barge_ms.insert(m.barge_ms.end(), r.barge_ms.begin(), r.barge_ms.end());
    }
    return m;
}

template <class F>
RunResult median_of_runs(F run) {
    std::vector<RunResult> all;
    for (int i = 0; i < runs; ++i) all.push_back(run(i));
    return median(all);
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

// The 1-minute load average: these cores are shared, and every table says how busy they were.
double load_average() {
    double l = 0;
    if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &l) != 1) l = 0;
        std::fclose(f);
    }
    return l;
}

void calls_row(std::size_t n, const char* path, const RunResult& r, const char* tail = "") {
    const Delivery& d = r.delivery;
    std::printf("%-6zu %-8s %10llu %10llu %8llu %9.3f ms %9.3f ms %9.1f%%%s\n", n, path,
                (unsigned long long)d.sent, (unsigned long long)d.received, (unsigned long long)d.lost,
                d.jitter_p50_ms, d.jitter_p99_ms, r.cpu_percent, tail);
}

void calls_table(const std::vector<std::size_t>& ns, int seconds, const std::string& record_dir) {
    std::printf("media_bench: %d s per run, median of %d runs, 50 packets/s each way per call, "
                "PCMU 20 ms, loopback, %u cores, load average %.2f\n",
                seconds, runs, std::thread::hardware_concurrency(), load_average());
    std::printf("%-6s %-8s %10s %10s %8s %12s %12s %10s\n", "calls", "path", "sent", "received",
                "lost", "jitter_p50", "jitter_p99", "cpu_%core");
    for (std::size_t n : ns) {
        const RunResult me = median_of_runs([&](int) { return run_engine_relay(n, seconds); });
        const RunResult mr = median_of_runs([&](int) { return run_echo_relay(n, seconds); });
        calls_row(n, "engine", me);
        calls_row(n, "relay", mr);
        std::printf("%-6zu ratio engine/relay: cpu %.2fx, jitter_p99 %.2fx\n", n,
                    ratio(me.cpu_percent, mr.cpu_percent),
                    ratio(me.delivery.jitter_p99_ms, mr.delivery.jitter_p99_ms));
        if (!record_dir.empty()) {
            const RunResult mrec = median_of_runs([&](int) { return run_engine_relay(n, seconds, record_dir); });
            char tail[64];
            std::snprintf(tail, sizeof tail, "  + writer %.1f%%", mrec.writer_cpu_percent);
            calls_row(n, "rec", mrec, tail);
            std::printf("%-6zu recorded: %llu of %zu calls whole (within 20 ms of the time recorded, no error), "
                        "worst %.1f ms; cpu with/without recording %.2fx\n",
                        n, (unsigned long long)mrec.recordings_whole, n, mrec.recording_worst_ms,
                        ratio(mrec.cpu_percent + mrec.writer_cpu_percent, me.cpu_percent));
        }
        std::fflush(stdout);
    }
}

// One row of the --prompts and --conference tables: what the phones heard and what it cost.
void heard_row(const char* mode, std::size_t sessions, const RunResult& r, const std::string& extra = {}) {
    const Delivery& d = r.delivery;
    std::printf("%-10s %8zu %9llu %9llu %9llu %7llu %6.2f (%5.2f) %8.3f ms %8.3f ms %8.1f ms %8.1f%% %7.1f%% %7.1f%%%s\n",
                mode, sessions, (unsigned long long)d.sent, (unsigned long long)d.expected,
                (unsigned long long)d.received, (unsigned long long)d.lost, d.rx_per_session_s,
                d.min_rx_per_session_s, d.jitter_p50_ms, d.jitter_p99_ms, d.worst_interval_ms,
                r.cpu_percent, r.wait_percent, d.gen_cpu_percent, extra.c_str());
}

void heard_header(const char* first) {
    std::printf("%-10s %8s %9s %9s %9s %7s %14s %11s %11s %11s %9s %8s %8s\n", first, "sessions", "sent",
                "expected", "received", "lost", "pkt/s (min)", "jitter_p50", "jitter_p99", "worst_gap",
                "cpu_%core", "waited", "gen_%core");
}

void prompts_mode(std::size_t n, int seconds, int inject_percent) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("media_bench_prompts_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string wav = (dir / "prompt.wav").string();
    const auto samples = speech_like(3 * 8000, 11);
    if (auto ok = cti::media::write_wav_8k(wav, samples); !ok) {
        std::fprintf(stderr, "%s\n", ok.error().message.c_str());
        std::exit(1);
    }
    std::printf("media_bench --prompts: %zu sessions each hearing a %.1f s 8 kHz prompt (looped, barge-in on), "
                "each phone sending speech-like PCMU without telephone-event (inband DTMF detection on every "
                "session); %d %% of them key one digit at a random moment; %d s per run, median of %d runs, "
                "%u cores, load average %.2f\n",
                n, double(samples.size()) / 8000, inject_percent, seconds, runs,
                std::thread::hardware_concurrency(), load_average());
    heard_header("mode");
    const RunResult mp = median_of_runs([&](int i) {
        return run_prompts(n, seconds, wav, inject_percent, 1000u * unsigned(n) + unsigned(i));
    });
    const RunResult mr = median_of_runs([&](int) { return run_engine_relay(n / 2, seconds); });
    heard_row("prompts", n, mp, "  (sessions without a digit)");
    heard_row("relay", n / 2 * 2, mr, "  (calls of 2, telephone-event)");
    std::printf("%-10zu ratio prompts/relay: cpu %.2fx\n", n, ratio(mp.cpu_percent, mr.cpu_percent));
    std::printf("%-10zu DTMF over %d runs: %llu of %llu digits detected (right digit, right session), "
                "%llu of %llu prompts barged in, %llu false detections; detection latency p50 %.1f ms "
                "p99 %.1f ms, barge-in p50 %.1f ms p99 %.1f ms (from the first tone packet sent)\n",
                n, runs, (unsigned long long)mp.detected, (unsigned long long)mp.injected,
                (unsigned long long)mp.barged, (unsigned long long)mp.injected,
                (unsigned long long)mp.false_digits, percentile(mp.detect_ms, 0.5),
                percentile(mp.detect_ms, 0.99), percentile(mp.barge_ms, 0.5), percentile(mp.barge_ms, 0.99));
    std::printf("load average at the end %.2f\n", load_average());
    std::fflush(stdout);
    std::filesystem::remove_all(dir);
}

void conference_mode(std::size_t participants, int seconds) {
    std::printf("media_bench --conference: %zu participants in conferences of 3, 5, 10, 20, every phone "
                "sending speech-like PCMU (with telephone-event), everyone heard by everyone; %d s per run, "
                "median of %d runs, %u cores, load average %.2f\n",
                participants, seconds, runs, std::thread::hardware_concurrency(), load_average());
    const RunResult mr = median_of_runs([&](int) { return run_engine_relay(participants / 2, seconds); });
    heard_header("size");
    for (std::size_t size : {3, 5, 10, 20}) {
        const std::size_t p = participants / size * size;
        const RunResult mc = median_of_runs([&](int) { return run_conference(size, participants, seconds); });
        char extra[160];
        std::snprintf(extra, sizeof extra, "  %zu confs: %.1f us/participant/s, %.2f %%core/100 participants, "
                      "%.2fx relay", participants / size, mc.cpu_percent * 1e4 / double(p),
                      mc.cpu_percent * 100 / double(p), ratio(mc.cpu_percent, mr.cpu_percent));
        heard_row(("conf " + std::to_string(size)).c_str(), p, mc, extra);
        std::fflush(stdout);
    }
    const std::size_t p = participants / 2 * 2;
    char extra[120];
    std::snprintf(extra, sizeof extra, "  %zu calls of 2: %.1f us/session/s, %.2f %%core/100 sessions",
                  participants / 2, mr.cpu_percent * 1e4 / double(p), mr.cpu_percent * 100 / double(p));
    heard_row("relay", p, mr, extra);
    std::printf("load average at the end %.2f\n", load_average());
    std::fflush(stdout);
}

// "--name=value" or "--name": the value, or `fallback`; nullopt when `arg` is another option.
std::optional<std::size_t> flag(const std::string& arg, const std::string& name, std::size_t fallback) {
    if (arg == name) return fallback;
    if (arg.starts_with(name + "=")) return std::strtoul(arg.c_str() + name.size() + 1, nullptr, 10);
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    std::string record_dir;
    std::optional<std::size_t> prompts, conference;
    int inject_percent = 10;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--record" && i + 1 < argc) record_dir = argv[++i];
        else if (auto v = flag(a, "--prompts", 1000)) prompts = v;
        else if (auto v = flag(a, "--conference", 600)) conference = v;
        else if (auto v = flag(a, "--inject", 10)) inject_percent = static_cast<int>(std::min<std::size_t>(*v, 100));
        else args.push_back(a);
    }
    if ((prompts && *prompts < 2) || (conference && *conference < 20)) {
        std::fprintf(stderr, "media_bench: --prompts needs at least 2 sessions and --conference at least "
                             "20 participants (one conference of the largest size)\n");
        return 2;
    }
    const int seconds = !args.empty() ? std::atoi(args[0].c_str()) : 10;
    if (seconds < 1 || (prompts && seconds < 3)) {
        std::fprintf(stderr, "media_bench: give at least 1 second a run (3 with --prompts: digits are "
                             "keyed at least 1 s inside the run)\n");
        return 2;
    }
    std::vector<std::size_t> ns;
    for (std::size_t i = 1; i < args.size(); ++i) ns.push_back(std::strtoul(args[i].c_str(), nullptr, 10));
    const bool calls = (!prompts && !conference) || !record_dir.empty() || !ns.empty();
    if (ns.empty()) ns = {100, 500, 1000};
    rlimit lim;
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;  // 4 sockets per call (2 engine + 2 relay) plus the phones
    setrlimit(RLIMIT_NOFILE, &lim);
    cti::logger("media")->set_level(spdlog::level::warn);

    if (calls) calls_table(ns, seconds, record_dir);
    if (prompts) prompts_mode(*prompts, seconds, inject_percent);
    if (conference) conference_mode(*conference, seconds);
}
