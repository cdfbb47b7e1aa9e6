// The client against a scripted TLS server (fake_server.h): trust modes, request/reply matching,
// buffering of events, timeouts, heartbeats and raw frames.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>

#include "cti/client/client.h"
#include "cti/wire/frame.h"
#include "fake_server.h"
#include "temp_file.h"

using namespace std::chrono_literals;
using cti::client::Client;
using cti::client::ClientOptions;
using cti::client::ErrorKind;
using cti::cli::test::FakeServer;
using cti::cli::test::TempFile;
using cti::cli::test::TestCertificate;
namespace wire = cti::wire;

namespace {

const TestCertificate& certificate() {
    static const TestCertificate cert;
    return cert;
}

ClientOptions pinned(std::uint16_t port, std::chrono::milliseconds timeout = 3000ms) {
    ClientOptions options;
    options.host = "127.0.0.1";
    options.port = port;
    options.pin_sha256 = "SHA256:" + certificate().fingerprint();
    options.timeout = timeout;
    return options;
}

wire::Envelope event(std::uint64_t seq) {
    wire::Envelope e;
    e.mutable_event()->set_seq(seq);
    e.mutable_event()->mutable_presence()->set_login("bob");
    return e;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("pinned connection: hello, login, then the snapshot arrives as the first event") {
    std::string client_name;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        auto hello = peer.read();
        if (!hello) return;
        client_name = hello->hello().client_name();
        wire::Envelope ok;
        ok.mutable_hello_ok()->set_protocol_major(1);
        ok.mutable_hello_ok()->set_server_version("fake-1");
        peer.reply(*hello, ok);
        auto login = peer.read();
        if (!login || login->login().password() != "pw") return;
        wire::Envelope login_ok;
        *login_ok.mutable_login_ok()->mutable_user() = cti::cli::test::alice();
        peer.reply(*login, login_ok);
        wire::Envelope snapshot;
        snapshot.mutable_snapshot()->set_event_seq(7);
        peer.send(snapshot);
        peer.read(2s);
    });

    // The pin as a user might paste it: lowercase, no colons.
    auto options = pinned(server.port());
    std::string lower = certificate().fingerprint();
    lower.erase(std::remove(lower.begin(), lower.end(), ':'), lower.end());
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    options.pin_sha256 = lower;

    Client client(options);
    REQUIRE(client.connect());
    CHECK(client.server_fingerprint() == certificate().fingerprint());
    auto hello = client.hello();
    REQUIRE(hello);
    CHECK(hello->server_version() == "fake-1");
    auto login = client.login("alice", "pw");
    REQUIRE(login);
    CHECK(login->user().login() == "alice");
    auto first = client.next_event(2s);
    REQUIRE(first);
    REQUIRE(*first);
    CHECK((*first)->snapshot().event_seq() == 7);
    client.close();
    server.join();
    CHECK(client_name == "cti-cli");
}

TEST_CASE("a reply is matched by request id while events that arrive first stay buffered in order") {
    std::uint64_t ping_id = 0;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        auto ping = peer.read();
        if (!ping || !ping->has_ping()) return;
        ping_id = ping->request_id();
        peer.send(event(8));
        peer.send(event(9));
        wire::Envelope pong;
        pong.mutable_pong()->set_nonce(ping->ping().nonce());
        peer.reply(*ping, pong);
        peer.read(2s);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));

    wire::Envelope ping;
    ping.set_request_id(999);  // replaced by the client's own id
    ping.mutable_ping()->set_nonce(5);
    auto pong = client.request(ping);
    REQUIRE(pong);
    CHECK(pong->pong().nonce() == 5);

    std::vector<std::string> seen;
    for (int i = 0; i < 3; ++i) {
        auto next = client.next_event(1s);
        REQUIRE(next);
        REQUIRE(*next);
        seen.emplace_back(wire::body_name(**next));
        if ((*next)->has_event()) seen.back() += std::to_string((*next)->event().seq());
    }
    CHECK(seen == std::vector<std::string>{"snapshot", "event8", "event9"});
    auto none = client.next_event(50ms);
    REQUIRE(none);
    CHECK_FALSE(*none);
    client.close();
    server.join();
    CHECK(ping_id != 0);
    CHECK(ping_id != 999);
}

TEST_CASE("an Error reply is a server ClientError carrying the server's code and text") {
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        auto post = peer.read();
        if (!post) return;
        wire::Envelope error;
        error.mutable_error()->set_code(wire::PERMISSION_DENIED);
        error.mutable_error()->set_message("agents may not post announcements; ask a team leader");
        peer.reply(*post, error);
        peer.read(2s);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    wire::Envelope post;
    post.mutable_post_announcement()->set_title("t");
    auto reply = client.request(post);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().kind == ErrorKind::server);
    CHECK(reply.error().server_code == wire::PERMISSION_DENIED);
    CHECK(reply.error().message == "agents may not post announcements; ask a team leader");
    CHECK(client.is_open());
    client.close();
}

