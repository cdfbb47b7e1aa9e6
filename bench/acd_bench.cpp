// acd_bench: routing decision latency of the AcdEngine at contact-center scale — 5,000 agents,
// 500 queues (each agent in 4 queues through tiers of level 1 or 2, 3 skills per agent), 2,000
// waiting callers (30 % of them need a skill at a minimum proficiency, relaxing after 30 s and
// 60 s; strategies mixed: longest idle, skills, round robin, fewest calls).
//
// Steady state: every iteration two callers arrive, one agent returns from not-ready (agent_ready)
// and one agent's call ends (call_ended, continuous mode: the agent takes the next caller). Each
// event is timed on its own; offers are answered at once, untimed. The waiting line stays near
// 2,000 because each freed agent takes about one caller.
//
// Reference, in the same process and on the same data: a naive router that decides the same
// thing by scanning — for an arrival every agent and its tiers, for a free agent every waiting
// caller. The ratio naive/engine is printed per decision.
//
// Prints p50/p99 per decision, the median over runs. Usage: acd_bench [runs=5] [iterations=5000]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cti/acd/engine.h"

namespace {

using namespace cti;
using namespace cti::acd;
using Clock = std::chrono::steady_clock;

constexpr int n_agents = 5000, n_queues = 500, tiers_per_agent = 4, n_waiting = 2000;
constexpr int n_skills = 12;

struct Setup {
    std::vector<std::vector<std::pair<QueueId, int>>> tiers;  // per agent (index = id-1)
    std::vector<QueueConfig> queues;
    std::vector<AgentSettings> settings;
};

// Built by appending: gcc 12 warns falsely (-Wrestrict) on "literal" + std::string in -O2.
std::string skill_name(int i) {
    std::string s = "skill";
    return s += std::to_string(i);
}

Setup make_setup(std::mt19937_64& rng) {
    Setup s;
    const Strategy strategies[] = {Strategy::longest_idle, Strategy::skills, Strategy::round_robin,
                                   Strategy::fewest_calls};
    for (int q = 1; q <= n_queues; ++q) {
        QueueConfig c;
        c.id = QueueId{q};
        c.name = "q";
        c.name += std::to_string(q);
        c.strategy = strategies[q % 4];
        c.relax = {{std::chrono::seconds(30), 3}, {std::chrono::seconds(60), 0}};
        s.queues.push_back(c);
    }
    std::uniform_int_distribution<int> queue_d(1, n_queues), skill_d(0, n_skills - 1), prof_d(1, 10),
        level_d(1, 2);
    for (int a = 0; a < n_agents; ++a) {
        std::vector<std::pair<QueueId, int>> t;
        while (int(t.size()) < tiers_per_agent) {
            QueueId q{queue_d(rng)};
            if (std::none_of(t.begin(), t.end(), [&](auto& x) { return x.first == q; }))
                t.emplace_back(q, level_d(rng));
        }
        s.tiers.push_back(t);
        AgentSettings st;
        st.max_no_answer = 0;
        for (int k = 0; k < 3; ++k) st.skills.push_back({skill_name(skill_d(rng)), prof_d(rng)});
        s.settings.push_back(st);
    }
    return s;
}

// The naive reference: same inputs, decisions by full scans.
struct Naive {
    const Setup& setup;
    const AcdEngine& engine;
    std::vector<const Caller*> waiting;  // refreshed from the engine's callers

    // Arrival: the best offerable agent of the queue (lowest level, then longest idle).
    UserId for_caller(const Caller& c, TimePoint now) const {
        const Agent* best = nullptr;
        int best_level = 0;
        const QueueConfig& q = setup.queues[c.queue.value() - 1];
        const auto req = effective_requirements(q, c, now);
        for (int i = 0; i < n_agents; ++i) {
            const Agent* a = engine.agent(UserId{i + 1});
            for (auto [qid, level] : setup.tiers[i]) {
                if (qid != c.queue || !offerable(*a) || !meets(*a, req)) continue;
                if (!best || level < best_level || (level == best_level && a->idle_since < best->idle_since)) {
                    best = a;
                    best_level = level;
                }
            }
        }
        return best ? best->id : UserId{};
    }

