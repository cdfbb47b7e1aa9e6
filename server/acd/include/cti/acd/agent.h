#pragma once
// An agent as the ACD sees it, and the one state machine that changes it.
//
// Vocabulary (FreeSWITCH mod_callcenter): the agent's STATUS is what the agent chose (signed out,
// available = ready, not ready with a reason code, away); the agent's STATE is what the system is
// doing with the agent (idle = waiting for a call, reserved = an offer is ringing, in a call,
// wrap-up = after-call work). An agent is offered queue calls only when status is `available`
// and state is `idle`.
//
// `transition()` is pure: it takes an agent and an input and returns the changed agent plus the
// `AgentEvent` record to persist, or an error whose message tells the user what to do. Reports
// are computed from the persisted events, so every change (including the system's) makes one.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"

namespace cti::acd {

using TimePoint = std::chrono::steady_clock::time_point;
using Seconds = std::chrono::seconds;

enum class AgentStatus { logged_out, available, not_ready, away };
enum class AgentState { idle, reserved, in_call, wrap_up };
// continuous: back to available after each call; intermittent: to not_ready after each call.
enum class AgentMode { continuous, intermittent };

// Inputs of the state machine: the agent's own commands, the ACD's offers and the call model's
// reports. `offer_cancelled` is the ACD withdrawing an offer (another agent answered a ring-all,
// the caller hung up): it does not count as an unanswered offer.
enum class AgentTrigger {
    sign_in,
    sign_out,
    set_ready,
    set_not_ready,
    set_away,
    offer,
    offer_answered,
    offer_rejected,
    offer_no_answer,
    offer_cancelled,
    dial_out,
    // The agent's phone took a call the ACD did not offer (a colleague's call, a consultation, a
    // transfer, a number dialled on the handset): busy until it ends, with no after-call work.
    direct_call,
    call_ended,
    wrap_up_done,   // the agent ends after-call work
    wrap_up_timer,  // the configured after-call work time has passed
};

std::string_view to_string(AgentStatus v) noexcept;
std::string_view to_string(AgentState v) noexcept;
std::string_view to_string(AgentMode v) noexcept;
std::string_view to_string(AgentTrigger v) noexcept;
std::optional<AgentStatus> agent_status_from_string(std::string_view s) noexcept;
std::optional<AgentState> agent_state_from_string(std::string_view s) noexcept;
std::optional<AgentMode> agent_mode_from_string(std::string_view s) noexcept;
std::optional<AgentTrigger> agent_trigger_from_string(std::string_view s) noexcept;

// Reason codes the system itself uses; agents choose their own codes for not_ready/away.
namespace reason {
inline constexpr std::string_view signed_in = "signed in";
inline constexpr std::string_view no_answer = "no answer";
inline constexpr std::string_view after_call = "after call";
}  // namespace reason

struct Skill {
    std::string name;
    int proficiency = 1;  // 1..10
};

// What an administrator configures for an agent; changing it never changes status or state.
struct AgentSettings {
    AgentMode mode = AgentMode::continuous;
    bool auto_answer = false;
    // After-call work: `wrap_up_manual` lasts until the agent ends it; otherwise `wrap_up`
    // seconds (0 = none, the agent is idle as soon as the call ends).
    Seconds wrap_up{0};
    bool wrap_up_manual = false;
    // This many consecutive unanswered offers put the agent to not_ready ("no answer"); 0 = never.
    int max_no_answer = 3;
    std::vector<Skill> skills;
};

struct Agent {
    UserId id;
    AgentSettings settings;

    AgentStatus status = AgentStatus::logged_out;
    std::string reason;  // reason code of not_ready / away
    AgentState state = AgentState::idle;

    CallId call;                 // offered or current call (0 when none)
    int no_answer_count = 0;     // consecutive unanswered offers
    TimePoint state_since{};     // last state change
    TimePoint idle_since{};      // last time the agent became offerable (longest_idle)
    TimePoint answered_at{};     // start of the current call
    bool direct = false;         // the current call is a direct_call (not the ACD's)
    // The phone is on a call besides the one the ACD holds the agent for (a colleague's call
    // taken during after-call work, a second line): not offerable until it is free, whatever the
    // state says (AcdEngine::set_phone_busy).
    bool phone_busy = false;
    std::optional<TimePoint> wrap_up_until;  // end of timed after-call work

    // "Today" counters for fewest_calls / least_talk_time; AcdEngine::start_new_day() resets them.
    int calls_today = 0;
    Seconds talk_today{0};
};

// True when the ACD may offer a queue call to this agent.
inline bool offerable(const Agent& a) noexcept {
    return a.status == AgentStatus::available && a.state == AgentState::idle && !a.phone_busy;
}

// An agent may dial out only when signed in, not ready (so no queue call is offered during the
// dial) and not already busy with a call or after-call work.
bool can_dial_out(const Agent& a) noexcept;

struct AgentInput {
    AgentTrigger trigger;
    std::string reason;  // set_not_ready / set_away: the reason code (required)
    CallId call;         // offer / dial_out / direct_call: the call
};

// One persisted record per change.
struct AgentEvent {
    UserId agent;
    AgentTrigger trigger;
    AgentStatus from_status;
    AgentState from_state;
    AgentStatus to_status;
    AgentState to_state;
    std::string reason;  // the status reason after the change (empty when available)
    CallId call;
    TimePoint at;
};

struct AgentChange {
    Agent agent;
    AgentEvent event;
};

// The state machine. Illegal changes return Errc::invalid_argument with a message for the agent
// ("cannot go ready while on a call; ..."); the agent is unchanged then.
Result<AgentChange> transition(const Agent& agent, const AgentInput& input, TimePoint now);

// The same, changing `agent` in place (untouched on error): the engine's form, which does not
// copy the agent's settings on every change.
Result<AgentEvent> transition_in_place(Agent& agent, const AgentInput& input, TimePoint now);

}  // namespace cti::acd
