// media_bench: N concurrent anchored calls, both phones of every call played by an in-process load
// generator at 50 packets/s each way, through (1) the media engine and (2) a trivial relay written
// here (receive on one leg's socket, send out of the other, no parsing) as the reference.
//
// Prints per N (median of 3 runs): packets sent/received/lost, added jitter p99 (at the receiving
// phone, kernel arrival timestamps: |arrival interval - schedule interval| between consecutive
// packets of a stream), and the CPU of the engine's thread as % of one core.
//
// With --record DIR, each N is run a third way: every call recorded (stereo WAV into DIR) for the
// whole run; it prints how many recordings came out whole (length within 20 ms of the time they
// ran, no error), the worst difference, and the CPU of the media and recording-writer threads.
//
// Usage: media_bench [--record DIR] [seconds=10] [N ...=100 500 1000]
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/executor_work_guard.hpp>

#include <algorithm>
#include <cmath>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cti/core/logging.h"
#include "cti/media/engine.h"
#include "cti/media/rtp.h"

namespace {

using namespace cti::media;
namespace asio = boost::asio;
using udp = asio::ip::udp;

constexpr std::int64_t frame_ns = 20'000'000;
constexpr int gen_sockets = 8;

std::int64_t realtime_ns() {
    timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec;
}

// utime + stime of the thread called `name`, in seconds (from /proc/self/task/TID/stat).
double thread_cpu_seconds(const std::string& name) {
    DIR* d = opendir("/proc/self/task");
    if (!d) return 0;
    double total = 0;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] == '.') continue;
        const std::string base = std::string("/proc/self/task/") + e->d_name;
        std::ifstream comm(base + "/comm");
        std::string c;
        std::getline(comm, c);
        if (c != name) continue;
        std::ifstream stat(base + "/stat");
        std::string s((std::istreambuf_iterator<char>(stat)), {});
        // Fields after the ")" of comm: state is field 3; utime 14, stime 15.
        std::istringstream in(s.substr(s.rfind(')') + 2));
        std::string field;
        unsigned long long utime = 0, stime = 0;
        for (int i = 3; i <= 15 && in >> field; ++i) {
            if (i == 14) utime = std::stoull(field);
            if (i == 15) stime = std::stoull(field);
        }
        total += double(utime + stime) / sysconf(_SC_CLK_TCK);
    }
    closedir(d);
    return total;
}

struct Leg {
    std::uint16_t target_port = 0;  // where this phone sends (engine session / relay socket)
    int gen = 0;                    // which generator socket is this phone
};

struct RunResult {
    std::uint64_t sent = 0, received = 0, lost = 0;
    double jitter_p50_ms = 0;
    double jitter_p99_ms = 0;
    double cpu_percent = 0;
    // Recording runs: every call recorded (stereo) for the whole run.
    std::uint64_t recordings = 0;      // RecordingDone received
    std::uint64_t recordings_whole = 0;  // frames within 20 ms of the time it ran, no error
    double worst_gap_ms = 0;           // largest |frames/8 - ms it ran|
    double writer_cpu_percent = 0;     // the recording writer thread
};

