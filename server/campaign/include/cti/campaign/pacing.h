#pragma once
// How many calls to place now: one pure function per pacing mode over plain data.
//
//   preview      an agent asks for the next record, reads it and dials: one record per request.
//   progressive  one call per free agent: no answered person ever waits (no abandons), but the
//                agent waits through every busy, unanswered and ringing call.
//   predictive   dials ahead: counts the agents that will be free when the new calls are
//                answered (free now, plus busy agents likely to finish within the answer time),
//                and places calls while the chance that the next one, once answered, finds no
//                agent stays below a threshold. An abandon controller moves that threshold so the
//                measured abandon rate stays under the cap; near the cap it dials progressively.
//   agentless    a fixed number of concurrent lines (the answered call runs an IVR flow).
//
// The predictive model. An answered call is abandoned when no agent takes it within the grace
// (2 s): the calls that will be answered compete for the agents that will be free by then.
//   K  agents free by h = time_to_answer + grace: the free ones, plus each busy agent with
//      P(free within h) from its remaining time (a certain part, then exponential: talk time
//      is memoryless to a good approximation);
//   A  live answers still to come: each ringing call answers with p·S(t) / (p·S(t) + 1 - p),
//      t its ringing time so far and S(t) = exp(-t / time_to_answer) (a call that has rung
//      long is unlikely to be answered), plus the answered calls already waiting for an agent;
//   the n+1st new call is placed while P(A_n >= K) <= threshold, where A_n counts n new calls
//   answering with the measured answer rate p. This treats the new call as the last to be
//   answered, so the threshold is a conservative per-call risk; the controller learns how far
//   it may be raised for the measured rate to sit at setpoint × cap.
// The burst guard. The threshold bounds the average; a small team dialling several lines per
// agent also risks bursts (four answers meeting four busy agents at once: the 4-agent SIPp bench
// passed the cap that way). So the n+1st call is also placed only while P(D_{n+1} > budget)
// <= burst_risk, where D = max(0, A - K) is the number of abandons still to come and budget the
// abandons the window can take (with the answers expected) before its rate reaches the cap. The
// budget grows with the window's answers. At the start of the day, or for a small team, the
// window could not take even an abandon or two under the cap itself (burst_min_budget): predictive
// dials progressively until it could.
// Fallback: predictive dials as progressive (no abandons) while the abandon window's rate, now
// or after its lookahead, is at fallback_at × cap or more, or while the calls already placed
// pass the budget with probability above burst_risk.
#include <optional>
#include <string_view>
#include <vector>

#include "cti/campaign/stats.h"

