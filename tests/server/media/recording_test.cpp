// Call recording over real UDP sockets: what each session's peer sends ends up in its WAV channel,
// the file is exactly as long as the recording ran (no gaps), and bad input is refused at start.
#include <sys/resource.h>

#include <atomic>
#include <csignal>

#include "recording.h"
#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

namespace {

using SteadyClock = std::chrono::steady_clock;

// Phones streaming 20 ms PCMU packets of a sine each to one engine port, paced in real time on a
// thread of their own (the recording is driven by the wall clock, so the audio must be too).
class ToneSender {
public:
    struct Stream {
        const Phone* phone;
        std::uint16_t port;
        double freq;
        std::atomic<bool> paused{false};
        std::uint16_t seq = 1;
        std::uint32_t ts = 0;
        std::size_t offset = 0;
    };

    Stream& add(const Phone& p, std::uint16_t port, double freq) {
        streams_.push_back(std::make_unique<Stream>(&p, port, freq));
        return *streams_.back();
    }
    void start() {
        thread_ = std::thread([this] {
            auto next = SteadyClock::now();
            while (!stop_) {
                for (auto& s : streams_) {
                    auto frame = sine(s->freq, 160, 8000, s->offset);
                    s->offset += 160;
                    s->ts += 160;  // the clock runs on through a pause, as a phone's does
                    if (s->paused) continue;
                    s->phone->send_rtp(s->port, RtpHeader{false, 0, s->seq++, s->ts, 0x5e},
                                       encode(Codec::pcmu, frame));
                }
                next += 20ms;
                std::this_thread::sleep_until(next);
            }
        });
    }
    ~ToneSender() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
    }

private:
    std::vector<std::unique_ptr<Stream>> streams_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

// An engine with `n` sessions, each with its own phone as the peer.
struct Rig {
    EventLog log;
    std::unique_ptr<Engine> engine;
    std::vector<std::unique_ptr<Phone>> phones;
    std::vector<SessionInfo> sessions;

