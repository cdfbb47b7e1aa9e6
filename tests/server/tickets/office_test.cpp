// The office around work orders in a real SQLite file: deadline policies and their checks,
// summaries, templates and phrases with ownership, attachments with the size limit, internal
// messages, the personal call history, customers' accounts.
#include <catch2/catch.hpp>

#include "../storage/temp_dir.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/tickets/office.h"
#include "cti/tickets/store.h"

using namespace cti;
using namespace cti::tickets;

namespace {

struct OfficeFixture {
    storage::test::TempDir dir;
    storage::Database db = storage::open_and_migrate(dir.path() / "cti.db").value().first;
    DepartmentId center = storage::insert_department(db, "客服中心").value();
    DepartmentId repair = storage::insert_department(db, "抢修调度中心").value();
    UserId agent = user("1001", center);
    UserId handler = user("1004", repair);
    std::int64_t now = 1'790'000'000'000;

    UserId user(const char* login, DepartmentId d) {
        return storage::insert_user(db, storage::NewUser{.login = login, .display_name = login, .password_hash = "$x",
                                                         .role = "agent", .department_id = d, .created_ms = 1})
            .value();
    }
    Order order(OrderType type, const char* title) {
        NewOrder n;
        n.type = type;
        n.title = title;
        return create_order(db, n, Actor{agent, center, kCreate | kDispatch}, default_workflow(), now,
                            std::chrono::hours(8))
            .value();
    }
    void act(Order& o, const Actor& who, Action a, std::vector<Assignee> to = {}, std::optional<Satisfaction> s = {}) {
        auto out = apply(o, default_workflow(), who, ActionRequest{a, "意见", std::move(to), s}, {}, ++now);
        REQUIRE(out.has_value());
        REQUIRE(save_outcome(db, out->order, out->record).has_value());
        o = out->order;
    }
};

}  // namespace

TEST_CASE_METHOD(OfficeFixture, "deadline policies are checked, stored and name the escalation role", "[tickets][office]") {
    PolicyInfo p{OrderType::repair, Urgency::very_urgent, 600, 7200, "default", "supervisor"};
    REQUIRE(save_policy(db, p).has_value());
    CHECK(escalate_role(db, OrderType::repair, Urgency::very_urgent).value() == "supervisor");
    CHECK(deadline_policy(db, OrderType::repair, Urgency::very_urgent)->policy.accept == std::chrono::seconds(600));
    CHECK(list_policies(db)->size() == 21);
    PolicyInfo bad{OrderType::repair, Urgency::normal, 0, -5, "", "agent"};
    CHECK(save_policy(db, bad).error().message ==
          "deadlines are 1 second to 365 days of business time; the accept deadline cannot be longer than the processing "
          "deadline; overdue orders escalate to team_leader, supervisor or administrator; name the business calendar "
          "the deadlines count on");
}

TEST_CASE_METHOD(OfficeFixture, "summaries count orders by type, department, state and satisfaction", "[tickets][office]") {
    auto a = order(OrderType::repair, "停电");
    auto b = order(OrderType::repair, "电压低");
    auto c = order(OrderType::complaint, "态度差");
    const Actor center_actor{agent, center, kDispatch};
    const Actor repair_actor{handler, repair, 0};
    act(a, center_actor, Action::dispatch, {Assignee{repair, {}}});
    act(a, repair_actor, Action::accept);
    act(a, repair_actor, Action::answer);
    act(a, center_actor, Action::visit, {}, Satisfaction::satisfied);
    act(a, center_actor, Action::close);
    act(b, center_actor, Action::dispatch, {Assignee{repair, {}}});
    auto by_type = summarize(db, SummaryBy::type, 0, 0).value();
    REQUIRE(by_type.size() == 2);
    CHECK(by_type[0].key == "repair");
    CHECK(by_type[0].orders == 2);
    CHECK(by_type[0].open == 1);
    CHECK(by_type[0].satisfied == 1);
    auto by_dept = summarize(db, SummaryBy::department, 0, 0).value();
    REQUIRE(by_dept.size() == 2);
    CHECK(by_dept[0].key == "抢修调度中心");
    CHECK(by_dept[0].orders == 2);
    CHECK(by_dept[1].key == "未派单");
    auto by_state = summarize(db, SummaryBy::state, 0, 0).value();
    CHECK(by_state.size() == 3);  // closed, dispatched, open
    CHECK(summarize(db, SummaryBy::type, now + 1000, 0)->empty());
    CHECK(summary_by_from_string("bogus") == std::nullopt);
    (void)c;
}

