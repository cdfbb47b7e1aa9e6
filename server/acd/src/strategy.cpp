#include "cti/acd/strategy.h"

#include <algorithm>

namespace cti::acd {
namespace {

// The relaxation cap reached after waiting `waited`: steps are sorted by `after`, so the last
// step reached applies. -1 = no cap yet.
int relax_cap(const QueueConfig& q, Seconds waited) {
    int cap = -1;
    for (const auto& r : q.relax)
        if (waited >= r.after) cap = r.max_level;
    return cap;
}

bool tried(const Caller& c, UserId id) {
    return std::find(c.tried.begin(), c.tried.end(), id) != c.tried.end();
}

// The "most deserving" agent among eligible ones by a key; ties go to the earlier candidate
// (tier order), so results are deterministic.
template <class Key>
const Candidate* best_by(const std::vector<const Candidate*>& elig, Key key) {
    const Candidate* best = elig.front();
    auto best_key = key(*best->agent);
    for (const Candidate* c : elig) {
        auto k = key(*c->agent);
        if (k < best_key) {
            best = c;
            best_key = k;
        }
    }
    return best;
}

}  // namespace

std::vector<SkillRequirement> effective_requirements(const QueueConfig& q, const Caller& c,
                                                     TimePoint now) {
    std::vector<SkillRequirement> out;
    out.reserve(q.required_skills.size() + c.skills.size());
    auto add = [&](const SkillRequirement& r) {
        if (r.min_level <= 0) return;
        for (auto& have : out)
            if (have.skill == r.skill) {
                have.min_level = std::max(have.min_level, r.min_level);
                return;
            }
        out.push_back(r);
    };
    for (const auto& r : q.required_skills) add(r);
    for (const auto& r : c.skills) add(r);
    if (out.empty()) return out;
    const int cap = relax_cap(q, std::chrono::duration_cast<Seconds>(now - c.entered));
    if (cap == 0) return {};
    if (cap > 0)
        for (auto& r : out) r.min_level = std::min(r.min_level, cap);
    return out;
}

std::optional<TimePoint> next_relaxation(const QueueConfig& q, const Caller& c, TimePoint now) {
    if (q.required_skills.empty() && c.skills.empty()) return std::nullopt;
    for (const auto& r : q.relax)
        if (c.entered + r.after > now) return c.entered + r.after;
    return std::nullopt;
}

bool meets(const Agent& a, std::span<const SkillRequirement> required) noexcept {
    for (const auto& r : required) {
        bool ok = false;
        for (const auto& s : a.settings.skills)
            if (s.name == r.skill) {
                ok = s.proficiency >= r.min_level;
                break;
            }
        if (!ok) return false;
    }
    return true;
}

int skill_score(const Agent& a, std::span<const SkillRequirement> required) noexcept {
    int score = 0;
    for (const auto& r : required)
        for (const auto& s : a.settings.skills)
            if (s.name == r.skill) score += s.proficiency;
    return score;
}

std::vector<UserId> select_agents(const QueueConfig& queue, const Caller& caller,
                                  std::span<const Candidate> candidates, const SelectContext& ctx) {
    const auto required = effective_requirements(queue, caller, ctx.now);
    // Scratch reused across calls (per thread): a routing decision should not allocate.
    thread_local std::vector<const Candidate*> elig;
    elig.clear();
    for (bool skip_tried : {true, false}) {
        int min_level = 0;
        for (const auto& c : candidates) {
            if (!c.agent || !offerable(*c.agent) || !meets(*c.agent, required)) continue;
            if (skip_tried && tried(caller, c.agent->id)) continue;
            // Only the lowest tier level with an eligible agent is offered.
            if (elig.empty() || c.level < min_level) {
                elig.clear();
                min_level = c.level;
            } else if (c.level > min_level) {
                continue;
            }
            elig.push_back(&c);
        }
        if (!elig.empty() || caller.tried.empty()) break;
    }
    if (elig.empty()) return {};

    const Candidate* pick = nullptr;
    switch (queue.strategy) {
        case Strategy::ring_all: {
            std::vector<UserId> all;
            all.reserve(elig.size());
            for (const Candidate* c : elig) all.push_back(c->agent->id);
            return all;
        }
        case Strategy::linear:
            pick = elig.front();
            break;
        case Strategy::round_robin: {
            // The first eligible agent after the one offered last, in tier order, wrapping.
            const Candidate* last = nullptr;
            if (ctx.last_offered)
                for (const auto& c : candidates)
                    if (c.agent && c.agent->id == *ctx.last_offered) last = &c;
            pick = elig.front();
            if (last)
                for (const Candidate* c : elig)
                    if (std::pair(c->level, c->position) > std::pair(last->level, last->position)) {
                        pick = c;
                        break;
                    }
            break;
        }
        case Strategy::longest_idle:
            pick = best_by(elig, [](const Agent& a) { return a.idle_since; });
            break;
        case Strategy::fewest_calls:
            pick = best_by(elig, [](const Agent& a) { return std::pair(a.calls_today, a.idle_since); });
            break;
        case Strategy::least_talk_time:
            pick = best_by(elig, [](const Agent& a) { return std::pair(a.talk_today, a.idle_since); });
            break;
        case Strategy::random:
            pick = elig.front();
            if (ctx.rng)
                pick = elig[std::uniform_int_distribution<std::size_t>(0, elig.size() - 1)(*ctx.rng)];
            break;
        case Strategy::skills: {
            // Rank by the skills the caller asked for before relaxation: when requirements have
            // relaxed, the most proficient agent available is still the best choice.
            std::vector<SkillRequirement> wanted = queue.required_skills;
            wanted.insert(wanted.end(), caller.skills.begin(), caller.skills.end());
            pick = best_by(elig, [&](const Agent& a) {
                return std::pair(-skill_score(a, wanted), a.idle_since);
            });
            break;
        }
    }
    return {pick->agent->id};
}

}  // namespace cti::acd
