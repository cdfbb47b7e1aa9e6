// Answering-machine detection on synthetic audio: a person's short greeting then silence, a
// machine's long greeting or many words, silence, silence suppression, quiet line noise.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <vector>

#include "cti/media/amd.h"

using namespace cti::media;
using namespace std::chrono_literals;

namespace {

// Audio built piece by piece: voice is a 440 Hz + 1 kHz mix at speech level, silence is zeros.
struct Audio {
    std::vector<std::int16_t> s;
    Audio& voice(int ms, double level = 6000) {
        for (int i = 0; i < ms * 8; ++i) {
            const double t = static_cast<double>(s.size()) / 8000;
            s.push_back(static_cast<std::int16_t>(level * 0.5 * (std::sin(2 * M_PI * 440 * t) + std::sin(2 * M_PI * 1000 * t))));
        }
        return *this;
    }
    Audio& silence(int ms) {
        s.insert(s.end(), static_cast<std::size_t>(ms) * 8, 0);
        return *this;
    }
};

// Feeds in 20 ms packets, as the engine does; the decision, if any.
std::optional<AmdResult> run(MachineDetector& d, const Audio& a) {
    for (std::size_t i = 0; i < a.s.size(); i += 160) {
        const auto n = std::min<std::size_t>(160, a.s.size() - i);
        if (auto r = d.feed(std::span(a.s.data() + i, n))) return r;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("a short greeting and then silence is a person", "[media][amd]") {
    MachineDetector d;
    const auto r = run(d, Audio{}.silence(300).voice(500).silence(1000));
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::human);
    CHECK(r->after == 1600ms);  // 300 + 500 + the 800 ms pause that decides
    CHECK(r->reason == "500 ms of voice in 1 word(s), then 800 ms of silence");
    CHECK(d.decided());
    CHECK_FALSE(d.feed(std::vector<std::int16_t>(1600, 5000)));  // decided once
}

TEST_CASE("a long greeting is a machine", "[media][amd]") {
    MachineDetector d;
    const auto r = run(d, Audio{}.silence(200).voice(3000));
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::machine);
    CHECK(r->reason == "a greeting of 1520 ms of voice");
    CHECK(r->after == 1720ms);
    // Short pauses inside the greeting (between words, under 800 ms) do not make it a person.
    MachineDetector d2;
    const auto r2 = run(d2, Audio{}.voice(700).silence(400).voice(700).silence(300).voice(700));
    REQUIRE(r2);
    CHECK(r2->verdict == AmdVerdict::machine);
}

TEST_CASE("many words before a pause are a machine", "[media][amd]") {
    MachineDetector d;
    Audio a;
    for (int i = 0; i < 5; ++i) a.voice(200).silence(150);
    const auto r = run(d, a);
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::machine);
    CHECK(r->reason == "4 words without a pause of 800 ms");
    // A dip shorter than between_words (50 ms) does not split a word.
    MachineDetector d2;
    Audio b;
    for (int i = 0; i < 5; ++i) b.voice(200).silence(20);
    b.silence(1000);
    const auto r2 = run(d2, b);
    REQUIRE(r2);
    CHECK(r2->verdict == AmdVerdict::human);
    CHECK(r2->reason == "1000 ms of voice in 1 word(s), then 800 ms of silence");
}

TEST_CASE("silence, line noise and silence suppression", "[media][amd]") {
    MachineDetector quiet;
    auto r = run(quiet, Audio{}.silence(4000));
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::unsure);
    CHECK(r->reason == "no voice in the first 2500 ms");

    // Noise under the voice threshold is silence; a click shorter than a word is not a word.
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> noise(-150, 150);
    std::vector<std::int16_t> hiss(8000 * 3);
    for (auto& x : hiss) x = static_cast<std::int16_t>(noise(rng));
    Audio click;
    click.voice(60);
    hiss.insert(hiss.begin() + 8000, click.s.begin(), click.s.end());
    MachineDetector noisy;
    r = noisy.feed(hiss);
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::unsure);

    // "喂" and then no packets at all (a line that suppresses silence): the engine's tick feeds
    // the gap as silence.
    MachineDetector vad;
    CHECK_FALSE(run(vad, Audio{}.voice(400)));
    r = vad.feed_silence(1000ms);
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::human);
    CHECK(r->after == 1200ms);
}

TEST_CASE("no decision within the total time is unsure", "[media][amd]") {
    AmdConfig cfg;
    cfg.greeting = 10s;
    cfg.max_words = 100;
    MachineDetector d(cfg);
    Audio a;
    for (int i = 0; i < 20; ++i) a.voice(300).silence(300);
    const auto r = run(d, a);
    REQUIRE(r);
    CHECK(r->verdict == AmdVerdict::unsure);
    CHECK(r->reason == "undecided after 5000 ms");
    CHECK(to_string(AmdVerdict::machine) == "machine");
}
