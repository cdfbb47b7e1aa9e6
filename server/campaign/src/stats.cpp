// Measured campaign figures: running means that become moving averages, and the abandon window.
#include "cti/campaign/stats.h"

#include <algorithm>

namespace cti::campaign {
namespace {

// Running mean over the first `memory` observations (the prior counts for nothing once one is
// made), then an exponential moving average with weight 1/memory.
Millis update(Millis mean, Millis sample, int n, int memory) {
    const double w = 1.0 / std::min(n, std::max(memory, 1));
    const double m = double(mean.count()) + w * double(sample.count() - mean.count());
    return Millis(static_cast<Millis::rep>(m + 0.5));
}

}  // namespace

DialStats observe_attempt(DialStats s, bool live_answer, Millis time_to_answer, int memory) {
    ++s.attempts;
    const double w = 1.0 / std::min(s.attempts, std::max(memory, 1));
    s.answer_rate += w * ((live_answer ? 1.0 : 0.0) - s.answer_rate);
    if (live_answer) {
        ++s.answers;
        s.time_to_answer = update(s.time_to_answer, time_to_answer, s.answers, memory);
    }
    return s;
}

DialStats observe_handled(DialStats s, Millis talk, Millis wrap_up, int memory) {
    ++s.handled;
    s.talk_time = update(s.talk_time, talk, s.handled, memory);
    s.wrap_up_time = update(s.wrap_up_time, wrap_up, s.handled, memory);
    return s;
}

void AbandonWindow::record(SteadyTime at, bool abandoned) {
    calls_.push_back({at, abandoned});
    if (abandoned) ++abandoned_;
    advance(at);
}

void AbandonWindow::advance(SteadyTime now) {
    now_ = std::max(now_, now);
    while (!calls_.empty() && calls_.front().at < now_ - length_) {
        if (calls_.front().abandoned) --abandoned_;
        calls_.pop_front();
    }
}

AbandonStatus AbandonWindow::status() const {
    AbandonStatus s;
    s.answered = static_cast<int>(calls_.size());
    s.abandoned = abandoned_;
    // The answers leaving within the lookahead are the oldest: count them from the front.
    const SteadyTime cut = now_ + lookahead_ - length_;
    int leaving = 0, leaving_abandoned = 0;
    for (const auto& a : calls_) {
        if (a.at >= cut) break;
        ++leaving;
        if (a.abandoned) ++leaving_abandoned;
    }
    s.answered_ahead = s.answered - leaving;
    s.abandoned_ahead = s.abandoned - leaving_abandoned;
    return s;
}

}  // namespace cti::campaign
