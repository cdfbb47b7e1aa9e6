// Prompt playback control: errors at play time leave the session usable, stop and replacement,
// hold music resuming after a prompt, and the bounded prompt cache.
#include <fstream>
#include <stop_token>

#include "prompt_cache.h"
#include "test_support.h"

using namespace cti;
using namespace cti::media;
using namespace cti::media::test;

namespace {

std::vector<std::int16_t> heard_samples(const Phone::Received& r) {
    return r.header.payload_type == 0 ? decode(Codec::pcmu, r.payload) : std::vector<std::int16_t>{};
}
bool is_tone(const Phone::Received& r, double freq) {
    const auto s = heard_samples(r);
    return !s.empty() && rms(s) > 500 && tone_power(s, freq) > 10 * tone_power(s, freq == 1000 ? 500 : 1000);
}

std::filesystem::path temp_file(const std::string& name, const std::string& bytes) {
    auto p = std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()) + ".wav");
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

}  // namespace

TEST_CASE("missing, corrupt or empty prompts are errors at play time, the session plays on",
          "[engine][playback]") {
    SingleSession t;
    const auto garbage = temp_file("cti_media_garbage", "RIFF\x10\0\0\0WAVEthis is not audio at all");
    auto missing = t.engine->play_prompt(t.sa.id, std::vector<std::string>{"/nonexistent/p.wav"});
    REQUIRE(!missing);
    CHECK(missing.error().code == Errc::not_found);
    CHECK(missing.error().message.find("/nonexistent/p.wav") != std::string::npos);
    auto corrupt = t.engine->play_prompt(t.sa.id, std::vector<std::string>{garbage.string()});
    REQUIRE(!corrupt);
    CHECK(corrupt.error().code == Errc::invalid_argument);
    CHECK(!t.engine->play_prompt(t.sa.id, std::vector<PromptAudio>{}));
    CHECK(!t.engine->play_prompt(t.sa.id, {PromptAudio::pcm({})}));
    auto unknown = t.engine->play_prompt(MediaSessionId{9999}, {PromptAudio::pcm(sine(1000, 800))});
    REQUIRE(!unknown);
    CHECK(unknown.error().code == Errc::not_found);
    // One bad piece fails the whole sequence before anything plays.
    CHECK(!t.engine->play_prompt(t.sa.id, std::vector<std::string>{garbage.string(), "/nope.wav"}));

    auto ok = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(sine(1000, 800))});
    REQUIRE(ok);
    REQUIRE(t.a.receive_until([](auto& r) { return is_tone(r, 1000); }));
    REQUIRE(t.wait_done(1));
    CHECK(t.done().size() == 1);  // failed plays promise no event
    CHECK(t.done()[0].reason == PlaybackEnd::finished);
    std::filesystem::remove(garbage);
}

TEST_CASE("stop_playback, a newer prompt and close_session end a playback with stopped",
          "[engine][playback]") {
    SingleSession t;
    const PlayOptions loop{.barge_in = true, .loop = true};
    auto first = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(sine(1000, 800))}, loop);
    REQUIRE(first);
    REQUIRE(t.a.receive_until([](auto& r) { return is_tone(r, 1000); }));
    auto second = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(sine(500, 800))}, loop);
    REQUIRE(second);
    REQUIRE(t.wait_done(1));
    CHECK(t.done()[0].playback == *first);
    CHECK(t.done()[0].reason == PlaybackEnd::stopped);
    REQUIRE(t.a.receive_until([](auto& r) { return is_tone(r, 500); }));
    t.engine->stop_playback(t.sa.id);
    REQUIRE(t.wait_done(2));
    CHECK(t.done()[1].playback == *second);
    CHECK(t.done()[1].reason == PlaybackEnd::stopped);

    auto third = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(sine(1000, 800))}, loop);
    REQUIRE(third);
    t.engine->close_session(t.sa.id);
    REQUIRE(t.wait_done(3));
    CHECK(t.done()[2].playback == *third);
    CHECK(t.done()[2].reason == PlaybackEnd::stopped);
}

TEST_CASE("hold music pauses for a prompt and resumes after it", "[engine][playback][music]") {
    const auto music = write_wav(8000, 500, 1.0, "prompt_music");
    auto o = test_options();
    o.hold_music_file = music.string();
    SingleSession t(o);
    t.engine->play_music(t.sa.id);
    REQUIRE(t.a.receive_until([](auto& r) { return is_tone(r, 500); }));
    auto id = t.engine->play_prompt(t.sa.id, {PromptAudio::pcm(sine(1000, 1600))});  // 10 frames
    REQUIRE(id);
    int prompt = 0, music_after = 0;
    REQUIRE(t.a.receive_until([&](auto& r) {
        if (is_tone(r, 1000)) ++prompt;
        else if (prompt > 0 && is_tone(r, 500)) ++music_after;
        return music_after >= 5;
    }));
    CHECK(prompt == 10);
    std::filesystem::remove(music);
}

TEST_CASE("the prompt cache is bounded, evicts the least recently used, reloads changed files",
          "[playback][cache]") {
    // Each file: 0.5 s at 8 kHz = 8000 bytes converted. Room for two.
    PromptCache cache(2 * 8000 + 100);
    const auto a = write_wav(8000, 1000, 0.5, "cache_a");
    const auto b = write_wav(8000, 1000, 0.5, "cache_b");
    const auto c = write_wav(8000, 1000, 0.5, "cache_c");
    auto first = cache.get(a.string());
    REQUIRE(first);
    REQUIRE(cache.get(b.string()));
    REQUIRE(cache.get(a.string()).value() == *first);  // a hit: the same samples, a now most recent
    REQUIRE(cache.get(c.string()));           // evicts b
    CHECK(cache.entries() == 2);
    CHECK(cache.bytes() == 2 * 8000);
    CHECK(cache.get(a.string()).value() == *first);
    CHECK((*first)->size() == 4000);

    // Rewritten with another length: read again, not served stale.
    std::filesystem::remove(a);
    const auto a2 = write_wav(8000, 1000, 0.25, "cache_a");
    auto again = cache.get(a2.string());
    REQUIRE(again);
    CHECK((*again)->size() == 2000);

    PromptCache tiny(100);  // a prompt larger than the cache plays but is not kept
    CHECK(tiny.get(b.string()));
    CHECK(tiny.entries() == 0);
    for (auto& p : {a2, b, c}) std::filesystem::remove(p);
}
