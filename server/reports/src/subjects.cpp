// Each subject's columns and the SQL of its raw values. Times are summed in milliseconds and
// shown in seconds; a rate with nothing to count is 0, except the service level, which is 100
// with nothing counted (as the ACD's live figure).
#include <fmt/format.h>

#include <array>

#include "table.h"

namespace cti::reports::detail {

namespace {

constexpr std::int64_t kAgentLookbackMs = 2LL * 24 * 3600 * 1000;

double ratio(double part, double whole, double empty = 0.0) { return whole > 0 ? 100.0 * part / whole : empty; }
double per(double ms, double n) { return n > 0 ? ms / n / 1000.0 : 0.0; }

// Raw indexes, in the order of the spec's raw columns.
namespace qr {
enum { offered, answered, answered_in_sl, abandoned, short_abandoned, overflowed, rejected, wait_answered_ms,
       max_wait_ms, wait_abandoned_ms, talk_ms };
}
namespace ar {
enum { answered, talk_ms, offers, missed, signed_in_ms, ready_ms, not_ready_ms, away_ms, wrap_up_ms, in_call_ms };
}
namespace ir {
enum { visits, calls, left_here };
}
namespace orr {
enum { orders, open, closed, overdue, satisfied, unsatisfied };
}

const SubjectSpec kQueue{
    {{"offered"}, {"answered"}, {"answered_in_sl"}, {"abandoned"}, {"short_abandoned"}, {"overflowed"},
     {"rejected"}, {"wait_answered_ms"}, {"max_wait_ms", Agg::max}, {"wait_abandoned_ms"}, {"talk_ms"}},
    {
        {"offered", [](const Raw& r) { return r[qr::offered]; }},
        {"answered", [](const Raw& r) { return r[qr::answered]; }},
        {"answered_in_sl", [](const Raw& r) { return r[qr::answered_in_sl]; }},
        {"abandoned", [](const Raw& r) { return r[qr::abandoned]; }},
        {"short_abandoned", [](const Raw& r) { return r[qr::short_abandoned]; }},
        {"overflowed", [](const Raw& r) { return r[qr::overflowed]; }},
        {"rejected", [](const Raw& r) { return r[qr::rejected]; }},
        // Short abandons are not held against the queue: nobody could have answered them.
        {"service_level_pct",
         [](const Raw& r) {
             return ratio(r[qr::answered_in_sl], r[qr::answered] + r[qr::abandoned] - r[qr::short_abandoned], 100.0);
         }},
        {"answer_rate_pct", [](const Raw& r) { return ratio(r[qr::answered], r[qr::offered]); }},
        {"avg_wait_s", [](const Raw& r) { return per(r[qr::wait_answered_ms], r[qr::answered]); }},
        {"max_wait_s", [](const Raw& r) { return r[qr::max_wait_ms] / 1000.0; }},
        {"avg_abandon_wait_s", [](const Raw& r) { return per(r[qr::wait_abandoned_ms], r[qr::abandoned]); }},
        {"talk_s", [](const Raw& r) { return r[qr::talk_ms] / 1000.0; }},
        {"avg_talk_s", [](const Raw& r) { return per(r[qr::talk_ms], r[qr::answered]); }},
    }};

const SubjectSpec kAgent{
    {{"answered"}, {"talk_ms"}, {"offers"}, {"missed"}, {"signed_in_ms"}, {"ready_ms"}, {"not_ready_ms"},
     {"away_ms"}, {"wrap_up_ms"}, {"in_call_ms"}},
    {
        {"answered", [](const Raw& r) { return r[ar::answered]; }},
        {"offers", [](const Raw& r) { return r[ar::offers]; }},
        {"missed", [](const Raw& r) { return r[ar::missed]; }},
        {"talk_s", [](const Raw& r) { return r[ar::talk_ms] / 1000.0; }},
        {"avg_talk_s", [](const Raw& r) { return per(r[ar::talk_ms], r[ar::answered]); }},
        {"signed_in_s", [](const Raw& r) { return r[ar::signed_in_ms] / 1000.0; }},
        {"ready_s", [](const Raw& r) { return r[ar::ready_ms] / 1000.0; }},
        {"not_ready_s", [](const Raw& r) { return r[ar::not_ready_ms] / 1000.0; }},
        {"away_s", [](const Raw& r) { return r[ar::away_ms] / 1000.0; }},
        {"wrap_up_s", [](const Raw& r) { return r[ar::wrap_up_ms] / 1000.0; }},
        // Busy with calls (talking or in after-call work) per signed-in time.
        {"occupancy_pct",
         [](const Raw& r) { return ratio(r[ar::in_call_ms] + r[ar::wrap_up_ms], r[ar::signed_in_ms]); }},
    }};

const SubjectSpec kIvr{
    {{"visits"}, {"calls"}, {"left_here"}},
    {
        {"visits", [](const Raw& r) { return r[ir::visits]; }},
        {"calls", [](const Raw& r) { return r[ir::calls]; }},
        // Where callers leave the flow: to a queue, hanging up, or giving up at a menu.
        {"left_here", [](const Raw& r) { return r[ir::left_here]; }},
        {"left_pct", [](const Raw& r) { return ratio(r[ir::left_here], r[ir::calls]); }},
    }};

const SubjectSpec kOrders{
    {{"orders"}, {"open"}, {"closed"}, {"overdue"}, {"satisfied"}, {"unsatisfied"}},
    {
        {"orders", [](const Raw& r) { return r[orr::orders]; }},
        {"open", [](const Raw& r) { return r[orr::open]; }},
        {"closed", [](const Raw& r) { return r[orr::closed]; }},
        {"overdue", [](const Raw& r) { return r[orr::overdue]; }},
        {"satisfied", [](const Raw& r) { return r[orr::satisfied]; }},
        {"unsatisfied", [](const Raw& r) { return r[orr::unsatisfied]; }},
        {"overdue_pct", [](const Raw& r) { return ratio(r[orr::overdue], r[orr::orders]); }},
        {"satisfaction_pct",
         [](const Raw& r) { return ratio(r[orr::satisfied], r[orr::satisfied] + r[orr::unsatisfied]); }},
    }};

// Prepares `sql` and binds the parameters it uses among :from, :to, :off, :now.
Result<storage::Statement> prepare(storage::Database& db, const std::string& sql, const ReportQuery& q,
                                   std::int64_t now_ms) {
    auto s = db.prepare(sql);
    if (!s) return std::unexpected(s.error());
    if (sql.find(":from") != std::string::npos) s->bind(":from", q.from_ms);
    if (sql.find(":to") != std::string::npos) s->bind(":to", q.to_ms);
    if (sql.find(":off") != std::string::npos) s->bind(":off", std::int64_t{q.utc_offset_min} * 60'000);
    if (sql.find(":now") != std::string::npos) s->bind(":now", now_ms);
    if (sql.find(":lookback") != std::string::npos) s->bind(":lookback", q.from_ms - kAgentLookbackMs);
    return s;
}

Result<void> run_into(storage::Database& db, const std::string& sql, const ReportQuery& q, std::int64_t now_ms,
                      Accumulator& acc, std::span<const std::string_view> names) {
    auto s = prepare(db, sql, q, now_ms);
    if (!s) return std::unexpected(s.error());
    return acc.read(*s, names);
}

constexpr std::string_view kAgentKey = "u.login || ' ' || u.display_name";

}  // namespace

const SubjectSpec& spec_of(Subject s) {
    switch (s) {
        case Subject::queue: return kQueue;
        case Subject::agent: return kAgent;
        case Subject::ivr_node: return kIvr;
        default: return kOrders;
    }
}

Result<void> fill_queue(storage::Database& db, const ReportQuery& q, std::int64_t now_ms, Accumulator& acc) {
    // Talk runs from the agent's answer (the stay's end) to the call's end (now if still up).
    const auto sql = fmt::format(
        "SELECT {} AS period, coalesce(q.name, 'queue ' || s.queue_id) AS k, count(*) AS offered, "
        "sum(s.outcome = 'answered') AS answered, sum(s.outcome = 'answered' AND s.within_sl) AS answered_in_sl, "
        "sum(s.outcome = 'abandoned') AS abandoned, sum(s.outcome = 'abandoned' AND s.within_sl) AS short_abandoned, "
        "sum(s.outcome = 'overflowed') AS overflowed, sum(s.outcome = 'rejected') AS rejected, "
        "sum(CASE WHEN s.outcome = 'answered' THEN s.left_ms - s.entered_ms ELSE 0 END) AS wait_answered_ms, "
        "max(CASE WHEN s.outcome IN ('answered', 'abandoned') THEN s.left_ms - s.entered_ms ELSE 0 END) AS max_wait_ms, "
        "sum(CASE WHEN s.outcome = 'abandoned' THEN s.left_ms - s.entered_ms ELSE 0 END) AS wait_abandoned_ms, "
        "sum(CASE WHEN s.outcome = 'answered' THEN max(coalesce(c.ended_ms, :now) - s.left_ms, 0) ELSE 0 END) AS talk_ms "
        "FROM queue_stays s LEFT JOIN queues q ON q.queue_id = s.queue_id LEFT JOIN calls c ON c.call_id = s.call_id "
        "WHERE s.entered_ms >= :from AND s.entered_ms < :to GROUP BY period, k",
        period_sql(q.period, "s.entered_ms"));
    static constexpr std::array<std::string_view, 11> names{
        "offered",    "answered",         "answered_in_sl",    "abandoned", "short_abandoned", "overflowed",
        "rejected",   "wait_answered_ms", "max_wait_ms",       "wait_abandoned_ms", "talk_ms"};
    return run_into(db, sql, q, now_ms, acc, names);
}

Result<void> fill_agent(storage::Database& db, const ReportQuery& q, std::int64_t now_ms, Accumulator& acc) {
    // Calls the agent took from queues, by the period the caller entered.
    const auto answered = fmt::format(
        "SELECT {} AS period, {} AS k, count(*) AS answered, "
        "sum(max(coalesce(c.ended_ms, :now) - s.left_ms, 0)) AS talk_ms "
        "FROM queue_stays s JOIN users u ON u.user_id = s.agent_id LEFT JOIN calls c ON c.call_id = s.call_id "
        "WHERE s.outcome = 'answered' AND s.entered_ms >= :from AND s.entered_ms < :to GROUP BY period, k",
        period_sql(q.period, "s.entered_ms"), kAgentKey);
    static constexpr std::array<std::string_view, 2> answered_names{"answered", "talk_ms"};
    if (auto r = run_into(db, answered, q, now_ms, acc, answered_names); !r) return r;

    const auto offers = fmt::format(
        "SELECT {} AS period, {} AS k, sum(json_extract(e.detail, '$.trigger') = 'offer') AS offers, "
        "sum(json_extract(e.detail, '$.trigger') = 'offer_no_answer') AS missed "
        "FROM event_log e JOIN users u ON u.user_id = e.user_id "
        "WHERE e.kind = 'agent.state' AND e.at_ms >= :from AND e.at_ms < :to GROUP BY period, k",
        period_sql(q.period, "e.at_ms"), kAgentKey);
    static constexpr std::array<std::string_view, 2> offer_names{"offers", "missed"};
    if (auto r = run_into(db, offers, q, now_ms, acc, offer_names); !r) return r;

    // Time in each status and state: every agent.state event holds until the agent's next one
    // (or now). The state at the start of the range is the agent's last change before it, looked
    // for up to two days back. A span counts in the period it starts in (clipped to the range).
    const auto times = fmt::format(
        "WITH ev AS (SELECT e.user_id, e.at_ms, json_extract(e.detail, '$.status') AS status, "
        "json_extract(e.detail, '$.state') AS state, "
        "lead(e.at_ms) OVER (PARTITION BY e.user_id ORDER BY e.at_ms, e.event_id) AS next_ms "
        "FROM event_log e WHERE e.kind = 'agent.state' AND e.at_ms >= :lookback AND e.at_ms < :to), "
        "spans AS (SELECT user_id, status, state, max(at_ms, :from) AS start_ms, "
        "min(coalesce(next_ms, :now), :to, :now) - max(at_ms, :from) AS ms FROM ev) "
        "SELECT {} AS period, {} AS k, "
        "sum(CASE WHEN status <> 'logged_out' THEN ms ELSE 0 END) AS signed_in_ms, "
        "sum(CASE WHEN status = 'available' THEN ms ELSE 0 END) AS ready_ms, "
        "sum(CASE WHEN status = 'not_ready' THEN ms ELSE 0 END) AS not_ready_ms, "
        "sum(CASE WHEN status = 'away' THEN ms ELSE 0 END) AS away_ms, "
        "sum(CASE WHEN status <> 'logged_out' AND state = 'wrap_up' THEN ms ELSE 0 END) AS wrap_up_ms, "
        "sum(CASE WHEN status <> 'logged_out' AND state = 'in_call' THEN ms ELSE 0 END) AS in_call_ms "
        "FROM spans JOIN users u ON u.user_id = spans.user_id WHERE ms > 0 GROUP BY period, k",
        period_sql(q.period, "start_ms"), kAgentKey);
    static constexpr std::array<std::string_view, 6> time_names{"signed_in_ms", "ready_ms",   "not_ready_ms",
                                                                "away_ms",      "wrap_up_ms", "in_call_ms"};
    return run_into(db, times, q, now_ms, acc, time_names);
}

Result<void> fill_ivr(storage::Database& db, const ReportQuery& q, Accumulator& acc) {
    // A call's last node in a flow is where it left that flow. Calls are counted per node (one
    // call passing two nodes counts in both rows, and twice in the total).
    const auto sql = fmt::format(
        "SELECT {} AS period, v.flow || '/' || v.node AS k, count(*) AS visits, count(DISTINCT v.call_id) AS calls, "
        "sum(v.visit_id = (SELECT max(x.visit_id) FROM ivr_visits x WHERE x.call_id = v.call_id AND x.flow = v.flow)) "
        "AS left_here FROM ivr_visits v WHERE v.at_ms >= :from AND v.at_ms < :to GROUP BY period, k",
        period_sql(q.period, "v.at_ms"));
    static constexpr std::array<std::string_view, 3> names{"visits", "calls", "left_here"};
    return run_into(db, sql, q, 0, acc, names);
}

Result<void> fill_orders(storage::Database& db, const ReportQuery& q, Accumulator& acc) {
    std::string key;
    switch (q.subject) {
        case Subject::order_type: key = "o.type"; break;
        case Subject::overdue: key = "CASE WHEN o.overdue <> 0 THEN 'overdue' ELSE 'in_time' END"; break;
        case Subject::satisfaction: key = "coalesce(o.satisfaction, 'not_visited')"; break;
        default:
            // Where the order is, or was last: its newest task's department.
            key = "coalesce((SELECT d.name FROM work_order_tasks t JOIN departments d ON d.department_id = "
                  "t.department_id WHERE t.order_id = o.order_id ORDER BY t.task_id DESC LIMIT 1), '未派单')";
            break;
    }
    const auto sql = fmt::format(
        "SELECT {} AS period, {} AS k, count(*) AS orders, sum(o.state NOT IN ('closed', 'voided')) AS open, "
        "sum(o.state = 'closed') AS closed, sum(o.overdue <> 0) AS overdue, "
        "sum(o.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied, "
        "sum(o.satisfaction = 'unsatisfied') AS unsatisfied FROM work_orders o "
        "WHERE o.created_ms >= :from AND o.created_ms < :to GROUP BY period, k",
        period_sql(q.period, "o.created_ms"), key);
    static constexpr std::array<std::string_view, 6> names{"orders", "open", "closed", "overdue", "satisfied",
                                                           "unsatisfied"};
    return run_into(db, sql, q, 0, acc, names);
}

}  // namespace cti::reports::detail