    explicit Rig(std::size_t n) {
        auto e = Engine::start(test_options(), log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        for (std::size_t i = 0; i < n; ++i) {
            phones.push_back(std::make_unique<Phone>());
            auto s = engine->open_session();
            REQUIRE(s);
            sessions.push_back(*s);
            engine->set_remote(s->id, phones.back()->peer(Codec::pcmu));
        }
    }
    // Until the engine has received audio on every session (the streams are flowing).
    void await_flowing() {
        for (auto& s : sessions) {
            REQUIRE(poll_until([&] { return engine->session_stats(s.id)->packets_received >= 3; }));
        }
    }
    std::optional<RecordingDone> await_done(RecordingId id) {
        const bool got = log.wait([&](const std::vector<Event>& ev) {
            return std::ranges::any_of(ev, [&](const Event& e) {
                auto* d = std::get_if<RecordingDone>(&e);
                return d && d->id == id;
            });
        });
        if (!got) return std::nullopt;
        for (auto& d : log.of<RecordingDone>())
            if (d.id == id) return d;
        return std::nullopt;
    }
};

std::filesystem::path temp_wav(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("cti_media_rec_" + name + "_" + std::to_string(::getpid()) + ".wav");
}

struct Wav {
    SF_INFO info{};
    std::vector<short> interleaved;
    std::vector<std::int16_t> channel(int c) const {
        std::vector<std::int16_t> out;
        for (std::size_t i = static_cast<std::size_t>(c); i < interleaved.size();
             i += static_cast<std::size_t>(info.channels))
            out.push_back(interleaved[i]);
        return out;
    }
};

Wav read_wav(const std::filesystem::path& path) {
    Wav w;
    SNDFILE* f = sf_open(path.c_str(), SFM_READ, &w.info);
    REQUIRE(f);
    w.interleaved.resize(static_cast<std::size_t>(w.info.frames * w.info.channels));
    CHECK(sf_readf_short(f, w.interleaved.data(), w.info.frames) == w.info.frames);
    sf_close(f);
    return w;
}

double seconds(SteadyClock::duration d) { return std::chrono::duration<double>(d).count(); }

// The file is as long as the recording ran: within 20 ms, plus one tick of slack.
void check_length(sf_count_t frames, double elapsed_s) {
    INFO("frames " << frames << ", elapsed " << elapsed_s << " s");
    CHECK(std::abs(double(frames) - elapsed_s * 8000) <= 320);
}

// `x` between seconds from and to is dominated by `freq` rather than `other`.
bool dominated_by(std::span<const std::int16_t> x, double from, double to, double freq, double other) {
    auto part = x.subspan(static_cast<std::size_t>(from * 8000),
                          static_cast<std::size_t>((to - from) * 8000));
    return tone_power(part, freq) > 20 * tone_power(part, other) && rms(part) > 2000;
}

// How many 20 ms blocks between seconds from and to carry sound.
std::size_t loud_blocks(std::span<const std::int16_t> x, double from, double to) {
    std::size_t n = 0;
    for (auto i = static_cast<std::size_t>(from * 8000); i + 160 <= to * 8000; i += 160)
        if (rms(x.subspan(i, 160)) > 1000) ++n;
    return n;
}

}  // namespace

TEST_CASE("channel buffer: primed with two frames, silence when dry, oldest dropped",
          "[recording]") {
    ChannelBuffer b;
    std::array<std::int16_t, 160> out{};
    std::vector<std::int16_t> in(160, 7);
    b.push(in);
    b.pop(out);
    CHECK(out[0] == 0);  // one frame is not yet a margin against jitter
    b.push(in);
    b.pop(out);
    CHECK(out[0] == 7);
    CHECK(b.size() == 160);
    for (int i = 0; i < 10; ++i) b.push(in);
    CHECK(b.size() == ChannelBuffer::capacity);
}

TEST_CASE("stereo recording: customer left, agent right, exactly as long as it ran",
          "[engine][recording]") {
    Rig rig(2);
    ToneSender tx;
    tx.add(*rig.phones[0], rig.sessions[0].local_port, 1000);
    tx.add(*rig.phones[1], rig.sessions[1].local_port, 700);
    tx.start();
    rig.await_flowing();
    const auto path = temp_wav("stereo");

    const auto t0 = SteadyClock::now();
    auto id = rig.engine->start_recording(path, {rig.sessions[0].id, rig.sessions[1].id});
    REQUIRE(id);
    CHECK(rig.engine->stats().recordings == 1);
    std::this_thread::sleep_for(1s);  // the length of the call being recorded
    const auto t1 = SteadyClock::now();
    rig.engine->stop_recording(*id);
    auto done = rig.await_done(*id);
    REQUIRE(done);
    CHECK(done->error.empty());
    CHECK(done->path == path.string());
    CHECK(rig.engine->stats().recordings == 0);

    const Wav w = read_wav(path);
    CHECK(w.info.channels == 2);
    CHECK(w.info.samplerate == 8000);
    CHECK(sf_count_t(done->frames) == w.info.frames);
    check_length(w.info.frames, seconds(t1 - t0));
    const auto left = w.channel(0), right = w.channel(1);
    const double end = double(w.info.frames) / 8000;
    CHECK(dominated_by(left, 0.1, end - 0.1, 1000, 700));
    CHECK(dominated_by(right, 0.1, end - 0.1, 700, 1000));
    // No gaps: after the first packets' way in, (nearly) every 20 ms carries the tone; a loaded
    // test machine may delay a packet beyond the jitter buffer now and then.
    const auto blocks = static_cast<std::size_t>((end - 0.2) / 0.02);
    CHECK(loud_blocks(left, 0.1, end - 0.1) >= blocks * 9 / 10);
    CHECK(loud_blocks(right, 0.1, end - 0.1) >= blocks * 9 / 10);
    std::filesystem::remove(path);
}

TEST_CASE("a pause in packets is recorded as silence, the length stays exact",
          "[engine][recording]") {
    Rig rig(1);
    ToneSender tx;
    auto& stream = tx.add(*rig.phones[0], rig.sessions[0].local_port, 1000);
    tx.start();
    rig.await_flowing();
    const auto path = temp_wav("pause");

    const auto t0 = SteadyClock::now();
    auto id = rig.engine->start_recording(path, {rig.sessions[0].id});
    REQUIRE(id);
    std::this_thread::sleep_for(400ms);
    const double pause_at = seconds(SteadyClock::now() - t0);
    stream.paused = true;
    std::this_thread::sleep_for(300ms);  // the caller's phone sends nothing (muted, VAD)
    stream.paused = false;
    std::this_thread::sleep_for(400ms);
    const auto t1 = SteadyClock::now();
    rig.engine->stop_recording(*id);
    auto done = rig.await_done(*id);
    REQUIRE(done);
    CHECK(done->error.empty());

    const Wav w = read_wav(path);
    CHECK(w.info.channels == 1);
    check_length(w.info.frames, seconds(t1 - t0));
    const auto mono = w.channel(0);
    CHECK(dominated_by(mono, 0.1, pause_at - 0.05, 1000, 700));
    // The pause (shifted by the jitter buffer's 40 ms) is silence, not cut out.
    CHECK(loud_blocks(mono, pause_at + 0.1, pause_at + 0.25) == 0);
    CHECK(dominated_by(mono, pause_at + 0.45, double(w.info.frames) / 8000 - 0.05, 1000, 700));
    std::filesystem::remove(path);
}

TEST_CASE("mono recording follows set_recording_channel: another session, then silence",
          "[engine][recording]") {
    Rig rig(2);
    ToneSender tx;
    tx.add(*rig.phones[0], rig.sessions[0].local_port, 1000);
    tx.add(*rig.phones[1], rig.sessions[1].local_port, 700);
    tx.start();
    rig.await_flowing();
    const auto path = temp_wav("switch");

    const auto t0 = SteadyClock::now();
    auto id = rig.engine->start_recording(path, {rig.sessions[0].id});
    REQUIRE(id);
    std::this_thread::sleep_for(500ms);
    const double switch_at = seconds(SteadyClock::now() - t0);
    rig.engine->set_recording_channel(*id, 0, rig.sessions[1].id);  // a transfer: another agent
    std::this_thread::sleep_for(500ms);
    const double silence_at = seconds(SteadyClock::now() - t0);
    rig.engine->set_recording_channel(*id, 0, std::nullopt);
    rig.engine->set_recording_channel(*id, 5, rig.sessions[0].id);  // no such channel: ignored
    std::this_thread::sleep_for(400ms);
    const auto t1 = SteadyClock::now();
    rig.engine->stop_recording(*id);
    auto done = rig.await_done(*id);
    REQUIRE(done);
    CHECK(done->error.empty());

    const Wav w = read_wav(path);
    CHECK(w.info.channels == 1);
    check_length(w.info.frames, seconds(t1 - t0));
    const auto mono = w.channel(0);
    CHECK(dominated_by(mono, 0.1, switch_at - 0.05, 1000, 700));
    CHECK(dominated_by(mono, switch_at + 0.15, silence_at - 0.05, 700, 1000));
    CHECK(loud_blocks(mono, silence_at + 0.15, double(w.info.frames) / 8000) == 0);
    std::filesystem::remove(path);
}

TEST_CASE("bad recording requests are refused at start, the engine keeps relaying",
          "[engine][recording]") {
    Rig rig(2);
    auto& e = *rig.engine;
    const auto a = rig.sessions[0].id, b = rig.sessions[1].id;
    const auto path = temp_wav("bad");

    auto none = e.start_recording(path, {});
    REQUIRE_FALSE(none);
    CHECK(none.error().code == cti::Errc::invalid_argument);
    auto three = e.start_recording(path, {a, b, a});
    REQUIRE_FALSE(three);
    CHECK(three.error().code == cti::Errc::invalid_argument);
    CHECK(three.error().message.find("not 3") != std::string::npos);
    auto unknown = e.start_recording(path, {a, MediaSessionId{987654}});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == cti::Errc::not_found);
    CHECK(unknown.error().message.find("987654") != std::string::npos);
    const std::filesystem::path nowhere = "/nonexistent-cti-folder/call.wav";
    auto no_folder = e.start_recording(nowhere, {a});
    REQUIRE_FALSE(no_folder);
    CHECK(no_folder.error().code == cti::Errc::not_found);
    CHECK(no_folder.error().message.find(nowhere.string()) != std::string::npos);
    auto a_folder = e.start_recording(std::filesystem::temp_directory_path(), {a});
    REQUIRE_FALSE(a_folder);
    CHECK(a_folder.error().code == cti::Errc::invalid_argument);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(e.stats().recordings == 0);

