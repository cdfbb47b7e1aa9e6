// The prompt store on disk: resolve, espeak-ng generation (real espeak-ng, checked with
// libsndfile), uploads and their validation, speak() and its cache.
#include <sndfile.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <stop_token>

#include <cmath>
#include <fstream>

#include "cti/media/audio_file.h"
#include "cti/prompts/store.h"

using namespace cti;
using namespace cti::prompts;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() /
                    ("cti_prompts_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    static inline int counter = 0;
};

struct WavInfo {
    int rate = 0, channels = 0;
    sf_count_t frames = 0;
    double rms = 0;
};

// Read back with libsndfile directly: what any player would see.
WavInfo inspect(const fs::path& p) {
    SF_INFO info{};
    SNDFILE* f = sf_open(p.c_str(), SFM_READ, &info);
    REQUIRE(f);
    std::vector<short> s(static_cast<std::size_t>(info.frames * info.channels));
    sf_readf_short(f, s.data(), info.frames);
    sf_close(f);
    double sum = 0;
    for (short v : s) sum += double(v) * v;
    return {info.samplerate, info.channels, info.frames, s.empty() ? 0 : std::sqrt(sum / s.size())};
}

std::vector<std::uint8_t> read_bytes(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

// A 44.1 kHz stereo WAV, as a desktop might upload.
std::vector<std::uint8_t> stereo_wav_bytes(const fs::path& dir, double seconds) {
    const auto p = dir / "upload.wav";
    SF_INFO info{};
    info.samplerate = 44100;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* f = sf_open(p.c_str(), SFM_WRITE, &info);
    REQUIRE(f);
    std::vector<short> s(static_cast<std::size_t>(44100 * seconds) * 2);
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<short>(8000 * std::sin(2 * 3.14159265 * 440 * double(i / 2) / 44100));
    sf_writef_short(f, s.data(), static_cast<sf_count_t>(s.size() / 2));
    sf_close(f);
    auto bytes = read_bytes(p);
    fs::remove(p);
    return bytes;
}

}  // namespace

TEST_CASE("prompt ids are <category>/<name> and never leave the store", "[store]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path});
    for (const char* bad : {"ahead", "../etc/passwd", "queue/../../x", "Queue/ahead", "queue/",
                            "/ahead", "queue/a/b", "queue/a b"}) {
        INFO(bad);
        auto r = store.resolve(bad, Lang::zh_CN);
        REQUIRE(!r);
        CHECK(r.error().code == Errc::invalid_argument);
    }
    auto missing = store.resolve("queue/ahead", Lang::en);
    REQUIRE(!missing);
    CHECK(missing.error().code == Errc::not_found);
    CHECK(missing.error().message.find("en/queue/ahead.wav") != std::string::npos);
}

TEST_CASE("espeak-ng generates missing prompts: 8 kHz mono WAVs with speech in them",
          "[store][espeak]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path});
    const std::vector<PromptText> wanted = {
        {"welcome/hello", Lang::zh_CN, "您好，欢迎致电客户服务中心"},
        {"welcome/hello", Lang::en, "Welcome to the customer service center."},
    };
    auto report = store.ensure_generated(wanted);
    CHECK(report.generated == 2);
    CHECK(report.failed.empty());
    for (auto lang : {Lang::zh_CN, Lang::en}) {
        auto path = store.resolve("welcome/hello", lang);
        REQUIRE(path);
        CHECK(path->string().find(std::string(to_string(lang)) + "/welcome/hello.wav") != std::string::npos);
        const auto w = inspect(*path);
        CHECK(w.rate == 8000);
        CHECK(w.channels == 1);
        CHECK(w.frames > 8000 / 2);  // more than half a second of speech
        CHECK(w.rms > 300);          // not silence
    }
    // Present prompts are left alone (a recorded one is never overwritten); only holes are filled.
    const auto before = fs::last_write_time(*store.resolve("welcome/hello", Lang::en));
    auto again = store.ensure_generated(wanted);
    CHECK(again.present == 2);
    CHECK(again.generated == 0);
    CHECK(fs::last_write_time(*store.resolve("welcome/hello", Lang::en)) == before);
}

