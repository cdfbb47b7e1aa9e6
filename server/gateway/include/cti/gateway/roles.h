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
    ivr_edit,           // save IVR flows (SaveIvrFlow)
    call_supervise,     // act on anyone's call and see every call (team leaders and up)
};

std::string_view to_string(Permission p) noexcept;

// Role names as stored in the users table ("agent", "team_leader", ...), one table both ways.
std::string_view to_string(wire::Role r) noexcept;
std::optional<wire::Role> role_from_string(std::string_view name) noexcept;

std::span<const Permission> permissions_of(wire::Role role) noexcept;
bool has_permission(wire::Role role, Permission p) noexcept;

}  // namespace cti::gateway
