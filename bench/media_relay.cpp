// Two-party calls: through the engine (optionally recorded) and through a trivial relay; and the
// engine set-up every mode shares.
#include <pthread.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "media_modes.h"

namespace media_bench {

using namespace cti::media;
namespace asio = boost::asio;
using udp = asio::ip::udp;

std::unique_ptr<Engine> start_engine(EventSink sink) {
    EngineOptions o;
    o.bind_address = "127.0.0.1";
    o.port_min = 20000;
    o.port_max = 29999;
    auto engine = Engine::start(o, std::move(sink));
    if (!engine) {
        std::fprintf(stderr, "engine: %s\n", engine.error().message.c_str());
        std::exit(1);
    }
    return std::move(*engine);
}

SessionInfo open_session(Engine& engine) {
    auto s = engine.open_session();
    if (!s) {
        std::fprintf(stderr, "open_session: %s\n", s.error().message.c_str());
        std::exit(1);
    }
    return *s;
}

RunResult measure(Generator& gen, std::vector<Leg>& legs, int seconds, const PhoneOptions& options,
                  const std::string& thread) {
    const ThreadTimes t0 = thread_times(thread);
    const auto w0 = std::chrono::steady_clock::now();
    RunResult r;
    r.delivery = gen.run(legs, seconds, options);
    r.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - w0).count();
    const ThreadTimes t1 = thread_times(thread);
    r.cpu_percent = 100 * (t1.cpu - t0.cpu) / r.wall_s;
    r.wait_percent = 100 * (t1.waited - t0.waited) / r.wall_s;
    return r;
}

namespace {

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

}  // namespace

RunResult run_engine_relay(std::size_t calls, int seconds, const std::string& record_dir) {
    Generator gen;
    std::mutex done_mu;
    std::vector<RecordingDone> done;
    auto engine = start_engine([&](Event e) {
        if (auto* d = std::get_if<RecordingDone>(&e)) {
            std::lock_guard lock(done_mu);
            done.push_back(*d);
        }
    });
    std::vector<Leg> legs(calls * 2);
    std::vector<SessionInfo> sessions;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        const SessionInfo s = open_session(*engine);
        legs[l].gen = static_cast<int>(l % gen_sockets);
        legs[l].target_port = s.local_port;
        RemotePeer peer;
        peer.address = "127.0.0.1";
        peer.port = gen.port(legs[l].gen);
        peer.telephone_event_pt = 101;  // as a modern phone: no inband DSP
        engine->set_remote(s.id, peer);
        sessions.push_back(s);
        if (l % 2 == 1) engine->bridge(sessions[l - 1].id, sessions[l].id);
    }
    std::vector<RecordingId> recs;
    std::vector<std::chrono::steady_clock::time_point> rec_started;
    for (std::size_t c = 0; !record_dir.empty() && c < calls; ++c) {
        rec_started.push_back(std::chrono::steady_clock::now());
        auto id = engine->start_recording(record_dir + "/call-" + std::to_string(c) + ".wav",
                                          {sessions[2 * c].id, sessions[2 * c + 1].id});
        if (!id) {
            std::fprintf(stderr, "start_recording: %s\n", id.error().message.c_str());
            std::exit(1);
        }
        recs.push_back(*id);
    }
    const double wcpu0 = thread_times("cti-media-rec").cpu;
    RunResult r = measure(gen, legs, seconds, PhoneOptions{});
    if (!recs.empty()) {
        std::vector<double> ran_ms(recs.size());
        for (std::size_t c = 0; c < recs.size(); ++c) {
            engine->stop_recording(recs[c]);
            ran_ms[c] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - rec_started[c]).count();
        }
        for (int waited = 0; waited < 3000; ++waited) {  // the writer closes every file
            {
                std::lock_guard lock(done_mu);
                if (done.size() == recs.size()) break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        r.writer_cpu_percent = 100 * (thread_times("cti-media-rec").cpu - wcpu0) / r.wall_s;
        std::lock_guard lock(done_mu);
        r.recordings = done.size();
        for (const auto& d : done) {
            const std::size_t c = d.id.value() - recs.front().value();
            const double gap = c < ran_ms.size() ? std::abs(double(d.frames) / 8.0 - ran_ms[c]) : 1e9;
            r.recording_worst_ms = std::max(r.recording_worst_ms, gap);
            if (d.error.empty() && gap <= 20.0) ++r.recordings_whole;
        }
    }
    if (std::getenv("MEDIA_BENCH_HIST")) {
        const auto st = engine->stats();
        std::fprintf(stderr, "  engine relayed %llu dropped %llu\n",
                     (unsigned long long)st.packets_relayed, (unsigned long long)st.packets_dropped);
    }
    return r;
}

RunResult run_echo_relay(std::size_t calls, int seconds) {
    Generator gen;
    std::vector<Leg> legs(calls * 2);
    std::vector<udp::endpoint> phones;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        legs[l].gen = static_cast<int>(l % gen_sockets);
        phones.emplace_back(asio::ip::address_v4::loopback(), gen.port(legs[l].gen));
    }
    EchoRelay relay(legs.size(), phones);
    for (std::size_t l = 0; l < legs.size(); ++l) legs[l].target_port = relay.port(l);
    return measure(gen, legs, seconds, PhoneOptions{}, "echo-relay");
}

}  // namespace media_bench