namespace cti::campaign {

enum class PacingMode { preview, progressive, predictive, agentless };
std::string_view to_string(PacingMode v) noexcept;
std::optional<PacingMode> pacing_mode_from_string(std::string_view s) noexcept;

// A busy agent finishes after `min_remaining` (work that takes a known time, e.g. timed
// after-call work) plus an exponential time of mean `expected_remaining - min_remaining`.
struct BusyAgent {
    Millis min_remaining{0};
    Millis expected_remaining{0};
};
// An agent talking: the talk ends after an exponential time of the measured mean (memoryless),
// then `wrap_up` of after-call work.
BusyAgent agent_talking(const DialStats& stats, Millis wrap_up);
// An agent in timed after-call work that ends in `left`.
BusyAgent agent_in_wrap_up(Millis left);

struct PacingInput {
    int agents_free = 0;                 // ready, idle and not reserved for a campaign call
    std::vector<BusyAgent> agents_busy;  // on a campaign call or its after-call work
    std::vector<Millis> ringing;         // calls placed, not answered yet: how long each has rung
    int answered_waiting = 0;            // answered, waiting for an agent (within the grace)
    int lines_in_use = 0;                // every line the campaign holds, in any state
    int preview_requests = 0;            // preview: agents who asked for the next record
};

struct PacingConfig {
    int max_lines = 60;        // trunk channels the campaign may hold at once
    int agentless_lines = 10;  // agentless: concurrent calls
    // Predictive: ringing calls per agent signed in (free or busy) at most; bounds the dialling
    // when the answer rate is very low.
    double max_ringing_per_agent = 4.0;
    double abandon_cap = 0.03;      // abandoned / live answers, over the abandon window
    Millis abandon_grace{2'000};    // answered with no agent within this → abandoned
    double setpoint = 0.6;          // the controller aims the window's rate at setpoint × cap
    double fallback_at = 0.85;      // window rate >= fallback_at × cap → dial progressively
    // Largest chance allowed that the calls out (placed, or about to be) bring more abandons
    // than the window can take under the cap.
    double burst_risk = 0.05;
    double burst_cap = 0.6;
    // Predictive dials ahead only while the window could take this many more abandons and stay
    // under the cap itself (about 67 live answers into a day at 3 %). Without it a single early
    // abandon put a short campaign over the cap for good, and the burst guard's small risk at
    // every decision added up: the 4-agent SIPp bench passed the cap in one 15-minute run of
    // three, the simulation in 4 of 201 seeds. 2 rather than 1.5: with the SIPp bench's
    // exponential rings (more answers close together than Erlang-2 rings) 1.5 let 2-3 of 401
    // simulated 15- and 30-minute 4-agent campaigns pass the cap, and one real 30-minute run
    // (3.82 %); 2 holds all of them at no cost to a long day (8 h: 1.73x progressive's calls
    // either way). Not a budget at burst_cap (the day's rate sits there, so it would bind all
    // day: 1.46x instead of 1.73x); bench/README.md has the runs.
    double burst_min_budget = 2.0;
    int min_attempts = 50;          // predictive is progressive until this many attempts
    double gain_step = 0.08;        // controller: change of log(gain) per abandon
    double gain_min = 0.05;
    double gain_max = 8.0;
};

// State of the abandon controller: the per-call risk threshold is gain × abandon_cap.
struct AbandonController {
    double gain = 1.0;
};
// A live answer of a predictive campaign: connected (abandoned = false) or abandoned; `window`
// is the abandon window's status including this answer. An integral controller in log space:
// each abandon lowers log(gain) by gain_step, each connected answer raises it by
// gain_step × target / (1 - target), so the gain stands still when the share of abandons is
// target = setpoint × cap. The gain does not rise while the window's rate is above the target
// (anti-windup: the calm answers of a progressive fallback must not build up aggressiveness).
AbandonController after_answer(AbandonController c, bool abandoned, const AbandonStatus& window,
                               const PacingConfig& cfg);

enum class PacingReason {
    dial,              // calls > 0 (or 0 because the model says wait)
    no_agents,         // nobody is signed in to the campaign
    no_free_agent,     // progressive/preview: every agent is busy or already has a call coming
    lines_full,        // max_lines / agentless_lines in use
    warming_up,        // predictive: fewer than min_attempts measured, dialled progressively
    abandon_fallback,  // predictive: the window's abandon rate is near the cap, progressively
    // predictive: the window has too few live answers to take burst_min_budget more abandons
    // under the cap (the start of a campaign's day), progressively until it can
    strict_start,
    no_request,        // preview: no agent asked for a record
};
std::string_view to_string(PacingReason v) noexcept;
std::optional<PacingReason> pacing_reason_from_string(std::string_view s) noexcept;

struct PacingDecision {
    int calls = 0;  // calls to place now (preview: records to hand to the asking agents)
    PacingReason reason = PacingReason::dial;
    PacingMode used = PacingMode::progressive;  // predictive may have dialled progressively
    double risk_threshold = 0.0;  // predictive: the per-call risk allowed (0 otherwise)
    double risk_of_next = 0.0;    // predictive: the risk of the first call not placed
};

// The decision. `window` is the abandon window's status (predictive only).
PacingDecision decide_pacing(PacingMode mode, const PacingInput& in, const DialStats& stats,
                             const AbandonStatus& window, const AbandonController& controller,
                             const PacingConfig& cfg);

// The model alone: calls whose risk stays within `threshold` (bounded by the line limits), and
// the risk of the first call beyond. Exposed for tests and the benchmark.
struct PredictiveEstimate {
    int calls = 0;
    double risk_of_next = 0.0;
    double agents_expected = 0.0;   // E[K]
    double answers_expected = 0.0;  // E[A_0]
    double abandons_expected = 0.0; // E[max(0, A_0 - K)]: among the calls already placed
    double burst_of_placed = 0.0;   // P(the calls already placed pass the window's budget)
    bool strict_start = false;      // ... 1 because the window cannot take burst_min_budget abandons
    bool burst_limited = false;     // the burst guard, not the threshold, stopped the calls
};
PredictiveEstimate predictive_calls(const PacingInput& in, const DialStats& stats,
                                    double threshold, int limit, const PacingConfig& cfg,
                                    const std::optional<AbandonStatus>& window = std::nullopt);

}  // namespace cti::campaign
