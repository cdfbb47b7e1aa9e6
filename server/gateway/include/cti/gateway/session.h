#pragma once
// A logged-in desktop session. It outlives its connection: when the link drops, the session
// waits resume_grace_ms for the desktop to come back (the agent stays signed in), then ends.
#include <boost/asio/steady_timer.hpp>

#include <memory>
#include <optional>
#include <string>

#include "cti.pb.h"
#include "cti/admin/permissions.h"
#include "cti/core/ids.h"

namespace cti::gateway {

class Connection;

struct SessionUser {
    UserId id;
    std::string login;
    std::string display_name;
    wire::Role role = wire::ROLE_UNSPECIFIED;  // the kind of the user's role (RoleBook::apply)
    std::string department;
    std::string extension;
    std::optional<DepartmentId> department_id;
    std::string role_name;               // as stored in users.role
    std::string role_title;
    admin::PermissionSet permissions;    // the role's, as of the last RoleBook::apply
};

struct Session {
    Session(SessionId id_, std::string token_, SessionUser user_,
            const boost::asio::any_io_executor& ex)
        : id(id_), resume_token(std::move(token_)), user(std::move(user_)), grace_timer(ex) {}

    SessionId id;
    std::string resume_token;
    SessionUser user;
    std::weak_ptr<Connection> connection;  // empty while detached (in the resume grace)
    boost::asio::steady_timer grace_timer;
    // The seq of the last event sent to this session: each session numbers its own events 1, 2,
    // 3... (PROTOCOL.md), so that a gap means an event was missed, not one meant for others.
    std::uint64_t event_seq = 0;
};

// The UserInfo message for a session's user, permissions included.
wire::UserInfo to_wire(const SessionUser& user);

}  // namespace cti::gateway
