// The administration tables over a real migrated SQLite file: what an administrator saves is
// what the server then reads, refusals name the field, and nothing half-saved stays.
#include <catch2/catch.hpp>

#include "cti/admin/dictionaries.h"
#include "cti/admin/parameters.h"
#include "cti/admin/table.h"
#include "cti/storage/acd.h"
#include "cti/storage/directory.h"
#include "cti/storage/ivr.h"
#include "cti/storage/migrate.h"
#include "cti/storage/telephony.h"
#include "cti/tickets/customers.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::admin;

namespace {

storage::Database migrated(const std::filesystem::path& file) {
    auto opened = storage::open_and_migrate(file);
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

// 2026-11-27 (a Friday) 09:00 in China.
constexpr std::int64_t kFriday9 = 1'795'741'200'000;

struct Fixture {
    storage::test::TempDir dir;
    storage::Database db = migrated(dir.file("admin.db"));
    UserId admin = user("admin", "administrator", "");
    UserId wang = user("1001", "agent", "1001");
    Context ctx{admin, kFriday9, 480};

    UserId user(const std::string& login, const std::string& role, const std::string& ext) {
        return storage::insert_user(db, {.login = login, .display_name = login == "1001" ? "王芳" : login,
                                         .password_hash = "x", .role = role, .extension = ext, .created_ms = 1})
            .value();
    }
    const Table& table(std::string_view name) {
        const auto* t = find_table(name);
        REQUIRE(t != nullptr);
        return *t;
    }
    Result<Record> save(std::string_view name, Record r) { return table(name).save(db, r, ctx); }
    std::vector<Record> rows(std::string_view name) {
        auto data = table(name).list(db, ctx);
        REQUIRE(data.has_value());
        return data->records;
    }
    Record row(std::string_view name, const std::string& key, const std::string& value) {
        for (const auto& r : rows(name))
            if (field(r, key) == value) return r;
        FAIL("no row " << key << "=" << value << " in " << name);
        return {};
    }
};

}  // namespace

TEST_CASE("skills: added, described, and not removed while someone holds them", "[admin]") {
    Fixture f;
    REQUIRE(f.save("skills", {{"name", "电力"}, {"description", "供电业务"}}));
    REQUIRE(storage::upsert_agent_settings(f.db, {.user = f.wang, .skills = {{"电力", 5}}}));
    auto row = f.row("skills", "name", "电力");
    CHECK(field(row, "agents") == "1");
    auto refused = f.table("skills").remove(f.db, {{"name", "电力"}}, f.ctx);
    REQUIRE_FALSE(refused.has_value());
    CHECK_THAT(refused.error().message, Catch::Contains("still held by 1 agents"));
    CHECK_THAT(f.save("skills", {{"name", "a,b"}}).error().message, Catch::Contains("cannot hold"));
    REQUIRE(storage::upsert_agent_settings(f.db, {.user = f.wang}));
    REQUIRE(f.table("skills").remove(f.db, {{"name", "电力"}}, f.ctx));
    CHECK(f.rows("skills").empty());
}

TEST_CASE("queues: a new queue and a changed one are what the ACD reads", "[admin]") {
    Fixture f;
    REQUIRE(f.save("skills", {{"name", "英语"}}));
    auto saved = f.save("queues", {{"name", "英语专席"}, {"strategy", "skills"}, {"ring_timeout_s", "15"},
                                   {"service_level_s", "30"}, {"max_waiting", "5"}, {"max_wait_s", "120"},
                                   {"overflow_action", "voicemail"}, {"announce_interval_s", "0"},
                                   {"required_skills", "英语:4"}, {"relax_after_s", "60"}});
    REQUIRE(saved.has_value());
    const auto id = field(*saved, "queue_id");
    CHECK_FALSE(id.empty());
    auto stored = storage::list_queue_settings(f.db).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].strategy == "skills");
    CHECK(stored[0].ring_timeout_s == 15);
    CHECK(stored[0].required_skills == "英语:4");
    CHECK(stored[0].relax_after_s == 60);
    CHECK(stored[0].overflow_action == "voicemail");

    // Bad values: every one named, nothing changed.
    auto bad = f.save("queues", {{"queue_id", id}, {"name", "英语专席"}, {"strategy", "skills"}, {"ring_timeout_s", "0"},
                                 {"service_level_s", "30"}, {"max_waiting", "5"}, {"max_wait_s", "120"},
                                 {"announce_interval_s", "0"}, {"required_skills", "法语"}, {"relax_after_s", "0"}});
    REQUIRE_FALSE(bad.has_value());
    CHECK_THAT(bad.error().message, Catch::Contains("ring_timeout_s: from 1 to 600"));
    CHECK_THAT(bad.error().message, Catch::Contains("'法语' is not one of the allowed values"));
    auto no_skills = f.save("queues", {{"queue_id", id}, {"name", "英语专席"}, {"strategy", "skills"}, {"ring_timeout_s", "15"},
                                       {"service_level_s", "30"}, {"max_waiting", "5"}, {"max_wait_s", "120"},
                                       {"announce_interval_s", "0"}, {"required_skills", ""}, {"relax_after_s", "0"}});
    CHECK_THAT(no_skills.error().message, Catch::Contains("needs at least one required skill"));
    CHECK(storage::list_queue_settings(f.db).value()[0].ring_timeout_s == 15);

    // A second queue may overflow into the first, not into itself.
    auto second = f.save("queues", {{"name", "热线"}, {"strategy", "ring_all"}, {"ring_timeout_s", "20"}, {"service_level_s", "20"},
                                    {"max_waiting", "0"}, {"max_wait_s", "60"}, {"overflow_queue", "英语专席"},
                                    {"announce_interval_s", "30"}, {"relax_after_s", "0"}});
    REQUIRE(second.has_value());
    CHECK(field(f.row("queues", "name", "热线"), "overflow_queue") == "英语专席");
    auto taken = f.save("queues", {{"name", "热线"}, {"strategy", "ring_all"}, {"ring_timeout_s", "20"}, {"service_level_s", "20"},
                                   {"max_waiting", "0"}, {"max_wait_s", "0"}, {"announce_interval_s", "30"}, {"relax_after_s", "0"}});
    CHECK_THAT(taken.error().message, Catch::Contains("already exists"));
}

