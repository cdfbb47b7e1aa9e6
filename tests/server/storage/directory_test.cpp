#include <catch2/catch.hpp>

#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

namespace {

Database migrated(const test::TempDir& dir) {
    auto opened = open_and_migrate(dir.file("dir.db"));
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

struct Fixture {
    test::TempDir dir;
    Database db = migrated(dir);
};

NewUser user(std::string login, std::string extension = {}) {
    return NewUser{.login = std::move(login),
                   .display_name = "张伟",
                   .password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA",
                   .role = "agent",
                   .extension = std::move(extension),
                   .created_ms = 1700000000000};
}

}  // namespace

TEST_CASE_METHOD(Fixture, "users round-trip with their department", "[storage][directory]") {
    auto department = insert_department(db, "客服一部");
    REQUIRE(department.has_value());
    NewUser zhang = user("zhangwei", "1001");
    zhang.department_id = *department;
    zhang.role = "team_leader";
    auto zhang_id = insert_user(db, zhang);
    REQUIRE(zhang_id.has_value());
    auto li_id = insert_user(db, user("li"));
    REQUIRE(li_id.has_value());

    auto found = find_user_by_login(db, "zhangwei");
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    const UserRecord& z = **found;
    CHECK(z.id == *zhang_id);
    CHECK(z.login == "zhangwei");
    CHECK(z.display_name == "张伟");
    CHECK(z.password_hash == zhang.password_hash);
    CHECK(z.role == "team_leader");
    CHECK(z.department_id == *department);
    CHECK(z.department == "客服一部");
    CHECK(z.extension == "1001");
    CHECK(z.enabled);
    CHECK(z.created_ms == 1700000000000);

    auto li = find_user(db, *li_id);
    REQUIRE(li.has_value());
    REQUIRE(li->has_value());
    CHECK_FALSE((*li)->department_id.has_value());
    CHECK((*li)->department.empty());
    CHECK((*li)->extension.empty());

    auto all = list_users(db);
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK((*all)[0].login == "li");
    CHECK((*all)[1].login == "zhangwei");

    auto nobody = find_user_by_login(db, "nobody");
    REQUIRE(nobody.has_value());
    CHECK_FALSE(nobody->has_value());
    auto missing = find_user(db, UserId(9999));
    REQUIRE(missing.has_value());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE_METHOD(Fixture, "taken logins and extensions are already_exists",
                 "[storage][directory]") {
    REQUIRE(insert_user(db, user("wang", "2001")).has_value());
    // Users without an extension do not collide with each other.
    REQUIRE(insert_user(db, user("no-ext-1")).has_value());
    REQUIRE(insert_user(db, user("no-ext-2")).has_value());

    auto login = insert_user(db, user("wang", "2002"));
    REQUIRE_FALSE(login.has_value());
    CHECK(login.error().code == Errc::already_exists);
    CHECK_THAT(login.error().message, Catch::Contains("login 'wang'"));

    auto extension = insert_user(db, user("zhao", "2001"));
    REQUIRE_FALSE(extension.has_value());
    CHECK(extension.error().code == Errc::already_exists);
    CHECK_THAT(extension.error().message, Catch::Contains("extension 2001"));
}

TEST_CASE_METHOD(Fixture, "a bad role or department is refused", "[storage][directory]") {
    NewUser bad_role = user("r");
    bad_role.role = "root";
    auto role = insert_user(db, bad_role);
    REQUIRE_FALSE(role.has_value());
    CHECK(role.error().code == Errc::invalid_argument);
    CHECK_THAT(role.error().message, Catch::Contains("'root'"));

    NewUser bad_department = user("d");
    bad_department.department_id = DepartmentId(404);
    auto department = insert_user(db, bad_department);
    REQUIRE_FALSE(department.has_value());
    CHECK(department.error().code == Errc::not_found);
    CHECK_THAT(department.error().message, Catch::Contains("department 404"));
}

TEST_CASE_METHOD(Fixture, "password hashes are replaced", "[storage][directory]") {
    auto id = insert_user(db, user("pw"));
    REQUIRE(id.has_value());
    REQUIRE(update_password_hash(db, *id, "$argon2id$new").has_value());
    CHECK(find_user(db, *id).value()->password_hash == "$argon2id$new");

    auto missing = update_password_hash(db, UserId(777), "x");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Errc::not_found);
}

TEST_CASE_METHOD(Fixture, "departments nest and names are unique", "[storage][directory]") {
    auto parent = insert_department(db, "总部");
    REQUIRE(parent.has_value());
    REQUIRE(insert_department(db, "技术支持", *parent).has_value());
    auto again = insert_department(db, "总部");
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == Errc::already_exists);
    CHECK_THAT(again.error().message, Catch::Contains("'总部'"));
    auto orphan = insert_department(db, "孤儿", DepartmentId(55));
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == Errc::not_found);
}

