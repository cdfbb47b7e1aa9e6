// roles: what each role may do (users -> roles -> permissions). The five built-in roles can be
// given or denied any permission but keep their kind and cannot be removed; new roles take one
// of the five kinds. A change reaches the sessions already logged in at once (the gateway
// reloads the roles and sends those sessions a fresh snapshot: their menus follow).
#include <fmt/format.h>

#include <algorithm>
#include <regex>

#include "cti/admin/permissions.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

std::vector<Column> role_columns() {
    auto name = text_column("name", 32, true);
    name.key = true;
    std::vector<std::string> permissions;
    for (auto p : all_permissions()) permissions.emplace_back(to_string(p));
    return {name,
            text_column("title", 30, true),
            choice_column("kind", role_kinds()),
            Column{.name = "permissions", .type = ColumnType::list, .max = 2000, .choices = std::move(permissions)},
            read_only_column("users", ColumnType::integer),
            read_only_column("built_in", ColumnType::boolean)};
}

Result<std::vector<Record>> role_rows(storage::Database& db, std::string_view where,
                                      const std::vector<std::pair<std::string, std::string>>& binds) {
    auto rows = query_records(db,
                              fmt::format("SELECT r.name, r.title, r.kind, r.built_in, "
                                          "(SELECT COUNT(*) FROM users u WHERE u.role = r.name) AS users "
                                          "FROM roles r {} ORDER BY r.built_in DESC, r.name",
                                          where),
                              binds, {"name", "title", "kind", "built_in", "users"}, "listing roles");
    if (!rows) return rows;
    auto defined = load_roles(db);
    if (!defined) return std::unexpected(defined.error());
    for (auto& r : *rows) {
        auto d = std::ranges::find(*defined, field(r, "name"), &RoleDefinition::name);
        r["permissions"] = d == defined->end() ? "" : to_list(d->permissions);
    }
    return rows;
}

Result<TableData> list_roles(storage::Database& db, const Context&) {
    auto rows = role_rows(db, "", {});
    if (!rows) return std::unexpected(rows.error());
    return TableData{role_columns(), std::move(*rows),
                     "The kind decides the desktop window a role's users get; the permissions what they may do. A change "
                     "applies at once, to the desktops already logged in too."};
}

// Someone must still be able to change roles and users after the save, or nobody ever could.
// Checked before anything is written, so that a refusal leaves the role as it was.
Result<void> check_someone_administers(storage::Database& db, const std::string& role, const PermissionSet& granted) {
    auto others = count_of(db,
                           "SELECT COUNT(*) AS n FROM users u JOIN role_permissions p ON p.role = u.role "
                           "WHERE u.enabled = 1 AND p.permission = 'admin.users' AND u.role <> :role",
                           {{":role", role}});
    if (!others) return std::unexpected(others.error());
    std::int64_t holders = *others;
    if (granted.test(static_cast<std::size_t>(Permission::admin_users))) {
        auto own = count_of(db, "SELECT COUNT(*) AS n FROM users WHERE enabled = 1 AND role = :role", {{":role", role}});
        if (!own) return std::unexpected(own.error());
        holders += *own;
    }
    if (holders == 0)
        return fail(Errc::invalid_argument,
                    "permissions: no enabled user would keep admin.users, and nobody could change roles again; "
                    "leave admin.users to the administrators");
    return {};
}

Result<Record> save_role(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(role_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    static const std::regex kName("[a-z][a-z0-9_]*");
    const std::string name = field(*r, "name");
    if (!std::regex_match(name, kName))
        return fail(Errc::invalid_argument,
                    "name: lower-case letters, digits and '_', starting with a letter (it is what users are given)");
    auto permissions = permissions_from_list(field(*r, "permissions"));
    if (!permissions) return std::unexpected(permissions.error());

    auto existing = role_rows(db, "WHERE r.name = :name", {{":name", name}});
    if (!existing) return std::unexpected(existing.error());
    if (!existing->empty() && field(existing->front(), "built_in") == "1" &&
        field(existing->front(), "kind") != field(*r, "kind"))
        return fail(Errc::invalid_argument,
                    fmt::format("kind: the built-in role {} stays a {}; define a new role of another kind instead", name,
                                field(existing->front(), "kind")));
    if (auto ok = check_someone_administers(db, name, *permissions); !ok) return std::unexpected(ok.error());
    auto saved = execute(db,
                         "INSERT INTO roles (name, title, kind) VALUES (:name, :title, :kind) "
                         "ON CONFLICT (name) DO UPDATE SET title = excluded.title, kind = excluded.kind",
                         {{":name", name}, {":title", field(*r, "title")}, {":kind", field(*r, "kind")}},
                         "saving the role");
    if (!saved) return std::unexpected(saved.error());
    if (auto e = execute(db, "DELETE FROM role_permissions WHERE role = :name", {{":name", name}}, "saving the role"); !e)
        return std::unexpected(e.error());
    for (auto p : all_permissions())
        if (permissions->test(static_cast<std::size_t>(p)))
            if (auto e = execute(db, "INSERT INTO role_permissions (role, permission) VALUES (:name, :p)",
                                 {{":name", name}, {":p", std::string(to_string(p))}}, "saving the role");
                !e)
                return std::unexpected(e.error());
    auto stored = role_rows(db, "WHERE r.name = :name", {{":name", name}});
    if (!stored) return std::unexpected(stored.error());
    return stored->front();
}

Result<void> remove_role(storage::Database& db, const Record& key, const Context&) {
    auto rows = role_rows(db, "WHERE r.name = :name", {{":name", field(key, "name")}});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(Errc::not_found, fmt::format("there is no role '{}'", field(key, "name")));
    const auto& role = rows->front();
    if (field(role, "built_in") == "1")
        return fail(Errc::invalid_argument,
                    fmt::format("{} is a built-in role and stays; take its permissions away instead", field(role, "name")));
    if (int_field(role, "users") > 0)
        return fail(Errc::invalid_argument, fmt::format("{} users have the role {}; give them another role first",
                                                        field(role, "users"), field(role, "name")));
    return execute(db, "DELETE FROM roles WHERE name = :name", {{":name", field(role, "name")}}, "removing the role");
}

}  // namespace

std::vector<Table> role_tables() {
    return {Table{.name = "roles", .read_permission = "admin.users", .write_permission = "admin.users",
                  .reload = Reload::roles, .list = list_roles, .save = save_role, .remove = remove_role}};
}

}  // namespace cti::admin