TEST_CASE("calendars: lines of text in, the calendar JSON stored, the same lines out", "[admin]") {
    Fixture f;
    Record in{{"name", "95598"}, {"utc_offset", "+08:00"},
              {"weekly", "mon 08:30-12:00 13:30-17:30\nfri 08:30-12:00\n"},
              {"holidays", "2026-10-01..2026-10-07 国庆节\n2026-01-01 元旦\n"},
              {"makeup_days", "2026-10-10 mon 国庆调休\n"}};
    auto saved = f.save("calendars", in);
    REQUIRE(saved.has_value());
    auto stored = storage::list_calendars(f.db).value();
    REQUIRE(stored.size() == 1);
    CHECK_THAT(stored[0].second, Catch::Contains("国庆节"));
    auto row = f.row("calendars", "name", "95598");
    CHECK(field(row, "weekly") == "mon 08:30-12:00 13:30-17:30\nfri 08:30-12:00\n");
    CHECK_THAT(field(row, "holidays"), Catch::Contains("2026-10-01..2026-10-07 国庆节"));
    CHECK(field(row, "makeup_days") == "2026-10-10 mon 国庆调休\n");

    auto bad = f.save("calendars", {{"name", "95598"}, {"utc_offset", "+08:00"}, {"weekly", "monday 08:00-12:00\nmon 12:00-08:00"},
                                    {"holidays", ""}, {"makeup_days", ""}});
    REQUIRE_FALSE(bad.has_value());
    CHECK_THAT(bad.error().message, Catch::Contains("start with a weekday"));
    CHECK_THAT(storage::list_calendars(f.db).value()[0].second, Catch::Contains("国庆节"));  // unchanged
}

