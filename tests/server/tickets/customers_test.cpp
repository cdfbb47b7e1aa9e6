// Customers in a real SQLite file: account opening with a generated number, phones, labels,
// VIP and blacklist, closing, number segments (longest prefix), the screen pop's caller profile.
#include <catch2/catch.hpp>

#include "../storage/temp_dir.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/tickets/customers.h"
#include "cti/tickets/store.h"

using namespace cti;
using namespace cti::tickets;

namespace {

struct CustomerFixture {
    storage::test::TempDir dir;
    storage::Database db = storage::open_and_migrate(dir.path() / "cti.db").value().first;
    std::int64_t now = 1'790'000'000'000;  // 2026-09-21 China time
    CustomerFields li{"李建国", "幸福小区3号楼", {"13800138000", "057188880000"}, {"居民", "老人"}, 1, false};
};

}  // namespace

TEST_CASE_METHOD(CustomerFixture, "an account is opened with a customer number and found by any of its phones",
                 "[tickets][customers]") {
    auto c = open_account(db, li, now, std::chrono::hours(8));
    REQUIRE(c.has_value());
    CHECK(c->number == "KH2026092100001");
    CHECK(c->labels == std::vector<std::string>{"居民", "老人"});
    CHECK(c->vip_level == 1);
    auto second = open_account(db, CustomerFields{"王芳", "", {"13900000000"}, {}, 0, false}, now, std::chrono::hours(8));
    CHECK(second->number == "KH2026092100002");
    CHECK(find_customer_by_phone(db, "057188880000").value()->name == "李建国");
    CHECK(find_customer_by_number(db, "KH2026092100002").value()->name == "王芳");
    CHECK_FALSE(find_customer_by_phone(db, "110").value().has_value());
}

TEST_CASE_METHOD(CustomerFixture, "VIP level and blacklist are updated; a closed account is no longer found by phone",
                 "[tickets][customers]") {
    auto c = open_account(db, li, now, std::chrono::hours(8)).value();
    auto f = li;
    f.blacklisted = true;
    f.vip_level = 0;
    f.phones = {"13800138000"};
    auto u = update_customer(db, c.id, f);
    REQUIRE(u.has_value());
    CHECK(u->blacklisted);
    CHECK(u->phones == std::vector<std::string>{"13800138000"});
    CHECK_FALSE(find_customer_by_phone(db, "057188880000").value().has_value());
    auto closed = close_account(db, c.id, now + 1);
    REQUIRE(closed.has_value());
    CHECK(closed->closed);
    CHECK(closed->closed_ms == now + 1);
    CHECK_FALSE(find_customer_by_phone(db, "13800138000").value().has_value());
    CHECK(close_account(db, c.id, now + 2).error().message == "customer KH2026092100001 was already closed");
    CHECK(update_customer(db, c.id, f).error().message == "customer KH2026092100001 is closed (销户)");
    CHECK(close_account(db, 999, now).error().code == Errc::not_found);
}

TEST_CASE_METHOD(CustomerFixture, "bad customer data is refused with every problem named", "[tickets][customers]") {
    CustomerFields bad{"", std::string(201 * 3, 'x'), {"12a", "+86 571"}, {"a,b"}, 10, false};
    auto r = open_account(db, bad, now, std::chrono::hours(8));
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message ==
          "a customer's name needs 1 to 100 characters; the address is limited to 200 characters; '12a' is not a phone "
          "number (digits, up to 20, a leading + allowed); '+86 571' is not a phone number (digits, up to 20, a "
          "leading + allowed); 'a,b' is not a label (1 to 30 characters, no comma); the VIP level is 0 (none) to 9; 1 "
          "is the green channel");
}

TEST_CASE_METHOD(CustomerFixture, "number segments: the longest prefix names the responsible department",
                 "[tickets][customers]") {
    auto east = storage::insert_department(db, "城东供电所").value();
    auto north = storage::insert_department(db, "城北供电所").value();
    REQUIRE(set_number_segment(db, "0571", east).has_value());
    REQUIRE(set_number_segment(db, "05718", north).has_value());
    CHECK(department_for_number(db, "057188880000").value() == north);
    CHECK(department_for_number(db, "057177770000").value() == east);
    CHECK_FALSE(department_for_number(db, "13800138000").value().has_value());
    REQUIRE(set_number_segment(db, "05718", std::nullopt).has_value());
    CHECK(department_for_number(db, "057188880000").value() == east);
    CHECK(set_number_segment(db, "05x", east).error().message == "a number segment is 1 to 20 digits");
    CHECK_FALSE(set_number_segment(db, "0572", DepartmentId(999)).has_value());
}

TEST_CASE_METHOD(CustomerFixture, "the caller profile has the customer, the department, recent calls and orders",
                 "[tickets][customers]") {
    auto east = storage::insert_department(db, "城东供电所").value();
    REQUIRE(set_number_segment(db, "138", east).has_value());
    auto c = open_account(db, li, now, std::chrono::hours(8)).value();
    auto agent = storage::insert_user(db, storage::NewUser{.login = "1001", .display_name = "张伟", .password_hash = "$x",
                                                           .role = "agent", .created_ms = 1})
                     .value();
    REQUIRE(db.exec_script("INSERT INTO calls (direction, caller, callee, started_ms, answered_ms, ended_ms, agent_id) "
                           "VALUES ('inbound', '13800138000', '95598', 1000, 2000, 3000, " +
                           std::to_string(agent.value()) + ")")
                .has_value());
    NewOrder n;
    n.type = OrderType::repair;
    n.title = "停电报修";
    n.caller_number = "13800138000";
    n.customer_id = c.id;
    REQUIRE(create_order(db, n, Actor{agent, std::nullopt, kCreate}, default_workflow(), now, std::chrono::hours(8)));
    auto p = caller_profile(db, "13800138000");
    REQUIRE(p.has_value());
    REQUIRE(p->customer.has_value());
    CHECK(p->customer->name == "李建国");
    CHECK(p->responsible == east);
    REQUIRE(p->recent_calls.size() == 1);
    CHECK(p->recent_calls[0].agent == agent);
    REQUIRE(p->recent_orders.size() == 1);
    CHECK(p->recent_orders[0].title == "停电报修");
    auto unknown = caller_profile(db, "110");
    CHECK_FALSE(unknown->customer.has_value());
    CHECK(unknown->recent_calls.empty());
}
