// The knowledge base in a real SQLite file: the category tree and its refusals, versions,
// Chinese and English search (two-character words, hostile input, a subtree), snippets, the
// feedback lifecycle and queued deliveries.
#include <catch2/catch.hpp>

#include "../storage/temp_dir.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/tickets/knowledge.h"
#include "cti/tickets/store.h"

using namespace cti;
using namespace cti::tickets;
using cti::storage::Database;

namespace {

struct KbFixture {
    storage::test::TempDir dir;
    Database db = storage::open_and_migrate(dir.path() / "cti.db").value().first;
    UserId maintainer = storage::insert_user(db, storage::NewUser{.login = "kb", .display_name = "知识库维护员",
                                                                  .password_hash = "$x", .role = "maintainer",
                                                                  .created_ms = 1})
                            .value();
    UserId agent = storage::insert_user(db, storage::NewUser{.login = "1001", .display_name = "张伟",
                                                             .password_hash = "$x", .role = "agent", .created_ms = 1})
                       .value();
    std::int64_t now = 1'790'000'000'000;

    KbCategory category(std::string name, std::optional<std::int64_t> parent = std::nullopt) {
        auto c = save_kb_category(db, KbCategory{0, parent, std::move(name), 0});
        REQUIRE(c.has_value());
        return *c;
    }
    KbArticle article(std::int64_t category, std::string title, std::string body, std::vector<std::string> keywords = {},
                      std::int64_t id = 0) {
        auto a = save_kb_article(db, id, KbArticleFields{category, std::move(title), std::move(body), std::move(keywords)},
                                 maintainer, ++now);
        REQUIRE(a.has_value());
        return *a;
    }
    std::vector<std::int64_t> found(std::string text, std::optional<std::int64_t> in = std::nullopt) {
        auto r = search_kb(db, KbSearch{std::move(text), in, 20});
        REQUIRE(r.has_value());
        std::vector<std::int64_t> ids;
        for (const auto& a : *r) ids.push_back(a.id);
        return ids;
    }
};

}  // namespace

TEST_CASE_METHOD(KbFixture, "categories form a tree with unique sibling names", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto pay = category("缴费方式", fee.id);
    auto outage = category("停电");
    CHECK(fee.position == 1);
    CHECK(outage.position == 2);
    CHECK(pay.parent == fee.id);
    CHECK(category("缴费方式", outage.id).parent == outage.id);  // the same name elsewhere is fine

    auto twin = save_kb_category(db, KbCategory{0, fee.id, "缴费方式", 0});
    REQUIRE_FALSE(twin);
    CHECK_THAT(twin.error().message, Catch::Contains("already a category named '缴费方式'"));
    CHECK_FALSE(save_kb_category(db, KbCategory{0, std::nullopt, "电费", 0}));
    CHECK_FALSE(save_kb_category(db, KbCategory{0, std::nullopt, "", 0}));
    CHECK_FALSE(save_kb_category(db, KbCategory{0, std::nullopt, "   ", 0}));
    CHECK_FALSE(save_kb_category(db, KbCategory{0, std::nullopt, std::string(51 * 3, 'x'), 0}));
    CHECK(save_kb_category(db, KbCategory{0, std::nullopt, std::string(50, 'x'), 0}).has_value());
    auto orphan = save_kb_category(db, KbCategory{0, 999, "孤儿", 0});
    REQUIRE_FALSE(orphan);
    CHECK_THAT(orphan.error().message, Catch::Contains("no category 999"));
    auto missing = save_kb_category(db, KbCategory{999, std::nullopt, "x", 0});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Errc::not_found);

    // Renamed and moved.
    auto moved = save_kb_category(db, KbCategory{pay.id, outage.id, "缴费渠道", 3});
    REQUIRE(moved.has_value());
    auto all = kb_categories(db).value();
    auto it = std::find_if(all.begin(), all.end(), [&](const KbCategory& c) { return c.id == pay.id; });
    REQUIRE(it != all.end());
    CHECK(it->name == "缴费渠道");
    CHECK(it->parent == outage.id);
    CHECK(it->position == 3);
    // To the top level.
    REQUIRE(save_kb_category(db, KbCategory{pay.id, std::nullopt, "缴费渠道", 0}).has_value());
}

