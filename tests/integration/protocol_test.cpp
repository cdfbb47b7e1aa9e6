// The protocol as a desktop sees it: login over TLS, the snapshot, requests matched by id,
// permissions, events pushed to everyone, /health and /metrics.
#include <catch2/catch.hpp>

#include "cti/storage/directory.h"
#include "test_server.h"

using namespace cti;
using namespace cti::test;
using namespace std::chrono_literals;

TEST_CASE("a demo agent logs in over TLS and receives the snapshot of the call center", "[protocol]") {
    TestServer server;
    auto agent = server.login("1001");
    auto snap = expect_snapshot(*agent);

    CHECK(snap.me().login() == "1001");
    CHECK(snap.me().display_name() == "张伟");
    CHECK(snap.me().role() == wire::AGENT);
    CHECK(snap.me().extension() == "1001");
    CHECK(snap.me().department() == "客服中心");
    REQUIRE(snap.agents_size() == 5);  // 1001-1004 and the team leader have phones
    bool self_online = false;
    for (const auto& a : snap.agents())
        if (a.login() == "1001") self_online = a.online();
    CHECK(self_online);
    CHECK(snap.queues_size() == 3);
    REQUIRE(snap.announcements_size() >= 1);
    CHECK(snap.announcements(0).title() == "欢迎使用 CTI 呼叫中心演示系统");
    CHECK(snap.server_time_ms() > 0);
}

TEST_CASE("every request gets exactly its own reply, matched by id", "[protocol]") {
    TestServer server;
    auto c = server.login("1002");
    expect_snapshot(*c);
    for (std::uint64_t nonce : {11u, 22u, 33u}) {
        wire::Envelope e;
        e.mutable_ping()->set_nonce(nonce);
        auto r = c->request(e);
        REQUIRE(r);
        CHECK(r->pong().nonce() == nonce);
    }
    wire::Envelope snap_req;
    snap_req.mutable_snapshot_request();
    auto r = c->request(snap_req);
    REQUIRE(r);
    CHECK(r->snapshot().me().login() == "1002");
}

TEST_CASE("a team leader's announcement reaches every desktop, an agent may not post one", "[protocol]") {
    TestServer server;
    auto agent = server.login("1001");
    const auto before = expect_snapshot(*agent);
    auto leader = server.login("leader");
    expect_snapshot(*leader);

    // The agent sees the leader come online.
    auto presence = agent->next_event(10000ms);
    REQUIRE(presence);
    REQUIRE(presence->has_value());
    REQUIRE((*presence)->event().has_presence());
    CHECK((*presence)->event().presence().login() == "leader");
    CHECK((*presence)->event().presence().online());
    const auto seq0 = (*presence)->event().seq();

    wire::Envelope post;
    post.mutable_post_announcement()->set_title("停电通知");
    post.mutable_post_announcement()->set_body("明天 9:00–12:00 城东片区计划停电，请做好解释工作。");
    auto ok = leader->request(post);
    REQUIRE(ok);
    CHECK(ok->post_announcement_ok().announcement().author() == "陈静");
    CHECK(ok->post_announcement_ok().announcement().announcement_id() > 0);

    auto event = agent->next_event(10000ms);
    REQUIRE(event);
    REQUIRE(event->has_value());
    const auto& e = (*event)->event();
    REQUIRE(e.has_announcement());
    CHECK(e.announcement().title() == "停电通知");
    CHECK(e.announcement().body() == "明天 9:00–12:00 城东片区计划停电，请做好解释工作。");
    CHECK(e.seq() == seq0 + 1);

    wire::Envelope denied;
    denied.mutable_post_announcement()->set_title("我也发一条");
    auto r = agent->request(denied);
    REQUIRE_FALSE(r);
    CHECK(r.error().server_code == wire::PERMISSION_DENIED);
    CHECK_THAT(r.error().message, Catch::Contains("announcement.post"));

    // The refused write left nothing behind; the leader's is there.
    wire::Envelope snap_req;
    snap_req.mutable_snapshot_request();
    auto after = agent->request(snap_req);
    REQUIRE(after);
    CHECK(after->snapshot().announcements_size() == before.announcements_size() + 1);
    CHECK(after->snapshot().announcements(0).title() == "停电通知");
}

TEST_CASE("invalid announcements are refused with what to fix, the session goes on", "[protocol]") {
    TestServer server;
    auto leader = server.login("leader");
    expect_snapshot(*leader);
    wire::Envelope empty;
    empty.mutable_post_announcement();
    auto r = leader->request(empty);
    REQUIRE_FALSE(r);
    CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
    CHECK_THAT(r.error().message, Catch::Contains("title"));

    wire::Envelope huge;
    huge.mutable_post_announcement()->set_title("长");
    std::string body;
    for (int i = 0; i < 4001; ++i) body += "字";
    huge.mutable_post_announcement()->set_body(body);
    r = leader->request(huge);
    REQUIRE_FALSE(r);
    CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
    CHECK(ping_ok(*leader));
}

TEST_CASE("a user changes the password, the old one stops working", "[protocol]") {
    TestServer server;
    const auto old_pw = server.password("1003");
    auto c = server.login("1003");
    expect_snapshot(*c);
    wire::Envelope bad;
    bad.mutable_change_password()->set_old_password("wrong-old-password");
    bad.mutable_change_password()->set_new_password("新的密码 new-secret-1");
    auto r = c->request(bad);
    REQUIRE_FALSE(r);
    CHECK(r.error().server_code == wire::AUTH_FAILED);

    wire::Envelope change;
    change.mutable_change_password()->set_old_password(old_pw);
    change.mutable_change_password()->set_new_password("新的密码 new-secret-1");
    REQUIRE(c->request(change));

    auto again = server.hello_only();
    auto old_login = again->login("1003", old_pw);
    REQUIRE_FALSE(old_login);
    CHECK(old_login.error().server_code == wire::AUTH_FAILED);
    auto fresh = server.hello_only();
    CHECK(fresh->login("1003", "新的密码 new-secret-1").has_value());
}

TEST_CASE("/health and /metrics answer over HTTP", "[protocol][http]") {
    TestServer server;
    auto c = server.login("1001");
    expect_snapshot(*c);
    const auto health = http_get(server.http_port(), "/health");
    CHECK_THAT(health, Catch::Contains(R"("status":"ok")"));
    const auto metrics = http_get(server.http_port(), "/metrics");
    CHECK_THAT(metrics, Catch::Contains("cti_gateway_logins_ok_total 1"));
    CHECK_THAT(metrics, Catch::Contains("# TYPE cti_gateway_connections_open gauge"));
    CHECK_THAT(http_get(server.http_port(), "/nope"), Catch::Contains("not found"));
}
