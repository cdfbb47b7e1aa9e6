// The permission catalogue and the roles stored in the database.
#include "cti/admin/permissions.h"

#include <fmt/format.h>

#include <algorithm>

#include "tables_private.h"

namespace cti::admin {
namespace {

constexpr std::array<Permission, kPermissionCount> kAll = [] {
    std::array<Permission, kPermissionCount> a{};
    for (std::size_t i = 0; i < kPermissionCount; ++i) a[i] = static_cast<Permission>(i);
    return a;
}();

}  // namespace

std::string_view to_string(Permission p) noexcept {
    switch (p) {
        case Permission::announcement_post: return "announcement.post";
        case Permission::password_change: return "password.change";
        case Permission::call_control: return "call.control";
        case Permission::agent_status: return "agent.status";
        case Permission::agent_force: return "agent.force";
        case Permission::ivr_edit: return "ivr.edit";
        case Permission::call_supervise: return "call.supervise";
        case Permission::order_view: return "order.view";
        case Permission::order_create: return "order.create";
        case Permission::order_act: return "order.act";
        case Permission::order_dispatch: return "order.dispatch";
        case Permission::order_supervise: return "order.supervise";
        case Permission::order_restricted: return "order.restricted";
        case Permission::customer_view: return "customer.view";
        case Permission::customer_edit: return "customer.edit";
        case Permission::customer_manage: return "customer.manage";
        case Permission::workflow_edit: return "workflow.edit";
        case Permission::admin_users: return "admin.users";
        case Permission::message_send: return "message.send";
        case Permission::kb_view: return "kb.view";
        case Permission::kb_edit: return "kb.edit";
        case Permission::kb_feedback: return "kb.feedback";
        case Permission::kb_send: return "kb.send";
        case Permission::campaign_work: return "campaign.work";
        case Permission::campaign_manage: return "campaign.manage";
        case Permission::prompt_edit: return "prompt.edit";
        case Permission::fax_send: return "fax.send";
        case Permission::report_view: return "report.view";
        case Permission::admin_system: return "admin.system";
    }
    return "unknown";
}

std::optional<Permission> permission_from_string(std::string_view name) noexcept {
    for (auto p : kAll)
        if (to_string(p) == name) return p;
    return std::nullopt;
}

const std::array<Permission, kPermissionCount>& all_permissions() noexcept { return kAll; }

std::string to_list(const PermissionSet& set) {
    std::string out;
    for (auto p : kAll)
        if (set.test(static_cast<std::size_t>(p))) out += (out.empty() ? "" : ",") + std::string(to_string(p));
    return out;
}

Result<PermissionSet> permissions_from_list(std::string_view list) {
    PermissionSet set;
    for (const auto& name : split_list(list)) {
        auto p = permission_from_string(name);
        if (!p) return fail(Errc::invalid_argument, fmt::format("permissions: '{}' is not a permission of this server", name));
        set.set(static_cast<std::size_t>(*p));
    }
    return set;
}

const std::vector<std::string>& role_kinds() {
    static const std::vector<std::string> kinds{"agent", "team_leader", "supervisor", "administrator", "maintainer"};
    return kinds;
}

Result<std::vector<RoleDefinition>> load_roles(storage::Database& db) {
    auto roles = query_records(db, "SELECT name, title, kind, built_in FROM roles ORDER BY name", {},
                               {"name", "title", "kind", "built_in"}, "reading the roles");
    if (!roles) return std::unexpected(roles.error());
    auto grants = query_records(db, "SELECT role, permission FROM role_permissions", {}, {"role", "permission"},
                                "reading the roles' permissions");
    if (!grants) return std::unexpected(grants.error());
    std::vector<RoleDefinition> out;
    for (const auto& r : *roles)
        out.push_back({field(r, "name"), field(r, "title"), field(r, "kind"), {}, field(r, "built_in") == "1"});
    for (const auto& g : *grants) {
        auto role = std::ranges::find(out, field(g, "role"), &RoleDefinition::name);
        // A permission an older or newer server knew but this one does not grants nothing.
        if (auto p = permission_from_string(field(g, "permission")); p && role != out.end())
            role->permissions.set(static_cast<std::size_t>(*p));
    }
    return out;
}

}  // namespace cti::admin