TEST_CASE("shifts, who works them and who is on duty now", "[admin]") {
    Fixture f;
    REQUIRE(f.save("shifts", {{"name", "早班"}, {"start", "08:00"}, {"end", "16:00"}}));
    REQUIRE(f.save("shifts", {{"name", "夜班"}, {"start", "22:00"}, {"end", "06:00"}}));
    CHECK_THAT(f.save("shifts", {{"name", "坏班"}, {"start", "08:00"}, {"end", "08:00"}}).error().message,
               Catch::Contains("another time"));
    REQUIRE(f.save("shift_members", {{"login", "1001"}, {"shift", "早班"}, {"weekdays", "fri,mon"}}));
    REQUIRE(f.save("shift_members", {{"login", "admin"}, {"shift", "夜班"}, {"weekdays", "fri"}}));
    CHECK(field(f.row("shift_members", "login", "1001"), "weekdays") == "mon,fri");  // in week order
    CHECK_THAT(f.save("shift_members", {{"login", "nobody"}, {"shift", "早班"}, {"weekdays", "mon"}}).error().message,
               Catch::Contains("login:"));
    CHECK_THAT(f.save("shift_members", {{"login", "1001"}, {"shift", "早班"}, {"weekdays", "mon"}, {"from", "2026-12-01"},
                                        {"until", "2026-11-01"}})
                   .error()
                   .message,
               Catch::Contains("until:"));

    // Friday 09:00: 1001 is on the early shift, not signed in.
    auto duty = f.rows("on_duty");
    REQUIRE(duty.size() == 1);
    CHECK(field(duty[0], "login") == "1001");
    CHECK(field(duty[0], "name") == "王芳");
    CHECK(field(duty[0], "signed_in") == "0");
    REQUIRE(storage::append_event(f.db, kFriday9 - 1000, "agent.state", f.wang,
                                  R"({"trigger":"sign_in","status":"available","state":"idle"})"));
    CHECK(field(f.rows("on_duty")[0], "signed_in") == "1");

    auto refused = f.table("shifts").remove(f.db, {{"name", "早班"}}, f.ctx);
    CHECK_THAT(refused.error().message, Catch::Contains("still has 1 people"));
    REQUIRE(f.table("shift_members").remove(f.db, {{"login", "1001"}, {"shift", "早班"}}, f.ctx));
    REQUIRE(f.table("shifts").remove(f.db, {{"name", "早班"}}, f.ctx));
}

namespace {
std::vector<Record> items_of(Fixture& f, const std::string& dictionary) {
    std::vector<Record> out;
    for (auto& r : f.rows("dictionaries"))
        if (field(r, "dictionary") == dictionary) out.push_back(r);
    return out;
}
}  // namespace

TEST_CASE("dictionaries: the built-in not-ready reasons are there and editable", "[admin]") {
    Fixture f;
    auto reasons = items_of(f, "not_ready_reasons");
    REQUIRE(reasons.size() == 4);
    CHECK(field(reasons[0], "code") == "break");
    CHECK(field(reasons[0], "label_zh") == "小休");
    REQUIRE(f.save("dictionaries", {{"dictionary", "not_ready_reasons"}, {"code", "lunch"}, {"label_zh", "午餐"},
                                    {"label_en", "Lunch"}, {"position", "15"}}));
    CHECK(field(items_of(f, "not_ready_reasons")[1], "code") == "lunch");  // by position
    CHECK_THAT(f.save("dictionaries", {{"dictionary", "not_ready_reasons"}, {"code", "Lunch Break"}, {"label_zh", "午餐"},
                                       {"label_en", "Lunch"}})
                   .error()
                   .message,
               Catch::Contains("code:"));
    CHECK_THAT(f.save("dictionaries", {{"dictionary", "colours"}, {"code", "red"}, {"label_zh", "红"}, {"label_en", "Red"}})
                   .error()
                   .message,
               Catch::Contains("dictionary:"));
}

TEST_CASE("dictionaries: order types are relabelled or switched off, never added or removed", "[admin]") {
    Fixture f;
    REQUIRE(items_of(f, "order_types").size() == 7);
    CHECK(dictionary_allows(f.db, kOrderTypes, "marketing").value());
    REQUIRE(f.save("dictionaries", {{"dictionary", "order_types"}, {"code", "marketing"}, {"label_zh", "营销推广"},
                                    {"label_en", "Promotion"}, {"position", "70"}, {"enabled", "0"}}));
    CHECK_FALSE(dictionary_allows(f.db, kOrderTypes, "marketing").value());
    CHECK(dictionary_allows(f.db, kOrderTypes, "repair").value());
    CHECK_THAT(f.save("dictionaries", {{"dictionary", "order_types"}, {"code", "lost_property"}, {"label_zh", "失物"},
                                       {"label_en", "Lost property"}})
                   .error()
                   .message,
               Catch::Contains("fixed") && Catch::Contains("business"));
    auto removed = f.table("dictionaries").remove(f.db, {{"dictionary", "order_urgencies"}, {"code", "urgent"}}, f.ctx);
    REQUIRE_FALSE(removed.has_value());
    CHECK_THAT(removed.error().message, Catch::Contains("switch one off"));
    CHECK(items_of(f, "order_urgencies").size() == 3);
    CHECK_THAT(f.save("dictionaries", {{"dictionary", "order_channels"}, {"code", "wechat"}, {"label_zh", "微信"},
                                       {"label_en", "WeChat"}})
                   .error()
                   .message,
               Catch::Contains("phone, fax, sms, email, web"));
    // Campaign dispositions are the administrator's own: added and removed.
    REQUIRE(f.save("dictionaries", {{"dictionary", "campaign_dispositions"}, {"code", "paid_elsewhere"},
                                    {"label_zh", "已在他处缴费"}, {"label_en", "Paid elsewhere"}}));
    CHECK(dictionary_allows(f.db, kCampaignDispositions, "paid_elsewhere").value());
    REQUIRE(f.table("dictionaries").remove(f.db, {{"dictionary", "campaign_dispositions"}, {"code", "paid_elsewhere"}}, f.ctx));
    CHECK_FALSE(dictionary_allows(f.db, kCampaignDispositions, "paid_elsewhere").value());
}

