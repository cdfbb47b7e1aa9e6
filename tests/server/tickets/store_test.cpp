// Work orders in a real SQLite file: creation with numbers, every action stored with its
// history in one transaction, search (Chinese, filters, hostile input), workbench, workflows.
#include <catch2/catch.hpp>

#include "../storage/temp_dir.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/tickets/store.h"

using namespace cti;
using namespace cti::tickets;
using cti::storage::Database;

namespace {

struct StoreFixture {
    storage::test::TempDir dir;
    Database db = storage::open_and_migrate(dir.path() / "cti.db").value().first;
    DepartmentId center = storage::insert_department(db, "客服中心").value();
    DepartmentId complaints = storage::insert_department(db, "投诉处理中心").value();
    UserId agent = add_user("1001", center);
    UserId handler = add_user("1003", complaints);
    Actor agent_actor{agent, center, kCreate | kDispatch};
    Actor handler_actor{handler, complaints, 0};
    std::int64_t now = 1'790'000'000'000;  // 2026-09-21

    UserId add_user(const char* login, DepartmentId d) {
        return storage::insert_user(db, storage::NewUser{.login = login, .display_name = login, .password_hash = "$x",
                                                         .role = "agent", .department_id = d, .created_ms = 1})
            .value();
    }
    Order create(std::string title, std::string content, OrderType type = OrderType::complaint) {
        NewOrder n;
        n.type = type;
        n.title = std::move(title);
        n.content = std::move(content);
        n.caller_number = "13800138000";
        return create_order(db, n, agent_actor, default_workflow(), now, std::chrono::hours(8)).value();
    }
    Order act(const Order& o, const Actor& who, Action a, std::string opinion = {}, std::vector<Assignee> to = {}) {
        auto out = apply(o, default_workflow(), who, ActionRequest{a, std::move(opinion), std::move(to), {}}, {}, ++now);
        REQUIRE(out.has_value());
        REQUIRE(save_outcome(db, out->order, out->record).has_value());
        auto back = load_order(db, o.id).value();
        REQUIRE(back.has_value());
        return *back;
    }
};

}  // namespace

TEST_CASE_METHOD(StoreFixture, "orders get a number per local day and a create line", "[tickets][store]") {
    auto a = create("停电", "小区停电");
    auto b = create("水费", "水费太高");
    CHECK(a.number == "GD20260921000001");
    CHECK(b.number == "GD20260921000002");
    auto history = order_history(db, a.id).value();
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == Action::create);
    CHECK(history[0].actor == agent);
    CHECK(load_order_by_number(db, "GD20260921000002").value()->title == "水费");
    NewOrder bad;
    bad.title = std::string(201 * 3, 'x');
    CHECK(create_order(db, bad, agent_actor, default_workflow(), now, std::chrono::hours(8)).error().message ==
          "the title needs 1 to 200 characters");
}

TEST_CASE_METHOD(StoreFixture, "actions, tasks and history survive a reload", "[tickets][store]") {
    auto o = create("投诉抄表员态度", "抄表员态度恶劣");
    o = act(o, agent_actor, Action::dispatch, {}, {Assignee{complaints, {}}});
    CHECK(o.state == OrderState::dispatched);
    REQUIRE(o.tasks.size() == 1);
    CHECK(o.tasks[0].assignee.department == complaints);
    o = act(o, handler_actor, Action::accept);
    CHECK(o.tasks[0].handler == handler);
    o = act(o, handler_actor, Action::return_back, "需补充户号");
    CHECK(o.state == OrderState::returned);
    CHECK(o.tasks.empty());  // cancelled tasks are history, not the current step
    o = act(o, agent_actor, Action::dispatch, {}, {Assignee{complaints, {}}});
    o = act(o, handler_actor, Action::accept);
    o = act(o, handler_actor, Action::answer, "已批评教育");
    CHECK(o.state == OrderState::answered);
    CHECK(o.tasks[0].opinion == "已批评教育");
    auto history = order_history(db, o.id).value();
    std::vector<Action> actions;
    for (const auto& h : history) actions.push_back(h.action);
    CHECK(actions == std::vector<Action>{Action::create, Action::dispatch, Action::accept, Action::return_back,
                                         Action::dispatch, Action::accept, Action::answer});
    CHECK(history[3].opinion == "需补充户号");
    // The full-text row follows the state: text + state is answered by FTS5 alone.
    auto by_state = [&](OrderState st) {
        auto found = search_orders(db, SearchQuery{.text = "抄表员", .state = st});
        REQUIRE(found.has_value());
        return found->size();
    };
    CHECK(by_state(OrderState::answered) == 1);
    CHECK(by_state(OrderState::open) == 0);
    CHECK(by_state(OrderState::dispatched) == 0);
    CHECK(history[1].to.at(0).department == complaints);
}

