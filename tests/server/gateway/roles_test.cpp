#include <catch2/catch.hpp>

#include "cti/gateway/roles.h"

using namespace cti;
using namespace cti::gateway;

TEST_CASE("role names round-trip through the one table", "[roles]") {
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR, wire::MAINTAINER})
        CHECK(role_from_string(to_string(r)) == r);
    CHECK_FALSE(role_from_string("root").has_value());
}

TEST_CASE("only leaders may post announcements, everyone may change the password", "[roles]") {
    CHECK_FALSE(has_permission(wire::AGENT, Permission::announcement_post));
    CHECK_FALSE(has_permission(wire::MAINTAINER, Permission::announcement_post));
    CHECK(has_permission(wire::TEAM_LEADER, Permission::announcement_post));
    CHECK(has_permission(wire::SUPERVISOR, Permission::announcement_post));
    CHECK(has_permission(wire::ADMINISTRATOR, Permission::announcement_post));
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR, wire::MAINTAINER})
        CHECK(has_permission(r, Permission::password_change));
    CHECK_FALSE(has_permission(wire::ROLE_UNSPECIFIED, Permission::password_change));
}

TEST_CASE("agents control their own calls, leaders act on anyone's, maintainers have no phone", "[roles]") {
    CHECK(has_permission(wire::AGENT, Permission::call_control));
    CHECK_FALSE(has_permission(wire::AGENT, Permission::call_supervise));
    CHECK_FALSE(has_permission(wire::MAINTAINER, Permission::call_control));
    for (auto r : {wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR}) {
        CHECK(has_permission(r, Permission::call_control));
        CHECK(has_permission(r, Permission::call_supervise));
    }
}

TEST_CASE("everyone reads the knowledge base and sends corrections, maintainers and administrators edit it",
          "[roles]") {
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR, wire::MAINTAINER}) {
        CHECK(has_permission(r, Permission::kb_view));
        CHECK(has_permission(r, Permission::kb_feedback));
    }
    CHECK(has_permission(wire::MAINTAINER, Permission::kb_edit));
    CHECK(has_permission(wire::ADMINISTRATOR, Permission::kb_edit));
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR}) CHECK_FALSE(has_permission(r, Permission::kb_edit));
    // Sending to a customer is recorded on an order: those who work orders.
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR})
        CHECK(has_permission(r, Permission::kb_send));
    CHECK_FALSE(has_permission(wire::MAINTAINER, Permission::kb_send));
    CHECK(to_string(Permission::kb_edit) == "kb.edit");
    CHECK(to_string(Permission::kb_send) == "kb.send");
}

TEST_CASE("agents and up send faxes, maintainers have no phone line to fax from", "[roles]") {
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR})
        CHECK(has_permission(r, Permission::fax_send));
    CHECK_FALSE(has_permission(wire::MAINTAINER, Permission::fax_send));
    CHECK_FALSE(has_permission(wire::ROLE_UNSPECIFIED, Permission::fax_send));
    CHECK(to_string(Permission::fax_send) == "fax.send");
}

TEST_CASE("team leaders and up run reports, agents and maintainers do not", "[roles]") {
    for (auto r : {wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR})
        CHECK(has_permission(r, Permission::report_view));
    for (auto r : {wire::AGENT, wire::MAINTAINER, wire::ROLE_UNSPECIFIED})
        CHECK_FALSE(has_permission(r, Permission::report_view));
    CHECK(to_string(Permission::report_view) == "report.view");
}

TEST_CASE("only administrators keep queues, calendars, shifts, dictionaries and parameters", "[roles]") {
    CHECK(has_permission(wire::ADMINISTRATOR, Permission::admin_system));
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::MAINTAINER})
        CHECK_FALSE(has_permission(r, Permission::admin_system));
    CHECK(to_string(Permission::admin_system) == "admin.system");
}
