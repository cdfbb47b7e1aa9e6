// Hold music from a WAV file (converted once to 8 kHz) and the N-party mixer, over real sockets.
#include <sndfile.h>

#include <cstdio>
#include <filesystem>
#include <thread>

#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

TEST_CASE("hold music from a 16 kHz WAV replaces the partner's audio at 50 packets/s",
          "[engine][music]") {
    const auto wav = write_wav(16000, 500, 1.0);
    EventLog log;
    auto o = test_options();
    o.hold_music_file = wav.string();
    auto e = Engine::start(o, log.sink());
    std::filesystem::remove(wav);  // loaded once at start
    REQUIRE(e);
    auto& engine = **e;
    Phone a, b;
    auto sa = *engine.open_session();
    auto sb = *engine.open_session();
    engine.set_remote(sa.id, a.peer(Codec::pcma));
    engine.set_remote(sb.id, b.peer(Codec::pcmu));
    engine.bridge(sa.id, sb.id);
    engine.play_music(sa.id);

    // B talks (1 kHz) while A is on hold: A must not hear it.
    auto talk = sine(1000, 160 * 20);
    for (int i = 0; i < 20; ++i) {
        b.send_rtp(sb.local_port, RtpHeader{false, 0, static_cast<std::uint16_t>(i), 160u * i, 0xb0},
                   encode(Codec::pcmu, std::span(talk).subspan(160 * i, 160)));
    }

    std::vector<Phone::Received> got;
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(a.receive_until([&](const Phone::Received& r) {
        got.push_back(r);
        return got.size() == 100;
    }));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    // Generated on the 20 ms clock, not in a burst: 100 packets take about 2 s (lower bound only).
    CHECK(elapsed >= 1500ms);
    std::vector<std::int16_t> heard;
    for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].header.payload_type == 8);
        if (i > 0) {
            CHECK(got[i].header.sequence == static_cast<std::uint16_t>(got[i - 1].header.sequence + 1));
            CHECK(got[i].header.timestamp == got[i - 1].header.timestamp + 160);
        }
        auto d = decode(Codec::pcma, got[i].payload);
        heard.insert(heard.end(), d.begin(), d.end());
    }
    CHECK(rms(heard) > 3000);
    const double p500 = tone_power(heard, 500), p250 = tone_power(heard, 250),
                 p1000 = tone_power(heard, 1000);
    CHECK(p500 > 100 * p250);
    CHECK(p500 > 100 * p1000);

    // Off hold: B's voice comes through, in the same continuous stream A already had.
    engine.stop_music(sa.id);
    const auto last = got.back().header;
    std::vector<Phone::Received> after;
    auto more = sine(1000, 160 * 10);
    for (int i = 0; i < 10; ++i) {
        b.send_rtp(sb.local_port, RtpHeader{false, 0, static_cast<std::uint16_t>(100 + i), 16000 + 160u * i, 0xb0},
                   encode(Codec::pcmu, std::span(more).subspan(160 * i, 160)));
    }
    REQUIRE(a.receive_until([&](const Phone::Received& r) {
        after.push_back(r);
        // Music frames already in flight may precede B's; stop at B's last one.
        auto d = decode(Codec::pcma, r.payload);
        return tone_power(d, 1000) > 1e6 && after.size() >= 10 &&
               tone_power(decode(Codec::pcma, after[after.size() - 10].payload), 1000) > 1e6;
    }));
    std::uint16_t prev = last.sequence;
    for (auto& r : after) {
        CHECK(r.header.ssrc == last.ssrc);
        CHECK(r.header.sequence == static_cast<std::uint16_t>(prev + 1));
        prev = r.header.sequence;
    }
}

TEST_CASE("hold tone without a music file", "[engine][music]") {
    EventLog log;
    auto e = Engine::start(test_options(), log.sink());
    REQUIRE(e);
    Phone a;
    auto sa = *(*e)->open_session();
    (*e)->set_remote(sa.id, a.peer(Codec::pcmu));
    (*e)->play_music(sa.id);
    std::vector<std::int16_t> heard;
    REQUIRE(a.receive_until([&](const Phone::Received& r) {
        auto d = decode(Codec::pcmu, r.payload);
        heard.insert(heard.end(), d.begin(), d.end());
        return heard.size() >= 8000 * 3;  // one whole cadence
    }));
    CHECK(tone_power(heard, 450) > 100 * tone_power(heard, 900));
    CHECK(rms(heard) > 500);
}

TEST_CASE("mix: three phones each hear the other two and not themselves", "[engine][mix]") {
    EventLog log;
    auto e = Engine::start(test_options(), log.sink());
    REQUIRE(e);
    auto& engine = **e;
    const std::array<double, 3> freq{400, 1000, 1700};
    const std::array<Codec, 3> codec{Codec::pcmu, Codec::pcma, Codec::pcmu};
    std::array<Phone, 3> phone;
    std::array<SessionInfo, 3> s;
    const MixId mix = engine.create_mix();
    for (int i = 0; i < 3; ++i) {
        s[i] = *engine.open_session();
        engine.set_remote(s[i].id, phone[i].peer(codec[i]));
        engine.join_mix(s[i].id, mix);
    }

    // Each phone talks in real time (20 ms pacing, as a phone does) and records what it hears.
    std::array<std::vector<std::int16_t>, 3> heard;
    std::array<int, 3> packets{};
    const std::size_t skip = 10, want = 60;  // skip the start while the mix fills
    const auto end = std::chrono::steady_clock::now() + deadline;
    auto next = std::chrono::steady_clock::now();
    for (std::uint32_t n = 0; std::chrono::steady_clock::now() < end; ++n) {
        for (int i = 0; i < 3; ++i) {
            auto x = sine(freq[i], 160, 5000, 160 * n);
            phone[i].send_rtp(s[i].local_port,
                              RtpHeader{n == 0, static_cast<std::uint8_t>(codec[i]),
                                        static_cast<std::uint16_t>(n), 160 * n, 0x100u + i},
                              encode(codec[i], x));
        }
        next += 20ms;
        std::this_thread::sleep_until(next);
        for (int i = 0; i < 3; ++i) {
            while (auto d = phone[i].receive(0ms)) {
                auto p = parse_rtp(*d);
                if (!p || ++packets[i] <= static_cast<int>(skip)) continue;
                auto lin = decode(codec[i], p->payload);
                heard[i].insert(heard[i].end(), lin.begin(), lin.end());
            }
        }
        if (std::all_of(heard.begin(), heard.end(), [&](auto& h) { return h.size() >= want * 160; })) break;
    }
    for (int i = 0; i < 3; ++i) {
        INFO("phone " << i);
        REQUIRE(heard[i].size() >= want * 160);
        const double own = tone_power(heard[i], freq[i]);
        for (int j = 0; j < 3; ++j) {
            if (j == i) continue;
            const double other = tone_power(heard[i], freq[j]);
            INFO("hears " << freq[j] << " Hz: " << other << ", itself: " << own);
            CHECK(other > 1e6);   // a 5000-amplitude sine gives about 6e6
            CHECK(own < other / 100);
        }
    }

    // Leaving: the member who left is no longer heard by the others.
    engine.leave_mix(s[2].id);
    engine.destroy_mix(mix);
    CHECK(poll_until([&] { return engine.stats().sessions == 3; }));
}