TEST_CASE_METHOD(StoreFixture, "a failing write leaves nothing half-written", "[tickets][store]") {
    auto o = create("测试", "内容");
    REQUIRE(db.exec_script("BEGIN").has_value());
    REQUIRE(db.exec_script("SAVEPOINT job").has_value());
    auto out = apply(o, default_workflow(), agent_actor, ActionRequest{Action::dispatch, "", {Assignee{complaints, {}}}, {}},
                     {}, now + 1);
    REQUIRE(out.has_value());
    out->order.tasks[0].assignee = Assignee{DepartmentId(999), {}};  // no such department: the task insert fails
    CHECK_FALSE(save_outcome(db, out->order, out->record).has_value());
    REQUIRE(db.exec_script("ROLLBACK TO job; RELEASE job; COMMIT").has_value());
    auto back = load_order(db, o.id).value().value();
    CHECK(back.state == OrderState::open);
    CHECK(order_history(db, o.id).value().size() == 1);
}

TEST_CASE_METHOD(StoreFixture, "search finds Chinese of any length, filters, and never errors on operators",
                 "[tickets][store][search]") {
    auto a = create("小区停电", "幸福小区3号楼停电两小时，影响居民生活");
    auto b = create("水费异常", "本月水费比上月高出一倍", OrderType::business);
    auto c = create("Power outage", "no power since 8am at Block 3");
    auto ids = [&](SearchQuery q) {
        std::vector<std::int64_t> out;
        auto found = search_orders(db, q);
        REQUIRE(found.has_value());
        for (const auto& o : *found) out.push_back(o.id.value());
        return out;
    };
    CHECK(ids({.text = "停电"}) == std::vector<std::int64_t>{a.id.value()});
    CHECK(ids({.text = "停"}) == std::vector<std::int64_t>{a.id.value()});
    CHECK(ids({.text = "幸福小区停电"}).empty());  // not adjacent in the text
    CHECK(ids({.text = "水费 一倍"}) == std::vector<std::int64_t>{b.id.value()});
    CHECK(ids({.text = "POWER"}) == std::vector<std::int64_t>{c.id.value()});
    CHECK(ids({.text = "pow"}) == std::vector<std::int64_t>{c.id.value()});
    CHECK(ids({.text = "13800138000"}).size() == 3);
    CHECK(ids({.text = b.number}) == std::vector<std::int64_t>{b.id.value()});
    CHECK(ids({.type = OrderType::business}) == std::vector<std::int64_t>{b.id.value()});
    CHECK(ids({.text = "小区", .type = OrderType::complaint}) == std::vector<std::int64_t>{a.id.value()});
    for (const char* hostile : {"\"", "a\" OR \"b", "NEAR(停电", "*", "'; DROP TABLE work_orders; --", "停电\"*"}) {
        CAPTURE(hostile);
        auto r = search_orders(db, SearchQuery{.text = hostile});
        if (!r) CHECK(r.error().code == Errc::invalid_argument);
    }
    CHECK(search_orders(db, SearchQuery{.text = "，。"}).error().message ==
          "type at least one letter, digit or Chinese character to search for");
    CHECK_FALSE(search_orders(db, SearchQuery{.text = std::string(401, 'a')}).has_value());
    CHECK(ids({.text = "停电"}).size() == 1);  // the table is still there
}

