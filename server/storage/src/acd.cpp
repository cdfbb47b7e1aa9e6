#include "cti/storage/acd.h"

#include <fmt/format.h>

#include "query.h"

#include <map>

namespace cti::storage {
using detail::each_row;
using detail::prepare;

Result<std::vector<QueueSettingsRecord>> list_queue_settings(Database& db) {
    auto s = prepare(db,
                     "SELECT queue_id, name, strategy, ring_timeout_s, service_level_s, max_waiting, max_wait_s, "
                     "overflow_queue_id, announce_interval_s, survey_flow, overflow_action, required_skills, relax_after_s "
                     "FROM queues ORDER BY queue_id",
                     "listing queues");
    if (!s) return std::unexpected(s.error());
    std::vector<QueueSettingsRecord> out;
    auto r = each_row(*s, [&](const Statement& row) {
        QueueSettingsRecord q;
        q.id = QueueId(row.get_int("queue_id"));
        q.name = row.get_text("name");
        q.strategy = row.get_text("strategy");
        q.ring_timeout_s = static_cast<int>(row.get_int("ring_timeout_s"));
        q.service_level_s = static_cast<int>(row.get_int("service_level_s"));
        q.max_waiting = static_cast<int>(row.get_int("max_waiting"));
        q.max_wait_s = static_cast<int>(row.get_int("max_wait_s"));
        if (auto o = row.get_optional_int("overflow_queue_id")) q.overflow_queue = QueueId(*o);
        q.announce_interval_s = static_cast<int>(row.get_int("announce_interval_s"));
        q.survey_flow = row.get_text("survey_flow");
        q.overflow_action = row.get_text("overflow_action");
        q.required_skills = row.get_text("required_skills");
        q.relax_after_s = static_cast<int>(row.get_int("relax_after_s"));
        out.push_back(std::move(q));
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

Result<QueueId> save_queue_settings(Database& db, const QueueSettingsRecord& q) {
    const bool is_new = !q.id;
    auto s = prepare(db,
                     is_new ? "INSERT INTO queues (name, strategy, ring_timeout_s, service_level_s, max_waiting, max_wait_s, "
                              "overflow_queue_id, announce_interval_s, survey_flow, overflow_action, required_skills, "
                              "relax_after_s) VALUES (:name, :strategy, :ring, :sl, :max_waiting, :max_wait, :overflow, "
                              ":announce, :survey, :action, :skills, :relax)"
                            : "UPDATE queues SET name = :name, strategy = :strategy, ring_timeout_s = :ring, "
                              "service_level_s = :sl, max_waiting = :max_waiting, max_wait_s = :max_wait, "
                              "overflow_queue_id = :overflow, announce_interval_s = :announce, survey_flow = :survey, "
                              "overflow_action = :action, required_skills = :skills, relax_after_s = :relax "
                              "WHERE queue_id = :id",
                     "saving queue '" + q.name + "'");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", q.name).bind(":strategy", q.strategy).bind(":ring", q.ring_timeout_s).bind(":sl", q.service_level_s);
    s->bind(":max_waiting", q.max_waiting).bind(":max_wait", q.max_wait_s).bind(":announce", q.announce_interval_s);
    s->bind(":survey", q.survey_flow).bind(":action", q.overflow_action).bind(":skills", q.required_skills);
    s->bind(":relax", q.relax_after_s);
    if (q.overflow_queue) s->bind(":overflow", q.overflow_queue->value());
    else s->bind(":overflow", nullptr);
    if (!is_new) s->bind(":id", q.id.value());
    if (auto r = s->run(); !r) {
        if (r.error().code == Errc::already_exists)
            return fail(Errc::already_exists, "queue '" + q.name + "' already exists; choose another name");
        return std::unexpected(r.error());
    }
    if (is_new) return QueueId(db.last_insert_rowid());
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no queue {}", q.id.value()));
    return q.id;
}

Result<void> set_queue_survey_flow(Database& db, QueueId queue, std::string_view flow) {
    auto s = prepare(db, "UPDATE queues SET survey_flow = :flow WHERE queue_id = :q", "setting a queue's survey");
    if (!s) return std::unexpected(s.error());
    s->bind(":flow", std::string(flow)).bind(":q", queue.value());
    if (auto r = s->run(); !r) return fail(Errc::invalid_argument, "survey flow refused: " + r.error().message);
    return {};
}

Result<void> set_queue_overflow(Database& db, QueueId queue, std::string_view action, int max_wait_s) {
    auto s = prepare(db, "UPDATE queues SET overflow_action = :action, max_wait_s = :wait WHERE queue_id = :q",
                     "setting a queue's overflow");
    if (!s) return std::unexpected(s.error());
    s->bind(":action", action).bind(":wait", max_wait_s).bind(":q", queue.value());
    if (auto r = s->run(); !r)
        return fail(Errc::invalid_argument, "overflow refused (the action is '', 'voicemail' or 'callback', the wait "
                                            "0 or more seconds): " + r.error().message);
    return {};
}

Result<std::vector<QueueMemberRecord>> list_queue_members(Database& db) {
    auto s = prepare(db, "SELECT queue_id, user_id, level FROM queue_members ORDER BY queue_id, level, user_id",
                     "listing queue members");
    if (!s) return std::unexpected(s.error());
    std::vector<QueueMemberRecord> out;
    auto r = each_row(*s, [&](const Statement& row) {
        out.push_back({QueueId(row.get_int("queue_id")), UserId(row.get_int("user_id")),
                       static_cast<int>(row.get_int("level"))});
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

Result<void> set_queue_member(Database& db, const QueueMemberRecord& m) {
    if (m.level < 1 || m.level > 99) return fail(Errc::invalid_argument, "a queue level is 1 (first) to 99");
    auto s = prepare(db,
                     "INSERT INTO queue_members (queue_id, user_id, level) VALUES (:queue, :user, :level) "
                     "ON CONFLICT(queue_id, user_id) DO UPDATE SET level = excluded.level",
                     "saving a queue member");
    if (!s) return std::unexpected(s.error());
    s->bind(":queue", m.queue.value()).bind(":user", m.user.value()).bind(":level", m.level);
    return s->run();
}

Result<void> remove_queue_member(Database& db, QueueId queue, UserId user) {
    auto s = prepare(db, "DELETE FROM queue_members WHERE queue_id = :queue AND user_id = :user",
                     "removing a queue member");
    if (!s) return std::unexpected(s.error());
    s->bind(":queue", queue.value()).bind(":user", user.value());
    if (auto r = s->run(); !r) return r;
    if (db.changes() == 0) return fail(Errc::not_found, "the agent is not a member of that queue");
    return {};
}

Result<void> append_queue_stay(Database& db, const QueueStayRecord& r) {
    auto s = prepare(db,
                     "INSERT INTO queue_stays (call_id, queue_id, outcome, entered_ms, left_ms, within_sl, agent_id) "
                     "VALUES (:call, :queue, :outcome, :entered, :left, :sl, :agent)",
                     "saving a queue stay");
    if (!s) return std::unexpected(s.error());
    s->bind(":call", r.call.value()).bind(":queue", r.queue.value()).bind(":outcome", r.outcome);
    s->bind(":entered", r.entered_ms).bind(":left", r.left_ms).bind(":sl", r.within_service_level ? 1 : 0);
    if (r.agent) s->bind(":agent", r.agent->value());
    else s->bind(":agent", nullptr);
    return s->run();
}

Result<std::vector<AgentSettingsRecord>> list_agent_settings(Database& db) {
    auto s = prepare(db,
                     "SELECT u.user_id AS user_id, coalesce(a.mode, 'continuous') AS mode, "
                     "coalesce(a.auto_answer, 0) AS auto_answer, coalesce(a.wrap_up_s, 10) AS wrap_up_s, "
                     "coalesce(a.wrap_up_manual, 0) AS wrap_up_manual, coalesce(a.max_no_answer, 3) AS max_no_answer "
                     "FROM users u LEFT JOIN agent_settings a ON a.user_id = u.user_id "
                     "WHERE u.extension IS NOT NULL AND u.extension <> '' ORDER BY u.user_id",
                     "listing agent settings");
    if (!s) return std::unexpected(s.error());
    std::vector<AgentSettingsRecord> out;
    std::map<std::int64_t, std::size_t> index;
    auto r = each_row(*s, [&](const Statement& row) {
        AgentSettingsRecord a;
        a.user = UserId(row.get_int("user_id"));
        a.mode = row.get_text("mode");
        a.auto_answer = row.get_int("auto_answer") != 0;
        a.wrap_up_s = static_cast<int>(row.get_int("wrap_up_s"));
        a.wrap_up_manual = row.get_int("wrap_up_manual") != 0;
        a.max_no_answer = static_cast<int>(row.get_int("max_no_answer"));
        index[a.user.value()] = out.size();
        out.push_back(std::move(a));
    });
    if (!r) return std::unexpected(r.error());
    auto k = prepare(db, "SELECT user_id, skill, proficiency FROM agent_skills ORDER BY user_id, skill",
                     "listing agent skills");
    if (!k) return std::unexpected(k.error());
    r = each_row(*k, [&](const Statement& row) {
        auto it = index.find(row.get_int("user_id"));
        if (it != index.end())
            out[it->second].skills.emplace_back(row.get_text("skill"), static_cast<int>(row.get_int("proficiency")));
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

Result<void> upsert_agent_settings(Database& db, const AgentSettingsRecord& a) {
    auto s = prepare(db,
                     "INSERT INTO agent_settings (user_id, mode, auto_answer, wrap_up_s, wrap_up_manual, max_no_answer) "
                     "VALUES (:u, :mode, :aa, :w, :wm, :mna) ON CONFLICT(user_id) DO UPDATE SET mode = excluded.mode, "
                     "auto_answer = excluded.auto_answer, wrap_up_s = excluded.wrap_up_s, "
                     "wrap_up_manual = excluded.wrap_up_manual, max_no_answer = excluded.max_no_answer",
                     "saving agent settings");
    if (!s) return std::unexpected(s.error());
    s->bind(":u", a.user.value()).bind(":mode", a.mode).bind(":aa", a.auto_answer ? 1 : 0).bind(":w", a.wrap_up_s)
        .bind(":wm", a.wrap_up_manual ? 1 : 0).bind(":mna", a.max_no_answer);
    if (auto r = s->run(); !r) return fail(Errc::invalid_argument, "agent settings refused: " + r.error().message);
    auto del = prepare(db, "DELETE FROM agent_skills WHERE user_id = :u", "saving agent skills");
    if (!del) return std::unexpected(del.error());
    del->bind(":u", a.user.value());
    if (auto r = del->run(); !r) return r;
    auto ins = prepare(db, "INSERT INTO agent_skills (user_id, skill, proficiency) VALUES (:u, :s, :p)",
                       "saving agent skills");
    if (!ins) return std::unexpected(ins.error());
    for (const auto& [skill, level] : a.skills) {
        ins->reset();
        ins->bind(":u", a.user.value()).bind(":s", skill).bind(":p", level);
        if (auto r = ins->run(); !r) return fail(Errc::invalid_argument, "skill " + skill + " refused: " + r.error().message);
    }
    return {};
}

Result<std::vector<LastAgentStatus>> last_agent_statuses(Database& db) {
    auto s = db.prepare(
        "SELECT user_id, json_extract(detail, '$.status') AS status, coalesce(json_extract(detail, '$.reason'), '') AS reason "
        "FROM event_log WHERE event_id IN (SELECT max(event_id) FROM event_log WHERE kind = 'agent.state' "
        "AND user_id IS NOT NULL GROUP BY user_id)");
    if (!s) return std::unexpected(s.error());
    std::vector<LastAgentStatus> out;
    for (;;) {
        auto row = s->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return out;
        out.push_back({UserId(s->get_int("user_id")), s->get_optional_text("status").value_or("logged_out"),
                       s->get_text("reason")});
    }
}

}  // namespace cti::storage
