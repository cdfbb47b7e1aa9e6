// skills (the catalogue agents' and queues' skills are picked from) and queues (strategy,
// timeouts, overflow, required skills).
#include <fmt/format.h>

#include <algorithm>

#include "cti/acd/queue.h"
#include "cti/storage/acd.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

// ---- skills ----

std::vector<Column> skill_columns() {
    auto name = text_column("name", 50, true);
    name.key = true;
    return {name, text_column("description", 300), read_only_column("agents", ColumnType::integer),
            read_only_column("queues", ColumnType::integer)};
}

Result<TableData> list_skills(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT s.name, s.description, "
                              "(SELECT COUNT(*) FROM agent_skills a WHERE a.skill = s.name) AS agents, "
                              "(SELECT COUNT(*) FROM queues q WHERE ',' || q.required_skills || ',' LIKE "
                              "'%,' || s.name || ':%' OR ',' || q.required_skills || ',' LIKE '%,' || s.name || ',%') AS queues "
                              "FROM skills s ORDER BY s.name",
                              {}, {"name", "description", "agents", "queues"}, "listing skills");
    if (!rows) return std::unexpected(rows.error());
    return TableData{skill_columns(), std::move(*rows), {}};
}

Result<Record> save_skill(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(skill_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    if (field(*r, "name").find_first_of(",:") != std::string::npos)
        return fail(Errc::invalid_argument, "name: a skill name cannot hold ',' or ':'");
    if (auto e = execute(db,
                         "INSERT INTO skills (name, description) VALUES (:name, :description) "
                         "ON CONFLICT (name) DO UPDATE SET description = excluded.description",
                         {{":name", field(*r, "name")}, {":description", field(*r, "description")}}, "saving the skill");
        !e)
        return std::unexpected(e.error());
    return r;
}

Result<void> remove_skill(storage::Database& db, const Record& key, const Context& ctx) {
    auto all = list_skills(db, ctx);
    if (!all) return std::unexpected(all.error());
    for (const auto& s : all->records)
        if (field(s, "name") == field(key, "name")) {
            if (int_field(s, "agents") > 0 || int_field(s, "queues") > 0)
                return fail(Errc::invalid_argument,
                            fmt::format("skill '{}' is still held by {} agents and required by {} queues; take it "
                                        "from them first",
                                        field(s, "name"), field(s, "agents"), field(s, "queues")));
            return execute(db, "DELETE FROM skills WHERE name = :name", {{":name", field(s, "name")}}, "removing the skill");
        }
    return fail(Errc::not_found, fmt::format("there is no skill '{}'", field(key, "name")));
}

// ---- queues ----

std::vector<std::string> names_of(storage::Database& db, std::string_view sql) {
    std::vector<std::string> out;
    if (auto rows = query_records(db, sql, {}, {"name"}, "listing names"))
        for (const auto& r : *rows) out.push_back(field(r, "name"));
    return out;
}

std::vector<Column> queue_columns(storage::Database& db) {
    std::vector<std::string> strategies;
    for (auto s : {acd::Strategy::longest_idle, acd::Strategy::ring_all, acd::Strategy::round_robin,
                   acd::Strategy::linear, acd::Strategy::fewest_calls, acd::Strategy::least_talk_time,
                   acd::Strategy::random, acd::Strategy::skills})
        strategies.emplace_back(acd::to_string(s));
    auto queues = names_of(db, "SELECT name FROM queues ORDER BY name");
    queues.insert(queues.begin(), "");
    auto flows = names_of(db, "SELECT DISTINCT name FROM ivr_flows ORDER BY name");
    flows.insert(flows.begin(), "");
    Column skills{.name = "required_skills", .type = ColumnType::list, .max = 1000,
                  .choices = names_of(db, "SELECT name FROM skills ORDER BY name")};
    return {read_only_column("queue_id", ColumnType::integer, true),
            text_column("name", 100, true),
            choice_column("strategy", strategies),
            int_column("ring_timeout_s", 1, 600, 20),
            int_column("service_level_s", 1, 3600, 20),
            int_column("max_waiting", 0, 10000, 0),
            int_column("max_wait_s", 0, 86400, 0),
            choice_column("overflow_queue", queues, false),
            choice_column("overflow_action", {"", "voicemail", "callback"}, false),
            int_column("announce_interval_s", 0, 3600, 30),
            choice_column("survey_flow", flows, false),
            skills,
            int_column("relax_after_s", 0, 3600, 0),
            read_only_column("members", ColumnType::integer)};
}

Result<TableData> list_queues(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT q.queue_id, q.name, q.strategy, q.ring_timeout_s, q.service_level_s, q.max_waiting, "
                              "q.max_wait_s, COALESCE(o.name, '') AS overflow_queue, q.overflow_action, "
                              "q.announce_interval_s, q.survey_flow, q.required_skills, q.relax_after_s, "
                              "(SELECT COUNT(*) FROM queue_members m WHERE m.queue_id = q.queue_id) AS members "
                              "FROM queues q LEFT JOIN queues o ON o.queue_id = q.overflow_queue_id ORDER BY q.queue_id",
                              {},
                              {"queue_id", "name", "strategy", "ring_timeout_s", "service_level_s", "max_waiting",
                               "max_wait_s", "overflow_queue", "overflow_action", "announce_interval_s", "survey_flow",
                               "required_skills", "relax_after_s", "members"},
                              "listing queues");
    if (!rows) return std::unexpected(rows.error());
    return TableData{queue_columns(db), std::move(*rows),
                     "Changes reach the ACD at once; callers already waiting stay in the queue."};
}

