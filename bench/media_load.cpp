// The phones of media_bench (media_load.h): speech-like PCMU or stamped packets out, what comes back
// timed with kernel receive timestamps and attributed to a phone by the port it came from.
#include "media_load.h"

#include <dirent.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <spandsp.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <map>
#include <numbers>
#include <random>

#include "cti/media/audio.h"
#include "cti/media/rtp.h"

namespace media_bench {

using namespace cti::media;

std::int64_t realtime_ns() {
    timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec;
}

ThreadTimes thread_times(const std::string& name) {
    ThreadTimes t;
    DIR* d = opendir("/proc/self/task");
    if (!d) return t;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] == '.') continue;
        const std::string base = std::string("/proc/self/task/") + e->d_name;
        std::ifstream comm(base + "/comm");
        std::string c;
        std::getline(comm, c);
        if (c != name) continue;
        std::ifstream stat(base + "/schedstat");
        unsigned long long run_ns = 0, wait_ns = 0;
        stat >> run_ns >> wait_ns;
        t.cpu += double(run_ns) / 1e9;
        t.waited += double(wait_ns) / 1e9;
    }
    closedir(d);
    return t;
}

std::vector<std::int16_t> speech_like(std::size_t samples, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uni(0, 1);
    std::vector<std::int16_t> out(samples);
    constexpr double rate = 8000, two_pi = 2 * std::numbers::pi;
    double phase = 0;
    bool voiced = true;
    for (std::size_t i = 0; i < samples; ++i) {
        const double t = double(i) / rate;
        if (i % 2000 == 0) voiced = uni(rng) < 0.75;  // a quarter of the 250 ms syllables: a pause
        const double f0 = 120 + 35 * std::sin(two_pi * 0.7 * t + seed);
        phase += two_pi * f0 / rate;
        double v = 0;
        for (int h = 1; h * f0 < 3400; ++h) {
            const double f = h * f0;
            const double formants = 1 + 2 * std::exp(-std::pow((f - 550) / 200, 2)) +
                                    1.5 * std::exp(-std::pow((f - 1500) / 300, 2));
            v += formants / h * std::sin(h * phase);
        }
        const double envelope = voiced ? 0.5 * (1 - std::cos(two_pi * 4 * t)) : 0;
        const double noise = (uni(rng) - 0.5) * 0.05;
        out[i] = static_cast<std::int16_t>(std::clamp(envelope * v * 2500 + noise * 2500, -32768.0, 32767.0));
    }
    return out;
}

namespace {

constexpr std::size_t payload_bytes = 160;
constexpr std::int64_t tone_frames = 8;  // 100 ms tone + 60 ms pause

std::vector<std::uint8_t> to_pcmu(std::span<const std::int16_t> pcm) {
    std::vector<std::uint8_t> out(pcm.size());
    g711_encode(Codec::pcmu, pcm, out.data());
    return out;
}

// One digit as a phone without telephone-event sends it: spandsp's Q.23 tone pair, inband.
std::vector<std::uint8_t> dtmf_frames(char digit) {
    dtmf_tx_state_t* tx = dtmf_tx_init(nullptr);
    dtmf_tx_set_timing(tx, 100, 60);
    dtmf_tx_put(tx, &digit, 1);
    std::vector<std::int16_t> pcm(tone_frames * payload_bytes, 0);
    dtmf_tx(tx, pcm.data(), static_cast<int>(pcm.size()));
    dtmf_tx_free(tx);
    return to_pcmu(pcm);
}

}  // namespace

Generator::Generator() {
    for (int i = 0; i < gen_sockets; ++i) {
        int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        socklen_t len = sizeof a;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
        int buf = 16 << 20;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &buf, sizeof buf);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &buf, sizeof buf);
        int on = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
        fds_.push_back(fd);
        ports_.push_back(ntohs(a.sin_port));
    }
}

Generator::~Generator() {
    for (int fd : fds_) ::close(fd);
}