TEST_CASE_METHOD(KbFixture, "a category is never moved under itself and the tree stays six levels deep",
                 "[tickets][knowledge]") {
    std::vector<KbCategory> chain{category("一")};
    for (const char* name : {"二", "三", "四", "五", "六"}) chain.push_back(category(name, chain.back().id));
    auto seven = save_kb_category(db, KbCategory{0, chain.back().id, "七", 0});
    REQUIRE_FALSE(seven);
    CHECK_THAT(seven.error().message, Catch::Contains("at most 6 levels"));

    auto self = save_kb_category(db, KbCategory{chain[2].id, chain[2].id, "三", 0});
    REQUIRE_FALSE(self);
    CHECK_THAT(self.error().message, Catch::Contains("under itself"));
    auto cycle = save_kb_category(db, KbCategory{chain[1].id, chain[4].id, "二", 0});
    REQUIRE_FALSE(cycle);
    CHECK_THAT(cycle.error().message, Catch::Contains("one of its own subcategories"));

    // Moving a subtree of height 3 (四 五 六) under another top-level category: 1 + 3 levels, fine;
    // under a category at depth 4 it would be 7.
    auto other = category("其他");
    CHECK(save_kb_category(db, KbCategory{chain[3].id, other.id, "四", 0}).has_value());
    std::vector<KbCategory> deep{category("甲")};
    for (const char* name : {"乙", "丙", "丁"}) deep.push_back(category(name, deep.back().id));
    auto too_deep = save_kb_category(db, KbCategory{chain[3].id, deep.back().id, "四", 0});
    REQUIRE_FALSE(too_deep);
    CHECK_THAT(too_deep.error().message, Catch::Contains("would make it 7"));
    // Nothing changed by the refusals.
    auto all = kb_categories(db).value();
    auto four = std::find_if(all.begin(), all.end(), [&](const KbCategory& c) { return c.id == chain[3].id; });
    CHECK(four->parent == other.id);
}

TEST_CASE("the tree check is pure and survives a cycle already stored", "[tickets][knowledge]") {
    std::vector<KbCategory> broken{{1, 2, "a", 0}, {2, 1, "b", 0}, {3, std::nullopt, "c", 0}};
    CHECK_FALSE(check_category_place(broken, 3, 1));  // too deep (the chain never ends) but no hang
    CHECK(check_category_place(broken, 0, 3).has_value());
    CHECK_FALSE(check_category_place(broken, 0, 42));
}

TEST_CASE_METHOD(KbFixture, "every saved version is kept and the index holds the newest", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto v1 = article(fee.id, "电费缴纳方式", "可以在营业厅缴纳电费。也可以使用网上银行。", {"缴费", "营业厅"});
    CHECK(v1.version == 1);
    auto v2 = article(fee.id, "电费缴纳方式", "可以在营业厅、支付宝或微信缴纳电费。", {"缴费", "支付宝"}, v1.id);
    CHECK(v2.id == v1.id);
    CHECK(v2.version == 2);
    CHECK(kb_article_versions(db, v1.id).value() == std::vector<int>{1, 2});

    auto newest = load_kb_article(db, v1.id).value();
    REQUIRE(newest);
    CHECK(newest->version == 2);
    CHECK(newest->body == "可以在营业厅、支付宝或微信缴纳电费。");
    CHECK(newest->keywords == std::vector<std::string>{"缴费", "支付宝"});
    CHECK(newest->author == maintainer);
    auto first = load_kb_article(db, v1.id, 1).value();
    REQUIRE(first);
    CHECK(first->body == "可以在营业厅缴纳电费。也可以使用网上银行。");
    CHECK_FALSE(load_kb_article(db, v1.id, 3).value());
    CHECK_FALSE(load_kb_article(db, 999).value());

    CHECK(found("支付宝") == std::vector<std::int64_t>{v1.id});
    CHECK(found("网上银行").empty());  // only in version 1

    auto missing = save_kb_article(db, 999, KbArticleFields{fee.id, "x", "y", {}}, maintainer, now);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == Errc::not_found);
}