Result<Record> save_queue(storage::Database& db, const Record& in, const Context& ctx) {
    const bool is_new = field(in, "queue_id").empty();
    auto r = check_record(queue_columns(db), in, is_new);
    if (!r) return std::unexpected(r.error());
    storage::QueueSettingsRecord q;
    q.id = QueueId(int_field(*r, "queue_id"));
    q.name = field(*r, "name");
    q.strategy = field(*r, "strategy");
    q.ring_timeout_s = static_cast<int>(int_field(*r, "ring_timeout_s"));
    q.service_level_s = static_cast<int>(int_field(*r, "service_level_s"));
    q.max_waiting = static_cast<int>(int_field(*r, "max_waiting"));
    q.max_wait_s = static_cast<int>(int_field(*r, "max_wait_s"));
    q.announce_interval_s = static_cast<int>(int_field(*r, "announce_interval_s"));
    q.survey_flow = field(*r, "survey_flow");
    q.overflow_action = field(*r, "overflow_action");
    q.relax_after_s = static_cast<int>(int_field(*r, "relax_after_s"));
    auto skills = acd::skill_requirements_from_string(field(*r, "required_skills"));
    if (!skills) return fail(Errc::invalid_argument, "required_skills: " + skills.error().message);
    q.required_skills = acd::to_string(*skills);
    if (q.strategy == "skills" && skills->empty())
        return fail(Errc::invalid_argument, "required_skills: the skills strategy needs at least one required skill");
    if (!field(*r, "overflow_queue").empty()) {
        if (field(*r, "overflow_queue") == q.name)
            return fail(Errc::invalid_argument, "overflow_queue: a queue cannot overflow into itself");
        if (!q.overflow_action.empty())
            return fail(Errc::invalid_argument, "overflow_action: choose either an overflow queue or an action, not both");
        auto all = storage::list_queue_settings(db);
        if (!all) return std::unexpected(all.error());
        for (const auto& o : *all)
            if (o.name == field(*r, "overflow_queue")) q.overflow_queue = o.id;
    }
    auto id = storage::save_queue_settings(db, q);
    if (!id) return fail(id.error().code, (id.error().code == Errc::already_exists ? "name: " : "") + id.error().message);
    (void)ctx;
    (*r)["queue_id"] = std::to_string(id->value());
    (*r)["required_skills"] = q.required_skills;
    return r;
}

}  // namespace

std::vector<Table> org_tables() {
    return {
        Table{.name = "skills", .read_permission = "admin.users", .write_permission = "admin.users",
              .list = list_skills, .save = save_skill, .remove = remove_skill},
        Table{.name = "queues", .read_permission = "admin.system", .write_permission = "admin.system",
              .may_remove = false, .reload = Reload::queue, .list = list_queues, .save = save_queue},
    };
}

}  // namespace cti::admin
