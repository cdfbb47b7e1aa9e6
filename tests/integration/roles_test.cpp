// Roles an administrator defines, over the real protocol: what a role may do changes for the
// sessions already logged in, a new role's users get its kind and permissions, and the
// refusals keep every user's role defined and somebody able to administer.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_server.h"

using namespace cti;
using namespace cti::test;
using namespace std::chrono_literals;

namespace {

std::map<std::string, std::string> role_row(client::Client& admin, const std::string& name) {
    wire::Envelope list;
    list.mutable_admin_list()->set_table("roles");
    auto r = admin.request(list);
    REQUIRE(r);
    for (const auto& rec : r->admin_list_ok().records())
        if (rec.fields().at("name") == name) return {rec.fields().begin(), rec.fields().end()};
    FAIL("no role " << name);
    return {};
}

client::Result<wire::Envelope> save_role(client::Client& admin, const std::map<std::string, std::string>& f) {
    wire::Envelope save;
    save.mutable_admin_save()->set_table("roles");
    for (const auto& [k, v] : f)
        if (k != "users" && k != "built_in") (*save.mutable_admin_save()->mutable_record()->mutable_fields())[k] = v;
    return admin.request(save);
}

auto post_announcement(client::Client& c, const std::string& title) {
    wire::Envelope post;
    post.mutable_post_announcement()->set_title(title);
    post.mutable_post_announcement()->set_body("通知");
    return c.request(post);
}

wire::UserRecordInfo user_record(client::Client& admin, const std::string& login) {
    wire::Envelope list;
    list.mutable_list_users();
    auto r = admin.request(list);
    REQUIRE(r);
    for (const auto& u : r->list_users_ok().users())
        if (u.login() == login) return u;
    FAIL("no user " << login);
    return {};
}

}  // namespace

TEST_CASE("an administrator changes what a role may do, sessions already logged in follow at once", "[protocol][roles]") {
    TestServer server;
    auto admin = server.login("admin");
    expect_snapshot(*admin);
    auto agent = server.login("1002");
    expect_snapshot(*agent);

    auto denied = post_announcement(*agent, "坐席的通知");
    REQUIRE_FALSE(denied);
    CHECK(denied.error().server_code == wire::PERMISSION_DENIED);
    CHECK_THAT(denied.error().message, Catch::Contains("agent") && Catch::Contains("announcement.post"));

    auto agents = role_row(*admin, "agent");
    CHECK(agents.at("built_in") == "1");
    agents["permissions"] += ",announcement.post";
    auto saved = save_role(*admin, agents);
    REQUIRE(saved);
    CHECK_THAT(saved->admin_save_ok().record().fields().at("permissions"), Catch::Contains("announcement.post"));

    // The agent's desktop gets a fresh snapshot whose permissions have it (its menus follow).
    bool told = false;
    for (int i = 0; i < 50 && !told; ++i) {
        auto e = agent->next_event(30000ms);
        REQUIRE(e);
        REQUIRE(*e);
        if (!(*e)->has_snapshot()) continue;
        const auto& perms = (*e)->snapshot().me().permissions();
        told = std::ranges::find(perms, "announcement.post") != perms.end();
    }
    CHECK(told);
    // The same session, no new login: the server checks the role as it is now.
    auto posted = post_announcement(*agent, "坐席的通知");
    REQUIRE(posted);
    CHECK(posted->post_announcement_ok().announcement().title() == "坐席的通知");
    CHECK(ping_ok(*admin));
}

TEST_CASE("a new role's users get its kind and only its permissions", "[protocol][roles]") {
    TestServer server;
    auto admin = server.login("admin");
    expect_snapshot(*admin);

    auto made = save_role(*admin, {{"name", "quality"}, {"title", "质检员"}, {"kind", "team_leader"},
                                   {"permissions", "password.change,order.view,report.view"}});
    REQUIRE(made);
    auto u = user_record(*admin, "1003");
    u.set_role("quality");
    wire::Envelope save;
    *save.mutable_save_user()->mutable_user() = u;
    auto user_saved = admin->request(save);
    REQUIRE(user_saved);
    CHECK(user_saved->save_user_ok().user().role() == "quality");

    auto inspector = server.hello_only();
    auto ok = inspector->login("1003", server.password("1003"));
    REQUIRE(ok);
    CHECK(ok->user().role() == wire::TEAM_LEADER);  // the supervisor window
    CHECK(ok->user().role_name() == "quality");
    CHECK(ok->user().role_title() == "质检员");
    const auto& perms = ok->user().permissions();
    CHECK(std::ranges::find(perms, "report.view") != perms.end());
    CHECK(std::ranges::find(perms, "agent.force") == perms.end());
    expect_snapshot(*inspector);
    // A team leader's window, not a team leader's rights.
    auto denied = post_announcement(*inspector, "质检通知");
    REQUIRE_FALSE(denied);
    CHECK(denied.error().server_code == wire::PERMISSION_DENIED);
    CHECK_THAT(denied.error().message, Catch::Contains("quality"));

    // While 1003 holds it the role stays; a role nobody defined is refused for a user; the last
    // administrators keep admin.users.
    wire::Envelope remove;
    remove.mutable_admin_save()->set_table("roles");
    remove.mutable_admin_save()->set_remove(true);
    (*remove.mutable_admin_save()->mutable_record()->mutable_fields())["name"] = "quality";
    auto kept = admin->request(remove);
    REQUIRE_FALSE(kept);
    CHECK_THAT(kept.error().message, Catch::Contains("1 users have the role quality"));
    u.set_role("root");
    *save.mutable_save_user()->mutable_user() = u;
    auto bad = admin->request(save);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().server_code == wire::INVALID_ARGUMENT);
    CHECK_THAT(bad.error().message, Catch::Contains("there is no role 'root'"));
    auto admins = role_row(*admin, "administrator");
    auto without = admins;
    const std::string grant = "admin.users,";
    without["permissions"].erase(without["permissions"].find(grant), grant.size());
    auto locked_out = save_role(*admin, without);
    REQUIRE_FALSE(locked_out);
    CHECK_THAT(locked_out.error().message, Catch::Contains("nobody could change roles again"));
    CHECK(role_row(*admin, "administrator").at("permissions") == admins.at("permissions"));
}
