// One proof per migration that its tables and columns exist (see migration_checks.h).
#include <catch2/catch.hpp>

#include <algorithm>

#include "cti/schema/migrations.h"
#include "cti/storage/acd.h"
#include "cti/storage/campaign.h"
#include "cti/storage/directory.h"
#include "cti/storage/fax.h"
#include "cti/storage/ivr.h"
#include "cti/storage/registrations.h"
#include "cti/storage/telephony.h"
#include "cti/storage/voicemail.h"
#include "migration_checks.h"

using namespace cti;
using namespace cti::storage;

namespace cti::storage_checks {

// Proof that a migration's tables and columns exist: a row written to and read back from each
// table it creates. Every migration must have an entry (migrate_test checks it).
const std::map<int, std::function<void(Database&)>>& migration_checks() {
    static const std::map<int, std::function<void(Database&)>> checks{
        {1,
         [](Database& db) {
             auto department = insert_department(db, "售后服务部");
             REQUIRE(department.has_value());
             auto user = insert_user(db, NewUser{.login = "check1",
                                                 .display_name = "张伟",
                                                 .password_hash = "$argon2id$x",
                                                 .role = "agent",
                                                 .department_id = *department,
                                                 .extension = "8001",
                                                 .created_ms = 1});
             REQUIRE(user.has_value());
             auto found = find_user(db, *user);
             REQUIRE(found.has_value());
             REQUIRE(found->has_value());
             CHECK((*found)->department == "售后服务部");
             auto queue = insert_queue(db, "check-queue", "longest_idle");
             REQUIRE(queue.has_value());
             REQUIRE(add_queue_member(db, *queue, *user, 2).has_value());
             auto level = db.prepare("SELECT level FROM queue_members WHERE user_id = :u");
             REQUIRE(level->bind(":u", user->value()).step().value());
             CHECK(level->get_int("level") == 2);
             REQUIRE(insert_announcement(db, "标题", "正文", *user, 5).has_value());
             auto recent = recent_announcements(db, 1);
             REQUIRE(recent.has_value());
             REQUIRE(recent->size() == 1);
             CHECK(recent->front().author == "张伟");
         }},
        {2,
         [](Database& db) {
             auto id = append_event(db, 7, "check", std::nullopt, R"({"k":1})");
             REQUIRE(id.has_value());
             auto row = db.prepare(
                 "SELECT at_ms, kind, user_id, detail FROM event_log WHERE event_id = :id");
             REQUIRE(row->bind(":id", *id).step().value());
             CHECK(row->get_int("at_ms") == 7);
             CHECK(row->get_text("kind") == "check");
             CHECK(row->is_null("user_id"));
             CHECK(row->get_text("detail") == R"({"k":1})");
         }},
        {3,
         [](Database& db) {
             REQUIRE(insert_sip_extension(db, {.extension = "8001", .ha1 = std::string(32, 'a')}).has_value());
             CHECK(insert_sip_extension(db, {.extension = "8001", .ha1 = std::string(32, 'b')}).error().code ==
                   Errc::already_exists);
             CHECK(insert_sip_extension(db, {.extension = "8002", .ha1 = "short"}).error().code ==
                   Errc::invalid_argument);
             auto extensions = list_sip_extensions(db);
             REQUIRE(extensions.has_value());
             REQUIRE(extensions->size() == 1);
             CHECK(extensions->front().outbound == "local");
             auto trunk = insert_trunk(db, {.name = "电信中继", .host = "10.0.0.1", .allow_from = "10.0.0.0/24",
                                            .dial_prefix = "9"});
             REQUIRE(trunk.has_value());
             auto trunks = list_trunks(db);
             REQUIRE(trunks.has_value());
             CHECK(trunks->front().name == "电信中继");
             CHECK(trunks->front().port == 5060);
             REQUIRE(insert_route(db, {"95598", "extension", "8001"}).has_value());
             CHECK(list_routes(db)->front().target == "8001");
             REQUIRE(insert_call(db, CallId(41), {.direction = "inbound", .caller = "13800138000",
                                                  .callee = "95598", .trunk_id = *trunk, .started_ms = 10})
                         .has_value());
             REQUIRE(mark_call_answered(db, CallId(41), 12, std::nullopt).has_value());
             REQUIRE(finish_call(db, CallId(41), 20, "caller hung up", "caller").has_value());
             REQUIRE(finish_call(db, CallId(41), 99, "again", "system").has_value());  // no effect
             auto call = find_call(db, CallId(41));
             REQUIRE(call.has_value());
             REQUIRE(call->has_value());
             CHECK((*call)->answered_ms == 12);
             CHECK((*call)->ended_ms == 20);
             CHECK((*call)->end_reason == "caller hung up");
             CHECK(max_call_id(db).value() == 41);
             REQUIRE(insert_call(db, CallId(42), {.direction = "internal", .caller = "8001", .callee = "8002",
                                                  .started_ms = 30})
                         .has_value());
             CHECK(close_open_calls(db, 40, "server restarted").value() == 1);
             CHECK(find_call(db, CallId(42)).value()->hangup_by == "system");
         }},
        {4,
         [](Database& db) {
             auto user = insert_user(db, NewUser{.login = "check4", .display_name = "李娜", .password_hash = "$x",
                                                 .role = "agent", .extension = "8004", .created_ms = 1});
             REQUIRE(user.has_value());
             auto queue = insert_queue(db, "投诉专席4", "skills");
             REQUIRE(queue.has_value());
             REQUIRE(add_queue_member(db, *queue, *user, 1).has_value());
             auto queues = list_queue_settings(db);
             REQUIRE(queues.has_value());
             CHECK(queues->back().ring_timeout_s == 20);
             CHECK_FALSE(queues->back().overflow_queue.has_value());
             CHECK(list_queue_members(db)->back().user == *user);
             AgentSettingsRecord a{.user = *user, .mode = "intermittent", .auto_answer = true, .wrap_up_s = 30,
                                   .skills = {{"投诉", 8}, {"english", 3}}};
             REQUIRE(upsert_agent_settings(db, a).has_value());
             a.skills = {{"投诉", 9}};
             REQUIRE(upsert_agent_settings(db, a).has_value());
             auto all = list_agent_settings(db);
             REQUIRE(all.has_value());
             const auto& got = all->back();
             CHECK(got.mode == "intermittent");
             CHECK(got.auto_answer);
             REQUIRE(got.skills.size() == 1);
             CHECK(got.skills[0].second == 9);
             a.skills = {{"bad", 11}};
             CHECK_FALSE(upsert_agent_settings(db, a).has_value());
         }},
        {5,
         [](Database& db) {
             CHECK(save_ivr_flow(db, "热线", R"({"v":1})", std::nullopt, 1).value() == 1);
             CHECK(save_ivr_flow(db, "热线", R"({"v":2})", std::nullopt, 2).value() == 2);
             CHECK(save_ivr_flow(db, "other", R"({"v":1})", std::nullopt, 3).value() == 1);
             CHECK_FALSE(save_ivr_flow(db, "bad", "not json", std::nullopt, 4).has_value());
             auto latest = latest_ivr_flows(db);
             REQUIRE(latest.has_value());
             REQUIRE(latest->size() == 2);
             CHECK(latest->at(1).name == "热线");
             CHECK(latest->at(1).version == 2);
             CHECK(latest->at(1).definition == R"({"v":2})");
         }},
        {6,
         [](Database& db) {
             REQUIRE(save_calendar(db, "default", R"({"name":"default"})", 1).has_value());
             REQUIRE(save_calendar(db, "default", R"({"name":"default","v":2})", 2).has_value());
             CHECK_FALSE(save_calendar(db, "bad", "{", 3).has_value());
             auto all = list_calendars(db);
             REQUIRE(all.has_value());
             REQUIRE(all->size() == 1);
             CHECK(all->front().second == R"({"name":"default","v":2})");
         }},
        {7,
         [](Database& db) {
             // Work orders: the tables the tickets module writes, their checks and the FTS5 index.
             auto user = insert_user(db, NewUser{.login = "check7", .display_name = "王芳", .password_hash = "$x",
                                                 .role = "agent", .created_ms = 1});
             REQUIRE(user.has_value());
             const std::string insert =
                 "INSERT INTO work_orders (number, type, urgency, channel, state, title, content, creator_id, workflow, "
                 "created_ms, updated_ms) VALUES ('GD1', 'complaint', 'urgent', 'phone', 'open', '停电', '', " +
                 std::to_string(user->value()) + ", 'default', 1, 1)";
             REQUIRE(db.exec_script(insert).has_value());
             CHECK_FALSE(db.exec_script("UPDATE work_orders SET state = 'lost'").has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO work_order_tasks (order_id, step, state) VALUES (1, 0, 'pending')")
                             .has_value());  // a task needs a department or a person
             REQUIRE(db.exec_script("INSERT INTO work_orders_fts (rowid, body) VALUES (1, '停电 电')").has_value());
             auto s = db.prepare("SELECT rowid AS id FROM work_orders_fts WHERE work_orders_fts MATCH '\"停电\"'");
             REQUIRE(s.has_value());
             REQUIRE(s->step().value());
             CHECK(s->get_int("id") == 1);
             auto p = db.prepare("SELECT count(*) AS n FROM deadline_policies");
             REQUIRE(p->step().value());
             CHECK(p->get_int("n") == 21);
         }},
        {8,
         [](Database& db) {
             // The knowledge base: the tree with unique sibling names, an article with a version,
             // the weighted FTS5 index, feedback and a queued delivery.
             auto user = insert_user(db, NewUser{.login = "check8", .display_name = "知识库", .password_hash = "$x",
                                                 .role = "maintainer", .created_ms = 1});
             REQUIRE(user.has_value());
             const auto uid = std::to_string(user->value());
             REQUIRE(db.exec_script("INSERT INTO kb_categories (category_id, parent_id, name) VALUES (1, NULL, '电费'), "
                                    "(2, 1, '缴费方式')")
                         .has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO kb_categories (parent_id, name) VALUES (1, '缴费方式')").has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO kb_categories (parent_id, name) VALUES (NULL, '电费')").has_value());
             REQUIRE(db.exec_script("INSERT INTO kb_articles (article_id, category_id, title, keywords, version, author_id, "
                                    "updated_ms) VALUES (1, 2, '如何缴费', '[\"缴费\"]', 1, " + uid + ", 1)")
                         .has_value());
             REQUIRE(db.exec_script("INSERT INTO kb_article_versions (article_id, version, title, body, author_id, "
                                    "created_ms) VALUES (1, 1, '如何缴费', '可在营业厅缴费。', " + uid + ", 1)")
                         .has_value());
             CHECK_FALSE(db.exec_script("UPDATE kb_articles SET keywords = 'not json'").has_value());
             REQUIRE(db.exec_script("INSERT INTO kb_fts (rowid, title, keywords, body) VALUES (1, '如何 何缴 缴费 费', "
                                    "'缴费 费', '可在 在营 营业 业厅 厅缴 缴费 费')")
                         .has_value());
             auto s = db.prepare("SELECT rowid AS id, bm25(kb_fts, 10.0, 5.0, 1.0) AS score FROM kb_fts "
                                 "WHERE kb_fts MATCH '\"缴费\"'");
             REQUIRE(s.has_value());
             REQUIRE(s->step().value());
             CHECK(s->get_int("id") == 1);
             REQUIRE(db.exec_script("INSERT INTO kb_feedback (article_id, author_id, text, created_ms) VALUES (1, " + uid +
                                    ", '电话号码已变更', 1)")
                         .has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders (order_id, number, type, urgency, channel, state, title, "
                                    "content, creator_id, workflow, created_ms, updated_ms) VALUES (800, 'GD8', "
                                    "'consultation', 'normal', 'phone', 'open', '缴费', '', " + uid + ", 'default', 1, 1)")
                         .has_value());
             REQUIRE(db.exec_script("INSERT INTO kb_deliveries (article_id, version, order_id, channel, destination, "
                                    "created_ms) VALUES (1, 1, 800, 'sms', '13800138000', 1)")
                         .has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO kb_deliveries (article_id, version, order_id, channel, destination, "
                                        "created_ms) VALUES (1, 1, 800, 'pigeon', 'x', 1)")
                             .has_value());
             auto q = db.prepare("SELECT status FROM kb_deliveries");
             REQUIRE(q->step().value());
             CHECK(q->get_text("status") == "queued");
         }},
        {9,
         [](Database& db) {
             // The office: where overdue orders escalate, phrases, attachments (size checked), groups,
             // messages, customers' accounts and contacts.
             auto user = insert_user(db, NewUser{.login = "check9", .display_name = "赵强", .password_hash = "$x",
                                                 .role = "team_leader", .created_ms = 1});
             REQUIRE(user.has_value());
             const auto uid = std::to_string(user->value());
             auto p = db.prepare("SELECT escalate_role FROM deadline_policies WHERE order_type = 'repair' AND urgency = 'urgent'");
             REQUIRE(p->step().value());
             CHECK(p->get_text("escalate_role") == "team_leader");
             CHECK_FALSE(db.exec_script("UPDATE deadline_policies SET escalate_role = 'agent'").has_value());
             REQUIRE(db.exec_script("INSERT INTO order_phrases (owner_id, kind, title, text, created_ms) VALUES (" + uid +
                                    ", 'phrase', '已处理', '已安排人员处理', 1)")
                         .has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO order_phrases (kind, title, text, created_ms) VALUES ('x', 't', '', 1)")
                             .has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders (number, type, urgency, channel, state, title, content, "
                                    "creator_id, workflow, created_ms, updated_ms) VALUES ('GD9', 'repair', 'normal', "
                                    "'phone', 'open', '停电', '', " + uid + ", 'default', 1, 1)")
                         .has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO order_attachments (order_id, name, mime_type, size, sha256, content, "
                                        "created_ms) VALUES (1, 'a.jpg', 'image/jpeg', 2000000, '', x'00', 1)")
                             .has_value());
             REQUIRE(db.exec_script("INSERT INTO user_groups (user_id, group_name) VALUES (" + uid + ", '夜班')").has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO internal_messages (from_id, text, created_ms) VALUES (" + uid +
                                        ", 'hi', 1)")
                             .has_value());  // a message needs a recipient
             REQUIRE(db.exec_script("INSERT INTO customers (number, name, created_ms) VALUES ('KH1', '李', 1)").has_value());
             REQUIRE(db.exec_script("INSERT INTO customer_accounts (account_no, customer_id, kind) VALUES ('3301001', 1, '电')")
                         .has_value());
             CHECK_FALSE(db.exec_script("INSERT INTO customer_accounts (account_no, customer_id) VALUES ('3301001', 1)")
                             .has_value());  // an account belongs to one customer
         }},
        {10,
         [](Database& db) {
             // Orders' type and state as tokens of their full-text rows: rows of older orders get them.
             auto user = insert_user(db, NewUser{.login = "check10", .display_name = "周敏", .password_hash = "$x",
                                                 .role = "agent", .created_ms = 1});
             REQUIRE(user.has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders (number, type, urgency, channel, state, title, content, "
                                    "creator_id, workflow, created_ms, updated_ms) VALUES ('GD10', 'praise', 'normal', "
                                    "'phone', 'closed', '表扬', '', " + std::to_string(user->value()) +
                                    ", 'default', 1, 1)")
                         .has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders_fts (rowid, body) SELECT order_id, '表扬' FROM work_orders "
                                    "WHERE number = 'GD10'")
                         .has_value());
             // The migration's statement, run again over a row written the old way.
             for (const auto& m : schema::migrations())
                 if (m.number == 10) REQUIRE(db.exec_script(m.sql).has_value());
             auto s = db.prepare("SELECT count(*) AS n FROM work_orders_fts WHERE work_orders_fts MATCH "
                                 "'qqtypepraise qqstateclosed'");
             REQUIRE(s->step().value());
             CHECK(s->get_int("n") == 1);
         }},
        {11,
         [](Database& db) {
             // Facet tokens move to the private-use mark, and the caller number becomes one.
             auto user = insert_user(db, NewUser{.login = "check11", .display_name = "吴刚", .password_hash = "$x",
                                                 .role = "agent", .created_ms = 1});
             REQUIRE(user.has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders (number, type, urgency, channel, state, title, content, "
                                    "caller_number, creator_id, workflow, created_ms, updated_ms) VALUES ('GD11', "
                                    "'complaint', 'normal', 'phone', 'dispatched', '投诉', '', '+86-138 0013 8000', " +
                                    std::to_string(user->value()) + ", 'default', 1, 1)")
                         .has_value());
             REQUIRE(db.exec_script("INSERT INTO work_orders_fts (rowid, body) SELECT order_id, '投诉 qqtypecomplaint "
                                    "qqstatedispatched' FROM work_orders WHERE number = 'GD11'")
                         .has_value());
             for (const auto& m : schema::migrations())
                 if (m.number == 11) REQUIRE(db.exec_script(m.sql).has_value());
             auto count = [&](const std::string& match) {
                 auto s = db.prepare("SELECT count(*) AS n FROM work_orders_fts WHERE work_orders_fts MATCH :m");
                 REQUIRE(s.has_value());
                 s->bind(":m", match);
                 REQUIRE(s->step().value());
                 return s->get_int("n");
             };
             const std::string mark = "\xEE\x80\x80";
             CHECK(count("\"" + mark + "typecomplaint\" \"" + mark + "statedispatched\" \"" + mark +
                         "caller8613800138000\" 投诉") == 1);
             CHECK(count("qqtypecomplaint") == 0);
             CHECK(count("qqstatedispatched") == 0);
         }},
        {12,
         [](Database& db) {
             // Queues get a survey flow, none by default.
             auto q = insert_queue(db, "检查队列12", "ring_all");
             REQUIRE(q.has_value());
             auto find = [&]() {
                 const auto queues = list_queue_settings(db).value();
                 for (const auto& s : queues)
                     if (s.id == *q) return s.survey_flow;
                 FAIL("queue not listed");
                 return std::string();
             };
             CHECK(find().empty());
             REQUIRE(set_queue_survey_flow(db, *q, "satisfaction_survey").has_value());
             CHECK(find() == "satisfaction_survey");
             CHECK_FALSE(set_queue_survey_flow(db, *q, std::string(65, 'x')).has_value());
         }},
        {13,
         [](Database& db) {
             // Voicemails: stored, listed by mailbox (newest first), heard once.
             auto user = insert_user(db, NewUser{.login = "check13", .display_name = "赵敏", .password_hash = "$x",
                                                 .role = "agent"});
             REQUIRE(user.has_value());
             auto a = insert_voicemail(db, {.call = CallId(7), .mailbox = "热线总队列", .caller = "13800138000",
                                            .path = "voicemail/7.wav", .frames = 16000, .created_ms = 1000});
             auto b = insert_voicemail(db, {.call = CallId(8), .mailbox = "1001", .caller = "13900139000",
                                            .path = "voicemail/8.wav", .frames = 8000, .created_ms = 2000});
             REQUIRE(a.has_value());
             REQUIRE(b.has_value());
             CHECK(list_voicemails(db, {"热线总队列"}, false, 10).value().size() == 1);
             CHECK(list_voicemails(db, {}, false, 10).value().front().id == *b);
             REQUIRE(mark_voicemail_heard(db, *a, *user, 5000).has_value());
             REQUIRE(mark_voicemail_heard(db, *a, *user, 9000).has_value());
             CHECK(find_voicemail(db, *a).value()->heard_ms == 5000);
             CHECK(list_voicemails(db, {"热线总队列", "1001"}, true, 10).value().size() == 1);
             CHECK_FALSE(mark_voicemail_heard(db, 999, *user, 1).has_value());
             // Callbacks: numbered by the caller, listed by place in line, updated per attempt.
             CallbackRecord r{.id = 41, .call = CallId(7), .queue = "热线总队列", .number = "13800138000",
                              .requested_ms = 3000, .arrived_ms = 1000, .updated_ms = 3000};
             REQUIRE(insert_callback(db, r).value() == 41);
             CHECK(max_callback_id(db).value() == 41);
             r.state = "done";
             r.attempts = 1;
             r.agent = *user;
             r.last_call = CallId(9);
             REQUIRE(update_callback(db, r).has_value());
             CHECK(list_callbacks(db, "pending", 10).value().empty());
             CHECK(list_callbacks(db, "done", 10).value().front().last_call == CallId(9));
             r.state = "lost";
             CHECK_FALSE(update_callback(db, r).has_value());
             // Queues: an overflow action, none by default; only the known ones.
             auto q = insert_queue(db, "检查队列13", "ring_all");
             REQUIRE(q.has_value());
             REQUIRE(set_queue_overflow(db, *q, "voicemail", 30).has_value());
             CHECK_FALSE(set_queue_overflow(db, *q, "fax", 30).has_value());
             const auto queues = list_queue_settings(db).value();
             for (const auto& s : queues)
                 if (s.id == *q) CHECK((s.overflow_action == "voicemail" && s.max_wait_s == 30));
         }},
        {14,
         [](Database& db) {
             // Call recordings: stored, found by call (the newest), listed by age, deleted.
             auto a = insert_recording(db, {.call = CallId(70), .path = "recordings/a.wav", .frames = 8000,
                                            .started_ms = 1000, .ended_ms = 2000});
             auto b = insert_recording(db, {.call = CallId(70), .path = "recordings/b.wav", .frames = 16000,
                                            .started_ms = 5000, .ended_ms = 7000});
             REQUIRE(a.has_value());
             REQUIRE(b.has_value());
             CHECK(find_recording_of_call(db, CallId(70)).value()->id == *b);
             CHECK_FALSE(find_recording_of_call(db, CallId(71)).value().has_value());
             const auto old = recordings_before(db, 3000, 10).value();
             REQUIRE(old.size() == 1);
             CHECK(old.front().path == "recordings/a.wav");
             REQUIRE(delete_recording(db, *a).has_value());
             CHECK(recordings_before(db, 9000, 10).value().size() == 1);
             CHECK_FALSE(insert_recording(db, {.call = CallId(72), .path = "x.wav", .channels = 3}).has_value());
         }},
        {15,
         [](Database& db) {
             // Outbound campaigns: a campaign, its call list, an attempt, the figures, do-not-call.
             auto c = insert_campaign(db, {.name = "检查活动15", .mode = "progressive", .created_ms = 1,
                                           .updated_ms = 1});
             REQUIRE(c.has_value());
             CHECK(find_campaign(db, *c).value()->state == "draft");
             auto added = insert_campaign_records(
                 db, *c,
                 {{.line = 2, .phone = "13800138000", .data = R"({"姓名":"张三"})"}, {.line = 3, .phone = "13800138000"}});
             REQUIRE(added.has_value());
             CHECK(added->inserted == 1);
             CHECK(added->duplicates.size() == 1);
             const auto rec = list_campaign_records(db, *c, "pending", 10).value().front();
             REQUIRE(insert_campaign_attempt(db, {.campaign = *c, .record = rec.id, .outcome = "abandoned",
                                                  .answered_ms = 5, .ended_ms = 9}).has_value());
             CHECK(campaign_figures(db, *c).value().abandon_rate == 1.0);
             REQUIRE(add_do_not_call(db, "13900139000", "投诉", std::nullopt, 1).has_value());
             CHECK(list_do_not_call(db).value().size() == 1);
         }},
        {16,
         [](Database& db) {
             // Faxes: one to send numbered by the service, one received; a state the table does not know.
             REQUIRE(insert_fax(db, {.id = 7, .number = "010-5551234", .path = "fax/out/7.tif", .created_ms = 1,
                                     .updated_ms = 1}).has_value());
             CHECK(find_fax(db, 7).value()->state == "queued");
             CHECK(max_fax_id(db).value() == 7);
             CHECK_FALSE(insert_fax(db, {.number = "1", .state = "lost", .path = "x.tif"}).has_value());
         }},
        {17,
         [](Database& db) {
             // Phones' bindings: a refresh replaces the row; only those not expired are read back.
             REQUIRE(save_registration(db, {"1001", "sip:1001@10.0.0.5:5060", "10.0.0.5", 5060, "Yealink", 1'000}));
             REQUIRE(save_registration(db, {"1001", "sip:1001@10.0.0.5:5060", "10.0.0.5", 5060, "Yealink", 9'000}));
             REQUIRE(save_registration(db, {"1002", "sip:1002@10.0.0.6:5060", "10.0.0.6", 5060, "", 2'000}));
             auto live = live_registrations(db, 5'000);
             REQUIRE(live.has_value());
             REQUIRE(live->size() == 1);
             CHECK(live->front().extension == "1001");
             CHECK(live->front().expires_ms == 9'000);
             REQUIRE(delete_expired_registrations(db, 5'000));
             REQUIRE(delete_registration(db, "1001"));
             CHECK(live_registrations(db, 0).value().empty());
             CHECK_FALSE(save_registration(db, {"1003", "sip:1003@x", "x", 0, "", 1}));  // no port
         }},
        {18,
         [](Database& db) {
             // Queue stays for the reports; a stay cannot end before it began, nor end unknown.
             auto q = insert_queue(db, "检查队列18", "ring_all");
             REQUIRE(q.has_value());
             REQUIRE(append_queue_stay(db, {CallId(1), *q, "answered", 1'000, 4'000, true, UserId(7)}));
             REQUIRE(append_queue_stay(db, {CallId(2), *q, "abandoned", 1'000, 9'000, false, std::nullopt}));
             CHECK_FALSE(append_queue_stay(db, {CallId(3), *q, "answered", 5'000, 4'000, true, std::nullopt}));
             CHECK_FALSE(append_queue_stay(db, {CallId(3), *q, "lost", 1'000, 4'000, true, std::nullopt}));
             auto n = db.prepare("SELECT count(*) AS n FROM queue_stays");
             REQUIRE(n.has_value());
             REQUIRE(n->step().value());
             CHECK(n->get_int("n") == 2);
             // Queue membership: a level change keeps one tier; removing a missing one is not_found.
             auto u = insert_user(db, {.login = "member18", .display_name = "成员", .password_hash = "x",
                                       .role = "agent", .extension = "1818", .created_ms = 1});
             REQUIRE(u.has_value());
             REQUIRE(set_queue_member(db, {*q, *u, 1}));
             REQUIRE(set_queue_member(db, {*q, *u, 3}));
             auto members = list_queue_members(db);
             REQUIRE(members.has_value());
             REQUIRE(std::count_if(members->begin(), members->end(), [&](const auto& m) { return m.user == *u; }) == 1);
             CHECK_FALSE(set_queue_member(db, {*q, *u, 0}));
             REQUIRE(remove_queue_member(db, *q, *u));
             // IVR visits: a call's nodes in the order entered.
             REQUIRE(append_ivr_visits(db, CallId(1), "热线", {"welcome", "menu"}, 10));
             REQUIRE(append_ivr_visits(db, CallId(1), "热线", {"bill"}, 20));
             auto v = db.prepare("SELECT group_concat(node, ' ') AS nodes FROM (SELECT node FROM ivr_visits ORDER BY visit_id)");
             REQUIRE(v.has_value());
             REQUIRE(v->step().value());
             CHECK(v->get_text("nodes") == "welcome menu bill");
             CHECK(remove_queue_member(db, *q, *u).error().code == Errc::not_found);
         }},
        {19,
         [](Database& db) {
             // Queues keep their skill requirements; the skill catalogue, shifts, dictionaries and
             // parameters exist, the built-in not-ready reasons are seeded.
             auto q = insert_queue(db, "检查队列19", "skills");
             REQUIRE(q.has_value());
             auto all = list_queue_settings(db).value();
             auto mine = std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.id == *q; });
             REQUIRE(mine != all.end());
             CHECK(mine->required_skills.empty());
             CHECK(mine->relax_after_s == 0);
             mine->required_skills = "电力:3";
             REQUIRE(save_queue_settings(db, *mine));
             CHECK(list_queue_settings(db).value().back().required_skills == "电力:3");
             auto reasons = db.prepare("SELECT count(*) AS n FROM dictionary_items WHERE dictionary = 'not_ready_reasons'");
             REQUIRE(reasons.has_value());
             REQUIRE(reasons->step().value());
             CHECK(reasons->get_int("n") == 4);
             REQUIRE(db.exec_script("INSERT INTO shifts (name, start_minute, end_minute) VALUES ('夜班', 1320, 360)"));
             CHECK_FALSE(db.exec_script("INSERT INTO shifts (name, start_minute, end_minute) VALUES ('坏', 1440, 0)"));
             REQUIRE(db.exec_script("INSERT INTO skills (name) VALUES ('电力')"));
             REQUIRE(db.exec_script("INSERT INTO system_parameters (key, value, updated_ms) VALUES ('fax.ident', '+86', 1)"));
         }},
        {20,
         [](Database& db) {
             // Roles are rows with their permissions; users refer to them, so a user of a role
             // that does not exist is refused, and one of a new role is taken.
             auto perms = db.prepare("SELECT count(*) AS n FROM role_permissions WHERE role = 'administrator'");
             REQUIRE(perms.has_value());
             REQUIRE(perms->step().value());
             CHECK(perms->get_int("n") == 29);
             CHECK_FALSE(insert_user(db, {.login = "检查20甲", .display_name = "甲", .password_hash = "x", .role = "root",
                                          .created_ms = 1}));
             REQUIRE(db.exec_script("INSERT INTO roles (name, title, kind) VALUES ('quality20', '质检员', 'team_leader')"));
             REQUIRE(db.exec_script("INSERT INTO role_permissions (role, permission) VALUES ('quality20', 'report.view')"));
             REQUIRE(insert_user(db, {.login = "检查20乙", .display_name = "乙", .password_hash = "x", .role = "quality20",
                                      .created_ms = 1}));
         }},
        {21,
         [](Database& db) {
             // The campaign dispositions are a dictionary, with the codes the dialler knows.
             auto n = db.prepare("SELECT group_concat(code, ',') AS codes FROM (SELECT code FROM dictionary_items "
                                 "WHERE dictionary = 'campaign_dispositions' ORDER BY position)");
             REQUIRE(n.has_value());
             REQUIRE(n->step().value());
             CHECK(n->get_text("codes") == "success,refused,wrong_number,callback,do_not_call");
             // Order types and urgencies: the model's codes, all switched on.
             auto t = db.prepare("SELECT count(*) AS n FROM dictionary_items WHERE enabled = 1 AND "
                                 "dictionary IN ('order_types', 'order_urgencies', 'order_channels')");
             REQUIRE(t.has_value());
             REQUIRE(t->step().value());
             CHECK(t->get_int("n") == 15);
         }},
    };
    return checks;
}

}  // namespace cti::storage_checks
