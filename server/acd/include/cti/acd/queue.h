#pragma once
// Queues and waiting callers as plain data: what an administrator configures per queue, what the
// call model tells the ACD about a caller, and the real-time statistics a queue reports.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/acd/agent.h"

namespace cti::acd {

enum class Strategy {
    ring_all,         // every eligible agent rings; the first to answer takes the call
    round_robin,      // the next agent after the one offered last, in tier order
    linear,           // the first eligible agent in tier order (hunt)
    longest_idle,     // the agent idle the longest (load balancing)
    fewest_calls,     // the agent who answered the fewest calls today
    least_talk_time,  // the agent with the least talk time today
    random,           // uniformly among eligible agents (seeded generator)
    skills,           // the highest proficiency in the required skills, then longest idle
};

struct SkillRequirement {
    std::string skill;
    int min_level = 1;  // proficiency 1..10 the agent must have at least
};

// After a caller has waited `after` in the queue, no skill requirement asks more than
// `max_level`; `max_level` 0 drops the requirements: any agent of the queue will do.
struct Relaxation {
    Seconds after{0};
    int max_level = 0;
};

// Where a caller goes when the queue is full, has no signed-in agent, or the caller waited too
// long. `none` keeps the caller waiting; `reject` hangs up with a reason.
enum class OverflowKind { none, queue, voicemail, callback, reject };

struct OverflowTarget {
    OverflowKind kind = OverflowKind::none;
    QueueId queue;        // kind == queue
    std::string mailbox;  // kind == voicemail (empty: the queue's own)
};

// What a blacklisted caller gets (the call model knows who is blacklisted and says so).
enum class TreatmentKind { reject, play_message, route_to_queue };

struct Treatment {
    TreatmentKind kind = TreatmentKind::reject;
    std::string message;  // play_message: the prompt to play before hanging up
    QueueId queue;        // route_to_queue
};

struct QueueConfig {
    QueueId id;
    std::string name;
    Strategy strategy = Strategy::longest_idle;
    Seconds ring_timeout{20};
    Seconds service_level{20};  // answered within this counts towards the service level
    int max_waiting = 0;        // 0 = unlimited
    OverflowTarget when_full{OverflowKind::reject};
    OverflowTarget when_no_agents;  // no agent of the queue is signed in at arrival
    Seconds max_wait{0};            // 0 = wait forever
    OverflowTarget on_timeout;
    Seconds announce_interval{0};  // position / expected wait every interval; 0 = never
    Treatment blacklist;
    std::vector<SkillRequirement> required_skills;  // every caller of this queue needs these
    std::vector<Relaxation> relax;                  // sorted by `after` (validate checks)
    Seconds default_handle_time{180};  // the expected-wait estimate before any call was handled
};

// Checks a configuration before the engine takes it; the message says what to fix.
Result<void> validate(const QueueConfig& q);

// "skill:level,skill" <-> requirements (level 1..10, 1 when left out): how queues store and the
// administration edits their required skills. The message names the item that is wrong.
Result<std::vector<SkillRequirement>> skill_requirements_from_string(std::string_view text);
std::string to_string(const std::vector<SkillRequirement>& skills);

// What the call model says about a caller entering a queue.
struct CallerInfo {
    CallId call;
    QueueId queue;
    int priority = 0;   // higher goes first
    int vip_level = 0;  // 1 = green channel: ahead of everyone; other levels do not reorder
    std::vector<SkillRequirement> skills;  // in addition to the queue's required skills
    bool blacklisted = false;
    // A callback re-entering the queue keeps the place of its original call: pass the time the
    // original caller arrived. Empty = now.
    std::optional<TimePoint> original_arrival;
    bool callback = false;  // the agent will dial the customer (OfferCall says so)
};

// A waiting caller. The order in the queue: VIP level 1 first, then higher priority, then the
// earlier `arrived`, then the order of arrival at the engine (`seq`).
struct Caller {
    CallId call;
    QueueId queue;
    int priority = 0;
    int vip_level = 0;
    std::vector<SkillRequirement> skills;
    bool callback = false;
    TimePoint arrived{};  // place in line (kept through overflow and callback)
    TimePoint entered{};  // entered this queue: max wait, relaxation and service level count here
    std::uint64_t seq = 0;
    int hops = 0;                 // overflows so far (a loop of overflows is cut)
    std::vector<UserId> ringing;  // agents an offer is ringing at
    std::vector<UserId> tried;    // agents that did not answer this caller
};

bool goes_before(const Caller& a, const Caller& b) noexcept;

// Expected wait for the caller at `position` (1-based) of a queue:
//   EWT = position × AHT / N
// where AHT is the queue's recent average handle time (talk + after-call work) and N the number
// of the queue's agents that are signed in and available (idle, ringing, talking or in wrap-up):
// each of N agents frees up on average once per AHT, so one frees up every AHT/N. Empty when no
// agent is available (no estimate to announce).
std::optional<Seconds> expected_wait(int position, Seconds average_handle_time, int agents);

struct AgentCounts {
    int logged_out = 0;
    int not_ready = 0;
    int away = 0;
    int available = 0;  // status available, in any state
    // Signed-in agents by state.
    int idle = 0;
    int reserved = 0;
    int in_call = 0;
    int wrap_up = 0;
    int free = 0;  // available and idle: could take a call now (an outbound campaign's pacing)
};

// Real-time statistics of one queue; "today" since AcdEngine::start_new_day().
struct QueueStats {
    QueueId queue;
    int waiting = 0;
    Seconds longest_wait{0};  // of the callers waiting now
    int entered = 0;          // callers that entered the queue today
    int answered = 0;
    int answered_within_service_level = 0;
    int abandoned = 0;
    int abandoned_within_service_level = 0;  // short abandons (not held against the queue)
    int overflowed = 0;
    int rejected = 0;
    // answered within threshold / (answered + abandoned after threshold), percent; 100 when
    // nothing counted yet. Short abandons are excluded: no queue could have answered them.
    double service_level_percent = 100.0;
    Seconds average_speed_of_answer{0};
    Seconds average_handle_time{0};
    AgentCounts agents;
};

std::string_view to_string(Strategy v) noexcept;
std::string_view to_string(OverflowKind v) noexcept;
std::string_view to_string(TreatmentKind v) noexcept;
std::optional<Strategy> strategy_from_string(std::string_view s) noexcept;
std::optional<OverflowKind> overflow_kind_from_string(std::string_view s) noexcept;
std::optional<TreatmentKind> treatment_kind_from_string(std::string_view s) noexcept;

}  // namespace cti::acd