    // Nothing was started, nothing to report; the engine still relays.
    e.bridge(a, b);
    auto frame = encode(Codec::pcmu, sine(1000, 160));
    for (std::uint16_t i = 0; i < 5; ++i)
        rig.phones[0]->send_rtp(rig.sessions[0].local_port, RtpHeader{false, 0, i, 160u * i, 9}, frame);
    CHECK(rig.phones[1]->receive(2000ms));
    CHECK(rig.log.of<RecordingDone>().empty());
}

TEST_CASE("closing a recorded session silences its channel, destroying the engine finishes the file",
          "[engine][recording]") {
    auto rig = std::make_unique<Rig>(2);
    ToneSender tx;
    tx.add(*rig->phones[0], rig->sessions[0].local_port, 1000);
    tx.add(*rig->phones[1], rig->sessions[1].local_port, 700);
    tx.start();
    rig->await_flowing();
    const auto path = temp_wav("destroy");

    const auto t0 = SteadyClock::now();
    auto id = rig->engine->start_recording(path, {rig->sessions[0].id, rig->sessions[1].id});
    REQUIRE(id);
    std::this_thread::sleep_for(500ms);
    const double closed_at = seconds(SteadyClock::now() - t0);
    rig->engine->close_session(rig->sessions[1].id);  // the agent hangs up; recording goes on
    std::this_thread::sleep_for(400ms);
    const auto before = SteadyClock::now();
    rig->engine.reset();
    const auto after = SteadyClock::now();

    auto done = rig->log.of<RecordingDone>();
    REQUIRE(done.size() == 1);
    CHECK(done[0].id == *id);
    CHECK(done[0].error.empty());
    const Wav w = read_wav(path);
    CHECK(w.info.channels == 2);
    CHECK(sf_count_t(done[0].frames) == w.info.frames);
    CHECK(double(w.info.frames) >= seconds(before - t0) * 8000 - 320);
    CHECK(double(w.info.frames) <= seconds(after - t0) * 8000 + 320);
    const auto left = w.channel(0), right = w.channel(1);
    const double end = double(w.info.frames) / 8000;
    CHECK(dominated_by(left, 0.1, end - 0.05, 1000, 700));
    CHECK(dominated_by(right, 0.1, closed_at - 0.05, 700, 1000));
    CHECK(loud_blocks(right, closed_at + 0.15, end) == 0);
    std::filesystem::remove(path);
}

