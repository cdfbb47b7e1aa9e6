// Answering-machine detection over 20 ms frames (see amd.h for the rules and why).
#include "cti/media/amd.h"

#include <cstdlib>
#include <string>

namespace cti::media {

std::string_view to_string(AmdVerdict v) noexcept {
    switch (v) {
        case AmdVerdict::human: return "human";
        case AmdVerdict::machine: return "machine";
        case AmdVerdict::unsure: return "unsure";
    }
    return "unsure";
}

std::optional<AmdResult> MachineDetector::feed(std::span<const std::int16_t> samples) {
    std::optional<AmdResult> out;
    for (const std::int16_t x : samples) {
        if (state_ == State::decided) break;
        acc_ += std::abs(static_cast<int>(x));
        if (++filled_ < frame_samples) continue;
        const bool voiced = acc_ >= static_cast<std::int64_t>(cfg_.voice_threshold) * frame_samples;
        acc_ = 0;
        filled_ = 0;
        if (auto r = frame(voiced)) out = std::move(r);
    }
    return out;
}

std::optional<AmdResult> MachineDetector::feed_silence(std::chrono::milliseconds ms) {
    std::optional<AmdResult> out;
    for (auto left = ms.count(); left >= frame_ms && state_ != State::decided; left -= frame_ms)
        if (auto r = frame(false)) out = std::move(r);
    return out;
}

AmdResult MachineDetector::decide(AmdVerdict v, std::string reason) {
    state_ = State::decided;
    return AmdResult{v, std::move(reason), std::chrono::milliseconds(elapsed_ms_)};
}

std::optional<AmdResult> MachineDetector::frame(bool voiced) {
    elapsed_ms_ += frame_ms;
    switch (state_) {
        case State::decided: return std::nullopt;
        case State::waiting:
            run_ms_ = voiced ? run_ms_ + frame_ms : 0;
            if (run_ms_ >= cfg_.min_word.count()) {  // the first word
                state_ = State::word;
                voice_ms_ = run_ms_;
                words_ = 1;
                run_counted_ = true;
            } else if (elapsed_ms_ >= cfg_.initial_silence.count()) {
                return decide(AmdVerdict::unsure, "no voice in the first " + std::to_string(elapsed_ms_) + " ms");
            }
            break;
        case State::pause:
            if (!voiced) {
                run_ms_ += frame_ms;
                if (run_ms_ >= cfg_.after_greeting.count())
                    return decide(AmdVerdict::human, std::to_string(voice_ms_) + " ms of voice in " +
                                                         std::to_string(words_) + " word(s), then " +
                                                         std::to_string(run_ms_) + " ms of silence");
                break;
            }
            // Voice again: a new word if the pause separated words, else the same one goes on.
            run_counted_ = run_ms_ < cfg_.between_words.count();
            state_ = State::word;
            run_ms_ = 0;
            [[fallthrough]];
        case State::word:
            if (!voiced) {
                state_ = State::pause;
                run_ms_ = frame_ms;
                break;
            }
            run_ms_ += frame_ms;
            voice_ms_ += frame_ms;
            if (!run_counted_ && run_ms_ >= cfg_.min_word.count()) {
                run_counted_ = true;
                if (++words_ > cfg_.max_words)
                    return decide(AmdVerdict::machine, std::to_string(words_) + " words without a pause of " +
                                                           std::to_string(cfg_.after_greeting.count()) + " ms");
            }
            if (voice_ms_ > cfg_.greeting.count())
                return decide(AmdVerdict::machine, "a greeting of " + std::to_string(voice_ms_) + " ms of voice");
            break;
    }
    if (elapsed_ms_ >= cfg_.total.count())
        return decide(AmdVerdict::unsure, "undecided after " + std::to_string(elapsed_ms_) + " ms");
    return std::nullopt;
}

}  // namespace cti::media
