#pragma once
// The engine tests' helpers: a virtual clock's start, queue ids, decision pickers and Fx, an
// engine with queues and agents set up in one line each.
#include <catch2/catch.hpp>

#include "cti/acd/engine.h"

namespace cti::acd::test {

using namespace std::chrono_literals;

inline const TimePoint t0{std::chrono::hours(1)};
inline const QueueId Q1{1}, Q2{2};

template <class T>
std::vector<T> all(const Decisions& ds) {
    std::vector<T> out;
    for (const auto& d : ds)
        if (auto* p = std::get_if<T>(&d)) out.push_back(*p);
    return out;
}

template <class T>
T one(const Decisions& ds) {
    auto v = all<T>(ds);
    REQUIRE(v.size() == 1);
    return v[0];
}

inline std::vector<std::int64_t> ids(const std::vector<UserId>& v) {
    std::vector<std::int64_t> out;
    for (auto u : v) out.push_back(u.value());
    return out;
}

inline Decisions ok(Result<Decisions> r) {
    if (!r) FAIL(r.error().message);
    return std::move(*r);
}

inline QueueConfig make_queue(QueueId id, Strategy s = Strategy::longest_idle) {
    QueueConfig q;
    q.id = id;
    q.name = "q" + std::to_string(id.value());
    q.strategy = s;
    return q;
}

struct Fx {
    AcdEngine e{1};

    void queue(QueueConfig q) { REQUIRE(e.set_queue(std::move(q))); }

    // Adds, signs in and (unless `ready` is false) readies an agent with tiers in `queues`.
    Decisions agent(int id, std::vector<std::pair<QueueId, int>> queues, AgentSettings s = {},
                    TimePoint now = t0, bool ready = true) {
        REQUIRE(e.add_agent(UserId{id}, std::move(s)));
        for (auto [q, level] : queues) ok(e.set_tier(UserId{id}, q, level, id, now));
        ok(e.agent_sign_in(UserId{id}, now));
        return ready ? ok(e.agent_ready(UserId{id}, now)) : Decisions{};
    }

    Decisions arrive(int call, QueueId q, TimePoint now, int priority = 0, int vip = 0,
                     std::vector<SkillRequirement> skills = {}) {
        return ok(e.caller_arrived(CallerInfo{CallId{call}, q, priority, vip, std::move(skills)}, now));
    }

    Decisions answer(int call, int agent, TimePoint now) {
        return ok(e.offer_result(CallId{call}, UserId{agent}, OfferOutcome::answered, now));
    }

    AgentStatus status(int id) { return e.agent(UserId{id})->status; }
    AgentState state(int id) { return e.agent(UserId{id})->state; }
};

}  // namespace cti::acd::test
