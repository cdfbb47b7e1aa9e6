#include <catch2/catch.hpp>

#include "cti/storage/campaign.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

namespace {

Database migrated(const test::TempDir& dir) {
    auto opened = open_and_migrate(dir.file("campaign.db"));
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

struct Fixture {
    test::TempDir dir;
    Database db = migrated(dir);

    UserId agent(const std::string& login) {
        auto id = insert_user(db, NewUser{.login = login, .display_name = "李娜", .password_hash = "$argon2id$x",
                                          .role = "agent", .created_ms = 1});
        REQUIRE(id.has_value());
        return *id;
    }

    std::int64_t campaign(const std::string& name, std::string mode = "progressive") {
        auto id = insert_campaign(db, CampaignRow{.name = name, .mode = std::move(mode), .queue = "外呼组",
                                                  .created_ms = 1000, .updated_ms = 1000});
        REQUIRE(id.has_value());
        return *id;
    }
};

CampaignRecordRow record(int line, std::string phone, std::string data = "{}") {
    return CampaignRecordRow{.line = line, .phone = std::move(phone), .data = std::move(data), .updated_ms = 1000};
}

std::int64_t count(Database& db, const std::string& sql) {
    auto s = db.prepare(sql);
    REQUIRE(s.has_value());
    REQUIRE(s->step().value());
    return s->get_int("n");
}

}  // namespace

TEST_CASE_METHOD(Fixture, "a campaign round-trips, Chinese text included", "[storage][campaign]") {
    const UserId creator = agent("planner");
    CampaignRow c{.name = "电费催缴 2026 春",
                  .mode = "predictive",
                  .queue = "外呼组",
                  .caller_id = "95566",
                  .calendar = "工作日",
                  .first_day = "2026-03-01",
                  .last_day = "2026-03-31",
                  .abandon_cap = 0.02,
                  .lines = 0,
                  .retry_rules = R"({"busy":{"max_attempts":5,"retry_after_s":120}})",
                  .order_type = "缴费提醒",
                  .created_by = creator,
                  .created_ms = 1000,
                  .updated_ms = 1000};
    auto id = insert_campaign(db, c);
    REQUIRE(id.has_value());

    auto found = find_campaign(db, *id);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    const CampaignRow& f = **found;
    CHECK(f.id == *id);
    CHECK(f.name == "电费催缴 2026 春");
    CHECK(f.mode == "predictive");
    CHECK(f.state == "draft");
    CHECK(f.queue == "外呼组");
    CHECK(f.caller_id == "95566");
    CHECK(f.calendar == "工作日");
    CHECK(f.first_day == "2026-03-01");
    CHECK(f.last_day == "2026-03-31");
    CHECK(f.abandon_cap == Approx(0.02));
    CHECK(f.retry_rules == c.retry_rules);
    CHECK(f.order_type == "缴费提醒");
    CHECK(f.created_by == creator);
    CHECK(f.created_ms == 1000);

    CHECK(find_campaign_by_name(db, "电费催缴 2026 春").value()->id == *id);
    CHECK_FALSE(find_campaign_by_name(db, "没有这个活动").value().has_value());
    CHECK_FALSE(find_campaign(db, *id + 100).value().has_value());

    SECTION("a second campaign with the same name is refused, naming it") {
        auto again = insert_campaign(db, CampaignRow{.name = "电费催缴 2026 春", .mode = "preview"});
        REQUIRE_FALSE(again.has_value());
        CHECK(again.error().code == Errc::already_exists);
        CHECK_THAT(again.error().message, Catch::Contains("'电费催缴 2026 春' already exists"));
        CHECK_THAT(again.error().message, Catch::Contains("choose another name"));
    }

    SECTION("an update changes every field but the creation") {
        CampaignRow u = f;
        u.name = "电费催缴";
        u.mode = "agentless";
        u.state = "running";
        u.flow = "缴费语音通知";
        u.lines = 8;
        u.abandon_cap = 0.03;
        u.last_day = "";
        u.created_by = std::nullopt;
        u.created_ms = 5;
        u.updated_ms = 2000;
        REQUIRE(update_campaign(db, u).has_value());
        const CampaignRow back = find_campaign(db, *id).value().value();
        CHECK(back.name == "电费催缴");
        CHECK(back.mode == "agentless");
        CHECK(back.state == "running");
        CHECK(back.flow == "缴费语音通知");
        CHECK(back.lines == 8);
        CHECK(back.last_day.empty());
        CHECK(back.updated_ms == 2000);
        CHECK(back.created_by == creator);
        CHECK(back.created_ms == 1000);

        u.id = *id + 100;
        auto missing = update_campaign(db, u);
        REQUIRE_FALSE(missing.has_value());
        CHECK(missing.error().code == Errc::not_found);
    }

    SECTION("values outside the schema are refused with what to fix") {
        CampaignRow bad{.name = "坏活动", .mode = "robocall", .created_ms = 1, .updated_ms = 1};
        auto r = insert_campaign(db, bad);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK_THAT(r.error().message, Catch::Contains("mode 'robocall' is not one of preview"));

        bad.mode = "preview";
        bad.first_day = "2026/03/01";
        r = insert_campaign(db, bad);
        REQUIRE_FALSE(r.has_value());
        CHECK_THAT(r.error().message, Catch::Contains("first day '2026/03/01' is not a date (YYYY-MM-DD)"));

        bad.first_day = "";
        bad.abandon_cap = 3;
        r = insert_campaign(db, bad);
        REQUIRE_FALSE(r.has_value());
        CHECK_THAT(r.error().message, Catch::Contains("abandon cap 3 is not between 0 and 1"));

        bad.abandon_cap = 0.03;
        bad.retry_rules = "{busy:5";
        r = insert_campaign(db, bad);
        REQUIRE_FALSE(r.has_value());
        CHECK_THAT(r.error().message, Catch::Contains("retry rules are not valid JSON"));

        bad.retry_rules = "{}";
        bad.created_by = UserId(999);
        r = insert_campaign(db, bad);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Errc::not_found);
        CHECK_THAT(r.error().message, Catch::Contains("user 999"));
        CHECK(list_campaigns(db).value().size() == 1);
    }
}

