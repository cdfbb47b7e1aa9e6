// select_agents and the skill functions as pure functions over plain data.
#include <catch2/catch.hpp>

#include <map>

#include "cti/acd/strategy.h"

using namespace cti;
using namespace cti::acd;
using namespace std::chrono_literals;

namespace {

const TimePoint t0{std::chrono::hours(1)};

Agent ready(int id, TimePoint idle_since = t0) {
    Agent a;
    a.id = UserId{id};
    a.status = AgentStatus::available;
    a.state = AgentState::idle;
    a.idle_since = idle_since;
    return a;
}

Caller caller_at(TimePoint entered, std::vector<SkillRequirement> skills = {}) {
    Caller c;
    c.call = CallId{100};
    c.entered = c.arrived = entered;
    c.skills = std::move(skills);
    return c;
}

QueueConfig queue(Strategy s) {
    QueueConfig q;
    q.id = QueueId{1};
    q.name = "q";
    q.strategy = s;
    return q;
}

std::vector<Candidate> tiers(const std::vector<Agent>& agents, std::vector<int> levels = {}) {
    std::vector<Candidate> out;
    for (std::size_t i = 0; i < agents.size(); ++i)
        out.push_back({&agents[i], levels.empty() ? 1 : levels[i], int(i)});
    std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.level < b.level; });
    return out;
}

std::vector<std::int64_t> ids(const std::vector<UserId>& v) {
    std::vector<std::int64_t> out;
    for (auto u : v) out.push_back(u.value());
    return out;
}

std::vector<std::int64_t> pick(const QueueConfig& q, const std::vector<Agent>& agents,
                               std::vector<int> levels = {}, Caller c = caller_at(t0),
                               SelectContext ctx = {t0 + 1s}) {
    auto cands = tiers(agents, std::move(levels));
    return ids(select_agents(q, c, cands, ctx));
}

}  // namespace

TEST_CASE("ring_all offers every eligible agent of the lowest tier level") {
    std::vector<Agent> a{ready(1), ready(2), ready(3), ready(4)};
    a[2].status = AgentStatus::not_ready;
    CHECK(pick(queue(Strategy::ring_all), a) == std::vector<std::int64_t>{1, 2, 4});
    CHECK(pick(queue(Strategy::ring_all), a, {2, 1, 1, 1}) == std::vector<std::int64_t>{2, 4});
}

TEST_CASE("linear hunts in tier order, lower levels first") {
    std::vector<Agent> a{ready(1), ready(2), ready(3)};
    CHECK(pick(queue(Strategy::linear), a) == std::vector<std::int64_t>{1});
    a[0].state = AgentState::in_call;
    CHECK(pick(queue(Strategy::linear), a) == std::vector<std::int64_t>{2});
    CHECK(pick(queue(Strategy::linear), a, {1, 2, 1}) == std::vector<std::int64_t>{3});
}

TEST_CASE("round robin continues after the agent offered last and wraps") {
    std::vector<Agent> a{ready(1), ready(2), ready(3)};
    const auto q = queue(Strategy::round_robin);
    CHECK(pick(q, a, {}, caller_at(t0), {t0, std::nullopt}) == std::vector<std::int64_t>{1});
    CHECK(pick(q, a, {}, caller_at(t0), {t0, UserId{1}}) == std::vector<std::int64_t>{2});
    CHECK(pick(q, a, {}, caller_at(t0), {t0, UserId{3}}) == std::vector<std::int64_t>{1});
    a[1].state = AgentState::in_call;  // the last offered one is busy: still remembered
    CHECK(pick(q, a, {}, caller_at(t0), {t0, UserId{2}}) == std::vector<std::int64_t>{3});
}

TEST_CASE("longest idle, fewest calls, least talk time") {
    std::vector<Agent> a{ready(1, t0 - 10s), ready(2, t0 - 50s), ready(3, t0 - 30s)};
    CHECK(pick(queue(Strategy::longest_idle), a) == std::vector<std::int64_t>{2});
    a[0].calls_today = 3, a[1].calls_today = 5, a[2].calls_today = 3;
    CHECK(pick(queue(Strategy::fewest_calls), a) == std::vector<std::int64_t>{3});  // tie: idle longer
    a[0].talk_today = 100s, a[1].talk_today = 90s, a[2].talk_today = 400s;
    CHECK(pick(queue(Strategy::least_talk_time), a) == std::vector<std::int64_t>{2});
}

TEST_CASE("random picks uniformly among eligible agents, reproducibly for a seed") {
    std::vector<Agent> a{ready(1), ready(2), ready(3), ready(4)};
    a[3].status = AgentStatus::away;
    std::map<std::int64_t, int> seen;
    std::mt19937_64 rng(42);
    auto cands = tiers(a);
    for (int i = 0; i < 3000; ++i) {
        auto r = select_agents(queue(Strategy::random), caller_at(t0), cands, {t0, {}, &rng});
        REQUIRE(r.size() == 1);
        ++seen[r[0].value()];
    }
    CHECK(seen.size() == 3);
    for (auto [id, n] : seen) CHECK(n == Approx(1000).margin(120));
    std::mt19937_64 r1(7), r2(7);
    for (int i = 0; i < 20; ++i)
        CHECK(select_agents(queue(Strategy::random), caller_at(t0), cands, {t0, {}, &r1}) ==
              select_agents(queue(Strategy::random), caller_at(t0), cands, {t0, {}, &r2}));
}