TEST_CASE_METHOD(StoreFixture, "a restricted complaint is not found by its complainant's number", "[tickets][store][search]") {
    NewOrder n;
    n.type = OrderType::complaint;
    n.title = "投诉营业厅";
    n.content = "营业厅人员推诿";
    n.caller_number = "13900000001";
    n.restricted = true;
    auto o = create_order(db, n, agent_actor, default_workflow(), now, std::chrono::hours(8)).value();
    CHECK(search_orders(db, SearchQuery{.text = "13900000001"}).value().empty());
    CHECK(search_orders(db, SearchQuery{.caller_number = "13900000001"}).value().empty());
    CHECK(search_orders(db, SearchQuery{.caller_number = "13900000001", .restricted_visible = true}).value().size() == 1);
    CHECK(search_orders(db, SearchQuery{.text = "营业厅"}).value().at(0).id == o.id);
    // Text with the caller as a filter: the complainant stays hidden from who may not see them.
    create("营业厅排队太久", "营业厅只开一个窗口");  // another caller (13800138000)
    CHECK(search_orders(db, SearchQuery{.text = "营业厅", .caller_number = "13900000001"}).value().empty());
    auto seen = search_orders(db, SearchQuery{.text = "营业厅", .caller_number = "13900000001", .restricted_visible = true});
    REQUIRE(seen.value().size() == 1);
    CHECK(seen->at(0).id == o.id);
    CHECK(search_orders(db, SearchQuery{.text = "营业厅", .caller_number = "13800138000"}).value().size() == 1);
}

TEST_CASE_METHOD(StoreFixture, "a search for qq finds the orders that say qq, not every order", "[tickets][store][search]") {
    create("停电", "家里停电");
    auto qq = create("咨询", "客户留了QQ号 12345 请回复");
    auto found = search_orders(db, SearchQuery{.text = "qq"}).value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == qq.id);
    CHECK(search_orders(db, SearchQuery{.text = "typecomplaint"}).value().empty());
}

TEST_CASE_METHOD(StoreFixture, "text results are ranked: more occurrences in a shorter order first", "[tickets][store][search]") {
    auto once = create("停电", "昨晚小区停电，今天来电了，想问问原因，另外电费账单也有疑问，顺便咨询一下缴费方式");
    auto twice = create("停电又停电", "停电");
    create("水费", "水费异常");
    auto found = search_orders(db, SearchQuery{.text = "停电"}).value();
    REQUIRE(found.size() == 2);
    CHECK(found[0].id == twice.id);
    CHECK(found[1].id == once.id);
}

TEST_CASE_METHOD(StoreFixture, "the workbench lists my department's open tasks and the call center's returns",
                 "[tickets][store]") {
    auto a = create("一", "内容一");
    auto b = create("二", "内容二");
    a = act(a, agent_actor, Action::dispatch, {}, {Assignee{complaints, {}}});
    b = act(b, agent_actor, Action::dispatch, {}, {Assignee{complaints, {}}});
    b = act(b, handler_actor, Action::accept);
    b = act(b, handler_actor, Action::return_back, "不属本部门");
    auto mine = workbench(db, handler_actor, 50).value();
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].id == a.id);
    auto center_list = workbench(db, agent_actor, 50).value();
    REQUIRE(center_list.size() == 1);
    CHECK(center_list[0].id == b.id);
    CHECK(active_orders(db).value().size() == 1);
}

TEST_CASE_METHOD(StoreFixture, "workflows are versioned and resolved against the directory", "[tickets][store][workflow]") {
    CHECK(workflow_for(db, "default", std::nullopt).value().steps.size() == 1);
    CHECK(workflow_for(db, "none", std::nullopt).error().code == Errc::not_found);
    REQUIRE(save_workflow(db, "投诉", R"({"name":"投诉","steps":[{"assign":"dispatch"}]})", agent, 1).value() == 1);
    REQUIRE(save_workflow(db, "投诉",
                          R"({"name":"投诉","steps":[{"assign":"dispatch"},{"assign":{"departments":["客服中心"]}}]})",
                          agent, 2)
                .value() == 2);
    CHECK(workflow_for(db, "投诉", std::nullopt).value().steps.size() == 2);
    CHECK(workflow_for(db, "投诉", 1).value().steps.size() == 1);
    REQUIRE(set_default_workflow(db, OrderType::complaint, "投诉").has_value());
    CHECK(default_workflow_name(db, OrderType::complaint).value() == "投诉");
    CHECK(default_workflow_name(db, OrderType::praise).value() == "default");
    auto p = deadline_policy(db, OrderType::repair, Urgency::very_urgent).value();
    CHECK(p.policy.accept == std::chrono::seconds(900));
    CHECK(p.calendar == "default");
}