TEST_CASE_METHOD(Fixture, "campaigns are listed by id", "[storage][campaign]") {
    const auto b = campaign("乙活动");
    const auto a = campaign("甲活动", "preview");
    const auto all = list_campaigns(db).value();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == b);
    CHECK(all[1].id == a);
    CHECK(all[1].mode == "preview");
}

TEST_CASE_METHOD(Fixture, "a call list is imported in one go, duplicates reported", "[storage][campaign]") {
    const auto c = campaign("回访");
    const auto other = campaign("其他活动");
    REQUIRE(insert_campaign_records(db, other, {record(2, "13800138000")}).value().inserted == 1);

    auto first = insert_campaign_records(db, c, {record(2, "13800138000", R"({"姓名":"张三","账单":"电费 128.50"})"),
                                                 record(3, "13900139000", R"({"姓名":"李四"})")});
    REQUIRE(first.has_value());
    CHECK(first->inserted == 2);
    CHECK(first->duplicates.empty());

    // One already in the campaign and one repeated within the new rows; the others go in.
    auto second = insert_campaign_records(db, c,
                                          {record(4, "13700137000"), record(5, "13900139000"),
                                           record(6, "13600136000"), record(7, "13700137000")});
    REQUIRE(second.has_value());
    CHECK(second->inserted == 2);
    CHECK(second->duplicates == std::vector<std::string>{"13900139000", "13700137000"});

    const auto all = list_campaign_records(db, c, "", 100).value();
    REQUIRE(all.size() == 4);
    CHECK(all[0].phone == "13800138000");
    CHECK(all[0].campaign == c);
    CHECK(all[0].line == 2);
    CHECK(all[0].data == R"({"姓名":"张三","账单":"电费 128.50"})");
    CHECK(all[0].state == "pending");
    CHECK(all[2].line == 4);
    CHECK(all[3].line == 6);
    CHECK(list_campaign_records(db, other, "", 100).value().size() == 1);

    SECTION("a bad row stores nothing of its batch and says which line") {
        auto bad = insert_campaign_records(db, c, {record(8, "13500135000"), record(9, "13400134000", "{姓名")});
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().code == Errc::invalid_argument);
        CHECK_THAT(bad.error().message, Catch::Contains("line 9"));
        CHECK_THAT(bad.error().message, Catch::Contains("not valid JSON"));
        CHECK(list_campaign_records(db, c, "", 100).value().size() == 4);
    }

    SECTION("records of a campaign that does not exist are refused") {
        auto none = insert_campaign_records(db, 999, {record(2, "13500135000")});
        REQUIRE_FALSE(none.has_value());
        CHECK(none.error().code == Errc::not_found);
        CHECK_THAT(none.error().message, Catch::Contains("campaign 999 does not exist"));
    }
}

