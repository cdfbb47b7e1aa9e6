// The roles table over a real migrated SQLite file: an administrator defines a role and changes
// what a built-in one may do; what the gateway then loads is what was saved; the refusals keep
// somebody able to administer.
#include <catch2/catch.hpp>

#include "cti/admin/permissions.h"
#include "cti/admin/table.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::admin;

namespace {

struct Fixture {
    storage::test::TempDir dir;
    storage::Database db = std::move(storage::open_and_migrate(dir.file("roles.db")).value().first);
    UserId admin = storage::insert_user(db, {.login = "admin", .display_name = "管理员", .password_hash = "x",
                                             .role = "administrator", .created_ms = 1})
                       .value();
    Context ctx{admin, 1, 480};
    const Table& roles = *find_table("roles");

    Result<Record> save(Record r) { return roles.save(db, r, ctx); }
    const RoleDefinition* loaded(std::string_view name) {
        static std::vector<RoleDefinition> all;
        all = load_roles(db).value();
        auto it = std::ranges::find(all, name, &RoleDefinition::name);
        return it == all.end() ? nullptr : &*it;
    }
    std::string refusal(Record r) {
        auto saved = save(std::move(r));
        REQUIRE_FALSE(saved.has_value());
        return saved.error().message;
    }
};

bool grants(const RoleDefinition* r, Permission p) { return r && r->permissions.test(static_cast<std::size_t>(p)); }

}  // namespace

TEST_CASE("roles: the five built-in roles are listed with their permissions and users", "[admin][roles]") {
    Fixture f;
    auto data = f.roles.list(f.db, f.ctx);
    REQUIRE(data.has_value());
    REQUIRE(data->records.size() == 5);
    const auto& first = data->records.front();
    CHECK(field(first, "built_in") == "1");
    auto admin = std::ranges::find_if(data->records, [](const Record& r) { return field(r, "name") == "administrator"; });
    REQUIRE(admin != data->records.end());
    CHECK(field(*admin, "users") == "1");
    CHECK_THAT(field(*admin, "permissions"), Catch::Contains("admin.users") && Catch::Contains("report.view"));
    CHECK(field(*admin, "title") == "系统管理员");
}

TEST_CASE("roles: a new role with its own permissions is what the gateway loads", "[admin][roles]") {
    Fixture f;
    auto saved = f.save({{"name", "quality"}, {"title", "质检员"}, {"kind", "team_leader"},
                         {"permissions", "report.view, order.view,kb.view"}});
    REQUIRE(saved.has_value());
    CHECK(field(*saved, "permissions") == "order.view,kb.view,report.view");
    CHECK(field(*saved, "built_in") == "0");
    const auto* q = f.loaded("quality");
    REQUIRE(q != nullptr);
    CHECK(q->kind == "team_leader");
    CHECK(q->title == "质检员");
    CHECK(grants(q, Permission::report_view));
    CHECK_FALSE(grants(q, Permission::agent_force));  // a team leader's kind, not a team leader's rights
    // A user can be given it, and then it is not removed.
    REQUIRE(storage::insert_user(f.db, {.login = "zhao", .display_name = "赵", .password_hash = "x", .role = "quality",
                                        .created_ms = 1}));
    auto kept = f.roles.remove(f.db, {{"name", "quality"}}, f.ctx);
    REQUIRE_FALSE(kept.has_value());
    CHECK_THAT(kept.error().message, Catch::Contains("1 users have the role quality"));
}

TEST_CASE("roles: a built-in role's permissions change, its kind does not, and it stays", "[admin][roles]") {
    Fixture f;
    const auto* before = f.loaded("agent");
    REQUIRE(grants(before, Permission::kb_feedback));
    std::string perms = to_list(before->permissions);
    perms.erase(perms.find("kb.feedback,"), std::string("kb.feedback,").size());
    REQUIRE(f.save({{"name", "agent"}, {"title", "坐席"}, {"kind", "agent"}, {"permissions", perms}}));
    CHECK_FALSE(grants(f.loaded("agent"), Permission::kb_feedback));
    CHECK(grants(f.loaded("agent"), Permission::call_control));
    CHECK_THAT(f.refusal({{"name", "agent"}, {"title", "坐席"}, {"kind", "supervisor"}, {"permissions", perms}}),
               Catch::Contains("stays a agent"));
    auto removed = f.roles.remove(f.db, {{"name", "agent"}}, f.ctx);
    REQUIRE_FALSE(removed.has_value());
    CHECK_THAT(removed.error().message, Catch::Contains("built-in role"));
}

TEST_CASE("roles: bad names, unknown permissions and the last administrator are refused, nothing half-saved",
          "[admin][roles]") {
    Fixture f;
    CHECK_THAT(f.refusal({{"name", "Quality Team"}, {"title", "x"}, {"kind", "agent"}}), Catch::Contains("name:"));
    CHECK_THAT(f.refusal({{"name", "q"}, {"title", "x"}, {"kind", "root"}}), Catch::Contains("kind:"));
    CHECK_THAT(f.refusal({{"name", "q"}, {"title", "x"}, {"kind", "agent"}, {"permissions", "kb.view,sudo"}}),
               Catch::Contains("permissions:") && Catch::Contains("sudo"));
    CHECK(f.loaded("q") == nullptr);
    // Taking admin.users from the only administrator would leave nobody able to give it back.
    std::string perms = to_list(f.loaded("administrator")->permissions);
    perms.erase(perms.find("admin.users,"), std::string("admin.users,").size());
    CHECK_THAT(f.refusal({{"name", "administrator"}, {"title", "系统管理员"}, {"kind", "administrator"}, {"permissions", perms}}),
               Catch::Contains("nobody could change roles again"));
    CHECK(grants(f.loaded("administrator"), Permission::admin_users));  // the refusal changed nothing
}
