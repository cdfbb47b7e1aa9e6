// Every bad input of the foundation issue: a clear error where a reply is possible, a log line,
// and the server keeps serving everyone else (a bystander's ping after each).
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <catch2/catch.hpp>

#include "cti/wire/frame.h"
#include "test_server.h"

using namespace cti;
using namespace cti::test;
using namespace std::chrono_literals;

namespace {

wire::Envelope decode(const std::string& payload) {
    auto e = wire::parse_envelope(payload);
    REQUIRE(e.has_value());
    return *e;
}

// The next Error frame the client receives (heartbeats skipped).
wire::Error next_error(client::Client& c) {
    for (int i = 0; i < 50; ++i) {
        auto raw = c.read_frame_raw(10000ms);
        REQUIRE(raw.has_value());
        auto e = decode(*raw);
        if (e.has_heartbeat()) continue;
        REQUIRE(e.has_error());
        return e.error();
    }
    FAIL("no error frame");
    return {};
}

// True when the server has closed the connection (only heartbeats or nothing until then).
bool closed_by_server(client::Client& c) {
    for (int i = 0; i < 50; ++i) {
        auto raw = c.read_frame_raw(10000ms);
        if (!raw) return raw.error().kind == client::ErrorKind::closed;
    }
    return false;
}

std::string frame_header(std::uint32_t length) {
    return {static_cast<char>(length >> 24), static_cast<char>(length >> 16),
            static_cast<char>(length >> 8), static_cast<char>(length)};
}

}  // namespace

