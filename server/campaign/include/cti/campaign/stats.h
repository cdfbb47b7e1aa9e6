#pragma once
// What the dialer measures of a campaign, for pacing: how often and how fast people answer, how
// long agents spend on a call, and how many answered people were abandoned. Values and pure
// update functions; the server keeps one set per campaign on the core thread.
#include <algorithm>
#include <chrono>
#include <deque>

namespace cti::campaign {

using Millis = std::chrono::milliseconds;
using SteadyTime = std::chrono::steady_clock::time_point;

struct DialStats {
    // Measured means. Until the first observation they are the campaign's prior (what its
    // administrator expects), afterwards a running mean that turns into an exponential moving
    // average after `memory` observations, so the figures follow a list whose answer rate
    // changes in the course of the day (people get home in the evening).
    double answer_rate = 0.3;   // live answers per attempt
    Millis time_to_answer{8'000};  // from dialling to a live answer
    Millis talk_time{120'000};     // of calls connected to an agent
    Millis wrap_up_time{10'000};   // after-call work
    int attempts = 0;           // observations behind answer_rate
    int answers = 0;            // observations behind time_to_answer
    int handled = 0;            // observations behind talk_time and wrap_up_time
};

// An attempt ended: live answer or not (busy, no answer, failed, answering machine). For a live
// answer, `time_to_answer` is the time from dialling to the answer.
DialStats observe_attempt(DialStats stats, bool live_answer, Millis time_to_answer,
                          int memory = 500);
// A connected call's work is over.
DialStats observe_handled(DialStats stats, Millis talk, Millis wrap_up, int memory = 500);

inline Millis handle_time(const DialStats& s) { return s.talk_time + s.wrap_up_time; }

struct AbandonStatus {
    int answered = 0;   // live answers in the window
    int abandoned = 0;  // of which abandoned
    // What will still be in the window `lookahead` from now if nothing is added: a short window
    // loses its old answers while its abandons stay, and its rate rises even without a new abandon.
    int answered_ahead = 0;
    int abandoned_ahead = 0;
    double rate() const { return answered == 0 ? 0.0 : double(abandoned) / answered; }
    double rate_ahead() const {
        return answered_ahead == 0 ? 0.0 : double(abandoned_ahead) / answered_ahead;
    }
};

// Live answers of the last `length`: the window the abandon cap is measured over. Ofcom's rule
// (3 % of live calls per campaign) counts 24 hours; a shorter window reacts sooner and keeps the
// rate down within the day too, at some cost in occupancy.
class AbandonWindow {
public:
    explicit AbandonWindow(std::chrono::seconds length = std::chrono::hours(24),
                           std::chrono::seconds lookahead = std::chrono::minutes(10))
        : length_(length), lookahead_(std::min(lookahead, length)) {}

    // One live answer at `at` (non-decreasing), abandoned or connected to an agent.
    void record(SteadyTime at, bool abandoned);
    // Drops answers older than now - length.
    void advance(SteadyTime now);
    // As of the last record/advance.
    AbandonStatus status() const;
    std::chrono::seconds length() const { return length_; }

private:
    struct Answer {
        SteadyTime at;
        bool abandoned;
    };
    std::chrono::seconds length_;
    std::chrono::seconds lookahead_;
    SteadyTime now_{};
    std::deque<Answer> calls_;
    int abandoned_ = 0;
};

}  // namespace cti::campaign
