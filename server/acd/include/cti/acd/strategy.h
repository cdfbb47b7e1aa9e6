#pragma once
// Routing decisions as pure functions over plain data: which agents a waiting caller is offered
// to, given the queue's strategy, the caller's skill needs (relaxed by waiting time) and the
// queue's members. No engine state is read here; the engine passes what it keeps (the round-robin
// memory, the random generator).
#include <optional>
#include <random>
#include <span>
#include <vector>

#include "cti/acd/queue.h"

namespace cti::acd {

// A member of a queue through a tier: lower `level` is offered first; `position` orders agents
// within a level (linear hunt, round robin).
struct Candidate {
    const Agent* agent = nullptr;
    int level = 1;
    int position = 0;
};

struct SelectContext {
    TimePoint now{};
    std::optional<UserId> last_offered;  // round_robin: the agent this queue offered last
    std::mt19937_64* rng = nullptr;      // random: required for that strategy only
};

// The caller's skill requirements at `now`: the queue's required skills merged with the caller's
// (the higher level wins for a skill named twice), each capped by the relaxation step reached
// after the caller's wait in this queue; a cap of 0 drops them all.
std::vector<SkillRequirement> effective_requirements(const QueueConfig& q, const Caller& c,
                                                     TimePoint now);

// When the caller's requirements relax next (empty if they never will again).
std::optional<TimePoint> next_relaxation(const QueueConfig& q, const Caller& c, TimePoint now);

bool meets(const Agent& a, std::span<const SkillRequirement> required) noexcept;

// Sum of the agent's proficiency in the named skills (the `skills` strategy ranks by it).
int skill_score(const Agent& a, std::span<const SkillRequirement> required) noexcept;

// The agents to offer `caller` to: none if no candidate is eligible, all eligible agents of the
// lowest tier level for ring_all, else exactly one. Eligible = offerable (available and idle),
// meets the effective requirements, and has not already failed to answer this caller (unless
// every eligible agent has; then they are tried again).
// Contract: `candidates` are sorted by (level, position).
std::vector<UserId> select_agents(const QueueConfig& queue, const Caller& caller,
                                  std::span<const Candidate> candidates, const SelectContext& ctx);

}  // namespace cti::acd
