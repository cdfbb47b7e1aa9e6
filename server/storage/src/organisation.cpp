// The organisation as administrators change it: users' details, groups, departments.
#include <fmt/format.h>

#include "cti/storage/directory.h"

namespace cti::storage {

Result<void> update_user(Database& db, UserId id, const UserUpdate& u) {
    if (auto defined = check_role_defined(db, u.role); !defined) return defined;
    auto s = db.prepare(
        "UPDATE users SET display_name = :name, role = :role, department_id = :dept, extension = :ext, "
        "enabled = :enabled WHERE user_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", u.display_name).bind(":role", u.role).bind(":enabled", u.enabled ? 1 : 0).bind(":id", id.value());
    if (u.department_id) s->bind(":dept", u.department_id->value());
    else s->bind(":dept", nullptr);
    if (u.extension.empty()) s->bind(":ext", nullptr);
    else s->bind(":ext", u.extension);
    if (auto r = s->run(); !r) {
        if (r.error().code == Errc::already_exists)
            return fail(Errc::already_exists, "extension " + u.extension + " is already assigned to another user");
        return fail(r.error().code, "the user was not saved: " + r.error().message);
    }
    if (db.changes() != 1) return fail(Errc::not_found, fmt::format("there is no user {}", id.value()));
    return {};
}

Result<std::vector<std::string>> user_groups(Database& db, UserId id) {
    auto s = db.prepare("SELECT group_name FROM user_groups WHERE user_id = :id ORDER BY group_name");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id.value());
    std::vector<std::string> out;
    for (;;) {
        auto row = s->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return out;
        out.push_back(s->get_text("group_name"));
    }
}

Result<void> set_user_groups(Database& db, UserId id, const std::vector<std::string>& groups) {
    auto del = db.prepare("DELETE FROM user_groups WHERE user_id = :id");
    if (!del) return std::unexpected(del.error());
    del->bind(":id", id.value());
    if (auto r = del->run(); !r) return r;
    auto ins = db.prepare("INSERT OR IGNORE INTO user_groups (user_id, group_name) VALUES (:id, :g)");
    if (!ins) return std::unexpected(ins.error());
    for (const auto& g : groups) {
        ins->reset();
        ins->bind(":id", id.value()).bind(":g", g);
        if (auto r = ins->run(); !r) return fail(r.error().code, "a group name needs 1 to 50 characters");
    }
    return {};
}

Result<std::vector<DepartmentRecord>> list_departments(Database& db) {
    auto s = db.prepare("SELECT department_id, name, parent_id FROM departments ORDER BY department_id");
    if (!s) return std::unexpected(s.error());
    std::vector<DepartmentRecord> out;
    for (;;) {
        auto row = s->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return out;
        DepartmentRecord d{DepartmentId(s->get_int("department_id")), s->get_text("name"), std::nullopt};
        if (auto p = s->get_optional_int("parent_id")) d.parent = DepartmentId(*p);
        out.push_back(std::move(d));
    }
}

Result<void> update_department(Database& db, DepartmentId id, std::string_view name, std::optional<DepartmentId> parent) {
    if (parent && *parent == id) return fail(Errc::invalid_argument, "a department cannot be its own parent");
    // Moving a department under one of its own descendants would make a loop.
    if (parent) {
        auto s = db.prepare(
            "WITH RECURSIVE up(id) AS (SELECT :parent UNION SELECT d.parent_id FROM departments d JOIN up ON d.department_id = up.id "
            "WHERE d.parent_id IS NOT NULL) SELECT count(*) AS n FROM up WHERE id = :id");
        if (!s) return std::unexpected(s.error());
        s->bind(":parent", parent->value()).bind(":id", id.value());
        if (auto r = s->step(); !r) return std::unexpected(r.error());
        if (s->get_int("n") > 0) return fail(Errc::invalid_argument, "a department cannot be moved under one of its own");
    }
    auto s = db.prepare("UPDATE departments SET name = :name, parent_id = :parent WHERE department_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name).bind(":id", id.value());
    if (parent) s->bind(":parent", parent->value());
    else s->bind(":parent", nullptr);
    if (auto r = s->run(); !r) {
        if (r.error().code == Errc::already_exists)
            return fail(Errc::already_exists, "department '" + std::string(name) + "' already exists; choose another name");
        return fail(r.error().code, "the department was not saved: " + r.error().message);
    }
    if (db.changes() != 1) return fail(Errc::not_found, fmt::format("there is no department {}", id.value()));
    return {};
}

}  // namespace cti::storage
