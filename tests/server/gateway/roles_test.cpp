// The roles a fresh database starts with (migration 0020 seeds the permissions the server had
// fixed in code before), read the way the gateway reads them, and what a session gets from them.
#include <catch2/catch.hpp>

#include "cti/gateway/roles.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::gateway;

namespace {

struct Book {
    storage::test::TempDir dir;
    storage::Database db = std::move(storage::open_and_migrate(dir.file("roles.db")).value().first);
    RoleBook book = RoleBook::load(db).value();

    bool may(std::string_view role, Permission p) const {
        SessionUser u;
        u.role_name = std::string(role);
        book.apply(u);
        return has_permission(u, p);
    }
};

constexpr std::array kEveryRole{"agent", "team_leader", "supervisor", "administrator", "maintainer"};

}  // namespace

TEST_CASE("role names round-trip through the one table", "[roles]") {
    for (auto r : {wire::AGENT, wire::TEAM_LEADER, wire::SUPERVISOR, wire::ADMINISTRATOR, wire::MAINTAINER})
        CHECK(role_from_string(to_string(r)) == r);
    CHECK_FALSE(role_from_string("root").has_value());
    for (auto p : admin::all_permissions()) CHECK(admin::permission_from_string(to_string(p)) == p);
}

TEST_CASE("a session takes its role's kind and permissions, a role that is gone grants nothing", "[roles]") {
    Book b;
    SessionUser u;
    u.role_name = "team_leader";
    b.book.apply(u);
    CHECK(u.role == wire::TEAM_LEADER);
    CHECK(u.role_title == "班长");
    CHECK(has_permission(u, Permission::agent_force));
    u.role_name = "root";
    b.book.apply(u);
    CHECK(u.role == wire::ROLE_UNSPECIFIED);
    CHECK(u.permissions.none());
    CHECK(b.book.names().size() == kEveryRole.size());
}

TEST_CASE("only leaders may post announcements, everyone may change the password", "[roles]") {
    Book b;
    CHECK_FALSE(b.may("agent", Permission::announcement_post));
    CHECK_FALSE(b.may("maintainer", Permission::announcement_post));
    for (auto r : {"team_leader", "supervisor", "administrator"}) CHECK(b.may(r, Permission::announcement_post));
    for (auto r : kEveryRole) CHECK(b.may(r, Permission::password_change));
    CHECK_FALSE(b.may("", Permission::password_change));
}

TEST_CASE("agents control their own calls, leaders act on anyone's, maintainers have no phone", "[roles]") {
    Book b;
    CHECK(b.may("agent", Permission::call_control));
    CHECK_FALSE(b.may("agent", Permission::call_supervise));
    CHECK_FALSE(b.may("maintainer", Permission::call_control));
    for (auto r : {"team_leader", "supervisor", "administrator"}) {
        CHECK(b.may(r, Permission::call_control));
        CHECK(b.may(r, Permission::call_supervise));
    }
}

TEST_CASE("everyone reads the knowledge base and sends corrections, maintainers and administrators edit it",
          "[roles]") {
    Book b;
    for (auto r : kEveryRole) {
        CHECK(b.may(r, Permission::kb_view));
        CHECK(b.may(r, Permission::kb_feedback));
    }
    CHECK(b.may("maintainer", Permission::kb_edit));
    CHECK(b.may("administrator", Permission::kb_edit));
    for (auto r : {"agent", "team_leader", "supervisor"}) CHECK_FALSE(b.may(r, Permission::kb_edit));
    // Sending to a customer is recorded on an order: those who work orders.
    for (auto r : {"agent", "team_leader", "supervisor", "administrator"}) CHECK(b.may(r, Permission::kb_send));
    CHECK_FALSE(b.may("maintainer", Permission::kb_send));
    CHECK(to_string(Permission::kb_edit) == "kb.edit");
}

TEST_CASE("agents and up send faxes and work campaigns, leaders run reports, administrators keep the system",
          "[roles]") {
    Book b;
    for (auto r : {"agent", "team_leader", "supervisor", "administrator"}) {
        CHECK(b.may(r, Permission::fax_send));
        CHECK(b.may(r, Permission::campaign_work));
    }
    CHECK_FALSE(b.may("maintainer", Permission::fax_send));
    for (auto r : {"team_leader", "supervisor", "administrator"}) CHECK(b.may(r, Permission::report_view));
    for (auto r : {"agent", "maintainer"}) CHECK_FALSE(b.may(r, Permission::report_view));
    CHECK(b.may("administrator", Permission::admin_system));
    CHECK(b.may("administrator", Permission::admin_users));
    for (auto r : {"agent", "team_leader", "supervisor", "maintainer"}) {
        CHECK_FALSE(b.may(r, Permission::admin_system));
        CHECK_FALSE(b.may(r, Permission::admin_users));
    }
}

TEST_CASE("permission lists parse both ways and refuse a name this server does not know", "[roles]") {
    auto set = admin::permissions_from_list("report.view, kb.view");
    REQUIRE(set.has_value());
    CHECK(admin::to_list(*set) == "kb.view,report.view");
    auto bad = admin::permissions_from_list("kb.view,root");
    REQUIRE_FALSE(bad.has_value());
    CHECK_THAT(bad.error().message, Catch::Contains("'root' is not a permission"));
}
