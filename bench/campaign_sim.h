#pragma once
// A discrete-event simulation of an outbound campaign on a virtual clock (no sleeping: an 8-hour
// day takes a fraction of a second), driving cti_campaign's pacing as a server would. Used by
// bench/campaign_bench.cpp (the figures) and tests/server/campaign (the abandon cap holding).
//
// The world: N agents on one campaign; every call placed reaches a fresh number. A callee
// answers live with the set answer rate after a ring time of 3 s + Erlang-2 (mean 9 s in all);
// otherwise the number is busy (1-4 s) or rings until the 30 s no-answer timeout. A live answer
// is connected to a free agent at once, or waits for one: if none is free within the 2 s grace,
// the call is abandoned (the dialer plays a message and hangs up). Talk time is exponential
// (mean 120 s), then 10 s of after-call work.
//
// The dialer: decide_pacing() after every event and on a 1 s tick, over what a server would
// know: free agents, busy agents (talking: memoryless talk of the measured mean then the
// measured wrap-up; in wrap-up: its time left), ringing calls and how long each has rung, answered
// calls waiting, lines in use; the measured statistics (observe_attempt, observe_handled), the
// abandon window and the abandon controller (after_answer).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <deque>
#include <queue>
#include <random>
#include <vector>

#include "cti/campaign/pacing.h"

