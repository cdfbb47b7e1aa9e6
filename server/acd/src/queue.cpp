#include "cti/acd/queue.h"

#include <charconv>

#include <cmath>

namespace cti::acd {
namespace {

Result<void> check_target(const QueueConfig& q, const OverflowTarget& t, std::string_view what) {
    if (t.kind == OverflowKind::queue) {
        if (!t.queue)
            return fail(Errc::invalid_argument, "queue " + q.name + ": " + std::string(what) +
                                                    " overflows to a queue; name the target queue");
        if (t.queue == q.id)
            return fail(Errc::invalid_argument, "queue " + q.name + ": " + std::string(what) +
                                                    " overflows to the queue itself; choose another");
    }
    return {};
}

}  // namespace

Result<std::vector<SkillRequirement>> skill_requirements_from_string(std::string_view text) {
    std::vector<SkillRequirement> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto comma = text.find(',', pos);
        if (comma == std::string_view::npos) comma = text.size();
        auto item = text.substr(pos, comma - pos);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        pos = comma + 1;
        if (item.empty()) continue;
        SkillRequirement r;
        auto colon = item.rfind(':');
        r.skill = std::string(item.substr(0, colon));
        if (colon != std::string_view::npos) {
            auto level = item.substr(colon + 1);
            int v = 0;
            auto [end, ec] = std::from_chars(level.data(), level.data() + level.size(), v);
            if (ec != std::errc() || end != level.data() + level.size() || v < 1 || v > 10)
                return fail(Errc::invalid_argument,
                            "skill '" + std::string(item) + "': the level after ':' is a whole number from 1 to 10");
            r.min_level = v;
        }
        if (r.skill.empty() || r.skill.size() > 50)
            return fail(Errc::invalid_argument, "skill '" + std::string(item) + "': a skill name has 1 to 50 characters");
        for (const auto& seen : out)
            if (seen.skill == r.skill) return fail(Errc::invalid_argument, "skill '" + r.skill + "' is listed twice");
        out.push_back(std::move(r));
    }
    if (out.size() > 20) return fail(Errc::invalid_argument, "a queue requires at most 20 skills");
    return out;
}

std::string to_string(const std::vector<SkillRequirement>& skills) {
    std::string out;
    for (const auto& s : skills) {
        if (!out.empty()) out += ',';
        out += s.skill + ':' + std::to_string(s.min_level);
    }
    return out;
}

Result<void> validate(const QueueConfig& q) {
    if (!q.id) return fail(Errc::invalid_argument, "a queue needs an id");
    if (q.ring_timeout <= Seconds{0})
        return fail(Errc::invalid_argument, "queue " + q.name + ": ring timeout must be positive");
    if (q.max_waiting < 0)
        return fail(Errc::invalid_argument, "queue " + q.name + ": max waiting must be 0 (unlimited) or more");
    if (q.max_wait < Seconds{0} || q.announce_interval < Seconds{0} || q.service_level < Seconds{0})
        return fail(Errc::invalid_argument, "queue " + q.name + ": times cannot be negative");
    if (q.on_timeout.kind != OverflowKind::none && q.max_wait == Seconds{0})
        return fail(Errc::invalid_argument,
                    "queue " + q.name + ": an overflow on timeout needs a max wait above 0 seconds");
    if (auto r = check_target(q, q.when_full, "when full"); !r) return r;
    if (auto r = check_target(q, q.when_no_agents, "with no agents"); !r) return r;
    if (auto r = check_target(q, q.on_timeout, "on timeout"); !r) return r;
    if (q.blacklist.kind == TreatmentKind::route_to_queue && !q.blacklist.queue)
        return fail(Errc::invalid_argument,
                    "queue " + q.name + ": blacklisted callers are routed to a queue; name it");
    for (const auto& s : q.required_skills)
        if (s.skill.empty() || s.min_level < 1 || s.min_level > 10)
            return fail(Errc::invalid_argument, "queue " + q.name +
                                                    ": a required skill needs a name and a level 1-10");
    for (std::size_t i = 0; i < q.relax.size(); ++i) {
        if (q.relax[i].max_level < 0 || q.relax[i].max_level > 10)
            return fail(Errc::invalid_argument,
                        "queue " + q.name + ": a relaxation level is 0 (any agent) to 10");
        if (i > 0 && q.relax[i].after <= q.relax[i - 1].after)
            return fail(Errc::invalid_argument,
                        "queue " + q.name + ": list relaxation steps in increasing wait order");
    }
    if (q.default_handle_time <= Seconds{0})
        return fail(Errc::invalid_argument, "queue " + q.name + ": default handle time must be positive");
    return {};
}

bool goes_before(const Caller& a, const Caller& b) noexcept {
    const bool ga = a.vip_level == 1, gb = b.vip_level == 1;
    if (ga != gb) return ga;
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.arrived != b.arrived) return a.arrived < b.arrived;
    return a.seq < b.seq;
}

std::optional<Seconds> expected_wait(int position, Seconds average_handle_time, int agents) {
    if (agents <= 0 || position <= 0) return std::nullopt;
    const double s = double(position) * double(average_handle_time.count()) / double(agents);
    return Seconds{static_cast<Seconds::rep>(std::llround(s))};
}

}  // namespace cti::acd
