#pragma once
// What the engine asks the caller (the server's call model) to do. Decisions come out of events
// and tick() only, in the order they must be acted on; the engine has already updated its own
// state as if each were carried out (an offered agent is reserved, an overflowed caller is in the
// target queue), so the caller acts and reports back outcomes (offer_result, caller_left, ...).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cti/acd/agent.h"
#include "cti/acd/queue.h"

namespace cti::acd {

// Ring the agents' phones with the caller's call. ring_all lists several agents; the first to
// answer wins and the engine cancels the others. `auto_answer` lists the agents whose phones
// should answer at once. `callback`: the call is a callback request; the agent dials the customer.
struct OfferCall {
    CallId call;
    QueueId queue;
    std::vector<UserId> agents;
    Seconds ring_timeout{20};
    std::vector<UserId> auto_answer;
    bool callback = false;
};

// Stop ringing this agent (another agent answered, the caller left, the agent signed out).
struct CancelOffer {
    CallId call;
    UserId agent;
};

// The caller leaves `from`: to another queue (the engine already queued it there: play the new
// queue's treatment), to voicemail, or for a callback (a CallbackRequested follows). `reason` is
// "full", "no agents" or "timeout".
struct Overflow {
    CallId call;
    QueueId from;
    OverflowTarget target;
    std::string reason;
};

// Hang up on the caller with this reason ("queue full", "blacklisted", "overflow loop").
struct RejectCaller {
    CallId call;
    QueueId queue;
    std::string reason;
};

// Tell the caller the position (1 = next) and expected wait (empty: no estimate, no agent).
struct Announce {
    CallId call;
    QueueId queue;
    int position = 0;
    std::optional<Seconds> expected_wait;
};

// Persist this agent change (and push it to desktops).
struct AgentChanged {
    AgentEvent event;
};

// Persist a callback request. Re-entering it later with caller_arrived(original_arrival =
// `arrived`, callback = true) keeps the caller's original place in line.
struct CallbackRequested {
    CallId call;
    QueueId queue;
    TimePoint arrived{};
    int priority = 0;
    int vip_level = 0;
    std::vector<SkillRequirement> skills;
};

// A blacklisted caller gets the queue's treatment. route_to_queue: the engine has queued the
// caller in `treatment.queue` already.
struct ApplyTreatment {
    CallId call;
    QueueId queue;
    Treatment treatment;
};

// A caller's stay in a queue is over: persist it for the reports. Emitted once per stay, with
// the decision that ends it (an Overflow to another queue starts a new stay there). `waited`
// runs from entering this queue; 0 for a caller refused at the door.
enum class StayOutcome { answered, abandoned, overflowed, rejected };
struct QueueStayEnded {
    CallId call;
    QueueId queue;
    StayOutcome outcome = StayOutcome::answered;
    std::chrono::milliseconds waited{0};
    bool within_service_level = false;  // answered, or abandoned, within the queue's threshold
    UserId agent;                       // answered: the agent who took it (0 for a pickup)
};

using Decision = std::variant<OfferCall, CancelOffer, Overflow, RejectCaller, Announce, AgentChanged,
                              CallbackRequested, ApplyTreatment, QueueStayEnded>;
using Decisions = std::vector<Decision>;

std::string_view to_string(StayOutcome v) noexcept;

enum class OfferOutcome { answered, no_answer, rejected };
std::string_view to_string(OfferOutcome v) noexcept;
std::optional<OfferOutcome> offer_outcome_from_string(std::string_view s) noexcept;

// The decision's name for logs ("offer_call", "cancel_offer", ...).
std::string_view decision_name(const Decision& d) noexcept;

}  // namespace cti::acd
