// campaign_bench: predictive beside progressive dialling, in a discrete-event simulation with a
// virtual clock (no sleeping; an 8-hour day takes a fraction of a second).
//
// The world and the dialer's inputs are described in campaign_sim.h. The abandon window is the
// default 24 hours (Ofcom's rule: 3 % of live calls per campaign per 24 hours), which for one day
// is the day's rate; `predictive*` runs the same dialler with a 1-hour window, stricter within
// the day.
//
// Prints per mode the median over seeds of: agent occupancy (talk + wrap-up over the day),
// abandon rate (abandoned / live answers, the whole day), connected calls and dials per
// agent-hour; the worst seed's day abandon rate and the worst 1-hour window of any seed (windows
// ending after the first hour); then predictive / progressive. Exits 1 when a predictive day
// breaks the cap.
//
// Usage: campaign_bench [seeds=7] [agents=20] [answer_rate=0.30] [hours=8] [talk_s=120] [wrap_s=10]
//                       [ring_s=9] [ring_out_s=30]
// `campaign_bench 21 4 0.3 0.5 20 2 4 15` is the world of campaign_sipp_bench (4 agents, 30 min,
// talk 20 s, wrap-up 2 s, answers after about 4 s, ring-out at 15 s) on 21 seeds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

#include "campaign_sim.h"

namespace {

using namespace cti::campaign;
using namespace cti::campaign::sim;

double median(std::vector<double> v) {
    std::ranges::sort(v);
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Summary {
    double occupancy, abandon, worst_day, worst_hour, connected, dials;
    int over_cap = 0;  // seeds whose day's rate reached the cap
};

Summary run_mode(const World& w, PacingMode mode, std::chrono::seconds window, int seeds) {
    std::vector<double> occ, ab, conn, dials;
    double worst_day = 0, worst_hour = 0;
    int over_cap = 0;
    for (int s = 1; s <= seeds; ++s) {
        const auto r = Sim(w, mode, window, 1000 + s).run();
        occ.push_back(r.occupancy);
        ab.push_back(r.abandon_rate);
        worst_hour = std::max(worst_hour, r.worst_hour);
        conn.push_back(r.connected_per_hour);
        dials.push_back(r.dials_per_hour);
        worst_day = std::max(worst_day, r.abandon_rate);
        over_cap += r.abandon_rate >= PacingConfig{}.abandon_cap ? 1 : 0;
    }
    return {median(occ), median(ab), worst_day, worst_hour, median(conn), median(dials), over_cap};
}

}  // namespace

int main(int argc, char** argv) {
    const int seeds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    World w;
    if (argc > 2) w.agents = std::max(1, std::atoi(argv[2]));
    if (argc > 3) w.answer_rate = std::clamp(std::atof(argv[3]), 0.01, 0.9);
    if (argc > 4) w.day = Ms(std::max(0.25, std::atof(argv[4])) * 3'600'000);
    auto seconds = [&](int i, Ms& out) {
        if (argc > i) out = Ms(std::max(0.5, std::atof(argv[i])) * 1000);
    };
    seconds(5, w.talk_mean);
    seconds(6, w.wrap_up);
    if (argc > 7) {  // the answer after an Erlang-2 ring of this mean, with no fixed part
        seconds(7, w.ring_erlang_mean);
        w.ring_min = 0;
    }
    seconds(8, w.no_answer_timeout);
    // The burst guard's settings, to weigh other values than the defaults (pacing.h).
    // CAMPAIGN_BENCH_RING=exponential: the callees of campaign_sipp_bench (an exponential ring of
    // the 7th argument's mean; 14 s or more rings out).
    if (const char* v = std::getenv("CAMPAIGN_BENCH_RING"); v && std::string_view(v) == "exponential")
        w.ring_exponential = true;
    if (const char* v = std::getenv("CAMPAIGN_BENCH_BURST_CAP")) w.pacing.burst_cap = std::atof(v);
    if (const char* v = std::getenv("CAMPAIGN_BENCH_BURST_RISK")) w.pacing.burst_risk = std::atof(v);
    if (const char* v = std::getenv("CAMPAIGN_BENCH_BURST_MIN")) w.pacing.burst_min_budget = std::atof(v);
    const PacingConfig cfg = w.pacing;
    std::printf("burst guard: budget at %.2f x the cap, risk %.3f, at least %.1f abandon\n", cfg.burst_cap,
                cfg.burst_risk, cfg.burst_min_budget);

    std::printf("campaign_bench: %d agents, %.1f simulated hours, %d seeds (median shown)\n", w.agents,
                double(w.day) / 3'600'000, seeds);
    if (w.ring_exponential)
        std::printf("  callees: %.0f %% answer live after an exponential ring (mean %.0f s; %.0f s or more rings out), "
                    "%.0f %% busy, the rest no answer (%.0f s)\n", w.answer_rate * 100, w.ring_erlang_mean / 1000.0,
                    w.ring_out_at / 1000.0, w.busy_rate * 100, w.no_answer_timeout / 1000.0);
    else
        std::printf("  callees: %.0f %% answer live after %.0f s + Erlang-2 (mean %.0f s), %.0f %% busy, the rest "
                    "no answer (%.0f s)\n", w.answer_rate * 100, w.ring_min / 1000.0,
                    (w.ring_min + w.ring_erlang_mean) / 1000.0, w.busy_rate * 100, w.no_answer_timeout / 1000.0);
    std::printf("  talk exponential mean %lld s, wrap-up %lld s; abandoned = no agent within %lld s; "
                "cap %.1f %% of live answers\n", w.talk_mean / 1000, w.wrap_up / 1000, w.grace / 1000,
                cfg.abandon_cap * 100);
    std::printf("  abandon window 24 h (predictive*: 1 h); worst day = the worst seed, worst 1 h = any "
                "seed's worst hour\n\n");
    std::printf("%-12s %10s %9s %11s %11s %19s %15s\n", "mode", "occupancy", "abandon", "worst day",
                "worst 1 h", "connected/agent-h", "dials/agent-h");
    const std::chrono::seconds day = std::chrono::hours(24), hour = std::chrono::hours(1);
    const auto prog = run_mode(w, PacingMode::progressive, day, seeds);
    const auto pred = run_mode(w, PacingMode::predictive, day, seeds);
    const auto pred_hour = run_mode(w, PacingMode::predictive, hour, seeds);
    for (const auto& [name, s] : {std::pair{"progressive", prog}, std::pair{"predictive", pred},
                                  std::pair{"predictive*", pred_hour}}) {
        std::printf("%-12s %9.1f%% %8.2f%% %10.2f%% %10.2f%% %19.1f %15.1f\n", name, s.occupancy * 100,
                    s.abandon * 100, s.worst_day * 100, s.worst_hour * 100, s.connected, s.dials);
    }
    std::printf("\npredictive / progressive: occupancy %.2fx, connected calls per agent-hour %.2fx\n",
                pred.occupancy / prog.occupancy, pred.connected / prog.connected);
    const bool held = pred.worst_day < cfg.abandon_cap;
    std::printf("abandon cap %s: the worst seed's day rate %.2f %% %s %.1f %% (%d of %d seeds at or over it)\n",
                held ? "held" : "EXCEEDED", pred.worst_day * 100, held ? "<" : ">=", cfg.abandon_cap * 100,
                pred.over_cap, seeds);
    return held ? 0 : 1;
}