TEST_CASE("a stop request ends generation between prompts (a server shutting down)", "[store][espeak]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path});
    std::stop_source stop;
    stop.request_stop();
    auto report = store.ensure_generated({{"queue/a", Lang::en, "one"}, {"queue/b", Lang::en, "two"}}, stop.get_token());
    CHECK(report.generated == 0);
    CHECK_FALSE(store.resolve("queue/a", Lang::en));
}

TEST_CASE("generation failures are reported per prompt, the others still get made", "[store][espeak]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path});
    auto report = store.ensure_generated({{"bad id", Lang::en, "x"},
                                          {"queue/empty", Lang::en, ""},
                                          {"queue/ok", Lang::en, "-v starts with a dash"}});
    CHECK(report.generated == 1);
    REQUIRE(report.failed.size() == 2);
    CHECK(report.failed[1].message.find("queue/empty") != std::string::npos);
    CHECK(store.resolve("queue/ok", Lang::en));

    PromptStore no_espeak({.data_dir = dir.path, .espeak_program = "/nonexistent/espeak-ng"});
    auto none = no_espeak.ensure_generated({{"queue/other", Lang::en, "hello"}});
    REQUIRE(none.failed.size() == 1);
    CHECK(none.failed[0].code == Errc::unavailable);
    CHECK(none.failed[0].message.find("espeak-ng") != std::string::npos);
}

TEST_CASE("uploads: converted to 8 kHz mono, garbage, empty and oversize refused clearly",
          "[store][upload]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path, .max_upload_bytes = 1u << 20, .max_upload_seconds = 5});
    auto path = store.upload("ivr/menu", Lang::zh_CN, stereo_wav_bytes(dir.path, 1.0));
    REQUIRE(path);
    CHECK(*path == *store.resolve("ivr/menu", Lang::zh_CN));
    const auto w = inspect(*path);
    CHECK(w.rate == 8000);
    CHECK(w.channels == 1);
    CHECK(w.frames == Approx(8000).margin(2));
    CHECK(w.rms > 3000);

    const std::string text = "this is not a sound file, just some text pretending to be one";
    auto garbage = store.upload("ivr/menu", Lang::zh_CN,
                                std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
    REQUIRE(!garbage);
    CHECK(garbage.error().code == Errc::invalid_argument);
    CHECK(garbage.error().message.find("not an audio file") != std::string::npos);
    CHECK(inspect(*path).frames == w.frames);  // the stored prompt is untouched

    CHECK(store.upload("ivr/menu", Lang::zh_CN, {}).error().message.find("empty") != std::string::npos);

    std::vector<std::uint8_t> huge((1u << 20) + 1, 0);
    auto big = store.upload("ivr/menu", Lang::zh_CN, huge);
    REQUIRE(!big);
    CHECK(big.error().message.find("limit") != std::string::npos);

    auto long_one = store.upload("ivr/long", Lang::en, stereo_wav_bytes(dir.path, 5.5));
    REQUIRE(!long_one);
    CHECK(long_one.error().message.find("longer than 5 seconds") != std::string::npos);
    CHECK(!store.resolve("ivr/long", Lang::en));

    CHECK(store.upload("../x", Lang::en, stereo_wav_bytes(dir.path, 0.5)).error().code ==
          Errc::invalid_argument);
}

TEST_CASE("speak makes a WAV for dynamic text once, and keeps a bounded cache", "[store][espeak]") {
    TempDir dir;
    PromptStore store({.data_dir = dir.path, .tts_cache_files = 2});
    auto first = store.speak("您前面还有" + zh_count(3) + "位", Lang::zh_CN);
    REQUIRE(first);
    const auto w = inspect(*first);
    CHECK(w.rate == 8000);
    CHECK(w.rms > 300);
    const auto made = fs::last_write_time(*first);
    auto same = store.speak("您前面还有三位", Lang::zh_CN);
    REQUIRE(same);
    CHECK(*same == *first);
    CHECK(fs::last_write_time(*same) == made);  // from the cache, not made again
    CHECK(*store.speak("您前面还有三位", Lang::en) != *first);  // the language is part of the key

    REQUIRE(store.speak(en_amount(123450), Lang::zh_CN));
    REQUIRE(store.speak(zh_amount(123450), Lang::zh_CN));
    std::size_t files = 0;
    for (auto& e : fs::directory_iterator(first->parent_path())) files += e.path().extension() == ".wav";
    CHECK(files == 2);
    CHECK(!store.speak("", Lang::en));
}
