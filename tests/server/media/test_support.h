#pragma once
// Test phones on real UDP sockets, an event collector, and signal helpers for the media tests.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <sndfile.h>
#include <spandsp.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <string>
#include <functional>
#include <mutex>
#include <numbers>
#include <optional>
#include <span>
#include <stdexcept>
#include <thread>
#include <vector>

#include "cti/media/audio.h"
#include "cti/media/dtmf.h"
#include "cti/media/engine.h"
#include "cti/media/rtp.h"

namespace cti::media::test {

using namespace std::chrono_literals;
inline constexpr auto deadline = 10s;  // generous: conditions are awaited, never timed

// A phone: one UDP socket on 127.0.0.1 that sends RTP to an engine port and reads what comes back.
class Phone {
public:
    Phone() {
        fd_ = ::socket(AF_INET, SOCK_DGRAM, 0);
        if (fd_ < 0) throw std::runtime_error("socket");
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) throw std::runtime_error("bind");
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        int buf = 1 << 20;
        ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &buf, sizeof buf);
    }
    Phone(const Phone&) = delete;
    Phone& operator=(const Phone&) = delete;
    ~Phone() { ::close(fd_); }

    std::uint16_t port() const { return port_; }
    RemotePeer peer(Codec codec = Codec::pcmu, int te_pt = -1) const {
        RemotePeer p;
        p.address = "127.0.0.1";
        p.port = port_;
        p.codec = codec;
        p.telephone_event_pt = te_pt;
        return p;
    }

    void send_raw(std::uint16_t to_port, std::span<const std::uint8_t> bytes) const {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(to_port);
        ::sendto(fd_, bytes.data(), bytes.size(), 0, reinterpret_cast<sockaddr*>(&a), sizeof a);
    }
    void send_rtp(std::uint16_t to_port, const RtpHeader& h, std::span<const std::uint8_t> payload) const {
        std::vector<std::uint8_t> buf(12 + payload.size());
        write_rtp(h, payload, buf);
        send_raw(to_port, buf);
    }

    // One datagram, or nothing within `timeout`.
    std::optional<std::vector<std::uint8_t>> receive(std::chrono::milliseconds timeout) const {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return std::nullopt;
        std::vector<std::uint8_t> buf(2048);
        const ssize_t n = ::recv(fd_, buf.data(), buf.size(), MSG_DONTWAIT);
        if (n < 0) return std::nullopt;
        buf.resize(static_cast<std::size_t>(n));
        return buf;
    }

    struct Received {
        RtpHeader header;
        std::vector<std::uint8_t> payload;
    };
    // Receives RTP until `done` says so (true) or the deadline passes (false).
    bool receive_until(const std::function<bool(const Received&)>& done,
                       std::chrono::milliseconds limit = deadline) const {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < end) {
            auto d = receive(50ms);
            if (!d) continue;
            auto p = parse_rtp(*d);
            if (!p) continue;
            Received r{p->header, {p->payload.begin(), p->payload.end()}};
            if (done(r)) return true;
        }
        return false;
    }

private:
    int fd_ = -1;
    std::uint16_t port_ = 0;
};

// Collects engine events (called on the media thread) for the test thread to await.
class EventLog {
public:
    EventSink sink() {
        return [this](Event e) {
            std::lock_guard lock(mu_);
            events_.push_back(std::move(e));
            cv_.notify_all();
        };
    }
    bool wait(const std::function<bool(const std::vector<Event>&)>& pred) {
        std::unique_lock lock(mu_);
        return cv_.wait_for(lock, deadline, [&] { return pred(events_); });
    }
    std::vector<Event> events() {
        std::lock_guard lock(mu_);
        return events_;
    }
    template <class T>
    std::vector<T> of() {
        std::vector<T> out;
        for (auto& e : events())
            if (auto* t = std::get_if<T>(&e)) out.push_back(*t);
        return out;
    }

private:
    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<Event> events_;
};

