#pragma once
// Roles as the gateway uses them: the permission catalogue is server/admin's (permissions.h),
// the roles themselves are rows an administrator edits (the `roles` table). The gateway keeps
// them in a RoleBook, loaded at start and after every save, and gives each session its role's
// kind and permissions; the list is sent to the desktop in LoginOk so that it can hide what the
// user may not do (the server check is the one that counts).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti.pb.h"
#include "cti/admin/permissions.h"
#include "cti/core/error.h"
#include "cti/gateway/session.h"
#include "cti/storage/database.h"

namespace cti::gateway {

using admin::Permission;
using admin::PermissionSet;

// The five kinds as stored ("agent", "team_leader", ...), one table both ways.
std::string_view to_string(wire::Role r) noexcept;
std::optional<wire::Role> role_from_string(std::string_view name) noexcept;

struct Role {
    std::string name;
    std::string title;
    wire::Role kind = wire::ROLE_UNSPECIFIED;
    PermissionSet permissions;
};

class RoleBook {
public:
    static Result<RoleBook> load(storage::Database& db);
    const Role* find(std::string_view name) const;
    std::vector<std::string> names() const;
    // Gives the user the kind and permissions of their role; a role that is gone grants nothing.
    void apply(SessionUser& user) const;

private:
    std::vector<Role> roles_;
};

bool has_permission(const SessionUser& user, Permission p) noexcept;

}  // namespace cti::gateway