Delivery Generator::run(std::vector<Leg>& legs, int seconds, const PhoneOptions& options) {
    const std::size_t n = legs.size();
    if (n == 0) return {};
    const std::int64_t frames = std::int64_t{seconds} * 50;
    const std::int64_t t0 = realtime_ns() + 50'000'000;
    const std::int64_t window_end = t0 + frames * frame_ns;
    auto sched = [&](std::int64_t k, std::size_t leg) {
        return t0 + k * frame_ns + std::int64_t(leg) * frame_ns / std::int64_t(n);
    };

    // What the phones say: 4 s of speech, each phone starting elsewhere in it; digits as tones.
    static const std::vector<std::uint8_t> voice = to_pcmu(speech_like(4 * 8000, 7));
    const std::size_t voice_frames = voice.size() / payload_bytes;
    std::map<char, std::vector<std::uint8_t>> tones;
    for (const Leg& l : legs)
        if (l.inject_frame >= 0 && !tones.contains(l.digit)) tones[l.digit] = dtmf_frames(l.digit);

    std::vector<std::int32_t> leg_of_port(65536, -1);
    for (std::size_t l = 0; l < n; ++l) leg_of_port[legs[l].target_port] = static_cast<std::int32_t>(l);

    struct Rx {
        std::int64_t prev_sched = 0, prev_arr = 0;
        std::uint16_t prev_seq = 0;
        std::uint64_t count = 0;
    };
    std::vector<Rx> rx(n);
    std::vector<std::int64_t> dev;
    dev.reserve(n * frames);
    std::int64_t worst_interval = 0;
    std::uint64_t sent = 0;
    std::int64_t k = 0;
    std::size_t idx = 0;

    constexpr int batch = 256;
    std::vector<std::array<std::uint8_t, 172>> out(batch * gen_sockets);
    std::vector<sockaddr_in> to(batch * gen_sockets);
    std::vector<iovec> oiov(batch * gen_sockets);
    std::vector<mmsghdr> omsg(batch * gen_sockets);
    std::vector<int> ocount(gen_sockets);

    std::vector<std::array<std::uint8_t, 2048>> in(batch);
    std::vector<sockaddr_in> from(batch);
    std::vector<iovec> iiov(batch);
    std::vector<mmsghdr> imsg(batch);
    std::vector<std::array<char, 64>> ctrl(batch);

    auto flush = [&](int g) {
        int done = 0;
        while (done < ocount[g]) {
            int r = ::sendmmsg(fds_[g], &omsg[g * batch + done], ocount[g] - done, 0);
            if (r <= 0) break;
            done += r;
        }
        ocount[g] = 0;
    };
    auto on_received = [&](std::span<const std::uint8_t> bytes, const sockaddr_in& src, std::int64_t arr) {
        const std::int32_t l = leg_of_port[ntohs(src.sin_port)];
        if (l < 0 || !legs[l].measured) return;
        auto p = parse_rtp(bytes);
        if (!p) return;
        Rx& x = rx[l];
        std::int64_t s;
        if (options.stamped) {
            if (p->payload.size() < 12) return;
            std::memcpy(&s, p->payload.data(), 8);
        } else {
            // Only the sending window counts: the engine plays before and after it too.
            if (arr < t0 || arr >= window_end) return;
            const auto step = static_cast<std::int16_t>(p->header.sequence - x.prev_seq);
            s = x.count == 0 ? 0 : x.prev_sched + std::int64_t{step} * frame_ns;
            if (x.count > 0 && step <= 0) {  // duplicate or reordered: counted, not timed
                ++x.count;
                return;
            }
            x.prev_seq = p->header.sequence;
        }
        if (x.count > 0) {
            dev.push_back(std::abs((arr - x.prev_arr) - (s - x.prev_sched)));
            worst_interval = std::max(worst_interval, arr - x.prev_arr);
        }
        x.prev_arr = arr;
        x.prev_sched = s;
        ++x.count;
    };
    auto drain = [&]() {
        for (int g = 0; g < gen_sockets; ++g) {
            for (;;) {
                for (int i = 0; i < batch; ++i) {
                    iiov[i] = {in[i].data(), in[i].size()};
                    imsg[i] = {};
                    imsg[i].msg_hdr.msg_name = &from[i];
                    imsg[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
                    imsg[i].msg_hdr.msg_iov = &iiov[i];
                    imsg[i].msg_hdr.msg_iovlen = 1;
                    imsg[i].msg_hdr.msg_control = ctrl[i].data();
                    imsg[i].msg_hdr.msg_controllen = ctrl[i].size();
                }
                const int r = ::recvmmsg(fds_[g], imsg.data(), batch, MSG_DONTWAIT, nullptr);
                if (r <= 0) break;
                for (int i = 0; i < r; ++i) {
                    std::int64_t arr = realtime_ns();
                    for (cmsghdr* c = CMSG_FIRSTHDR(&imsg[i].msg_hdr); c;
                         c = CMSG_NXTHDR(&imsg[i].msg_hdr, c)) {
                        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                            timespec ts;
                            std::memcpy(&ts, CMSG_DATA(c), sizeof ts);
                            arr = std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
                        }
                    }
                    on_received(std::span(in[i].data(), imsg[i].msg_len), from[i], arr);
                }
                if (r < batch) break;
            }
        }
    };

    timespec cpu0;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
    const std::int64_t wall0 = realtime_ns();
    const std::int64_t end = window_end + 300'000'000;  // + drain time
    std::vector<pollfd> pfd(gen_sockets);
    for (int g = 0; g < gen_sockets; ++g) pfd[g] = {fds_[g], POLLIN, 0};
    for (;;) {
        const std::int64_t now = realtime_ns();
        while (k < frames && sched(k, idx) <= now) {
            Leg& leg = legs[idx];
            const int g = leg.gen;
            const int slot = g * batch + ocount[g];
            auto& buf = out[slot];
            // The send time as executed (not the ideal schedule), so the generator's own
            // lateness is not charged to the path under test.
            const std::int64_t s = realtime_ns();
            const auto leg_id = static_cast<std::uint32_t>(idx);
            std::array<std::uint8_t, payload_bytes> payload;
            if (options.stamped) {
                payload.fill(0xff);
                std::memcpy(payload.data(), &s, 8);
                std::memcpy(payload.data() + 8, &leg_id, 4);
            } else if (leg.inject_frame >= 0 && k >= leg.inject_frame && k < leg.inject_frame + tone_frames) {
                if (k == leg.inject_frame) leg.injected_ns = s;
                std::memcpy(payload.data(), tones[leg.digit].data() + (k - leg.inject_frame) * payload_bytes,
                            payload_bytes);
            } else {
                const std::size_t f = (std::size_t(k) + idx * 37) % voice_frames;
                std::memcpy(payload.data(), voice.data() + f * payload_bytes, payload_bytes);
            }
            write_rtp(RtpHeader{k == 0, 0, static_cast<std::uint16_t>(k),
                                static_cast<std::uint32_t>(k * 160), leg_id + 1},
                      payload, buf);
            to[slot] = {};
            to[slot].sin_family = AF_INET;
            to[slot].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            to[slot].sin_port = htons(leg.target_port);
            oiov[slot] = {buf.data(), buf.size()};
            omsg[slot] = {};
            omsg[slot].msg_hdr.msg_name = &to[slot];
            omsg[slot].msg_hdr.msg_namelen = sizeof(sockaddr_in);
            omsg[slot].msg_hdr.msg_iov = &oiov[slot];
            omsg[slot].msg_hdr.msg_iovlen = 1;
            ++sent;
            if (++ocount[g] == batch) flush(g);
            if (++idx == n) {
                idx = 0;
                ++k;
            }
        }
        for (int g = 0; g < gen_sockets; ++g) flush(g);
        drain();
        if (options.between) options.between();
        if (now > end) break;
        const std::int64_t next = k < frames ? sched(k, idx) : end;
        const std::int64_t wait = std::clamp<std::int64_t>(next - realtime_ns(), 0, 1'000'000);
        timespec ts{0, static_cast<long>(wait)};
        ::ppoll(pfd.data(), pfd.size(), &ts, nullptr);
    }
    timespec cpu1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
    const double cpu = double(cpu1.tv_sec - cpu0.tv_sec) + double(cpu1.tv_nsec - cpu0.tv_nsec) / 1e9;

    Delivery r;
    r.sent = sent;
    r.gen_cpu_percent = 100 * cpu / (double(realtime_ns() - wall0) / 1e9);
    std::uint64_t measured = 0, fewest = UINT64_MAX;
    for (std::size_t l = 0; l < n; ++l) {
        if (!legs[l].measured) continue;
        ++measured;
        r.received += rx[l].count;
        fewest = std::min(fewest, rx[l].count);
    }
    r.expected = measured * static_cast<std::uint64_t>(frames);
    r.lost = r.expected > r.received ? r.expected - r.received : 0;
    if (measured > 0) {
        r.rx_per_session_s = double(r.received) / double(measured) / seconds;
        r.min_rx_per_session_s = double(fewest) / seconds;
    }
    r.worst_interval_ms = double(worst_interval) / 1e6;
    if (std::getenv("MEDIA_BENCH_HIST") && !dev.empty()) {
        std::array<std::uint64_t, 25> h{};
        for (auto d : dev) ++h[std::min<std::size_t>(d / 1'000'000, 24)];
        for (std::size_t i = 0; i < h.size(); ++i)
            if (h[i]) std::fprintf(stderr, "  dev %2zu ms: %llu\n", i, (unsigned long long)h[i]);
    }
    if (!dev.empty()) {
        const std::size_t i = dev.size() * 99 / 100;
        std::nth_element(dev.begin(), dev.begin() + i, dev.end());
        r.jitter_p99_ms = dev[i] / 1e6;
        const std::size_t h = dev.size() / 2;
        std::nth_element(dev.begin(), dev.begin() + h, dev.begin() + i);
        r.jitter_p50_ms = dev[h] / 1e6;
    }
    return r;
}

}  // namespace media_bench
