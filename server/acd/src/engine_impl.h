#pragma once
// The engine's state and the steps its events share. Indexes keep every decision local: a queue
// knows its members (tiers) and how many of them are offerable right now, and its waiting line
// is ordered, so an arrival looks at one queue's members and an agent becoming free looks at
// its own queues' lines, never at all agents or all callers.
#include <random>
#include <set>
#include <unordered_map>

#include "cti/acd/engine.h"

namespace cti::acd {

struct AgentRec {
    Agent agent;
    std::vector<QueueId> queues;  // the agent's tiers
    QueueId call_queue;           // queue of the current call, for its handle-time average
    bool counted_offerable = false;  // what the queues' offerable counters include
};

struct CallerRec {
    Caller c;
    std::optional<TimePoint> overflow_at, relax_at, announce_at;
    bool overflow_due = false;  // max wait passed while an offer rang: overflow if it fails
};

struct LineOrder {
    bool operator()(const CallerRec* a, const CallerRec* b) const noexcept {
        return goes_before(a->c, b->c);
    }
};

struct QueueDay {
    int entered = 0, answered = 0, answered_in_sl = 0, abandoned = 0, abandoned_in_sl = 0;
    int overflowed = 0, rejected = 0;
    Seconds wait_answered{0};
};

struct QueueRec {
    QueueConfig cfg;
    std::vector<Candidate> members;  // sorted by (level, position); pointers into AgentRec
    std::set<CallerRec*, LineOrder> line;
    int offerable_members = 0;
    std::optional<UserId> last_offered;
    double aht_seconds = 0;  // exponential moving average of handle time
    QueueDay today;
};

enum class TimerKind { overflow, relax, announce, wrap_up };

struct Timer {
    TimePoint at;
    TimerKind kind;
    std::int64_t id;  // CallId for caller timers, UserId for wrap_up
    friend auto operator<=>(const Timer&, const Timer&) = default;
};

struct AcdEngine::Impl {
    std::unordered_map<UserId, AgentRec> agents;  // node-based: pointers stay valid
    std::unordered_map<QueueId, QueueRec> queues;
    std::unordered_map<CallId, CallerRec> callers;
    std::unordered_map<CallId, Caller> picked;  // picked up from an offer, the picker's phone ringing
    std::set<Timer> timers;
    std::mt19937_64 rng;
    std::uint64_t next_seq = 0;

    // Runs the agent state machine, records the AgentChanged decision, keeps the queues'
    // offerable counters, the wrap-up timer and the handle-time average in step.
    Result<void> apply(AgentRec& ar, const AgentInput& in, TimePoint now, Decisions& out);
    // Keeps the queues' offerable counters in step with offerable(ar.agent).
    void recount(AgentRec& ar);

    void dispatch_queue(QueueRec& q, TimePoint now, Decisions& out);
    void dispatch_for_agent(AgentRec& ar, TimePoint now, Decisions& out);
    void offer(CallerRec& rec, QueueRec& q, const std::vector<UserId>& ids, TimePoint now,
               Decisions& out);
    // Withdraws every ringing offer of the caller; returns the agents freed.
    std::vector<AgentRec*> cancel_offers(CallerRec& rec, TimePoint now, Decisions& out);

    // The caller's stay in `q` ends (QueueStayEnded); `c.entered` counts only if it entered `q`.
    static void stay_ended(const Caller& c, const QueueRec& q, StayOutcome outcome, UserId agent, TimePoint now,
                           Decisions& out);
    // Entry into a queue: full / no-agent checks, then enqueue or divert.
    void admit(Caller c, QueueRec& q, TimePoint now, Decisions& out);
    void enqueue(Caller c, QueueRec& q, TimePoint now, Decisions& out);
    void divert(Caller c, QueueRec& from, const OverflowTarget& target, std::string reason,
                TimePoint now, Decisions& out);
    // Takes a waiting caller out of its queue (line, timers, map) and returns it.
    Caller take(CallerRec& rec);
    void timeout_overflow(CallerRec& rec, TimePoint now, Decisions& out);
    void announce(CallerRec& rec, QueueRec& q, Decisions& out);

    void schedule(std::optional<TimePoint>& slot, std::optional<TimePoint> at, TimerKind kind,
                  std::int64_t id);

    int position(const CallerRec& rec, const QueueRec& q) const;
    int available_members(const QueueRec& q) const;

    Result<Decisions> agent_command(UserId id, const AgentInput& in, TimePoint now);
};

}  // namespace cti::acd
