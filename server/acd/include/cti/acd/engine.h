#pragma once
// AcdEngine: agents, queues and waiting callers; event-driven and deterministic.
//
// Contract: single-threaded (the server's core thread); no I/O, no clock of its own: every call
// passes `now` (steady clock), and a time never goes backwards between calls. Each event returns
// the decisions it caused (see decision.h), in the order to act on them. Nothing happens between
// events: the caller arms one timer for next_deadline() and calls tick() when it fires (and
// re-arms it after every call, as any event may move the deadline).
//
// Errors (unknown ids, illegal agent changes) leave the engine unchanged and carry a message for
// the user.
#include <memory>
#include <optional>

#include "cti/acd/decision.h"
#include "cti/acd/strategy.h"

namespace cti::acd {

class AcdEngine {
public:
    // `seed` drives the random strategy only, so runs are reproducible.
    explicit AcdEngine(std::uint64_t seed = 1);
    ~AcdEngine();
    AcdEngine(AcdEngine&&) noexcept;
    AcdEngine& operator=(AcdEngine&&) noexcept;

    // Configuration, at any time. A queue update keeps its waiting callers; a changed strategy or
    // skill requirement applies from the next decision. Changing or removing a tier does not
    // withdraw an offer already ringing.
    Result<void> set_queue(QueueConfig q);
    Result<void> add_agent(UserId id, AgentSettings settings);
    // New settings (skills, mode...) apply at once; an idle agent may be offered a caller.
    Result<Decisions> update_agent(UserId id, AgentSettings settings, TimePoint now);
    Result<void> remove_agent(UserId id);  // only when signed out
    Result<Decisions> set_tier(UserId agent, QueueId queue, int level, int position, TimePoint now);
    Result<void> remove_tier(UserId agent, QueueId queue);

    // Callers.
    Result<Decisions> caller_arrived(const CallerInfo& caller, TimePoint now);
    Result<Decisions> caller_left(CallId call, TimePoint now);  // abandoned (hung up while waiting)
    Result<Decisions> offer_result(CallId call, UserId agent, OfferOutcome outcome, TimePoint now);
    // Another agent picked up the call while it rang at the agents offered it (`pickup`): it leaves
    // the queue; the offered agents are free again at once, without the penalty of a missed
    // offer (the picker is busy through agent_direct_call when its phone answers). The phone the
    // call was picked from is already hung up: only the others get a CancelOffer. The caller
    // leaves even if that offer had been withdrawn meanwhile; not_found if not queued. The queue
    // counts the call when the picker's phone answers or gives up (pickup_ended), not before.
    Result<Decisions> offer_picked_up(CallId call, UserId picked_from, TimePoint now);
    // The picker's phone answered the picked-up call (answered, waited until now) or ended
    // without answering (the caller was lost: abandoned).
    Result<Decisions> pickup_ended(CallId call, UserId picker, bool answered, TimePoint now);

    // Agents: their commands, and the call model's report that the agent's call ended.
    Result<Decisions> agent_sign_in(UserId id, TimePoint now);
    Result<Decisions> agent_sign_out(UserId id, TimePoint now);
    Result<Decisions> agent_ready(UserId id, TimePoint now);
    Result<Decisions> agent_not_ready(UserId id, std::string reason, TimePoint now);
    Result<Decisions> agent_away(UserId id, std::string reason, TimePoint now);
    Result<Decisions> agent_end_wrap_up(UserId id, TimePoint now);
    Result<Decisions> agent_dial_out(UserId id, CallId call, TimePoint now);
    // The agent's phone took a call the ACD did not offer: busy until call_ended (agent.h).
    Result<Decisions> agent_direct_call(UserId id, CallId call, TimePoint now);
    Result<Decisions> call_ended(UserId id, TimePoint now);
    // The agent's phone has (or no longer has) a call besides the one the ACD holds them for:
    // while it does the agent is offered nothing (agent.h phone_busy); once free, a waiting caller
    // may be offered at once.
    Result<Decisions> set_phone_busy(UserId id, bool busy, TimePoint now);

    // Timeouts due at `now`: overflow on max wait, skill relaxation, wrap-up end, announcements.
    // Returns nothing when nothing is due.
    Decisions tick(TimePoint now);
    std::optional<TimePoint> next_deadline() const;

    // Inspection.
    Result<QueueStats> queue_stats(QueueId queue, TimePoint now) const;
    const Agent* agent(UserId id) const;
    const Caller* caller(CallId call) const;
    std::optional<int> position(CallId call) const;  // 1-based place in its queue
    std::size_t waiting_callers() const;

    // Resets the "today" counters (agents' calls and talk time, queue statistics); the server
    // calls it at the start of the business day.
    void start_new_day();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace cti::acd