namespace cti::campaign::sim {

using Ms = long long;  // virtual milliseconds since the start of the day

struct World {
    int agents = 20;
    double answer_rate = 0.30;
    double busy_rate = 0.10;
    Ms ring_min = 3'000, ring_erlang_mean = 6'000, no_answer_timeout = 30'000;
    // The SIPp bench's callees instead: an exponential ring of ring_erlang_mean; a ring of
    // ring_out_at or more is not answered (it rings until the no-answer timeout).
    bool ring_exponential = false;
    Ms ring_out_at = 14'000;
    Ms talk_mean = 120'000, wrap_up = 10'000;
    Ms grace = 2'000;
    Ms day = 8LL * 3600 * 1000;
    PacingConfig pacing{};  // the dialler's settings (max_lines is set from the agents)
};

enum class Ev { tick, call_end_ring, answer_deadline, talk_end, wrap_end };

struct Event {
    Ms at;
    long long seq;
    Ev kind;
    int id;  // call or agent
    bool operator>(const Event& o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

enum class CallState { ringing, waiting, connected, ended };

struct Call {
    Ms placed = 0, answered = 0;
    bool live = false;  // decided at placement: will answer live at `ring_end`
    CallState state = CallState::ringing;
};

struct Agent {
    enum { free, talking, wrap } state = free;
    Ms until = 0;  // wrap: end of after-call work
    Ms talk_started = 0;
};

struct DayResult {
    double occupancy = 0;     // talk + wrap-up over the agents' day
    double abandon_rate = 0;  // abandoned / live answers, the whole day
    double worst_hour = 0;    // the worst [t - 1 h, t] window ending after the first hour
    double connected_per_hour = 0, dials_per_hour = 0;  // per agent-hour
    int connected = 0, abandoned = 0, dials = 0;
};

// One simulated day of one campaign in `mode`, with an abandon window of `window`.
class Sim {
public:
    Sim(const World& w, PacingMode mode, std::chrono::seconds window, std::uint64_t seed)
        : w_(w), mode_(mode), rng_(seed), cfg_(w.pacing), window_(window) {
        agents_.resize(w.agents);
        cfg_.max_lines = 3 * w.agents;
        stats_.answer_rate = 0.25;  // the administrator's guess; measured values replace it
    }

    DayResult run() {
        push(0, Ev::tick, 0);
        while (!events_.empty() && events_.top().at <= w_.day) {
            const Event e = events_.top();
            events_.pop();
            now_ = e.at;
            handle(e);
            window_.advance(steady(now_));
            decide();
        }
        return result();
    }

private:
    static SteadyTime steady(Ms t) { return SteadyTime{} + std::chrono::milliseconds(t); }

    void push(Ms at, Ev kind, int id) { events_.push({at, seq_++, kind, id}); }

    double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
    Ms exponential(Ms mean) { return Ms(std::exponential_distribution<double>(1.0 / mean)(rng_)); }

    void place_call() {
        Call c;
        c.placed = now_;
        const double u = uniform();
        Ms ring_end;
        if (u < w_.answer_rate) {
            const Ms ring = w_.ring_exponential
                                ? exponential(w_.ring_erlang_mean)
                                : w_.ring_min + exponential(w_.ring_erlang_mean / 2) + exponential(w_.ring_erlang_mean / 2);
            c.live = ring < (w_.ring_exponential ? w_.ring_out_at : w_.no_answer_timeout);
            ring_end = now_ + (c.live ? ring : w_.no_answer_timeout);
        } else if (u < w_.answer_rate + w_.busy_rate) {
            ring_end = now_ + 1'000 + Ms(uniform() * 3'000);
        } else {
            ring_end = now_ + w_.no_answer_timeout;
        }
        calls_.push_back(c);
        ringing_.push_back(int(calls_.size()) - 1);
        push(ring_end, Ev::call_end_ring, int(calls_.size()) - 1);
        ++dials_;
    }

    void handle(const Event& e) {
        switch (e.kind) {
            case Ev::tick:
                push(now_ + 1'000, Ev::tick, 0);
                break;
            case Ev::call_end_ring: {
                Call& c = calls_[e.id];
                std::erase(ringing_, e.id);
                stats_ = observe_attempt(stats_, c.live, Millis(now_ - c.placed));
                if (!c.live) {
                    c.state = CallState::ended;
                    break;
                }
                c.answered = now_;
                if (!connect(e.id)) {
                    c.state = CallState::waiting;
                    waiting_.push_back(e.id);
                    push(now_ + w_.grace, Ev::answer_deadline, e.id);
                }
                break;
            }
            case Ev::answer_deadline: {
                Call& c = calls_[e.id];
                if (c.state != CallState::waiting) break;
                c.state = CallState::ended;
                std::erase(waiting_, e.id);
                answered(true);
                break;
            }
            case Ev::talk_end: {
                Agent& a = agents_[e.id];
                busy_ms_ += now_ - a.talk_started;
                a.state = Agent::wrap;
                a.until = now_ + w_.wrap_up;
                --talking_;
                stats_ = observe_handled(stats_, Millis(now_ - a.talk_started), Millis(w_.wrap_up));
                push(a.until, Ev::wrap_end, e.id);
                break;
            }
            case Ev::wrap_end: {
                Agent& a = agents_[e.id];
                busy_ms_ += w_.wrap_up;
                a.state = Agent::free;
                if (!waiting_.empty()) {  // the oldest waiting answer takes the agent at once
                    const int call = waiting_.front();
                    waiting_.pop_front();
                    start_talk(e.id, call);
                }
                break;
            }
        }
    }

    void answered(bool abandoned) {
        window_.record(steady(now_), abandoned);
        controller_ = after_answer(controller_, abandoned, window_.status(), cfg_);
        if (abandoned) {
            ++abandoned_;
            abandons_at_.push_back(now_);
        }
        answers_at_.push_back(now_);
    }

    void start_talk(int agent, int call) {
        Agent& a = agents_[agent];
        a.state = Agent::talking;
        a.talk_started = now_;
        calls_[call].state = CallState::connected;
        ++talking_;
        ++connected_;
        answered(false);
        // Calls still talking at the end of the day count their talk up to the end.
        push(now_ + exponential(w_.talk_mean), Ev::talk_end, agent);
    }

    bool connect(int call) {
        for (int i = 0; i < int(agents_.size()); ++i) {
            if (agents_[i].state == Agent::free) {
                start_talk(i, call);
                return true;
            }
        }
        return false;
    }

    void decide() {
        PacingInput in;
        for (const auto& a : agents_) {
            if (a.state == Agent::free) ++in.agents_free;
            else if (a.state == Agent::talking) in.agents_busy.push_back(agent_talking(stats_, stats_.wrap_up_time));
            else in.agents_busy.push_back(agent_in_wrap_up(Millis(a.until - now_)));
        }
        for (int c : ringing_) in.ringing.push_back(Millis(now_ - calls_[c].placed));
        in.answered_waiting = int(waiting_.size());
        in.lines_in_use = int(ringing_.size() + waiting_.size()) + talking_;
        const auto d = decide_pacing(mode_, in, stats_, window_.status(), controller_, cfg_);
        for (int i = 0; i < d.calls; ++i) place_call();
    }

    DayResult result() const {
        DayResult r;
        Ms busy = busy_ms_;
        for (const auto& a : agents_) {  // work in progress at the end of the day
            if (a.state == Agent::talking) busy += w_.day - a.talk_started;
            if (a.state == Agent::wrap) busy += w_.day - (a.until - w_.wrap_up);
        }
        const double agent_hours = w_.agents * (double(w_.day) / 3'600'000);
        r.occupancy = double(busy) / (double(w_.agents) * double(w_.day));
        const int answers = connected_ + abandoned_;
        r.abandon_rate = answers ? double(abandoned_) / answers : 0;
        r.connected_per_hour = connected_ / agent_hours;
        r.dials_per_hour = dials_ / agent_hours;
        r.connected = connected_;
        r.abandoned = abandoned_;
        r.dials = dials_;
        // Worst rate over the windows [t - 1 h, t] ending at each answer after the first hour.
        std::size_t lo_a = 0, lo_b = 0, hi_b = 0;
        for (std::size_t i = 0; i < answers_at_.size(); ++i) {
            const Ms t = answers_at_[i];
            if (t < 3'600'000) continue;
            while (answers_at_[lo_a] < t - 3'600'000) ++lo_a;
            while (hi_b < abandons_at_.size() && abandons_at_[hi_b] <= t) ++hi_b;
            while (lo_b < hi_b && abandons_at_[lo_b] < t - 3'600'000) ++lo_b;
            const double rate = double(hi_b - lo_b) / double(i - lo_a + 1);
            r.worst_hour = std::max(r.worst_hour, rate);
        }
        return r;
    }

    World w_;
    PacingMode mode_;
    std::mt19937_64 rng_;
    PacingConfig cfg_;
    DialStats stats_;
    AbandonWindow window_;
    AbandonController controller_;

    std::priority_queue<Event, std::vector<Event>, std::greater<>> events_;
    long long seq_ = 0;
    Ms now_ = 0;
    std::vector<Agent> agents_;
    std::vector<Call> calls_;
    std::vector<int> ringing_;
    std::deque<int> waiting_;
    int talking_ = 0;
    long long busy_ms_ = 0;
    int dials_ = 0, connected_ = 0, abandoned_ = 0;
    std::vector<Ms> answers_at_, abandons_at_;
};

}  // namespace cti::campaign::sim