TEST_CASE("skills: requirements filter, proficiency ranks, waiting relaxes") {
    std::vector<Agent> a{ready(1, t0 - 100s), ready(2), ready(3)};
    a[0].settings.skills = {{"billing", 3}};
    a[1].settings.skills = {{"billing", 6}, {"english", 9}};
    a[2].settings.skills = {{"billing", 9}};
    auto q = queue(Strategy::skills);
    q.relax = {{30s, 5}, {60s, 0}};
    const Caller c = caller_at(t0, {{"billing", 8}, {"english", 5}});

    CHECK(pick(q, a, {}, c, {t0 + 10s}).empty());  // nobody has billing 8 and english 5 yet
    CHECK(pick(q, a, {}, c, {t0 + 30s}) == std::vector<std::int64_t>{2});  // cap 5: billing 6 ok
    // After 60 s any agent of the queue: the most proficient in the asked skills still wins.
    CHECK(pick(q, a, {}, c, {t0 + 60s}) == std::vector<std::int64_t>{2});
    a[1].state = AgentState::in_call;
    CHECK(pick(q, a, {}, c, {t0 + 60s}) == std::vector<std::int64_t>{3});

    CHECK(next_relaxation(q, c, t0 + 10s) == t0 + 30s);
    CHECK(next_relaxation(q, c, t0 + 30s) == t0 + 60s);
    CHECK_FALSE(next_relaxation(q, c, t0 + 60s));
    CHECK_FALSE(next_relaxation(q, caller_at(t0), t0));  // no skills: nothing to relax
}

TEST_CASE("effective requirements merge queue and caller skills, capped by relaxation") {
    auto q = queue(Strategy::skills);
    q.required_skills = {{"mandarin", 4}, {"billing", 2}};
    q.relax = {{20s, 3}};
    const Caller c = caller_at(t0, {{"billing", 7}});
    auto r = effective_requirements(q, c, t0);
    REQUIRE(r.size() == 2);
    CHECK(r[0].skill == "mandarin");
    CHECK(r[0].min_level == 4);
    CHECK(r[1].min_level == 7);
    r = effective_requirements(q, c, t0 + 20s);
    CHECK(r[0].min_level == 3);
    CHECK(r[1].min_level == 3);
}

TEST_CASE("skill requirements filter every strategy, not only skills") {
    std::vector<Agent> a{ready(1), ready(2)};
    a[1].settings.skills = {{"repair", 5}};
    CHECK(pick(queue(Strategy::linear), a, {}, caller_at(t0, {{"repair", 1}})) ==
          std::vector<std::int64_t>{2});
}

TEST_CASE("agents that did not answer this caller are tried last") {
    std::vector<Agent> a{ready(1), ready(2)};
    Caller c = caller_at(t0);
    c.tried = {UserId{1}};
    CHECK(pick(queue(Strategy::linear), a, {}, c) == std::vector<std::int64_t>{2});
    c.tried = {UserId{1}, UserId{2}};
    CHECK(pick(queue(Strategy::linear), a, {}, c) == std::vector<std::int64_t>{1});
}

TEST_CASE("caller order: VIP 1 first, then priority, then arrival") {
    Caller early = caller_at(t0), late = caller_at(t0 + 10s), vip = caller_at(t0 + 20s);
    vip.vip_level = 1;
    Caller prio = caller_at(t0 + 30s);
    prio.priority = 5;
    Caller vip2 = caller_at(t0 + 40s);
    vip2.vip_level = 2;  // not the green channel
    CHECK(goes_before(early, late));
    CHECK(goes_before(vip, early));
    CHECK(goes_before(prio, early));
    CHECK(goes_before(vip, prio));
    CHECK(goes_before(late, vip2));
}

TEST_CASE("expected wait = position x AHT / available agents") {
    CHECK(expected_wait(3, 120s, 4) == 90s);
    CHECK(expected_wait(1, 180s, 60) == 3s);
    CHECK_FALSE(expected_wait(1, 180s, 0));
}

TEST_CASE("queue validation names what to fix") {
    auto q = queue(Strategy::linear);
    CHECK(validate(q));
    q.on_timeout = {OverflowKind::voicemail};
    auto r = validate(q);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "queue q: an overflow on timeout needs a max wait above 0 seconds");
    q.max_wait = 60s;
    CHECK(validate(q));
    q.relax = {{60s, 5}, {30s, 0}};
    CHECK_FALSE(validate(q));
    q.relax.clear();
    q.on_timeout = {OverflowKind::queue, QueueId{1}};
    CHECK_FALSE(validate(q));
}

TEST_CASE("strategy and overflow name tables round-trip") {
    for (int i = 0; i <= int(Strategy::skills); ++i)
        CHECK(strategy_from_string(to_string(Strategy(i))) == Strategy(i));
    for (int i = 0; i <= int(OverflowKind::reject); ++i)
        CHECK(overflow_kind_from_string(to_string(OverflowKind(i))) == OverflowKind(i));
    for (int i = 0; i <= int(TreatmentKind::route_to_queue); ++i)
        CHECK(treatment_kind_from_string(to_string(TreatmentKind(i))) == TreatmentKind(i));
}