TEST_CASE_METHOD(Fixture, "records are updated and listed by state page by page", "[storage][campaign]") {
    const auto c = campaign("满意度回访");
    std::vector<CampaignRecordRow> rows;
    for (int i = 0; i < 7; ++i) rows.push_back(record(i + 2, "1380013800" + std::to_string(i)));
    REQUIRE(insert_campaign_records(db, c, rows).value().inserted == 7);
    const auto all = list_campaign_records(db, c, "", 100).value();
    REQUIRE(all.size() == 7);

    const UserId wang = agent("wang");
    // Records 1, 3 and 5 are done; the others stay pending.
    for (int i : {1, 3, 5}) {
        CampaignRecordRow r = all[static_cast<std::size_t>(i)];
        r.state = "done";
        r.attempts = 2;
        r.total_attempts = 3;
        r.last_outcome = "answered";
        r.due_ms = 0;
        r.last_call = CallId(500 + i);
        r.agent = wang;
        r.disposition = "success";
        r.note = "客户同意缴费";
        r.answers = R"({"满意度":"5"})";
        r.updated_ms = 9000;
        REQUIRE(update_campaign_record(db, r).has_value());
    }
    const auto done = find_campaign_record(db, all[3].id).value().value();
    CHECK(done.state == "done");
    CHECK(done.attempts == 2);
    CHECK(done.total_attempts == 3);
    CHECK(done.last_outcome == "answered");
    CHECK(done.last_call == CallId(503));
    CHECK(done.agent == wang);
    CHECK(done.disposition == "success");
    CHECK(done.note == "客户同意缴费");
    CHECK(done.answers == R"({"满意度":"5"})");
    CHECK(done.updated_ms == 9000);
    CHECK(done.line == all[3].line);

    // A promised callback: retry_wait with its due time, the agent cleared.
    CampaignRecordRow cb = all[0];
    cb.state = "retry_wait";
    cb.callback = true;
    cb.due_ms = 12345;
    REQUIRE(update_campaign_record(db, cb).has_value());
    const auto back = find_campaign_record(db, cb.id).value().value();
    CHECK(back.callback);
    CHECK(back.due_ms == 12345);
    CHECK_FALSE(back.agent.has_value());
    CHECK_FALSE(back.last_call.has_value());

    // Pending in pages of two: ids 2, 4 | 6 | (none).
    auto page = list_campaign_records(db, c, "pending", 2).value();
    REQUIRE(page.size() == 2);
    CHECK(page[0].id == all[2].id);
    CHECK(page[1].id == all[4].id);
    page = list_campaign_records(db, c, "pending", 2, page.back().id).value();
    REQUIRE(page.size() == 1);
    CHECK(page[0].id == all[6].id);
    CHECK(list_campaign_records(db, c, "pending", 2, page.back().id).value().empty());
    CHECK(list_campaign_records(db, c, "done", 10).value().size() == 3);
    CHECK(list_campaign_records(db, c, "", 3, all[3].id).value().front().id == all[4].id);

    CampaignRecordRow bad = all[2];
    bad.state = "lost";
    auto refused = update_campaign_record(db, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Errc::invalid_argument);
    CHECK_THAT(refused.error().message, Catch::Contains("state 'lost' is not one of pending"));
    bad = all[2];
    bad.phone = all[1].phone;
    refused = update_campaign_record(db, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Errc::already_exists);
    bad.id = 9999;
    bad.phone = "13000000000";
    CHECK(update_campaign_record(db, bad).error().code == Errc::not_found);
    CHECK_FALSE(find_campaign_record(db, 9999).value().has_value());
}

