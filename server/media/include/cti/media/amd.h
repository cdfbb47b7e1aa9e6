#pragma once
// Answering-machine detection: is the party that just answered a person or a recorded greeting?
//
// What tells them apart is the shape of the first seconds of audio, not its content. A person
// picks up and says something short ("喂？", "hello") and then waits for an answer; a machine
// plays a greeting that goes on ("您好，您拨打的用户暂时无法接通……" / "You have reached ...").
// So, over 20 ms frames of the answered party's audio (a frame is voiced when its mean absolute
// amplitude reaches `voice_threshold`):
//   - voice adding up to more than `greeting` before a pause of `after_greeting` → machine;
//   - more than `max_words` words (voiced runs of `min_word` or more, apart by `between_words`
//     or more of silence) before that pause → machine;
//   - some voice, then `after_greeting` of silence → human (a short greeting, then waiting);
//   - no voice for `initial_silence` from the answer → unsure (a person who answers silently,
//     or a line that sends nothing: the caller decides; a campaign treats it as live);
//   - no decision by `total` → unsure.
// The same classification as Asterisk's app_amd in outline, with its default figures. A pure
// state machine over samples: the media engine feeds it the decoded audio of the answered leg
// (and silence when no packet comes), so tests can feed it synthetic audio.
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cti::media {

enum class AmdVerdict { human, machine, unsure };
std::string_view to_string(AmdVerdict v) noexcept;

struct AmdConfig {
    std::chrono::milliseconds initial_silence{2'500};
    std::chrono::milliseconds greeting{1'500};
    std::chrono::milliseconds after_greeting{800};
    std::chrono::milliseconds min_word{100};
    std::chrono::milliseconds between_words{50};
    int max_words = 3;
    std::chrono::milliseconds total{5'000};
    int voice_threshold = 256;  // mean |sample| of a 20 ms frame (16-bit linear)
};

struct AmdResult {
    AmdVerdict verdict = AmdVerdict::unsure;
    std::string reason;              // e.g. "greeting of 1520 ms", "300 ms of voice, then 800 ms of silence"
    std::chrono::milliseconds after{0};  // audio classified until the decision
};

class MachineDetector {
public:
    explicit MachineDetector(AmdConfig cfg = {}) : cfg_(cfg) {}

    // 8 kHz linear samples, any count; the result once decided (then nullopt for anything more).
    std::optional<AmdResult> feed(std::span<const std::int16_t> samples);
    // `ms` of silence (no packet arrived: a line with silence suppression).
    std::optional<AmdResult> feed_silence(std::chrono::milliseconds ms);
    bool decided() const { return state_ == State::decided; }
    std::chrono::milliseconds heard() const { return std::chrono::milliseconds(elapsed_ms_); }

private:
    enum class State { waiting, word, pause, decided };
    static constexpr int frame_samples = 160;  // 20 ms
    static constexpr int frame_ms = 20;

    std::optional<AmdResult> frame(bool voiced);
    AmdResult decide(AmdVerdict v, std::string reason);

    AmdConfig cfg_;
    State state_ = State::waiting;
    int elapsed_ms_ = 0;
    int run_ms_ = 0;        // the current run of voice (waiting, word) or silence (pause)
    int voice_ms_ = 0;      // voice since the first word, pauses excluded
    int words_ = 0;
    bool run_counted_ = false;  // the current voiced run already counts as a word
    std::int64_t acc_ = 0;  // sum of |sample| of the frame being filled
    int filled_ = 0;
};

}  // namespace cti::media
