// Prompt playback over real UDP: a phone hears the prompt (checked by its spectrum and samples),
// then what it heard before; barge-in by RFC 4733 and inband digits; errors at play time.
#include <stop_token>
#include <thread>

#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

namespace {

constexpr int te = 101;

enum class Heard { prompt, partner, other };

// 1 kHz is the prompt, 400 Hz the bridge partner (or `partner_freq`, the hold music).
Heard classify(const Phone::Received& r, double partner_freq = 400) {
    const auto s = decode(Codec::pcmu, r.payload);
    if (r.header.payload_type != 0 || rms(s) < 500) return Heard::other;
    const double p = tone_power(s, 1000), q = tone_power(s, partner_freq);
    if (p > 10 * q) return Heard::prompt;
    if (q > 10 * p) return Heard::partner;
    return Heard::other;
}

// A (who hears prompts) bridged to B, who talks a 400 Hz tone in real time (one packet per 20 ms,
// as a phone does) until the test ends.
struct Call {
    EventLog log;
    std::unique_ptr<Engine> engine;
    Phone a, b;
    SessionInfo sa, sb;
    std::jthread talker;

    explicit Call(int a_te = -1, EngineOptions o = test_options()) {
        auto e = Engine::start(o, log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        sa = *engine->open_session();
        sb = *engine->open_session();
        engine->set_remote(sa.id, a.peer(Codec::pcmu, a_te));
        engine->set_remote(sb.id, b.peer(Codec::pcmu));
        engine->bridge(sa.id, sb.id);
        talker = std::jthread([this](std::stop_token stop) {
            const auto tone = sine(400, 160 * 50);
            for (std::uint32_t i = 0; !stop.stop_requested(); ++i) {
                b.send_rtp(sb.local_port,
                           RtpHeader{i == 0, 0, static_cast<std::uint16_t>(i), 160 * i, 0xb0},
                           encode(Codec::pcmu, std::span(tone).subspan(160 * (i % 50), 160)));
                std::this_thread::sleep_for(20ms);  // a phone's packet clock, not a wait
            }
        });
    }

    bool hears(Heard what) {
        return a.receive_until([&](const Phone::Received& r) { return classify(r) == what; });
    }
    bool done(PlaybackId id, PlaybackEnd reason) {
        return log.wait([&](const std::vector<Event>& ev) {
            for (auto& e : ev)
                if (auto* d = std::get_if<PlaybackDone>(&e); d && d->playback == id)
                    return d->reason == reason && d->session == sa.id;
            return false;
        });
    }
};

// Receives from the playback's start until the partner has been heard 10 times after it.
std::vector<Heard> listen_through_prompt(const Phone& a,
                                         const std::function<void(const std::vector<Heard>&)>& each = {}) {
    std::vector<Heard> heard;
    bool prompt_seen = false;
    int after = 0;
    a.receive_until([&](const Phone::Received& r) {
        heard.push_back(classify(r));
        prompt_seen = prompt_seen || heard.back() == Heard::prompt;
        if (prompt_seen && heard.back() == Heard::partner) ++after;
        if (each) each(heard);
        return after >= 10;
    });
    return heard;
}

// The prompt frames are one run: their count, or -1 when they were interrupted.
int prompt_run(const std::vector<Heard>& heard) {
    const auto first = std::find(heard.begin(), heard.end(), Heard::prompt);
    const auto end = std::find(first, heard.end(), Heard::partner);
    const auto n = std::count(first, end, Heard::prompt);
    return std::count(heard.begin(), heard.end(), Heard::prompt) == n ? static_cast<int>(n) : -1;
}

}  // namespace

TEST_CASE("a 1 kHz WAV prompt is heard for its duration, then the bridge partner again",
          "[engine][playback]") {
    // 16 kHz on disk: heard as 1 kHz only if converted to 8 kHz at load. 0.5 s = 25 frames.
    const auto wav = write_wav(16000, 1000, 0.5, "prompt1k");
    Call c;
    REQUIRE(c.hears(Heard::partner));
    auto id = c.engine->play_prompt(c.sa.id, std::vector<std::string>{wav.string()});
    REQUIRE(id);
    const auto heard = listen_through_prompt(c.a);
    CHECK(prompt_run(heard) == 25);
    CHECK(c.done(*id, PlaybackEnd::finished));
    // The partner's audio comes back once the prompt is over.
    CHECK(std::count(heard.begin(), heard.end(), Heard::partner) >= 10);
    std::filesystem::remove(wav);
}

TEST_CASE("an RFC 4733 digit barges in: PlaybackDone{barged_in}, the digit, the partner again",
          "[engine][playback][dtmf]") {
    const auto wav = write_wav(8000, 1000, 0.4, "prompt_barge");
    Call c(te);
    REQUIRE(c.hears(Heard::partner));
    auto id = c.engine->play_prompt(c.sa.id, std::vector<std::string>{wav.string()},
                                    PlayOptions{.barge_in = true, .loop = true});
    REQUIRE(id);
    REQUIRE(c.hears(Heard::prompt));
    EventSender tx{c.a, c.sa.local_port, te};
    tx.digit('5');
    REQUIRE(c.done(*id, PlaybackEnd::barged_in));
    REQUIRE(c.log.wait([](auto& ev) {
        return std::ranges::any_of(ev, [](auto& e) { return std::holds_alternative<DtmfDetected>(e); });
    }));
    // The prompt stopped as the key went down: PlaybackDone precedes the digit's report.
    const auto ev = c.log.events();
    const auto done = std::ranges::find_if(ev, [](auto& e) { return std::holds_alternative<PlaybackDone>(e); });
    const auto digit = std::ranges::find_if(ev, [](auto& e) { return std::holds_alternative<DtmfDetected>(e); });
    CHECK(done < digit);
    CHECK(std::get<DtmfDetected>(*digit).digit == '5');
    CHECK(c.hears(Heard::partner));
    std::filesystem::remove(wav);
}

TEST_CASE("an inband digit barges in too", "[engine][playback][dtmf]") {
    const auto wav = write_wav(8000, 1000, 0.4, "prompt_inband");
    Call c;  // A has no telephone-event: its digits come as tones
    REQUIRE(c.hears(Heard::partner));
    auto id = c.engine->play_prompt(c.sa.id, std::vector<std::string>{wav.string()},
                                    PlayOptions{.barge_in = true, .loop = true});
    REQUIRE(id);
    REQUIRE(c.hears(Heard::prompt));
    send_frames(c.a, c.sa.local_port, tone_frames("7"));
    REQUIRE(c.done(*id, PlaybackEnd::barged_in));
    REQUIRE(c.log.wait([](auto& ev) {
        return std::ranges::any_of(ev, [](auto& e) {
            auto* d = std::get_if<DtmfDetected>(&e);
            return d && d->digit == '7' && d->source == DtmfSource::inband;
        });
    }));
    CHECK(c.hears(Heard::partner));
    std::filesystem::remove(wav);
}

TEST_CASE("a prompt without barge-in plays to its end through digits", "[engine][playback][dtmf]") {
    const auto wav = write_wav(8000, 1000, 1.0, "prompt_nobarge");  // 50 frames
    Call c(te);
    REQUIRE(c.hears(Heard::partner));
    auto id = c.engine->play_prompt(c.sa.id, std::vector<std::string>{wav.string()},
                                    PlayOptions{.barge_in = false});
    REQUIRE(id);
    EventSender tx{c.a, c.sa.local_port, te};
    bool sent = false;
    const auto heard = listen_through_prompt(c.a, [&](const std::vector<Heard>& h) {
        if (!sent && std::count(h.begin(), h.end(), Heard::prompt) == 5) {
            tx.digit('1');
            tx.digit('2');
            sent = true;
        }
    });
    CHECK(prompt_run(heard) == 50);
    CHECK(c.done(*id, PlaybackEnd::finished));
    REQUIRE(c.log.wait([](auto& ev) {
        return std::ranges::count_if(ev, [](auto& e) { return std::holds_alternative<DtmfDetected>(e); }) == 2;
    }));
    std::filesystem::remove(wav);
}

TEST_CASE("a sequence plays back to back, sample for sample, in one continuous stream",
          "[engine][playback]") {
    SingleSession t;
    // Lengths that are not whole frames: the second clip starts inside the first's last frame.
    const auto one = sine(1000, 1000), two = sine(2000, 1500, 6000), three = sine(500, 700);
    auto id = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(one), PromptAudio::pcm(two),
                                          PromptAudio::pcm(three)});
    REQUIRE(id);
    std::vector<Phone::Received> got;
    REQUIRE(t.a.receive_until([&](const Phone::Received& r) {
        got.push_back(r);
        return got.size() == 20;  // 3200 samples: 20 frames, the last one padded with silence
    }));
    std::vector<std::int16_t> expected(one);
    expected.insert(expected.end(), two.begin(), two.end());
    expected.insert(expected.end(), three.begin(), three.end());
    expected.resize(20 * 160, 0);
    std::vector<std::int16_t> heard;
    for (std::size_t i = 0; i < got.size(); ++i) {
        if (i > 0) {
            CHECK(got[i].header.sequence == static_cast<std::uint16_t>(got[i - 1].header.sequence + 1));
            CHECK(got[i].header.timestamp == got[i - 1].header.timestamp + 160);
        }
        auto d = decode(Codec::pcmu, got[i].payload);
        heard.insert(heard.end(), d.begin(), d.end());
    }
    CHECK(heard == decode(Codec::pcmu, encode(Codec::pcmu, expected)));
    REQUIRE(t.log.wait([&](auto& ev) {
        return std::ranges::any_of(ev, [&](auto& x) {
            auto* d = std::get_if<PlaybackDone>(&x);
            return d && d->playback == *id && d->reason == PlaybackEnd::finished;
        });
    }));
    CHECK(!t.a.receive(200ms));  // nothing more: no partner, no music
}