TEST_CASE("a write error (file too large, as with a full disk) ends the recording with a reason",
          "[engine][recording]") {
    Rig rig(1);
    ToneSender tx;
    tx.add(*rig.phones[0], rig.sessions[0].local_port, 1000);
    tx.start();
    rig.await_flowing();
    const auto path = temp_wav("full");

    // Files of this process may grow to 16000 bytes (half a second of mono audio): the next write
    // fails with EFBIG instead of killing the process, like ENOSPC on a full disk.
    rlimit old{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 16000;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto id = rig.engine->start_recording(path, {rig.sessions[0].id});
    REQUIRE(id);
    auto done = rig.await_done(*id);  // no stop_recording: the error ends it
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    REQUIRE(done);
    INFO(done->error);
    CHECK(done->error.starts_with("recording stopped: " + path.string() + ": "));
    CHECK(rig.engine->stats().recordings == 0);
    rig.engine->stop_recording(*id);  // too late: nothing more happens
    CHECK(poll_until([&] { return rig.engine->stats().sessions == 1; }));

    // What was written before the error is a readable file.
    const Wav w = read_wav(path);
    CHECK(w.info.frames > 4000);
    CHECK(sf_count_t(done->frames) == w.info.frames);
    CHECK(rig.log.of<RecordingDone>().size() == 1);
    std::filesystem::remove(path);
}
