// Workflow definitions, per-type defaults, deadline policies and the names they refer to.
#include <fmt/format.h>

#include "cti/storage/ivr.h"
#include "cti/tickets/store.h"

namespace cti::tickets {

using storage::Database;

Result<int> save_workflow(Database& db, std::string_view name, std::string_view definition,
                          std::optional<UserId> author, std::int64_t now) {
    auto next = db.prepare("SELECT coalesce(max(version), 0) + 1 AS v FROM workflows WHERE name = :name");
    if (!next) return std::unexpected(next.error());
    next->bind(":name", name);
    if (auto row = next->step(); !row) return std::unexpected(row.error());
    const int version = static_cast<int>(next->get_int("v"));
    auto s = db.prepare(
        "INSERT INTO workflows (name, version, definition, author_id, created_ms) VALUES (:name, :v, :def, :author, :at)");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name).bind(":v", version).bind(":def", definition).bind(":at", now);
    if (author) s->bind(":author", author->value());
    else s->bind(":author", nullptr);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    return version;
}

Result<std::optional<StoredWorkflow>> find_workflow(Database& db, std::string_view name, std::optional<int> version) {
    auto s = db.prepare(version ? "SELECT version, definition FROM workflows WHERE name = :name AND version = :v"
                                : "SELECT version, definition FROM workflows WHERE name = :name ORDER BY version DESC LIMIT 1");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name);
    if (version) s->bind(":v", *version);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    return StoredWorkflow{static_cast<int>(s->get_int("version")), s->get_text("definition")};
}

Result<void> set_default_workflow(Database& db, OrderType type, std::string_view workflow) {
    auto s = db.prepare(
        "INSERT INTO workflow_defaults (order_type, workflow) VALUES (:t, :w) "
        "ON CONFLICT(order_type) DO UPDATE SET workflow = excluded.workflow");
    if (!s) return std::unexpected(s.error());
    s->bind(":t", to_string(type)).bind(":w", workflow);
    return s->run();
}

Result<std::string> default_workflow_name(Database& db, OrderType type) {
    auto s = db.prepare("SELECT workflow FROM workflow_defaults WHERE order_type = :t");
    if (!s) return std::unexpected(s.error());
    s->bind(":t", to_string(type));
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    return *row ? s->get_text("workflow") : std::string("default");
}

Result<Workflow> workflow_for(Database& db, std::string_view name, std::optional<int> version) {
    auto stored = find_workflow(db, name, version);
    if (!stored) return std::unexpected(stored.error());
    if (!*stored) {
        if (name == "default") return default_workflow();
        return fail(Errc::not_found, fmt::format("there is no workflow named '{}'", name));
    }
    auto names = directory_names(db);
    if (!names) return std::unexpected(names.error());
    auto w = workflow_from_json((*stored)->definition, *names);
    if (!w) return fail(w.error().code, fmt::format("the stored workflow '{}' no longer fits the directory: {}", name,
                                                    w.error().message));
    w->version = (*stored)->version;
    return w;
}

Result<PolicyRow> deadline_policy(Database& db, OrderType type, Urgency urgency) {
    auto s = db.prepare(
        "SELECT accept_s, process_s, calendar FROM deadline_policies WHERE order_type = :t AND urgency = :u");
    if (!s) return std::unexpected(s.error());
    s->bind(":t", to_string(type)).bind(":u", to_string(urgency));
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    PolicyRow p;
    p.calendar = "default";
    if (*row) {
        p.policy.accept = std::chrono::seconds(s->get_int("accept_s"));
        p.policy.process = std::chrono::seconds(s->get_int("process_s"));
        p.calendar = s->get_text("calendar");
    }
    return p;
}

Result<DirectoryNames> directory_names(Database& db) {
    DirectoryNames names;
    auto d = db.prepare("SELECT department_id, name FROM departments");
    if (!d) return std::unexpected(d.error());
    for (;;) {
        auto row = d->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        names.departments.emplace(d->get_text("name"), DepartmentId(d->get_int("department_id")));
    }
    auto u = db.prepare("SELECT user_id, login FROM users WHERE enabled = 1");
    if (!u) return std::unexpected(u.error());
    for (;;) {
        auto row = u->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        names.users.emplace(u->get_text("login"), UserId(u->get_int("user_id")));
    }
    return names;
}

Result<NameBook> name_book(Database& db) {
    NameBook book;
    auto d = db.prepare("SELECT department_id AS id, name FROM departments");
    auto u = db.prepare("SELECT user_id AS id, display_name AS name FROM users");
    if (!d) return std::unexpected(d.error());
    if (!u) return std::unexpected(u.error());
    for (auto [stmt, map] : {std::pair{&*d, &book.departments}, std::pair{&*u, &book.users}}) {
        for (;;) {
            auto row = stmt->step();
            if (!row) return std::unexpected(row.error());
            if (!*row) break;
            map->emplace(stmt->get_int("id"), stmt->get_text("name"));
        }
    }
    return book;
}

Result<BusinessCalendar> deadline_calendar(Database& db, std::string_view name) {
    auto all = storage::list_calendars(db);
    if (!all) return std::unexpected(all.error());
    for (const auto& [n, json] : *all)
        if (n == name) return calendar_from_json(json);
    BusinessCalendar always;
    always.name = "7x24";
    for (auto& day : always.weekly) day = {DayInterval{0, 1440}};
    return always;
}

}  // namespace cti::tickets