TEST_CASE_METHOD(Fixture, "queues and their members", "[storage][directory]") {
    auto sales = insert_queue(db, "销售", "round_robin");
    auto support = insert_queue(db, "support", "longest_idle");
    REQUIRE(sales.has_value());
    REQUIRE(support.has_value());
    auto queues = list_queues(db);
    REQUIRE(queues.has_value());
    REQUIRE(queues->size() == 2);
    CHECK((*queues)[0].name == "support");  // ordered by name (bytes: ASCII before CJK)
    CHECK((*queues)[1].name == "销售");
    CHECK((*queues)[1].strategy == "round_robin");
    CHECK((*queues)[1].id == *sales);

    auto duplicate = insert_queue(db, "销售", "x");
    REQUIRE_FALSE(duplicate.has_value());
    CHECK(duplicate.error().code == Errc::already_exists);

    auto agent = insert_user(db, user("agent1"));
    REQUIRE(agent.has_value());
    REQUIRE(add_queue_member(db, *sales, *agent, 1).has_value());
    auto twice = add_queue_member(db, *sales, *agent, 2);
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == Errc::already_exists);
    auto ghost = add_queue_member(db, *sales, UserId(4242), 1);
    REQUIRE_FALSE(ghost.has_value());
    CHECK(ghost.error().code == Errc::not_found);
}

TEST_CASE_METHOD(Fixture, "announcements come newest first with the author's name",
                 "[storage][directory]") {
    auto author = insert_user(db, user("boss"));
    REQUIRE(author.has_value());
    REQUIRE(insert_announcement(db, "旧闻", "上周的事", *author, 100).has_value());
    auto notice = insert_announcement(db, "停电", "停电通知：明天 9:00–12:00", *author, 200);
    REQUIRE(notice.has_value());
    REQUIRE(insert_announcement(db, "最早", "很久以前", *author, 50).has_value());

    auto recent = recent_announcements(db, 2);
    REQUIRE(recent.has_value());
    REQUIRE(recent->size() == 2);
    const AnnouncementRecord& first = (*recent)[0];
    CHECK(first.id == *notice);
    CHECK(first.title == "停电");
    CHECK(first.body == "停电通知：明天 9:00–12:00");
    CHECK(first.author_id == *author);
    CHECK(first.author == "张伟");
    CHECK(first.created_ms == 200);
    CHECK((*recent)[1].title == "旧闻");

    auto orphan = insert_announcement(db, "t", "b", UserId(31337), 1);
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == Errc::not_found);
}

TEST_CASE_METHOD(Fixture, "the event log takes JSON objects only", "[storage][directory]") {
    auto agent = insert_user(db, user("evt"));
    REQUIRE(agent.has_value());
    auto id = append_event(db, 123, "agent.status", *agent, R"({"status":"小休"})");
    REQUIRE(id.has_value());
    auto row = db.prepare("SELECT user_id, detail FROM event_log WHERE event_id = :id");
    REQUIRE(row->bind(":id", *id).step().value());
    CHECK(row->get_optional_int("user_id") == agent->value());
    CHECK(row->get_text("detail") == R"({"status":"小休"})");

    for (std::string_view bad : {"not json", "{\"open\": ", "[1, 2]", "42", ""}) {
        CAPTURE(bad);
        auto refused = append_event(db, 1, "bad", std::nullopt, bad);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == Errc::invalid_argument);
    }
    auto count = db.prepare("SELECT count(*) AS n FROM event_log");
    REQUIRE(count->step().value());
    CHECK(count->get_int("n") == 1);
}