TEST_CASE_METHOD(OfficeFixture, "templates and phrases: shared and personal, only the owner changes a personal one",
                 "[tickets][office]") {
    auto mine = save_phrase(db, PhraseRecord{0, "phrase", "", "已派单", "已派单至抢修中心，请耐心等待", agent}, now);
    REQUIRE(mine.has_value());
    auto shared = save_phrase(db, PhraseRecord{0, "template", "repair", "停电报修", "地址：\n停电范围：\n", std::nullopt}, now);
    REQUIRE(shared.has_value());
    CHECK(list_phrases(db, agent, "").value().size() == 2);
    CHECK(list_phrases(db, handler, "").value().size() == 1);  // only the shared one
    CHECK(list_phrases(db, agent, "template").value().size() == 1);
    auto theirs = *mine;
    theirs.owner = handler;
    theirs.text = "改";
    CHECK(save_phrase(db, theirs, now).error().code == Errc::permission_denied);
    CHECK(remove_phrase(db, mine->id, handler).error().code == Errc::permission_denied);
    REQUIRE(remove_phrase(db, mine->id, agent).has_value());
    CHECK(list_phrases(db, agent, "").value().size() == 1);
    CHECK(check_phrase(PhraseRecord{0, "template", "nonsense", "t", "", agent}).error().message.find("order type") !=
          std::string::npos);
}

TEST_CASE_METHOD(OfficeFixture, "attachments: stored with their digest, refused over the size limit", "[tickets][office]") {
    auto o = order(OrderType::repair, "电杆倾斜");
    std::string photo("\xFF\xD8\xFF\xE0\0\0JFIF\0", 11);
    auto a = attach(db, o.id, "现场照片.jpg", "image/jpeg", photo, agent, now);
    REQUIRE(a.has_value());
    CHECK(a->size == 11);
    CHECK(a->sha256.size() == 64);
    auto back = read_attachment(db, a->id).value();
    REQUIRE(back.has_value());
    CHECK(back->second == photo);  // bytes with NULs come back whole
    CHECK(list_attachments(db, o.id)->size() == 1);
    auto big = attach(db, o.id, "big.bin", "application/octet-stream", std::string(kMaxAttachmentBytes + 1, 'x'), agent, now);
    REQUIRE_FALSE(big.has_value());
    CHECK(big.error().message == "the file is 768 KiB; attachments are limited to 768 KiB");
    CHECK(attach(db, o.id, "../etc/passwd", "text/plain", "x", agent, now).error().code == Errc::invalid_argument);
    CHECK(attach(db, TicketId(999), "a.txt", "text/plain", "x", agent, now).error().code == Errc::not_found);
    CHECK(list_attachments(db, o.id)->size() == 1);
}

TEST_CASE_METHOD(OfficeFixture, "internal messages reach a user or a whole department", "[tickets][office]") {
    REQUIRE(send_message(db, Message{0, agent, handler, std::nullopt, "请尽快处理 GD1", now}).has_value());
    REQUIRE(send_message(db, Message{0, handler, std::nullopt, center, "抢修已到场", now + 1}).has_value());
    auto to_handler = messages_for(db, handler, repair, 10).value();
    CHECK(to_handler.size() == 2);  // the one received and the one sent
    auto to_agent = messages_for(db, agent, center, 10).value();
    REQUIRE(to_agent.size() == 2);
    CHECK(to_agent[0].text == "抢修已到场");
    CHECK(send_message(db, Message{0, agent, std::nullopt, std::nullopt, "x", now}).error().code == Errc::invalid_argument);
    CHECK(send_message(db, Message{0, agent, handler, std::nullopt, "", now}).error().code == Errc::invalid_argument);
}

TEST_CASE_METHOD(OfficeFixture, "the personal call history lists the agent's calls, newest first", "[tickets][office]") {
    const auto id = std::to_string(agent.value());
    REQUIRE(db.exec_script("INSERT INTO calls (direction, caller, callee, started_ms, agent_id) VALUES "
                           "('inbound', '13800138000', '95598', 1, " + id + "), ('outbound', '1001', '13900000000', 2, " +
                           id + "), ('inbound', '13700000000', '95598', 3, NULL)")
                .has_value());
    auto calls = calls_of(db, agent, 10).value();
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].callee == "13900000000");
    CHECK(calls[1].caller == "13800138000");
}

TEST_CASE_METHOD(OfficeFixture, "customers have accounts (户号) found by number, each account one customer's",
                 "[tickets][customers]") {
    CustomerFields f{"李建国", "", {"13800138000"}, {}, 0, false, {{"3301001", "电", "幸福小区3号楼"}}, {{"李梅", "13900000000", "家属"}}};
    auto c = open_account(db, f, now, std::chrono::hours(8));
    REQUIRE(c.has_value());
    CHECK(c->accounts == f.accounts);
    CHECK(c->contacts == f.contacts);
    CHECK(find_customer_by_account(db, "3301001").value()->name == "李建国");
    CustomerFields other{"王芳", "", {"13700000000"}, {}, 0, false, {{"3301001", "电", ""}}, {}};
    auto clash = open_account(db, other, now, std::chrono::hours(8));
    REQUIRE_FALSE(clash.has_value());
    CHECK(clash.error().message == "the account 3301001 belongs to another customer");
    other.accounts = {{"33-01", "", ""}};
    CHECK(open_account(db, other, now, std::chrono::hours(8)).error().message.find("'33-01' is not an account number") !=
          std::string::npos);
}
