#include "cti/gateway/roles.h"

#include <algorithm>
#include <array>

namespace cti::gateway {
namespace {

struct RoleName {
    wire::Role role;
    std::string_view name;
};
constexpr std::array kRoleNames{
    RoleName{wire::AGENT, "agent"},
    RoleName{wire::TEAM_LEADER, "team_leader"},
    RoleName{wire::SUPERVISOR, "supervisor"},
    RoleName{wire::ADMINISTRATOR, "administrator"},
    RoleName{wire::MAINTAINER, "maintainer"},
};

}  // namespace

std::string_view to_string(wire::Role r) noexcept {
    for (const auto& n : kRoleNames)
        if (n.role == r) return n.name;
    return "unknown";
}

std::optional<wire::Role> role_from_string(std::string_view name) noexcept {
    for (const auto& n : kRoleNames)
        if (n.name == name) return n.role;
    return std::nullopt;
}

Result<RoleBook> RoleBook::load(storage::Database& db) {
    auto defined = admin::load_roles(db);
    if (!defined) return std::unexpected(defined.error());
    RoleBook book;
    for (auto& d : *defined)
        book.roles_.push_back(
            Role{std::move(d.name), std::move(d.title), role_from_string(d.kind).value_or(wire::ROLE_UNSPECIFIED),
                 d.permissions});
    return book;
}

const Role* RoleBook::find(std::string_view name) const {
    auto it = std::ranges::find(roles_, name, &Role::name);
    return it == roles_.end() ? nullptr : &*it;
}

std::vector<std::string> RoleBook::names() const {
    std::vector<std::string> out;
    for (const auto& r : roles_) out.push_back(r.name);
    return out;
}

void RoleBook::apply(SessionUser& user) const {
    const auto* role = find(user.role_name);
    user.role = role ? role->kind : wire::ROLE_UNSPECIFIED;
    user.permissions = role ? role->permissions : PermissionSet{};
    user.role_title = role ? role->title : std::string();
}

bool has_permission(const SessionUser& user, Permission p) noexcept {
    return user.permissions.test(static_cast<std::size_t>(p));
}

}  // namespace cti::gateway
