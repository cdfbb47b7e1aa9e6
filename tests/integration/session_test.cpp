// Sessions over time: heartbeats, resume after a dropped link, a slow reader dropped without
// slowing the others, and a clean shutdown that keeps every accepted write.
#include <catch2/catch.hpp>

#include "cti/wire/frame.h"
#include "test_server.h"

using namespace cti;
using namespace cti::test;
using namespace std::chrono_literals;

TEST_CASE("an idle connection receives heartbeats from the server", "[session]") {
    TestServer server;
    auto c = server.login("1001");
    expect_snapshot(*c);
    bool heartbeat = false;
    for (int i = 0; i < 20 && !heartbeat; ++i) {
        auto raw = c->read_frame_raw(10000ms);
        REQUIRE(raw);
        auto e = wire::parse_envelope(*raw);
        REQUIRE(e);
        heartbeat = e->has_heartbeat();
    }
    CHECK(heartbeat);
}

TEST_CASE("a dropped desktop resumes its session with a full snapshot", "[session]") {
    TestServer server;
    auto watcher = server.login("leader");
    expect_snapshot(*watcher);

    auto c = server.login("1004");
    expect_snapshot(*c);
    auto online = watcher->next_event(10000ms);
    REQUIRE(online);
    REQUIRE(online->has_value());
    CHECK((*online)->event().presence().online());

    // Find the resume token: log in again on a fresh client to obtain one we control.
    auto first = server.hello_only();
    auto login = first->login("1002", server.password("1002"));
    REQUIRE(login);
    const std::string token = login->resume_token();
    CHECK_FALSE(login->resumed());
    first->close();  // the link drops without Logout

    auto second = server.hello_only();
    auto resumed = second->login("1002", server.password("1002"), token);
    REQUIRE(resumed);
    CHECK(resumed->resumed());
    CHECK(resumed->session_id() == login->session_id());
    CHECK(resumed->resume_token() != token);  // a token is good for one resume
    auto snap = expect_snapshot(*second);
    CHECK(snap.me().login() == "1002");

    // 1002 came online once; the drop and resume did not show it offline in between.
    int online_events = 0, offline_events = 0;
    while (true) {
        auto e = watcher->next_event(500ms);
        REQUIRE(e);
        if (!e->has_value()) break;
        if ((*e)->event().has_presence() && (*e)->event().presence().login() == "1002")
            ((*e)->event().presence().online() ? online_events : offline_events)++;
    }
    CHECK(online_events == 1);
    CHECK(offline_events == 0);

    // A used token does not resume again: a new session starts.
    auto third = server.hello_only();
    auto fresh = third->login("1002", server.password("1002"), token);
    REQUIRE(fresh);
    CHECK_FALSE(fresh->resumed());
}

TEST_CASE("a session whose desktop never comes back ends after the grace", "[session]") {
    auto config = test_config({});
    config.gateway.resume_grace_ms = 300;
    TestServer server(config);
    auto watcher = server.login("leader");
    expect_snapshot(*watcher);
    {
        auto c = server.login("1003");
        expect_snapshot(*c);
    }  // closed without Logout
    bool went_offline = false;
    for (int i = 0; i < 20 && !went_offline; ++i) {
        auto e = watcher->next_event(2000ms);
        REQUIRE(e);
        if (e->has_value() && (*e)->event().has_presence() && (*e)->event().presence().login() == "1003")
            went_offline = !(*e)->event().presence().online();
    }
    CHECK(went_offline);
}

TEST_CASE("a client that does not read is dropped, the others are served", "[session][slow]") {
    auto config = test_config({});
    config.gateway.send_queue_max_bytes = 2u << 20;
    TestServer server(config);
    auto leader = server.login("leader");
    expect_snapshot(*leader);
    // Fifty long announcements make every snapshot about 600 KB.
    std::string body;
    for (int i = 0; i < 3900; ++i) body += "停";
    std::string pipelined;
    for (int i = 0; i < 50; ++i) {
        wire::Envelope post;
        post.set_request_id(1000 + i);
        post.mutable_post_announcement()->set_title("通知 " + std::to_string(i));
        post.mutable_post_announcement()->set_body(body);
        pipelined += wire::encode_frame(post);
    }
    REQUIRE(leader->send_raw(pipelined));
    int acknowledged = 0;
    while (acknowledged < 50) {
        auto raw = leader->read_frame_raw(20000ms);
        REQUIRE(raw);
        auto e = wire::parse_envelope(*raw);
        REQUIRE(e);
        if (e->has_post_announcement_ok()) ++acknowledged;
    }

    auto slow = server.login("1001");
    // Ask for many snapshots and never read a byte.
    std::string requests;
    for (int i = 0; i < 40; ++i) {
        wire::Envelope snap;
        snap.set_request_id(5000 + i);
        snap.mutable_snapshot_request();
        requests += wire::encode_frame(snap);
    }
    REQUIRE(slow->send_raw(requests));

    // The server notices; meanwhile another desktop is answered as usual.
    bool dropped = false;
    for (int i = 0; i < 200 && !dropped; ++i) {
        CHECK(ping_ok(*leader));
        dropped = http_get(server.http_port(), "/metrics").find("cti_gateway_slow_clients_dropped_total 1") !=
                  std::string::npos;
    }
    CHECK(dropped);
    CHECK(ping_ok(*leader));
}

TEST_CASE("a clean shutdown keeps every acknowledged write", "[session][shutdown]") {
    TempDir dir;
    auto config = test_config(dir.path());
    {
        TestServer server(config);
        auto leader = server.login("leader");
        expect_snapshot(*leader);
        wire::Envelope post;
        post.mutable_post_announcement()->set_title("交接班提醒");
        post.mutable_post_announcement()->set_body("夜班 22:00 交接");
        REQUIRE(leader->request(post));
        server.stop();
        // The desktop sees the connection end (after its own announcement's event, if that
        // was still on the way).
        bool ended = false;
        for (int i = 0; i < 10 && !ended; ++i) {
            auto after = leader->next_event(5000ms);
            ended = !after.has_value();
            if (!ended) REQUIRE(after->has_value());
        }
        CHECK(ended);
    }
    TestServer again(config);
    auto c = again.login("1001");
    auto snap = expect_snapshot(*c);
    REQUIRE(snap.announcements_size() >= 2);
    CHECK(snap.announcements(0).title() == "交接班提醒");
}

TEST_CASE("a desktop that goes silent is closed after the idle timeout", "[session][idle]") {
    auto config = test_config({});
    config.gateway.heartbeat_interval_ms = 100;
    config.gateway.idle_timeout_ms = 400;
    TestServer server(config);
    auto c = server.login("1001");
    expect_snapshot(*c);
    // Silence is what is being tested: nothing can be awaited instead of letting time pass.
    std::this_thread::sleep_for(1500ms);
    bool timeout_error = false;
    for (int i = 0; i < 100; ++i) {
        auto raw = c->read_frame_raw(5000ms);
        if (!raw) break;
        auto e = wire::parse_envelope(*raw);
        REQUIRE(e);
        if (e->has_error()) {
            timeout_error = e->error().code() == wire::TIMEOUT;
            break;
        }
    }
    CHECK(timeout_error);
    CHECK_THAT(http_get(server.http_port(), "/metrics"), Catch::Contains("cti_gateway_timeouts_total 1"));
}