TEST_CASE_METHOD(Fixture, "figures count records, attempts and conversions", "[storage][campaign]") {
    const auto c = campaign("宽带续费");
    std::vector<CampaignRecordRow> rows;
    for (int i = 0; i < 8; ++i) rows.push_back(record(i + 2, "1390013900" + std::to_string(i)));
    REQUIRE(insert_campaign_records(db, c, rows).value().inserted == 8);
    const auto recs = list_campaign_records(db, c, "", 100).value();
    const UserId li = agent("li");

    CHECK(campaign_figures(db, c).value().abandon_rate == 0);

    // 3 answered (talks of 60, 90 and 30 s), 1 abandoned, 2 busy.
    const auto attempt = [&](std::size_t rec, std::string outcome, std::optional<std::int64_t> answered,
                             std::int64_t ended) {
        auto id = insert_campaign_attempt(db, CampaignAttemptRow{.campaign = c,
                                                                 .record = recs[rec].id,
                                                                 .call = CallId(100 + static_cast<int>(rec)),
                                                                 .outcome = std::move(outcome),
                                                                 .agent = answered ? std::optional(li) : std::nullopt,
                                                                 .dialled_ms = 1000,
                                                                 .answered_ms = answered,
                                                                 .ended_ms = ended,
                                                                 .wait_ms = answered ? 500 : 0});
        REQUIRE(id.has_value());
    };
    attempt(0, "answered", 10'000, 70'000);
    attempt(1, "answered", 10'000, 100'000);
    attempt(2, "answered", 20'000, 50'000);
    attempt(3, "abandoned", 10'000, 12'000);
    attempt(4, "busy", std::nullopt, 3'000);
    attempt(5, "busy", std::nullopt, 3'000);

    // Conversions: a success disposition, a subscribe answer; a "0" answer does not count.
    const auto set = [&](std::size_t i, std::string state, std::string disposition, std::string answers) {
        CampaignRecordRow r = recs[i];
        r.state = std::move(state);
        r.disposition = std::move(disposition);
        r.answers = std::move(answers);
        REQUIRE(update_campaign_record(db, r).has_value());
    };
    set(0, "done", "success", "{}");
    set(1, "done", "", R"({"subscribe":"1","满意度":"4"})");
    set(2, "done", "refused", R"({"subscribe":"0"})");
    set(3, "retry_wait", "", "{}");
    set(4, "retry_wait", "", "{}");
    set(5, "exhausted", "", "{}");
    set(6, "do_not_call", "", "{}");

    const auto f = campaign_figures(db, c).value();
    CHECK(f.records == 8);
    CHECK(f.pending == 3);  // 2 retry_wait + 1 pending
    CHECK(f.done == 3);
    CHECK(f.exhausted == 1);
    CHECK(f.do_not_call == 1);
    CHECK(f.dialled == 6);
    CHECK(f.answered == 3);
    CHECK(f.abandoned == 1);
    CHECK(f.busy == 2);
    CHECK(f.no_answer == 0);
    CHECK(f.failed == 0);
    CHECK(f.answering_machine == 0);
    CHECK(f.conversions == 2);
    CHECK(f.abandon_rate == Approx(0.25));
    CHECK(f.talk_ms == 180'000);

    const auto empty = campaign_figures(db, campaign("空活动")).value();
    CHECK(empty.records == 0);
    CHECK(empty.dialled == 0);
    CHECK(empty.abandon_rate == 0);

    auto bad = insert_campaign_attempt(db, CampaignAttemptRow{.campaign = c, .record = recs[0].id, .outcome = "hung"});
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().code == Errc::invalid_argument);
    CHECK_THAT(bad.error().message, Catch::Contains("outcome 'hung' is not one of answered"));
    auto orphan = insert_campaign_attempt(db, CampaignAttemptRow{.campaign = c, .record = 9999, .outcome = "busy"});
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == Errc::not_found);
}

TEST_CASE_METHOD(Fixture, "the do-not-call list", "[storage][campaign]") {
    const UserId by = agent("supervisor");
    REQUIRE(add_do_not_call(db, "13900139000", "客户要求不再来电", by, 1000).has_value());
    REQUIRE(add_do_not_call(db, "13800138000", "投诉", std::nullopt, 2000).has_value());
    // Adding again succeeds and keeps the first reason.
    REQUIRE(add_do_not_call(db, "13900139000", "again", std::nullopt, 3000).has_value());
    CHECK(list_do_not_call(db).value() == std::vector<std::string>{"13800138000", "13900139000"});
    CHECK(count(db, "SELECT count(*) AS n FROM do_not_call WHERE number = '13900139000' AND "
                    "reason = '客户要求不再来电' AND added_ms = 1000") == 1);

    CHECK(remove_do_not_call(db, "13900139000").value());
    CHECK_FALSE(remove_do_not_call(db, "13900139000").value());
    CHECK(list_do_not_call(db).value() == std::vector<std::string>{"13800138000"});

    auto empty = add_do_not_call(db, "", "", std::nullopt, 1);
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().code == Errc::invalid_argument);
}

TEST_CASE_METHOD(Fixture, "deleting a campaign deletes its records and attempts", "[storage][campaign]") {
    const auto c = campaign("待删除");
    const auto kept = campaign("保留");
    REQUIRE(insert_campaign_records(db, c, {record(2, "13800138000"), record(3, "13900139000")}).has_value());
    REQUIRE(insert_campaign_records(db, kept, {record(2, "13800138000")}).has_value());
    const auto rec = list_campaign_records(db, c, "", 10).value().front();
    REQUIRE(insert_campaign_attempt(db, {.campaign = c, .record = rec.id, .outcome = "no_answer", .ended_ms = 30'000})
                .has_value());

    auto del = db.prepare("DELETE FROM campaigns WHERE campaign_id = :id");
    REQUIRE(del.has_value());
    REQUIRE(del->bind(":id", c).run().has_value());
    CHECK(count(db, "SELECT count(*) AS n FROM campaign_records WHERE campaign_id = " + std::to_string(c)) == 0);
    CHECK(count(db, "SELECT count(*) AS n FROM campaign_attempts") == 0);
    CHECK(list_campaign_records(db, kept, "", 10).value().size() == 1);
    CHECK(campaign_figures(db, c).value().records == 0);
}
