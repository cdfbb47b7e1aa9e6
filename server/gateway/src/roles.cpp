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

constexpr std::array kMaintainers{Permission::password_change};
constexpr std::array kAgents{Permission::password_change, Permission::call_control, Permission::agent_status};
constexpr std::array kLeaders{Permission::password_change, Permission::announcement_post, Permission::call_control,
                              Permission::call_supervise, Permission::agent_status};
constexpr std::array kAdministrators{Permission::password_change, Permission::announcement_post,
                                     Permission::call_control, Permission::call_supervise, Permission::agent_status,
                                     Permission::ivr_edit};

}  // namespace

std::string_view to_string(Permission p) noexcept {
    switch (p) {
        case Permission::announcement_post: return "announcement.post";
        case Permission::password_change: return "password.change";
        case Permission::call_control: return "call.control";
        case Permission::agent_status: return "agent.status";
        case Permission::ivr_edit: return "ivr.edit";
        case Permission::call_supervise: return "call.supervise";
    }
    return "unknown";
}

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

std::span<const Permission> permissions_of(wire::Role role) noexcept {
    switch (role) {
        case wire::TEAM_LEADER:
        case wire::SUPERVISOR: return kLeaders;
        case wire::ADMINISTRATOR: return kAdministrators;
        case wire::AGENT: return kAgents;
        case wire::MAINTAINER: return kMaintainers;
        default: return {};
    }
}

bool has_permission(wire::Role role, Permission p) noexcept {
    auto perms = permissions_of(role);
    return std::find(perms.begin(), perms.end(), p) != perms.end();
}

}  // namespace cti::gateway
