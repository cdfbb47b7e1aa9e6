#pragma once
// The permissions the server checks, and roles as an administrator defines them (users -> roles
// -> permissions, MISSION "人员系统"). A role has a kind, one of the five built-in roles, which
// decides what is not a permission: which desktop window the user gets and whom a workflow step
// "assigned to the team leader" reaches; what the role may do is its own set of permissions,
// stored in role_permissions and edited in the `roles` table. The gateway checks a permission
// on every request that changes something.
#include <array>
#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::admin {

enum class Permission {
    announcement_post,  // publish an electronic announcement to every desktop
    password_change,    // change one's own password
    call_control,       // control the calls one is on, dial out (CallControl)
    agent_status,       // sign in/out, ready, not ready, away (AgentControl)
    agent_force,        // force another agent ready, not ready, away or signed out (team leaders and up)
    ivr_edit,           // save IVR flows (SaveIvrFlow)
    call_supervise,     // act on anyone's call and see every call (team leaders and up)
    order_view,         // read, search work orders, own workbench
    order_create,       // register work orders (CreateOrder)
    order_act,          // workflow actions; the rules in server/tickets decide which (OrderAction)
    order_dispatch,     // call-center side of the workflow: dispatch, reply, visit, close, void
    order_supervise,    // urge, supervise (督办), reopen
    order_restricted,   // see the complainant of a restricted complaint
    customer_view,      // look up callers and customers (screen pop)
    customer_edit,      // open accounts, update profiles and phones
    customer_manage,    // VIP level, blacklist, close accounts (销户), number segments (号段)
    kb_view,            // read and search the knowledge base
    kb_edit,            // knowledge-base categories and articles, resolving corrections (maintainers)
    kb_feedback,        // send a correction (纠错) of an article to its maintainers
    kb_send,            // send an article to an order's customer (the order's rules apply too)
    workflow_edit,      // workflows, deadline policies, shared templates and phrases (administrators)
    admin_users,        // users, roles, departments, groups, skills (administrators)
    message_send,       // internal messages (everyone)
    campaign_work,      // preview calls and dispositions of campaign records (agents and up)
    campaign_manage,    // campaigns, call lists, start/pause/stop, the do-not-call list (leaders and up)
    fax_send,           // send faxes and see the faxes sent and received (agents and up)
    prompt_edit,        // upload prompts (administrators)
    report_view,        // run and save reports (team leaders and up)
    admin_system,       // queues, business calendars, shifts, data dictionaries, system parameters (administrators)
};
inline constexpr std::size_t kPermissionCount = static_cast<std::size_t>(Permission::admin_system) + 1;
using PermissionSet = std::bitset<kPermissionCount>;

// The names on the wire and in the database ("order.create").
std::string_view to_string(Permission p) noexcept;
std::optional<Permission> permission_from_string(std::string_view name) noexcept;
const std::array<Permission, kPermissionCount>& all_permissions() noexcept;

// "a.b,c.d" <-> a set, in the catalogue's order. Parsing refuses an unknown name.
std::string to_list(const PermissionSet& set);
Result<PermissionSet> permissions_from_list(std::string_view list);

// The five kinds a role can be, as stored ("agent", "team_leader", ...).
const std::vector<std::string>& role_kinds();

struct RoleDefinition {
    std::string name;   // as stored in users.role
    std::string title;  // shown to people ("质检员")
    std::string kind;   // one of role_kinds()
    PermissionSet permissions;
    bool built_in = false;
};

// Every role with its permissions (the gateway loads them at start and after each save).
Result<std::vector<RoleDefinition>> load_roles(storage::Database& db);

}  // namespace cti::admin
