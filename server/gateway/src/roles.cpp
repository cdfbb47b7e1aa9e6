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

constexpr std::array kMaintainers{Permission::password_change, Permission::order_view, Permission::kb_view,
                                  Permission::kb_edit, Permission::kb_feedback, Permission::message_send};
constexpr std::array kAgents{Permission::password_change, Permission::call_control, Permission::agent_status,
                             Permission::order_view, Permission::order_create, Permission::order_act,
                             Permission::order_dispatch, Permission::customer_view, Permission::customer_edit,
                             Permission::kb_view, Permission::kb_feedback, Permission::kb_send,
                             Permission::message_send, Permission::campaign_work, Permission::fax_send};
constexpr std::array kLeaders{Permission::password_change, Permission::announcement_post, Permission::call_control,
                              Permission::call_supervise, Permission::agent_status, Permission::agent_force,
                              Permission::order_view,
                              Permission::order_create, Permission::order_act, Permission::order_dispatch,
                              Permission::order_supervise, Permission::order_restricted, Permission::customer_view,
                              Permission::customer_edit, Permission::customer_manage, Permission::kb_view,
                              Permission::kb_feedback, Permission::kb_send, Permission::message_send,
                              Permission::campaign_work, Permission::campaign_manage, Permission::fax_send,
                              Permission::report_view};
constexpr std::array kAdministrators{Permission::password_change, Permission::announcement_post,
                                     Permission::call_control, Permission::call_supervise, Permission::agent_status,
                                     Permission::agent_force,
                                     Permission::ivr_edit, Permission::order_view, Permission::order_create,
                                     Permission::order_act, Permission::order_dispatch, Permission::order_supervise,
                                     Permission::order_restricted, Permission::customer_view,
                                     Permission::customer_edit, Permission::customer_manage, Permission::kb_view,
                                     Permission::kb_edit, Permission::kb_feedback, Permission::kb_send,
                                     Permission::message_send, Permission::workflow_edit, Permission::admin_users,
                                     Permission::campaign_work, Permission::campaign_manage, Permission::prompt_edit,
                                     Permission::fax_send, Permission::report_view, Permission::admin_system};

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