TEST_CASE("an untrusted certificate is refused with its fingerprint and the options to trust it") {
    FakeServer server(certificate(), [](FakeServer::Peer&) {});
    ClientOptions options = pinned(server.port());
    options.pin_sha256.clear();  // system trust store: it does not know the self-signed certificate
    Client client(options);
    auto connected = client.connect();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().kind == ErrorKind::tls);
    const auto& message = connected.error().message;
    CHECK(contains(message, "SHA256:" + certificate().fingerprint()));
    CHECK(contains(message, "--ca FILE"));
    CHECK(contains(message, "--pin SHA256:"));
    CHECK_FALSE(client.is_open());
    server.join();
    CHECK(server.handshakes() == 0);
}

TEST_CASE("a pin of another certificate is refused and names the one the server showed") {
    FakeServer server(certificate(), [](FakeServer::Peer&) {});
    ClientOptions options = pinned(server.port());
    options.pin_sha256 = std::string(64, 'a');
    Client client(options);
    auto connected = client.connect();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().kind == ErrorKind::tls);
    CHECK(contains(connected.error().message, "does not match"));
    CHECK(contains(connected.error().message, "--pin SHA256:" + certificate().fingerprint()));
}

TEST_CASE("the server's certificate file given as --ca is trusted") {
    TempFile ca(certificate().cert_pem());
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        peer.accept_login();
        peer.read(2s);
    });
    ClientOptions options = pinned(server.port());
    options.pin_sha256.clear();
    options.ca_file = ca.path();
    Client client(options);
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    client.close();
}

TEST_CASE("a CA file also checks the host name") {
    const TestCertificate elsewhere("DNS:cti.example.org");
    TempFile ca(elsewhere.cert_pem());
    FakeServer server(elsewhere, [](FakeServer::Peer&) {});
    ClientOptions options = pinned(server.port());
    options.pin_sha256.clear();
    options.ca_file = ca.path();
    Client client(options);
    auto connected = client.connect();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().kind == ErrorKind::tls);
    CHECK(contains(connected.error().message, "IP address mismatch"));
    CHECK(contains(connected.error().message, "--pin SHA256:" + elsewhere.fingerprint()));
}

TEST_CASE("a CA file that cannot be loaded is a TLS error naming it") {
    Client client([] {
        ClientOptions options;
        options.host = "127.0.0.1";
        options.port = cti::cli::test::closed_port();
        options.ca_file = "/nonexistent/ca.pem";
        return options;
    }());
    auto connected = client.connect();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().kind == ErrorKind::tls);
    CHECK(contains(connected.error().message, "/nonexistent/ca.pem"));
}

TEST_CASE("nothing listening is a connect error") {
    Client client(pinned(cti::cli::test::closed_port()));
    auto connected = client.connect();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().kind == ErrorKind::connect);
    CHECK(contains(connected.error().message, "cti-server"));
    auto hello = client.hello();
    REQUIRE_FALSE(hello);
    CHECK(hello.error().kind == ErrorKind::connect);
}

TEST_CASE("a server that never answers makes the request time out instead of hanging") {
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        peer.read();      // the Hello, left unanswered
        peer.read(3s);    // until the client gives up and closes
    });
    Client client(pinned(server.port(), 300ms));
    REQUIRE(client.connect());
    const auto start = std::chrono::steady_clock::now();
    auto hello = client.hello();
    const auto waited = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(hello);
    CHECK(hello.error().kind == ErrorKind::timeout);
    CHECK(contains(hello.error().message, "hello"));
    CHECK(waited >= 250ms);
    CHECK(waited < 2s);
    // A read that timed out leaves the connection usable.
    CHECK(client.is_open());
    client.close();
}

TEST_CASE("heartbeats go out while the client waits for events") {
    int heartbeats = 0;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login(50)) return;
        while (auto frame = peer.read(400ms))
            if (frame->has_heartbeat()) ++heartbeats;
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    auto snapshot = client.next_event(1s);
    REQUIRE(snapshot);
    auto idle = client.next_event(400ms);
    REQUIRE(idle);
    CHECK_FALSE(*idle);
    client.close();
    server.join();
    CHECK(heartbeats >= 4);
}

TEST_CASE("an Error the server sends before closing ends the wait with that error") {
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        peer.send(event(8));
        wire::Envelope error;
        error.mutable_error()->set_code(wire::TIMEOUT);
        error.mutable_error()->set_message("no data or heartbeat within the idle timeout; reconnect");
        peer.send(error);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    server.join();  // the server has closed the connection

    // What arrived before the close is still delivered, in order, then the close itself.
    std::vector<std::string> seen;
    for (;;) {
        auto next = client.next_event(1s);
        if (!next) {
            CHECK(next.error().kind == ErrorKind::closed);
            break;
        }
        REQUIRE(*next);
        seen.emplace_back(wire::body_name(**next));
    }
    CHECK(seen == std::vector<std::string>{"snapshot", "event", "error"});

    wire::Envelope ping;
    ping.mutable_ping();
    auto reply = client.request(ping);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().kind == ErrorKind::closed);
}