TEST_CASE("system parameters: saved values win over the file at the next start", "[admin]") {
    Fixture f;
    auto saved = f.save("parameters", {{"key", "recording.retention_days"}, {"value", "30"}});
    REQUIRE(saved.has_value());
    CHECK(field(*saved, "default") == "180");
    CHECK_THAT(f.save("parameters", {{"key", "recording.retention_days"}, {"value", "-5"}}).error().message,
               Catch::Contains("value: from 0 to 3650"));
    CHECK_THAT(f.save("parameters", {{"key", "no.such"}, {"value", "1"}}).error().message, Catch::Contains("no parameter"));
    Config c;
    CHECK(apply_parameters(c, f.db).empty());
    CHECK(c.recording.retention_days == 30);
    REQUIRE(f.save("parameters", {{"key", "recording.retention_days"}, {"value", ""}}));  // back to the file's
    Config d;
    apply_parameters(d, f.db);
    CHECK(d.recording.retention_days == 180);
}

TEST_CASE("VIP and blacklist marks go on the customer the phone belongs to", "[admin]") {
    Fixture f;
    auto c = tickets::open_account(f.db, {.name = "张三", .phones = {"13800138000"}}, kFriday9, std::chrono::minutes(480));
    REQUIRE(c.has_value());
    CHECK_THAT(f.save("vip", {{"phone", "13900000000"}, {"vip_level", "1"}}).error().message,
               Catch::Contains("register the customer first"));
    auto saved = f.save("vip", {{"phone", "13800138000"}, {"vip_level", "1"}, {"blacklisted", "0"}});
    REQUIRE(saved.has_value());
    CHECK(field(*saved, "customer_id") == std::to_string(c->id));
    CHECK(tickets::find_customer(f.db, c->id).value()->vip_level == 1);
    REQUIRE(f.rows("vip").size() == 1);
    REQUIRE(f.table("vip").remove(f.db, {{"customer_id", std::to_string(c->id)}}, f.ctx));
    CHECK(f.rows("vip").empty());
    CHECK(tickets::find_customer(f.db, c->id).value()->vip_level == 0);
}

TEST_CASE("number segments, deadlines and announcements", "[admin]") {
    Fixture f;
    REQUIRE(storage::insert_department(f.db, "城区供电所", std::nullopt));
    REQUIRE(f.save("number_segments", {{"prefix", "0571"}, {"department", "城区供电所"}}));
    CHECK(f.rows("number_segments").size() == 1);
    CHECK_THAT(f.save("number_segments", {{"prefix", "05x"}, {"department", "城区供电所"}}).error().message,
               Catch::Contains("digits only"));
    REQUIRE(f.table("number_segments").remove(f.db, {{"prefix", "0571"}}, f.ctx));
    CHECK(f.rows("number_segments").empty());

    REQUIRE(f.save("deadlines", {{"type", "repair"}, {"urgency", "urgent"}, {"accept_s", "600"}, {"process_s", "7200"},
                                 {"calendar", "default"}, {"escalate_role", "supervisor"}}));
    Record d;
    for (const auto& r : f.rows("deadlines"))
        if (field(r, "type") == "repair" && field(r, "urgency") == "urgent") d = r;
    CHECK(field(d, "process_s") == "7200");
    CHECK(field(d, "escalate_role") == "supervisor");
    CHECK_THAT(f.save("deadlines", {{"type", "repair"}, {"urgency", "urgent"}, {"accept_s", "7200"}, {"process_s", "600"},
                                    {"calendar", "default"}, {"escalate_role", "supervisor"}})
                   .error()
                   .message,
               Catch::Contains("accept"));

    auto a = f.save("announcements", {{"title", "停电通知"}, {"body", "明日9时至12时检修"}});
    REQUIRE(a.has_value());
    CHECK(field(*a, "author") == "admin");
    CHECK(field(*a, "created") == "2026-11-27 09:00");
    CHECK_THAT(f.save("announcements", {{"announcement_id", field(*a, "announcement_id")}, {"title", "改"}}).error().message,
               Catch::Contains("not edited"));
    REQUIRE(f.table("announcements").remove(f.db, {{"announcement_id", field(*a, "announcement_id")}}, f.ctx));
    CHECK(f.rows("announcements").empty());
}