    // Free agent: the first caller in priority order among the agent's queues it can take.
    CallId for_agent(const Agent& a, TimePoint now) const {
        const Caller* best = nullptr;
        const auto& tiers = setup.tiers[a.id.value() - 1];
        for (const Caller* c : waiting) {
            if (!c->ringing.empty()) continue;
            if (std::none_of(tiers.begin(), tiers.end(), [&](auto& t) { return t.first == c->queue; })) continue;
            if (!meets(a, effective_requirements(setup.queues[c->queue.value() - 1], *c, now))) continue;
            if (!best || goes_before(*c, *best)) best = c;
        }
        return best ? best->call : CallId{};
    }
};

struct Samples {
    std::vector<double> engine_us, naive_us;
};

double pct(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double us_since(Clock::time_point t) {
    return std::chrono::duration<double, std::micro>(Clock::now() - t).count();
}

struct RunResult {
    double p50[3], p99[3], naive_p50[3], naive_p99[3];
    std::size_t waiting_end;
};

RunResult run(int iterations, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    const Setup setup = make_setup(rng);
    AcdEngine e(seed);
    TimePoint now{std::chrono::hours(1)};
    for (const auto& q : setup.queues) (void)e.set_queue(q);
    for (int i = 0; i < n_agents; ++i) {
        const UserId id{i + 1};
        (void)e.add_agent(id, setup.settings[i]);
        for (auto [q, level] : setup.tiers[i]) (void)e.set_tier(id, q, level, i, now);
        (void)e.agent_sign_in(id, now);
    }
    std::vector<UserId> in_call;
    std::unordered_map<std::int64_t, std::size_t> in_call_at;
    std::unordered_set<std::int64_t> waiting_ids;  // for the naive router's list
    auto answer_all = [&](const Decisions& ds) {
        for (const auto& d : ds)
            if (auto* o = std::get_if<OfferCall>(&d)) {
                waiting_ids.erase(o->call.value());
                (void)e.offer_result(o->call, o->agents[0], OfferOutcome::answered, now);
                in_call_at[o->agents[0].value()] = in_call.size();
                in_call.push_back(o->agents[0]);
            }
    };
    auto take_in_call = [&]() {
        std::uniform_int_distribution<std::size_t> d(0, in_call.size() - 1);
        const std::size_t i = d(rng);
        const UserId id = in_call[i];
        in_call[i] = in_call.back();
        in_call_at[in_call[i].value()] = i;
        in_call.pop_back();
        in_call_at.erase(id.value());
        return id;
    };
    for (int i = 0; i < n_agents; ++i) answer_all(*e.agent_ready(UserId{i + 1}, now));

    std::int64_t next_call = 1;
    std::uniform_int_distribution<int> queue_d(1, n_queues), skill_d(0, n_skills - 1), lvl_d(3, 6),
        pct_d(0, 99);
    auto caller = [&]() {
        CallerInfo c{CallId{next_call++}, QueueId{queue_d(rng)}};
        const int p = pct_d(rng);
        if (p < 30) c.skills.push_back({skill_name(skill_d(rng)), lvl_d(rng)});
        if (p == 99) c.vip_level = 1;
        return c;
    };
    // Fill: callers arrive until every agent is busy and 2,000 wait.
    while (e.waiting_callers() < std::size_t(n_waiting)) {
        now += std::chrono::milliseconds(10);
        const CallerInfo c = caller();
        waiting_ids.insert(c.call.value());
        answer_all(*e.caller_arrived(c, now));
    }

    Naive naive{setup, e, {}};
    Samples s[3];  // 0 caller_arrived, 1 agent_ready, 2 call_ended
    for (int it = 0; it < iterations; ++it) {
        for (int k = 0; k < 2; ++k) {
            now += std::chrono::milliseconds(50);
            const CallerInfo c = caller();
            Caller as_caller;  // what the naive router sees for the same arrival
            as_caller.call = c.call;
            as_caller.queue = c.queue;
            as_caller.skills = c.skills;
            as_caller.entered = as_caller.arrived = now;
            auto t = Clock::now();
            volatile auto pick = naive.for_caller(as_caller, now).value();
            (void)pick;
            s[0].naive_us.push_back(us_since(t));
            t = Clock::now();
            auto d = e.caller_arrived(c, now);
            s[0].engine_us.push_back(us_since(t));
            waiting_ids.insert(c.call.value());
            answer_all(*d);
        }
        // An agent back from a break.
        const UserId a = take_in_call();
        (void)e.agent_not_ready(a, "break", now);
        (void)e.call_ended(a, now);
        // The naive router needs the waiting callers as a list: gathered untimed.
        naive.waiting.clear();
        for (std::int64_t id : waiting_ids)
            if (const Caller* c = e.caller(CallId{id})) naive.waiting.push_back(c);
        {
            Agent probe = *e.agent(a);
            probe.status = AgentStatus::available;
            auto t = Clock::now();
            volatile auto pick = naive.for_agent(probe, now).value();
            (void)pick;
            s[1].naive_us.push_back(us_since(t));
            t = Clock::now();
            auto d = e.agent_ready(a, now);
            s[1].engine_us.push_back(us_since(t));
            answer_all(*d);
        }
        // A call ends; the agent takes the next caller at once.
        {
            const UserId b = take_in_call();
            Agent probe = *e.agent(b);
            probe.status = AgentStatus::available;
            probe.state = AgentState::idle;
            auto t = Clock::now();
            volatile auto pick = naive.for_agent(probe, now).value();
            (void)pick;
            s[2].naive_us.push_back(us_since(t));
            t = Clock::now();
            auto d = e.call_ended(b, now);
            s[2].engine_us.push_back(us_since(t));
            answer_all(*d);
        }
    }
    RunResult r{};
    for (int i = 0; i < 3; ++i) {
        r.p50[i] = pct(s[i].engine_us, 0.50);
        r.p99[i] = pct(s[i].engine_us, 0.99);
        r.naive_p50[i] = pct(s[i].naive_us, 0.50);
        r.naive_p99[i] = pct(s[i].naive_us, 0.99);
    }
    r.waiting_end = e.waiting_callers();
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 5000;
    std::printf("acd_bench: %d agents, %d queues, %d tiers per agent, %d waiting callers; "
                "%d runs x %d iterations (median of runs)\n",
                n_agents, n_queues, tiers_per_agent, n_waiting, runs, iterations);
    std::vector<RunResult> rs;
    for (int i = 0; i < runs; ++i) {
        rs.push_back(run(iterations, 1000 + std::uint64_t(i)));
        std::printf("  run %d: waiting callers at end %zu\n", i + 1, rs.back().waiting_end);
    }
    const char* names[] = {"caller_arrived", "agent_ready", "call_ended"};
    std::printf("\n%-16s %10s %10s %12s %12s %8s\n", "decision", "p50 (us)", "p99 (us)",
                "naive p50", "naive p99", "ratio");
    for (int i = 0; i < 3; ++i) {
        std::vector<double> p50, p99, n50, n99;
        for (const auto& r : rs) {
            p50.push_back(r.p50[i]);
            p99.push_back(r.p99[i]);
            n50.push_back(r.naive_p50[i]);
            n99.push_back(r.naive_p99[i]);
        }
        std::printf("%-16s %10.2f %10.2f %12.2f %12.2f %7.1fx\n", names[i], median(p50), median(p99),
                    median(n50), median(n99), median(n50) / median(p50));
    }
    std::printf("\nratio = naive p50 / engine p50: the naive router scans all agents (arrival) or "
                "all waiting callers (free agent) in the same process on the same data.\n");
    return 0;
}