// Polls a condition that has no notification (engine stats) until the deadline.
inline bool poll_until(const std::function<bool()>& pred) {
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (!pred()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

// Below the kernel's ephemeral range (32768+) so the test phones' ports never collide with it.
inline EngineOptions test_options() {
    EngineOptions o;
    o.bind_address = "127.0.0.1";
    o.port_min = 30000;
    o.port_max = 31998;
    return o;
}

inline std::vector<std::int16_t> sine(double freq, std::size_t samples, double amplitude = 8000,
                                      std::size_t offset = 0) {
    std::vector<std::int16_t> out(samples);
    for (std::size_t i = 0; i < samples; ++i) {
        out[i] = static_cast<std::int16_t>(
            std::lround(amplitude * std::sin(2 * std::numbers::pi * freq * double(i + offset) / 8000)));
    }
    return out;
}

inline std::vector<std::uint8_t> encode(Codec c, std::span<const std::int16_t> s) {
    std::vector<std::uint8_t> out(s.size());
    g711_encode(c, s, out.data());
    return out;
}
inline std::vector<std::int16_t> decode(Codec c, std::span<const std::uint8_t> b) {
    std::vector<std::int16_t> out(b.size());
    g711_decode(c, b, out.data());
    return out;
}

// Goertzel: the power of one frequency in a block, normalised by the block length squared.
inline double tone_power(std::span<const std::int16_t> x, double freq) {
    const double w = 2 * std::numbers::pi * freq / 8000;
    const double coeff = 2 * std::cos(w);
    double s1 = 0, s2 = 0;
    for (auto v : x) {
        const double s0 = v + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    return power / (double(x.size()) * double(x.size()));
}

inline double rms(std::span<const std::int16_t> x) {
    double sum = 0;
    for (auto v : x) sum += double(v) * v;
    return x.empty() ? 0 : std::sqrt(sum / x.size());
}

// Normalised correlation at lag 0 of two equally long signals.
inline double correlation(std::span<const std::int16_t> a, std::span<const std::int16_t> b) {
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

// A phone's RFC 4733 sender: start with marker, two updates, three ends (RFC 4733 2.5.1).
struct EventSender {
    const Phone& phone;
    std::uint16_t port;
    int pt;
    std::uint16_t seq = 100;
    std::uint32_t ts = 50000;
    void digit(char d) {
        const auto code = *dtmf_digit_to_event(d);
        auto send = [&](bool marker, bool end, std::uint16_t dur) {
            std::array<std::uint8_t, 4> p{};
            write_telephone_event(TelephoneEvent{code, end, 10, dur}, p);
            phone.send_rtp(port, RtpHeader{marker, static_cast<std::uint8_t>(pt), seq++, ts, 0xe1}, p);
        };
        send(true, false, 160);
        send(false, false, 320);
        send(false, false, 480);
        for (int i = 0; i < 3; ++i) send(false, true, 640);
        ts += 2400;
    }
};

// Encoded PCMU frames of DTMF tones made by spandsp's generator, with silence around them.
inline std::vector<std::vector<std::uint8_t>> tone_frames(const char* digits) {
    dtmf_tx_state_t* tx = dtmf_tx_init(nullptr);
    dtmf_tx_put(tx, digits, -1);
    std::vector<std::vector<std::uint8_t>> frames;
    std::array<std::int16_t, 160> silence{};
    for (int i = 0; i < 5; ++i) frames.push_back(encode(Codec::pcmu, silence));
    for (;;) {
        std::array<std::int16_t, 160> buf{};
        const int n = dtmf_tx(tx, buf.data(), 160);
        if (n <= 0) break;
        frames.push_back(encode(Codec::pcmu, buf));
    }
    for (int i = 0; i < 10; ++i) frames.push_back(encode(Codec::pcmu, silence));
    dtmf_tx_free(tx);
    return frames;
}

inline void send_frames(const Phone& p, std::uint16_t port, const std::vector<std::vector<std::uint8_t>>& f,
                 std::uint16_t seq0 = 1) {
    for (std::size_t i = 0; i < f.size(); ++i) {
        p.send_rtp(port, RtpHeader{i == 0, 0, static_cast<std::uint16_t>(seq0 + i),
                                   static_cast<std::uint32_t>(160 * (seq0 + i)), 0xd1}, f[i]);
    }
}

// A mono 16-bit WAV with a sine of `freq` (`name` keeps the files of concurrent tests apart).
inline std::filesystem::path write_wav(int rate, double freq, double seconds,
                                       const std::string& name = "music") {
    auto path = std::filesystem::temp_directory_path() /
                ("cti_media_" + name + "_" + std::to_string(::getpid()) + ".wav");
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    REQUIRE(f);
    std::vector<short> s(static_cast<std::size_t>(rate * seconds));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<short>(10000 * std::sin(2 * std::numbers::pi * freq * i / rate));
    sf_write_short(f, s.data(), static_cast<sf_count_t>(s.size()));
    sf_close(f);
    return path;
}

// One engine, one session whose peer is phone `a`, and its events.
struct SingleSession {
    EventLog log;
    std::unique_ptr<Engine> engine;
    Phone a;
    SessionInfo sa;
    explicit SingleSession(EngineOptions o = test_options()) {
        auto e = Engine::start(o, log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        sa = *engine->open_session();
        engine->set_remote(sa.id, a.peer(Codec::pcmu));
    }
    std::vector<PlaybackDone> done() { return log.of<PlaybackDone>(); }
    bool wait_done(std::size_t n) {
        return log.wait([n](auto& ev) {
            return std::ranges::count_if(ev, [](auto& e) { return std::holds_alternative<PlaybackDone>(e); }) >= long(n);
        });
    }
};

}  // namespace cti::media::test