TEST_CASE("trunks, routes and extensions: what the SIP stack reads", "[admin]") {
    Fixture f;
    auto bad = f.save("trunks", {{"name", "电信"}, {"host", "10.1.1.1"}, {"port", "5060"}, {"transport", "udp"},
                                 {"allow_from", "10.1.1.0/33, example"}, {"dial_prefix", "9"}, {"max_calls", "30"}});
    REQUIRE_FALSE(bad.has_value());
    CHECK_THAT(bad.error().message, Catch::Contains("allow_from:"));
    auto trunk = f.save("trunks", {{"name", "电信"}, {"host", "10.1.1.1"}, {"port", "5060"}, {"transport", "udp"},
                                   {"allow_from", "10.1.1.0/24, 2001:db8::1"}, {"dial_prefix", "9"}, {"max_calls", "30"}});
    REQUIRE(trunk.has_value());
    CHECK(field(*trunk, "allow_from") == "10.1.1.0/24,2001:db8::1");

    REQUIRE(storage::insert_queue(f.db, "热线", "ring_all"));
    CHECK_THAT(f.save("routes", {{"number", "95598"}, {"target_kind", "queue"}, {"target", "没有"}}).error().message,
               Catch::Contains("target: there is no queue"));
    CHECK_THAT(f.save("routes", {{"number", "95a"}, {"target_kind", "queue"}, {"target", "热线"}}).error().message,
               Catch::Contains("number:"));
    REQUIRE(f.save("routes", {{"number", "95598*"}, {"target_kind", "queue"}, {"target", "热线"}}));
    REQUIRE(f.save("routes", {{"number", "0*"}, {"target_kind", "trunk"}, {"target", "电信"}}));
    CHECK(f.rows("routes").size() == 2);
    auto in_use = f.table("trunks").remove(f.db, {{"trunk_id", field(*trunk, "trunk_id")}}, f.ctx);
    CHECK_THAT(in_use.error().message, Catch::Contains("1 routes lead to trunk"));
    REQUIRE(f.table("routes").remove(f.db, {{"number", "0*"}}, f.ctx));
    REQUIRE(f.table("trunks").remove(f.db, {{"trunk_id", field(*trunk, "trunk_id")}}, f.ctx));

    REQUIRE(storage::insert_sip_extension(f.db, {.extension = "1001", .ha1 = std::string(32, 'a'), .user_id = f.wang}));
    auto ext = f.row("extensions", "extension", "1001");
    CHECK(field(ext, "login") == "1001");
    REQUIRE(f.save("extensions", {{"extension", "1001"}, {"outbound", "national"}, {"srtp", "optional"}, {"enabled", "1"}}));
    CHECK(storage::list_sip_extensions(f.db).value()[0].outbound == "national");
}

TEST_CASE("agents' ACD settings change and their skills stay", "[admin]") {
    Fixture f;
    REQUIRE(storage::upsert_agent_settings(f.db, {.user = f.wang, .skills = {{"电力", 5}}}));
    auto row = f.row("agent_settings", "login", "1001");
    CHECK(field(row, "mode") == "continuous");
    row["mode"] = "intermittent";
    row["wrap_up_s"] = "30";
    REQUIRE(f.save("agent_settings", row));
    auto stored = storage::list_agent_settings(f.db).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].mode == "intermittent");
    CHECK(stored[0].wrap_up_s == 30);
    CHECK(stored[0].skills == std::vector<std::pair<std::string, int>>{{"电力", 5}});
    row["wrap_up_s"] = "-1";
    CHECK_THAT(f.save("agent_settings", row).error().message, Catch::Contains("wrap_up_s: from 0 to 3600"));
}
