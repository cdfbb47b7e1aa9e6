#pragma once
// Roles and the permissions each one has. The server checks a permission on every request that
// changes something; the list is sent to the desktop in LoginOk so that it can hide what the
// user may not do (the server check is the one that counts).
#include <optional>
#include <span>
#include <string_view>

#include "cti.pb.h"

namespace cti::gateway {

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

std::string_view to_string(Permission p) noexcept;

// Role names as stored in the users table ("agent", "team_leader", ...), one table both ways.
std::string_view to_string(wire::Role r) noexcept;
std::optional<wire::Role> role_from_string(std::string_view name) noexcept;

std::span<const Permission> permissions_of(wire::Role role) noexcept;
bool has_permission(wire::Role role, Permission p) noexcept;

}  // namespace cti::gateway