TEST_CASE("a request after the server closed with an Error reports the server's reason") {
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        wire::Envelope error;
        error.mutable_error()->set_code(wire::TIMEOUT);
        error.mutable_error()->set_message("no data or heartbeat within the idle timeout; reconnect");
        peer.send(error);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    server.join();
    auto snapshot = client.next_event(1s);
    REQUIRE(snapshot);
    REQUIRE(*snapshot);
    CHECK((*snapshot)->has_snapshot());

    wire::Envelope ping;
    ping.mutable_ping();
    auto reply = client.request(ping);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().kind == ErrorKind::server);
    CHECK(reply.error().server_code == wire::TIMEOUT);
    CHECK(reply.error().message == "no data or heartbeat within the idle timeout; reconnect");
}

TEST_CASE("a request waiting when the server sends a closing Error gets that Error") {
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        peer.read();
        wire::Envelope error;
        error.mutable_error()->set_code(wire::BAD_FRAME);
        error.mutable_error()->set_message("the frame is not a protocol message; the connection is closed");
        peer.send(error);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    wire::Envelope ping;
    ping.mutable_ping();
    auto reply = client.request(ping);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().kind == ErrorKind::server);
    CHECK(reply.error().server_code == wire::BAD_FRAME);
}

TEST_CASE("send_raw writes bytes as they are and read_frame_raw returns the next frame's payload") {
    std::string received;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        auto payload = peer.read_payload();
        if (payload) received = *payload;
        wire::Envelope error;
        error.mutable_error()->set_code(wire::BAD_FRAME);
        peer.send(error);
        peer.read(2s);
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    REQUIRE(client.login("alice", "pw"));
    REQUIRE(client.send_raw(std::string("\0\0\0\3abc", 7)));

    auto snapshot = client.read_frame_raw(1s);
    REQUIRE(snapshot);
    auto parsed = wire::parse_envelope(*snapshot);
    REQUIRE(parsed);
    CHECK(parsed->has_snapshot());
    auto error = client.read_frame_raw(1s);
    REQUIRE(error);
    parsed = wire::parse_envelope(*error);
    REQUIRE(parsed);
    CHECK(parsed->error().code() == wire::BAD_FRAME);
    auto nothing = client.read_frame_raw(50ms);
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().kind == ErrorKind::timeout);
    client.close();
    server.join();
    CHECK(received == "abc");
}

TEST_CASE("the same client reconnects and resumes with the token of its last LoginOk") {
    std::vector<std::string> tokens;
    FakeServer server(
        certificate(),
        [&](FakeServer::Peer& peer) {
            auto hello = peer.read();
            if (!hello) return;
            wire::Envelope ok;
            ok.mutable_hello_ok()->set_protocol_major(1);
            peer.reply(*hello, ok);
            auto login = peer.read();
            if (!login) return;
            tokens.push_back(login->login().resume_token());
            wire::Envelope login_ok;
            login_ok.mutable_login_ok()->set_resume_token("token-" + std::to_string(tokens.size()));
            login_ok.mutable_login_ok()->set_resumed(!login->login().resume_token().empty());
            peer.reply(*login, login_ok);
            peer.read(2s);
        },
        2);
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    auto first = client.login("alice", "pw");
    REQUIRE(first);
    CHECK_FALSE(first->resumed());
    client.close();

    REQUIRE(client.connect());
    REQUIRE(client.hello());
    auto second = client.login("alice", "pw", first->resume_token());
    REQUIRE(second);
    CHECK(second->resumed());
    client.close();
    server.join();
    CHECK(tokens == std::vector<std::string>{"", "token-1"});
}

TEST_CASE("a server silent for longer than its idle timeout counts as a lost connection") {
    FakeServer server(certificate(), [](FakeServer::Peer& peer) {
        auto hello = peer.read();
        if (!hello) return;
        wire::Envelope ok;
        ok.mutable_hello_ok()->set_protocol_major(1);
        ok.mutable_hello_ok()->set_idle_timeout_ms(150);
        peer.reply(*hello, ok);
        peer.read(2s);  // then silence, until the client gives up
    });
    Client client(pinned(server.port()));
    REQUIRE(client.connect());
    REQUIRE(client.hello());
    const auto start = std::chrono::steady_clock::now();
    auto next = client.next_event(2s);
    const auto waited = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(next);
    CHECK(next.error().kind == ErrorKind::timeout);
    CHECK(contains(next.error().message, "idle timeout"));
    CHECK(waited < 1s);
    CHECK_FALSE(client.is_open());
}