TEST_CASE("bad input gets a clear error and never disturbs other desktops", "[protocol][bad-input]") {
    TestServer server;
    auto bystander = server.login("1002");
    expect_snapshot(*bystander);

    SECTION("garbage bytes after TLS") {
        auto c = server.hello_only();
        REQUIRE(c->send_raw(std::string("\x00\x00\x00\x05\xff\xff\xff\xff\xff", 9)));
        auto err = next_error(*c);
        CHECK(err.code() == wire::BAD_FRAME);
        CHECK_THAT(err.message(), Catch::Contains("not a protocol message"));
        CHECK(closed_by_server(*c));
    }
    SECTION("a frame over the size limit") {
        auto c = server.hello_only();
        REQUIRE(c->send_raw(frame_header(server.config().gateway.max_frame_bytes + 1) + "xxxx"));
        auto err = next_error(*c);
        CHECK(err.code() == wire::FRAME_TOO_LARGE);
        CHECK_THAT(err.message(), Catch::Contains(std::to_string(server.config().gateway.max_frame_bytes)));
        CHECK(closed_by_server(*c));
    }
    SECTION("a message the server does not know keeps the connection open") {
        auto c = server.login("1003");
        expect_snapshot(*c);
        wire::Envelope only_id;
        only_id.set_request_id(777);
        std::string payload = only_id.SerializeAsString() + std::string("\xba\x3e\x01\x41", 4);
        REQUIRE(c->send_raw(frame_header(static_cast<std::uint32_t>(payload.size())) + payload));
        auto raw = c->read_frame_raw(10000ms);
        REQUIRE(raw);
        auto reply = decode(*raw);
        while (reply.has_heartbeat()) reply = decode(c->read_frame_raw(10000ms).value());
        CHECK(reply.request_id() == 777);
        CHECK(reply.error().code() == wire::UNKNOWN_MESSAGE);
        CHECK(ping_ok(*c));
    }
    SECTION("a server-only message from a client is refused by name") {
        auto c = server.login("1003");
        expect_snapshot(*c);
        wire::Envelope e;
        e.mutable_snapshot();
        auto r = c->request(e);
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::UNKNOWN_MESSAGE);
        CHECK_THAT(r.error().message, Catch::Contains("snapshot"));
        CHECK(ping_ok(*c));
    }
    SECTION("a wrong protocol version") {
        client::Client c(server.client_options());
        REQUIRE(c.connect());
        wire::Envelope hello;
        hello.set_request_id(1);
        hello.mutable_hello()->set_protocol_major(wire::kProtocolMajor + 1);
        REQUIRE(c.send_raw(wire::encode_frame(hello)));
        auto err = next_error(c);
        CHECK(err.code() == wire::VERSION_MISMATCH);
        CHECK_THAT(err.message(), Catch::Contains("protocol 1.x"));
        CHECK(closed_by_server(c));
    }
    SECTION("a request before Hello, and before Login") {
        client::Client c(server.client_options());
        REQUIRE(c.connect());
        wire::Envelope ping;
        ping.set_request_id(5);
        ping.mutable_ping();
        REQUIRE(c.send_raw(wire::encode_frame(ping)));
        CHECK(next_error(c).code() == wire::PROTOCOL_ORDER);
        CHECK(closed_by_server(c));

        auto c2 = server.hello_only();
        auto r = c2->request(ping);
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::NOT_LOGGED_IN);
    }
    SECTION("a wrong password and an unknown user get the same answer") {
        auto c = server.hello_only();
        auto wrong = c->login("1001", "not-the-password");
        REQUIRE_FALSE(wrong);
        auto c2 = server.hello_only();
        auto unknown = c2->login("nobody", "not-the-password");
        REQUIRE_FALSE(unknown);
        CHECK(wrong.error().server_code == wire::AUTH_FAILED);
        CHECK(unknown.error().server_code == wire::AUTH_FAILED);
        CHECK(wrong.error().message == unknown.error().message);
        // The same connection may try again.
        CHECK(c->login("1001", server.password("1001")).has_value());
    }
    SECTION("repeated failed logins from one address are slowed, then refused for a while") {
        auto c = server.hello_only();
        const auto limit = server.config().auth.failures_before_lockout;
        for (std::uint32_t i = 0; i < limit; ++i) {
            auto r = c->login("1001", "guess-" + std::to_string(i));
            REQUIRE_FALSE(r);
            CHECK(r.error().server_code == wire::AUTH_FAILED);
        }
        // Locked: even the right password is refused now, with the time to wait.
        auto refused = c->login("1001", server.password("1001"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().server_code == wire::RATE_LIMITED);
        CHECK(refused.error().retry_after_ms > 0);
        CHECK_THAT(refused.error().message, Catch::Contains("try again in"));
        // The bystander, already logged in, is not affected.
    }
    SECTION("a plain-TCP client on the TLS port is told to use TLS") {
        namespace asio = boost::asio;
        asio::io_context io;
        asio::ip::tcp::socket s(io);
        s.connect({asio::ip::make_address("127.0.0.1"), server.port()});
        asio::write(s, asio::buffer(wire::encode_frame(wire::Envelope{})));
        std::string got;
        boost::system::error_code ec;
        asio::read(s, asio::dynamic_buffer(got), ec);  // until the server closes
        wire::FrameReader reader;
        reader.append(got);
        auto payload = reader.next();
        REQUIRE(payload);
        REQUIRE(*payload);
        auto e = decode(std::string(**payload));
        CHECK(e.error().code() == wire::TLS_REQUIRED);
        CHECK_THAT(e.error().message(), Catch::Contains("TLS"));
    }
    SECTION("a client that connects and sends nothing is closed after the handshake timeout") {
        namespace asio = boost::asio;
        asio::io_context io;
        asio::ip::tcp::socket s(io);
        s.connect({asio::ip::make_address("127.0.0.1"), server.port()});
        std::string got;
        boost::system::error_code ec;
        asio::read(s, asio::dynamic_buffer(got), ec);  // returns when the server closes
        CHECK(ec == asio::error::eof);

        // With TLS up but no Hello, the server says why before closing.
        client::Client c(server.client_options());
        REQUIRE(c.connect());
        auto err = next_error(c);
        CHECK(err.code() == wire::TIMEOUT);
        CHECK(closed_by_server(c));
    }

    CHECK(ping_ok(*bystander));
    CHECK_THAT(http_get(server.http_port(), "/health"), Catch::Contains(R"("status":"ok")"));
}

TEST_CASE("one address cannot hold every connection slot without logging in", "[protocol][bad-input]") {
    auto config = test_config({});
    config.gateway.max_unauthenticated_per_address = 4;
    TestServer server(config);
    auto bystander = server.login("1002");  // logged in: no longer counted
    expect_snapshot(*bystander);

    namespace asio = boost::asio;
    asio::io_context io;
    std::vector<asio::ip::tcp::socket> idle;
    for (int i = 0; i < 4; ++i) {
        idle.emplace_back(io);
        idle.back().connect({asio::ip::make_address("127.0.0.1"), server.port()});
    }
    asio::ip::tcp::socket fifth(io);
    fifth.connect({asio::ip::make_address("127.0.0.1"), server.port()});
    std::string got;
    boost::system::error_code ec;
    asio::read(fifth, asio::dynamic_buffer(got), ec);  // closed by the server at once
    CHECK(got.empty());
    CHECK_THAT(http_get(server.http_port(), "/metrics"),
               Catch::Contains("cti_gateway_connections_refused_total 1"));
    CHECK(ping_ok(*bystander));

    for (auto& s : idle) s.close();
    // Once the server has seen them go, the address may connect again.
    bool logged_in = false;
    for (int i = 0; i < 50 && !logged_in; ++i) {
        client::Client c(server.client_options());
        logged_in = c.connect() && c.hello() && c.login("1003", server.password("1003"));
    }
    CHECK(logged_in);
}