TEST_CASE_METHOD(KbFixture, "articles outside the limits are refused with every reason", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto refused = [&](KbArticleFields f, std::string text) {
        auto r = save_kb_article(db, 0, f, maintainer, now);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK_THAT(r.error().message, Catch::Contains(text));
    };
    refused({fee.id, "", "正文", {}}, "the title needs 1 to 200 characters");
    refused({fee.id, "  ", "正文", {}}, "the title needs");
    refused({fee.id, std::string(201, 'a'), "正文", {}}, "the title needs");
    refused({fee.id, "标题", std::string(50'001, 'a'), {}}, "at most 50000");
    refused({fee.id, "标题", "正文", std::vector<std::string>(21, "词")}, "21 keywords");
    refused({fee.id, "标题", "正文", {""}}, "each keyword");
    refused({0, "标题", "正文", {}}, "name the category");
    refused({999, "标题", "正文", {}}, "there is no category 999");
    CHECK(save_kb_article(db, 0, {fee.id, std::string(200, 'a'), std::string(50'000, 'b'), {}}, maintainer, now));
    // Chinese characters count as one each.
    std::string han;
    for (int i = 0; i < 50'000; ++i) han += "电";
    CHECK(save_kb_article(db, 0, {fee.id, "汉字", han, {}}, maintainer, now).has_value());
    CHECK_FALSE(save_kb_article(db, 0, {fee.id, "汉字", han + "电", {}}, maintainer, now));
}

TEST_CASE_METHOD(KbFixture, "search finds Chinese and English, ranks the title first, within a subtree",
                 "[tickets][knowledge]") {
    auto fee = category("电费");
    auto pay = category("缴费方式", fee.id);
    auto outage = category("停电");
    auto planned = category("计划停电", outage.id);
    auto by_bank = article(pay.id, "银行代扣电费", "签订代扣协议后，银行每月自动缴费。余额不足时会短信提醒。");
    auto online = article(pay.id, "网上缴费", "打开网上国网App，选择缴费，输入户号即可缴费。", {"缴费", "App"});
    auto notice = article(planned.id, "计划停电通知", "计划停电会提前7天在网站和短信中公告。抢修不在此列。",
                          {"停电", "公告"});
    auto english = article(fee.id, "Paying the electricity bill",
                           "Customers can pay online. The bill arrives every month; late payment costs a fee.",
                           {"payment", "bill"});

    // Two-character words.
    CHECK(found("缴费") == std::vector<std::int64_t>{online.id, by_bank.id});  // title+keywords above the body
    CHECK(found("停电") == std::vector<std::int64_t>{notice.id});
    CHECK(found("短信").size() == 2);
    CHECK(found("代扣") == std::vector<std::int64_t>{by_bank.id});
    // A one-character search finds it too.
    CHECK(found("扣").front() == by_bank.id);
    // English: any case, prefixes.
    CHECK(found("ONLINE") == std::vector<std::int64_t>{english.id});
    CHECK(found("pay") == std::vector<std::int64_t>{english.id});
    CHECK(found("electricity bill") == std::vector<std::int64_t>{english.id});
    CHECK(found("App") == std::vector<std::int64_t>{online.id});
    // Not a phrase across a separator, and all terms must match.
    CHECK(found("短信 抢修") == std::vector<std::int64_t>{notice.id});
    CHECK(found("停电缴费").empty());

    // Within a category and everything under it.
    CHECK(found("短信", fee.id) == std::vector<std::int64_t>{by_bank.id});
    CHECK(found("短信", outage.id) == std::vector<std::int64_t>{notice.id});
    CHECK(found("缴费", planned.id).empty());
    auto listed = found("", fee.id);  // no text: the newest of the subtree
    CHECK(listed == std::vector<std::int64_t>{english.id, online.id, by_bank.id});
    auto nowhere = search_kb(db, KbSearch{"缴费", 999, 20});
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().code == Errc::not_found);

    // Results carry a readable snippet of the body, not the body.
    auto r = search_kb(db, KbSearch{"短信", fee.id, 20}).value();
    REQUIRE(r.size() == 1);
    CHECK(r[0].body.empty());
    CHECK(r[0].snippet == "余额不足时会短信提醒。");
    CHECK(r[0].title == "银行代扣电费");
    r = search_kb(db, KbSearch{"late", std::nullopt, 20}).value();
    REQUIRE(r.size() == 1);
    CHECK(r[0].snippet == "The bill arrives every month; late payment costs a fee.");
}

TEST_CASE_METHOD(KbFixture, "hostile search text is plain text", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto a = article(fee.id, "电费 OR 水费", "NEAR(电费) \"引号\" * ^ -- ; DROP TABLE kb_articles;");
    for (const char* text : {"\" OR 1=1; DROP TABLE kb_articles; --", "NEAR(电费", "电费*", "title:电费", "^电费", "AND OR NOT",
                             "'x", "\\x", "{title}: x", "电费\" OR \"x"}) {
        INFO(text);
        auto r = search_kb(db, KbSearch{text, std::nullopt, 20});
        REQUIRE(r.has_value());
    }
    CHECK(found("DROP TABLE") == std::vector<std::int64_t>{a.id});
    CHECK(found("OR") == std::vector<std::int64_t>{a.id});
    for (const char* text : {"\"*\"", "***", "   ", "。，！", "'", "\\"}) {
        INFO(text);
        auto r = search_kb(db, KbSearch{text, std::nullopt, 20});
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("type at least one letter"));
    }
    CHECK_FALSE(search_kb(db, KbSearch{std::string(401, 'a'), std::nullopt, 20}));
    CHECK(found("\xff\xfe电费\xc3") == std::vector<std::int64_t>{a.id});  // invalid UTF-8 is a separator
    CHECK(load_kb_article(db, a.id).value().has_value());  // the table is still there
}

TEST_CASE("snippets are whole sentences around the first match, cut on characters", "[tickets][knowledge]") {
    CHECK(kb_snippet("第一句。第二句有停电。第三句停电。", "停电") == "第二句有停电。");
    CHECK(kb_snippet("First line.\nThe Outage is planned. Done.", "outage") == "The Outage is planned.");
    CHECK(kb_snippet("开头说明。其余内容。", "标题里的词") == "开头说明。");  // no match in the body
    CHECK(kb_snippet("", "x").empty());
    std::string long_sentence;
    for (int i = 0; i < 100; ++i) long_sentence += "长";
    long_sentence += "停电";
    for (int i = 0; i < 100; ++i) long_sentence += "文";
    const auto s = kb_snippet(long_sentence, "停电", 30);
    CHECK(s.find("停电") != std::string::npos);
    CHECK(s.rfind("…", 0) == 0);
    CHECK(s.size() >= 3 * 30);
    CHECK(utf8_length(s) == 32);  // 30 characters and the two …
}

TEST_CASE_METHOD(KbFixture, "feedback: sent by an agent, listed, resolved once", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto a = article(fee.id, "营业厅地址", "营业厅在人民路1号。");
    auto id = add_kb_feedback(db, a.id, agent, "营业厅已搬到解放路8号", ++now);
    REQUIRE(id.has_value());
    CHECK_FALSE(add_kb_feedback(db, a.id, agent, "", now));
    CHECK_FALSE(add_kb_feedback(db, a.id, agent, std::string(2001, 'x'), now));
    auto gone = add_kb_feedback(db, 999, agent, "x", now);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == Errc::not_found);

    auto open = list_kb_feedback(db, true, 50).value();
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == *id);
    CHECK(open[0].article_title == "营业厅地址");
    CHECK(open[0].author == agent);
    CHECK_FALSE(open[0].resolved);

    CHECK_FALSE(resolve_kb_feedback(db, *id, maintainer, "", now));
    REQUIRE(resolve_kb_feedback(db, *id, maintainer, "已更新地址（第2版）", ++now).has_value());
    auto twice = resolve_kb_feedback(db, *id, maintainer, "again", now);
    REQUIRE_FALSE(twice);
    CHECK_THAT(twice.error().message, Catch::Contains("already resolved"));
    CHECK(resolve_kb_feedback(db, 999, maintainer, "x", now).error().code == Errc::not_found);

    CHECK(list_kb_feedback(db, true, 50).value().empty());
    auto all = list_kb_feedback(db, false, 50).value();
    REQUIRE(all.size() == 1);
    CHECK(all[0].resolved);
    CHECK(all[0].resolution == "已更新地址（第2版）");
    CHECK(all[0].resolver == maintainer);
}

TEST_CASE_METHOD(KbFixture, "a delivery is queued against an order", "[tickets][knowledge]") {
    auto fee = category("电费");
    auto a = article(fee.id, "营业厅地址", "营业厅在人民路1号。");
    auto dept = storage::insert_department(db, "客服中心").value();
    NewOrder n;
    n.title = "咨询营业厅地址";
    n.caller_number = "13800138000";
    auto order = create_order(db, n, Actor{agent, dept, kCreate | kDispatch}, default_workflow(), now,
                              std::chrono::hours(8));
    REQUIRE(order.has_value());
    auto id = queue_kb_delivery(db, KbDelivery{a.id, 1, order->id, KbChannel::sms, "13800138000", agent, now});
    REQUIRE(id.has_value());
    auto s = db.prepare("SELECT status, channel, destination FROM kb_deliveries WHERE delivery_id = :id");
    s->bind(":id", *id);
    REQUIRE(s->step().value());
    CHECK(s->get_text("status") == "queued");
    CHECK(s->get_text("channel") == "sms");
    CHECK_FALSE(queue_kb_delivery(db, KbDelivery{a.id, 1, TicketId(999), KbChannel::sms, "1", agent, now}));
}

TEST_CASE("destinations: digits for sms and fax, an address for email", "[tickets][knowledge]") {
    CHECK(check_destination(KbChannel::sms, "13800138000"));
    CHECK(check_destination(KbChannel::fax, "+862112345678"));
    CHECK_FALSE(check_destination(KbChannel::sms, "138-0013"));
    CHECK_FALSE(check_destination(KbChannel::sms, ""));
    CHECK_FALSE(check_destination(KbChannel::fax, "12"));
    CHECK(check_destination(KbChannel::email, "li@example.com"));
    CHECK_FALSE(check_destination(KbChannel::email, "13800138000"));
    CHECK_FALSE(check_destination(KbChannel::email, "a@b@c"));
    CHECK_FALSE(check_destination(KbChannel::email, "@example.com"));
    CHECK_FALSE(check_destination(KbChannel::email, "li @example.com"));
    CHECK(kb_channel_from_string("email") == KbChannel::email);
    CHECK_FALSE(kb_channel_from_string("pigeon"));
}
