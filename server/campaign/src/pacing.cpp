// Pacing decisions (see pacing.h for the model) and the abandon controller.
#include "cti/campaign/pacing.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace cti::campaign {
namespace {

double ms(Millis m) { return static_cast<double>(m.count()); }

// Distribution of a sum of independent Bernoulli variables (Poisson binomial), grown one
// variable at a time: dist[k] = P(sum = k).
void add_bernoulli(std::vector<double>& dist, double p) {
    dist.push_back(0.0);
    for (std::size_t k = dist.size() - 1; k > 0; --k) dist[k] = dist[k] * (1 - p) + dist[k - 1] * p;
    dist[0] *= 1 - p;
}

// P(a busy agent is free within h).
double free_within(const BusyAgent& b, double h) {
    const double lo = ms(b.min_remaining);
    const double mean = ms(b.expected_remaining) - lo;
    if (h < lo) return 0.0;
    if (mean <= 0) return 1.0;
    return 1.0 - std::exp(-(h - lo) / mean);
}

// P(a call that has rung for t without an answer is answered): Bayes with the answer rate p as
// the prior and an exponential time to answer of mean `tta` among the calls that answer.
double answers_after(double t, double p, double tta) {
    if (p >= 1.0) return 1.0;
    const double s = std::exp(-t / tta);
    return p * s / (p * s + (1 - p));
}

PacingDecision progressive(const PacingInput& in, const PacingConfig& cfg, PacingReason why) {
    PacingDecision d;
    d.used = PacingMode::progressive;
    const int coming = static_cast<int>(in.ringing.size()) + in.answered_waiting;
    const int room = cfg.max_lines - in.lines_in_use;
    const int want = in.agents_free - coming;
    if (want <= 0) {
        d.reason = PacingReason::no_free_agent;
    } else if (room <= 0) {
        d.reason = PacingReason::lines_full;
    } else {
        d.calls = std::min(want, room);
        d.reason = why;
    }
    return d;
}

bool no_agents(const PacingInput& in) { return in.agents_free <= 0 && in.agents_busy.empty(); }

}  // namespace

BusyAgent agent_talking(const DialStats& stats, Millis wrap_up) {
    return {wrap_up, stats.talk_time + wrap_up};
}

BusyAgent agent_in_wrap_up(Millis left) { return {left, left}; }

AbandonController after_answer(AbandonController c, bool abandoned, const AbandonStatus& window,
                               const PacingConfig& cfg) {
    const double target = std::clamp(cfg.setpoint * cfg.abandon_cap, 1e-6, 0.5);
    double step = 0.0;
    if (abandoned) {
        step = -cfg.gain_step;
    } else if (window.rate() <= target) {
        step = cfg.gain_step * target / (1 - target);
    }
    c.gain = std::clamp(c.gain * std::exp(step), cfg.gain_min, cfg.gain_max);
    return c;
}

PredictiveEstimate predictive_calls(const PacingInput& in, const DialStats& stats,
                                    double threshold, int limit, const PacingConfig& cfg,
                                    const std::optional<AbandonStatus>& window) {
    PredictiveEstimate e;
    const double p = std::clamp(stats.answer_rate, 1e-3, 1.0);
    const double tta = std::max(ms(stats.time_to_answer), 1.0);
    const double h = tta + ms(cfg.abandon_grace);

    // K = agents_free + (busy agents free within h).
    std::vector<double> freed{1.0};
    e.agents_expected = in.agents_free;
    for (const auto& b : in.agents_busy) {
        const double q = free_within(b, h);
        add_bernoulli(freed, q);
        e.agents_expected += q;
    }
    std::vector<double> freed_cdf(freed.size());
    double acc = 0;
    for (std::size_t i = 0; i < freed.size(); ++i) freed_cdf[i] = acc += freed[i];
    auto agents_at_most = [&](int x) {  // P(K <= x)
        const int k = x - in.agents_free;
        if (k < 0) return 0.0;
        if (k >= static_cast<int>(freed_cdf.size())) return 1.0;
        return freed_cdf[k];
    };

    // A = answered_waiting + answers of the ringing calls (+ the new calls, added one by one).
    std::vector<double> answers{1.0};
    e.answers_expected = in.answered_waiting;
    for (const auto t : in.ringing) {
        const double c = answers_after(ms(t), p, tta);
        add_bernoulli(answers, c);
        e.answers_expected += c;
    }
    // The risk of the next new call: that when it answers, the other answers have taken every
    // agent, P(A >= K) = sum over a of P(A = a) P(K <= a).
    auto risk = [&] {
        double r = 0;
        for (std::size_t a = 0; a < answers.size(); ++a)
            r += answers[a] * agents_at_most(in.answered_waiting + static_cast<int>(a));
        return std::min(r, 1.0);
    };
    // Abandons still to come among the calls already placed: E[max(0, A - K)].
    for (std::size_t a = 0; a < answers.size(); ++a) {
        const int x = in.answered_waiting + static_cast<int>(a);
        double short_of = 0;
        for (int k = 0; k < x; ++k) {
            const double pk = k == 0 ? agents_at_most(0) : agents_at_most(k) - agents_at_most(k - 1);
            short_of += pk * (x - k);
        }
        e.abandons_expected += answers[a] * short_of;
    }
    // The burst guard: P(D > budget), D = max(0, A - K) the abandons still to come, budget the
    // abandons the window can take before its rate reaches the cap, counting the answers still
    // expected (judged now and after the lookahead; the smaller budget counts).
    bool small = false;
    auto burst = [&](double answers_expected) {
        if (!window) return 0.0;
        auto room = [&](double cap) {  // abandons the window can take before its rate reaches cap
            return std::min(cap * (window->answered + answers_expected) - window->abandoned,
                            cap * (window->answered_ahead + answers_expected) - window->abandoned_ahead);
        };
        if (room(cfg.abandon_cap) < cfg.burst_min_budget) {
            small = cfg.burst_min_budget > 0;  // (otherwise the window is over the cap already)
            return 1.0;
        }
        const double budget = room(cfg.burst_cap * cfg.abandon_cap);
        if (budget < 0) return 1.0;
        const int over = static_cast<int>(std::floor(budget)) + 1;  // D >= over passes the cap
        double r = 0;
        for (std::size_t a = 0; a < answers.size(); ++a)
            r += answers[a] * agents_at_most(in.answered_waiting + static_cast<int>(a) - over);
        return std::min(r, 1.0);
    };
    e.burst_of_placed = burst(e.answers_expected);
    e.strict_start = small;
    int n = 0;
    double r = risk();
    while (n < limit && r <= threshold) {
        add_bernoulli(answers, p);
        if (burst(e.answers_expected + (n + 1) * p) > cfg.burst_risk) {
            e.burst_limited = true;
            break;
        }
        ++n;
        r = risk();
    }
    e.calls = n;
    e.risk_of_next = r;
    return e;
}