// The phones: a few sockets (a phone is an address; many phones share one, told apart by the
// session port they talk to), sendmmsg/recvmmsg in batches, kernel receive timestamps.
class Generator {
public:
    Generator() {
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
    ~Generator() {
        for (int fd : fds_) ::close(fd);
    }
    std::uint16_t port(int gen) const { return ports_[gen]; }

    // Plays every leg for `seconds`; leg 2c and 2c+1 are the two phones of call c.
    RunResult run(const std::vector<Leg>& legs, int seconds) {
        const std::size_t n = legs.size();
        const std::int64_t frames = std::int64_t{seconds} * 50;
        const std::int64_t t0 = realtime_ns() + 50'000'000;
        // Phones are not synchronised: spread the legs' send phases over the 20 ms.
        auto sched = [&](std::int64_t k, std::size_t leg) {
            return t0 + k * frame_ns + std::int64_t(leg) * frame_ns / std::int64_t(n);
        };
        struct Rx {
            std::int64_t prev_sched = 0, prev_arr = 0;
            std::uint64_t count = 0;
        };
        std::vector<Rx> rx(n);
        std::vector<std::int64_t> dev;
        dev.reserve(n * frames);
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
        auto drain = [&]() {
            for (int g = 0; g < gen_sockets; ++g) {
                for (;;) {
                    for (int i = 0; i < batch; ++i) {
                        iiov[i] = {in[i].data(), in[i].size()};
                        imsg[i] = {};
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
                        auto p = parse_rtp(std::span(in[i].data(), imsg[i].msg_len));
                        if (!p || p->payload.size() < 12) continue;
                        std::int64_t s;
                        std::uint32_t from;
                        std::memcpy(&s, p->payload.data(), 8);
                        std::memcpy(&from, p->payload.data() + 8, 4);
                        if (from >= n) continue;
                        Rx& x = rx[from];
                        if (x.count > 0) dev.push_back(std::abs((arr - x.prev_arr) - (s - x.prev_sched)));
                        x.prev_arr = arr;
                        x.prev_sched = s;
                        ++x.count;
                    }
                    if (r < batch) break;
                }
            }
        };

        const std::int64_t end = t0 + frames * frame_ns + 300'000'000;  // + drain time
        std::vector<pollfd> pfd(gen_sockets);
        for (int g = 0; g < gen_sockets; ++g) pfd[g] = {fds_[g], POLLIN, 0};
        for (;;) {
            const std::int64_t now = realtime_ns();
            while (k < frames && sched(k, idx) <= now) {
                const Leg& leg = legs[idx];
                const int g = leg.gen;
                const int slot = g * batch + ocount[g];
                auto& buf = out[slot];
                // The send time as executed (not the ideal schedule), so the generator's own
                // lateness is not charged to the path under test.
                const std::int64_t s = realtime_ns();
                const auto leg_id = static_cast<std::uint32_t>(idx);
                std::array<std::uint8_t, 160> payload;
                payload.fill(0xff);
                std::memcpy(payload.data(), &s, 8);
                std::memcpy(payload.data() + 8, &leg_id, 4);
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
            if (now > end) break;
            const std::int64_t next = k < frames ? sched(k, idx) : end;
            const std::int64_t wait = std::clamp<std::int64_t>(next - realtime_ns(), 0, 1'000'000);
            timespec ts{0, static_cast<long>(wait)};
            ::ppoll(pfd.data(), pfd.size(), &ts, nullptr);
        }
        RunResult r;
        r.sent = sent;
        for (auto& x : rx) r.received += x.count;
        r.lost = sent > r.received ? sent - r.received : 0;
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

private:
    std::vector<int> fds_;
    std::vector<std::uint16_t> ports_;
};

// The reference: per leg one socket; what phone A sends to leg A's socket leaves leg B's socket
// for phone B, bytes untouched. One thread, asio, like the engine.
class EchoRelay {
public:
    EchoRelay(std::size_t legs, const std::vector<udp::endpoint>& phones) : phones_(phones) {
        for (std::size_t i = 0; i < legs; ++i) {
            auto& s = sockets_.emplace_back(std::make_unique<udp::socket>(io_));
            s->open(udp::v4());
            s->bind(udp::endpoint(asio::ip::address_v4::loopback(), 0));
            s->non_blocking(true);
            bufs_.emplace_back();
            from_.emplace_back();
        }
        for (std::size_t i = 0; i < legs; ++i) receive(i);
        thread_ = std::thread([this] {
            pthread_setname_np(pthread_self(), "echo-relay");
            io_.run();
        });
    }
    ~EchoRelay() {
        work_.reset();
        io_.stop();
        thread_.join();
    }
    std::uint16_t port(std::size_t leg) const { return sockets_[leg]->local_endpoint().port(); }

private:
    void receive(std::size_t leg) {
        sockets_[leg]->async_receive_from(asio::buffer(bufs_[leg]), from_[leg],
                                          [this, leg](boost::system::error_code ec, std::size_t n) {
            if (ec) return;
            const std::size_t other = leg ^ 1;
            boost::system::error_code ignored;
            sockets_[other]->send_to(asio::buffer(bufs_[leg].data(), n), phones_[other], 0, ignored);
            receive(leg);
        });
    }
    asio::io_context io_;
    asio::executor_work_guard<asio::io_context::executor_type> work_{io_.get_executor()};
    std::vector<std::unique_ptr<udp::socket>> sockets_;
    std::vector<std::array<std::uint8_t, 1500>> bufs_;
    std::vector<udp::endpoint> from_;
    std::vector<udp::endpoint> phones_;
    std::thread thread_;
};

// record_dir: empty, or a folder where every call is recorded (stereo WAV) for the whole run.
RunResult run_engine(std::size_t calls, int seconds, const std::string& record_dir = {}) {
    Generator gen;
    EngineOptions o;
    o.bind_address = "127.0.0.1";
    o.port_min = 20000;
    o.port_max = 29999;
    std::mutex done_mu;
    std::vector<RecordingDone> done;
    auto engine = Engine::start(o, [&](Event e) {
        if (auto* d = std::get_if<RecordingDone>(&e)) {
            std::lock_guard lock(done_mu);
            done.push_back(*d);
        }
    });
    if (!engine) {
        std::fprintf(stderr, "engine: %s\n", engine.error().message.c_str());
        std::exit(1);
    }
    std::vector<Leg> legs(calls * 2);
    std::vector<SessionInfo> sessions;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        auto s = (*engine)->open_session();
        if (!s) {
            std::fprintf(stderr, "open_session: %s\n", s.error().message.c_str());
            std::exit(1);
        }
        legs[l].gen = static_cast<int>(l % gen_sockets);
        legs[l].target_port = s->local_port;
        RemotePeer peer;
        peer.address = "127.0.0.1";
        peer.port = gen.port(legs[l].gen);
        peer.telephone_event_pt = 101;  // as a modern phone: no inband DSP
        (*engine)->set_remote(s->id, peer);
        sessions.push_back(*s);
        if (l % 2 == 1) (*engine)->bridge(sessions[l - 1].id, sessions[l].id);
    }
    std::vector<RecordingId> recs;
    std::vector<std::chrono::steady_clock::time_point> rec_started;
    for (std::size_t c = 0; !record_dir.empty() && c < calls; ++c) {
        rec_started.push_back(std::chrono::steady_clock::now());
        auto id = (*engine)->start_recording(record_dir + "/call-" + std::to_string(c) + ".wav",
                                             {sessions[2 * c].id, sessions[2 * c + 1].id});
        if (!id) {
            std::fprintf(stderr, "start_recording: %s\n", id.error().message.c_str());
            std::exit(1);
        }
        recs.push_back(*id);
    }
    const double cpu0 = thread_cpu_seconds("cti-media");
    const double wcpu0 = thread_cpu_seconds("cti-media-rec");
    const auto w0 = std::chrono::steady_clock::now();
    RunResult r = gen.run(legs, seconds);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
    r.cpu_percent = 100 * (thread_cpu_seconds("cti-media") - cpu0) / wall;
    if (!recs.empty()) {
        std::vector<double> ran_ms(recs.size());
        for (std::size_t c = 0; c < recs.size(); ++c) {
            (*engine)->stop_recording(recs[c]);
            ran_ms[c] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - rec_started[c]).count();
        }
        for (int waited = 0; waited < 3000; ++waited) {  // the writer closes every file
            {
                std::lock_guard lock(done_mu);
                if (done.size() == recs.size()) break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        r.writer_cpu_percent = 100 * (thread_cpu_seconds("cti-media-rec") - wcpu0) / wall;
        std::lock_guard lock(done_mu);
        r.recordings = done.size();
        for (const auto& d : done) {
            const std::size_t c = d.id.value() - recs.front().value();
            const double gap = c < ran_ms.size() ? std::abs(double(d.frames) / 8.0 - ran_ms[c]) : 1e9;
            r.worst_gap_ms = std::max(r.worst_gap_ms, gap);
            if (d.error.empty() && gap <= 20.0) ++r.recordings_whole;
        }
    }
    const auto st = (*engine)->stats();
    if (std::getenv("MEDIA_BENCH_HIST")) {
        std::fprintf(stderr, "  engine relayed %llu dropped %llu\n",
                     (unsigned long long)st.packets_relayed, (unsigned long long)st.packets_dropped);
    }
    return r;
}

RunResult run_relay(std::size_t calls, int seconds) {
    Generator gen;
    std::vector<Leg> legs(calls * 2);
    std::vector<udp::endpoint> phones;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        legs[l].gen = static_cast<int>(l % gen_sockets);
        phones.emplace_back(asio::ip::address_v4::loopback(), gen.port(legs[l].gen));
    }
    EchoRelay relay(legs.size(), phones);
    for (std::size_t l = 0; l < legs.size(); ++l) legs[l].target_port = relay.port(l);
    const double cpu0 = thread_cpu_seconds("echo-relay");
    const auto w0 = std::chrono::steady_clock::now();
    RunResult r = gen.run(legs, seconds);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
    r.cpu_percent = 100 * (thread_cpu_seconds("echo-relay") - cpu0) / wall;
    return r;
}

RunResult median(std::vector<RunResult> runs) {
    auto med = [&](auto field) {
        std::vector<double> v;
        for (auto& r : runs) v.push_back(double(r.*field));
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    RunResult m;
    m.sent = static_cast<std::uint64_t>(med(&RunResult::sent));
    m.received = static_cast<std::uint64_t>(med(&RunResult::received));
    m.lost = static_cast<std::uint64_t>(med(&RunResult::lost));
    m.jitter_p99_ms = med(&RunResult::jitter_p99_ms);
    m.jitter_p50_ms = med(&RunResult::jitter_p50_ms);
    m.cpu_percent = med(&RunResult::cpu_percent);
    m.recordings = static_cast<std::uint64_t>(med(&RunResult::recordings));
    m.recordings_whole = static_cast<std::uint64_t>(med(&RunResult::recordings_whole));
    m.worst_gap_ms = med(&RunResult::worst_gap_ms);
    m.writer_cpu_percent = med(&RunResult::writer_cpu_percent);
    return m;
}

}  // namespace

int main(int argc, char** argv) {
    // --record DIR: also run every N with each call recorded (stereo WAV into DIR).
    std::string record_dir;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--record" && i + 1 < argc) record_dir = argv[++i];
        else args.emplace_back(argv[i]);
    }
    int seconds = !args.empty() ? std::atoi(args[0].c_str()) : 10;
    std::vector<std::size_t> ns;
    for (std::size_t i = 1; i < args.size(); ++i) ns.push_back(std::strtoul(args[i].c_str(), nullptr, 10));
    if (ns.empty()) ns = {100, 500, 1000};
    rlimit lim;
    getrlimit(RLIMIT_NOFILE, &lim);
    lim.rlim_cur = lim.rlim_max;  // 4 sockets per call (2 engine + 2 relay) plus the phones
    setrlimit(RLIMIT_NOFILE, &lim);
    cti::logger("media")->set_level(spdlog::level::warn);

    std::printf("media_bench: %d s per run, median of 3 runs, 50 packets/s each way per call, "
                "PCMU 20 ms, loopback, %u cores\n",
                seconds, std::thread::hardware_concurrency());
    std::printf("%-6s %-8s %10s %10s %8s %12s %12s %10s\n", "calls", "path", "sent", "received",
                "lost", "jitter_p50", "jitter_p99", "cpu_%core");
    for (std::size_t n : ns) {
        std::vector<RunResult> e, r;
        for (int i = 0; i < 3; ++i) e.push_back(run_engine(n, seconds));
        for (int i = 0; i < 3; ++i) r.push_back(run_relay(n, seconds));
        const RunResult me = median(e), mr = median(r);
        std::printf("%-6zu %-8s %10llu %10llu %8llu %9.3f ms %9.3f ms %9.1f%%\n", n, "engine",
                    (unsigned long long)me.sent, (unsigned long long)me.received,
                    (unsigned long long)me.lost, me.jitter_p50_ms, me.jitter_p99_ms,
                    me.cpu_percent);
        std::printf("%-6zu %-8s %10llu %10llu %8llu %9.3f ms %9.3f ms %9.1f%%\n", n, "relay",
                    (unsigned long long)mr.sent, (unsigned long long)mr.received,
                    (unsigned long long)mr.lost, mr.jitter_p50_ms, mr.jitter_p99_ms,
                    mr.cpu_percent);
        std::printf("%-6zu ratio engine/relay: cpu %.2fx, jitter_p99 %.2fx\n", n,
                    mr.cpu_percent > 0 ? me.cpu_percent / mr.cpu_percent : 0.0,
                    mr.jitter_p99_ms > 0 ? me.jitter_p99_ms / mr.jitter_p99_ms : 0.0);
        if (!record_dir.empty()) {
            std::vector<RunResult> rec;
            for (int i = 0; i < 3; ++i) rec.push_back(run_engine(n, seconds, record_dir));
            const RunResult mrec = median(rec);
            std::printf("%-6zu %-8s %10llu %10llu %8llu %9.3f ms %9.3f ms %9.1f%%  + writer %.1f%%\n", n, "rec",
                        (unsigned long long)mrec.sent, (unsigned long long)mrec.received,
                        (unsigned long long)mrec.lost, mrec.jitter_p50_ms, mrec.jitter_p99_ms, mrec.cpu_percent,
                        mrec.writer_cpu_percent);
            std::printf("%-6zu recorded: %llu of %zu calls whole (within 20 ms of the time recorded, no error), "
                        "worst %.1f ms; cpu with/without recording %.2fx\n",
                        n, (unsigned long long)mrec.recordings_whole, n, mrec.worst_gap_ms,
                        me.cpu_percent > 0 ? (mrec.cpu_percent + mrec.writer_cpu_percent) / me.cpu_percent : 0.0);
        }
        std::fflush(stdout);
    }
}