PacingDecision decide_pacing(PacingMode mode, const PacingInput& in, const DialStats& stats,
                             const AbandonStatus& window, const AbandonController& controller,
                             const PacingConfig& cfg) {
    PacingDecision d;
    d.used = mode;
    const int room = cfg.max_lines - in.lines_in_use;
    switch (mode) {
        case PacingMode::agentless: {
            const int lines = std::min(cfg.agentless_lines, cfg.max_lines);
            d.calls = std::max(0, lines - in.lines_in_use);
            d.reason = d.calls > 0 ? PacingReason::dial : PacingReason::lines_full;
            return d;
        }
        case PacingMode::preview:
            if (no_agents(in)) {
                d.reason = PacingReason::no_agents;
            } else if (in.preview_requests <= 0) {
                d.reason = PacingReason::no_request;
            } else if (in.agents_free <= 0) {
                d.reason = PacingReason::no_free_agent;
            } else if (room <= 0) {
                d.reason = PacingReason::lines_full;
            } else {
                d.calls = std::min({in.preview_requests, in.agents_free, room});
            }
            return d;
        case PacingMode::progressive:
            if (no_agents(in)) {
                d.reason = PacingReason::no_agents;
                return d;
            }
            return progressive(in, cfg, PacingReason::dial);
        case PacingMode::predictive:
            break;
    }
    if (no_agents(in)) {
        d.reason = PacingReason::no_agents;
        return d;
    }
    if (stats.attempts < cfg.min_attempts) return progressive(in, cfg, PacingReason::warming_up);
    const int agents = in.agents_free + static_cast<int>(in.agents_busy.size());
    const int ringing_cap = static_cast<int>(cfg.max_ringing_per_agent * agents);
    const int limit = std::max(0, std::min(room, ringing_cap - static_cast<int>(in.ringing.size())));
    d.risk_threshold = std::clamp(controller.gain * cfg.abandon_cap, 0.0, 0.5);
    const auto e = predictive_calls(in, stats, d.risk_threshold, limit, cfg, window);
    // Near the cap (now, or after the lookahead: a short window's rate rises as its old answers
    // leave), or the calls already placed could pass it in a burst (answers meeting busy agents
    // at once, more likely than burst_risk): dial progressively until the window can take it.
    const double near = cfg.fallback_at * cfg.abandon_cap;
    if (window.rate() >= near || window.rate_ahead() >= near) return progressive(in, cfg, PacingReason::abandon_fallback);
    if (e.strict_start) return progressive(in, cfg, PacingReason::strict_start);
    if (e.burst_of_placed > cfg.burst_risk) return progressive(in, cfg, PacingReason::abandon_fallback);
    if (room <= 0) {
        d.reason = PacingReason::lines_full;
        return d;
    }
    d.calls = e.calls;
    d.risk_of_next = e.risk_of_next;
    d.reason = PacingReason::dial;
    return d;
}

}  // namespace cti::campaign
