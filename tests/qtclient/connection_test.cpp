// The Connection against a TLS test double of the server (support/fake_server.h), with the
// Connection on its own thread as in the desktops.
#include <catch2/catch.hpp>


#include "cti/qtclient/connection_host.h"
#include "support/fake_server.h"
#include "support/test_certificate.h"
#include "support/wait.h"

using cti::qt::ConnectionState;
using cti::qt::ErrorCode;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

// Collects the Connection's signals in the test's thread (queued from the connection thread).
struct Recorder : QObject {
    QList<ConnectionState> states;
    QStringList fingerprints;
    QList<cti::qt::LoginResult> logins;
    QList<cti::qt::Snapshot> snapshots;
    QList<cti::qt::ServerEvent> events;
    QList<QPair<ErrorCode, QString>> errors;
    QMap<quint64, cti::wire::Envelope> replies;

    explicit Recorder(cti::qt::Connection& c) {
        using C = cti::qt::Connection;
        connect(&c, &C::stateChanged, this, [this](ConnectionState s) { states.append(s); });
        connect(&c, &C::certificateNeedsTrust, this, [this](const QString& f) { fingerprints.append(f); });
        connect(&c, &C::loggedIn, this, [this](const cti::qt::LoginResult& r) { logins.append(r); });
        connect(&c, &C::snapshotReceived, this, [this](const cti::qt::Snapshot& s) { snapshots.append(s); });
        connect(&c, &C::eventReceived, this, [this](const cti::qt::ServerEvent& e) { events.append(e); });
        connect(&c, &C::errorReceived, this,
                [this](ErrorCode code, const QString& m) { errors.append({code, m}); });
        connect(&c, &C::replyReceived, this,
                [this](quint64 id, const cti::wire::Envelope& e) { replies.insert(id, e); });
    }
    ConnectionState state() const { return states.isEmpty() ? ConnectionState::Disconnected : states.last(); }
    bool hasError(ErrorCode code) const {
        return std::any_of(errors.begin(), errors.end(), [code](const auto& e) { return e.first == code; });
    }
};

cti::qt::ConnectionOptions testOptions() {
    cti::qt::ConnectionOptions o;
    o.clientName = QStringLiteral("cti-test");
    o.clientVersion = QStringLiteral("0.0.1");
    o.backoff = cti::qt::BackoffPolicy{50ms, 200ms};  // keep reconnect tests quick
    return o;
}

cti::qt::ServerTarget target(const cti::test::FakeServer& server, QString pin = {}) {
    return cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("alice"),
                                 QStringLiteral("secret"), std::move(pin)};
}

const QString& trustedPin() { return cti::test::testCertificate().fingerprint; }

// Logs in with the pin already set and waits for the first snapshot.
void loginPinned(cti::qt::Connection& c, const cti::test::FakeServer& server, const Recorder& rec) {
    c.connectToServer(target(server, trustedPin()));
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 1; }));
    REQUIRE(rec.state() == ConnectionState::LoggedIn);
}

}  // namespace

TEST_CASE("first use shows the fingerprint and sends nothing until trusted", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());

    host.connection().connectToServer(target(server));
    REQUIRE(waitFor([&] { return !rec.fingerprints.isEmpty(); }));
    CHECK(rec.fingerprints.first() == trustedPin());
    CHECK(rec.states.first() == ConnectionState::Connecting);
    CHECK(server.received.isEmpty());  // no Hello, no password to an unverified server

    host.connection().acceptCertificate(rec.fingerprints.first());
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 1; }));

    CHECK(rec.states.contains(ConnectionState::Handshaking));
    CHECK(rec.state() == ConnectionState::LoggedIn);
    const auto hellos = server.receivedOf(cti::wire::Envelope::kHello);
    REQUIRE(hellos.size() == 1);
    CHECK(hellos[0].hello().protocol_major() == cti::wire::kProtocolMajor);
    CHECK(hellos[0].hello().client_name() == "cti-test");
    const auto logins = server.receivedOf(cti::wire::Envelope::kLogin);
    REQUIRE(logins.size() == 1);
    CHECK(logins[0].login().user() == "alice");
    CHECK(logins[0].login().password() == "secret");
    CHECK(logins[0].login().resume_token().empty());

    REQUIRE(rec.logins.size() == 1);
    CHECK(rec.logins[0].user.displayName == QStringLiteral("Alice Zhang"));
    CHECK(rec.logins[0].user.role == cti::qt::Role::Agent);
    CHECK_FALSE(rec.logins[0].resumed);
    CHECK(rec.snapshots[0].agents.size() == 1);
    CHECK(rec.snapshots[0].announcements.size() == 1);
}

TEST_CASE("a pinned fingerprint logs in without asking", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    // Written as `openssl x509 -fingerprint` would after a copy without colons, in lower case:
    // the comparison ignores case and separators.
    host.connection().connectToServer(target(server, trustedPin().toLower().remove(u':')));
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 1; }));
    CHECK(rec.fingerprints.isEmpty());
    CHECK(rec.errors.isEmpty());
}

TEST_CASE("a fingerprint other than the pinned one refuses to connect", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    const QString otherPin = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                            "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    host.connection().connectToServer(target(server, otherPin));
    REQUIRE(waitFor([&] { return !rec.errors.isEmpty(); }));
    CHECK(rec.errors[0].first == ErrorCode::CertificateMismatch);
    CHECK(rec.errors[0].second.contains(trustedPin()));
    CHECK(rec.errors[0].second.contains(otherPin));
    REQUIRE(waitFor([&] { return rec.state() == ConnectionState::Disconnected; }));
    CHECK(rec.fingerprints.isEmpty());
    CHECK(server.received.isEmpty());
    CHECK(server.connections == 1);
}

TEST_CASE("rejecting a first-seen certificate stays disconnected", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    host.connection().connectToServer(target(server));
    REQUIRE(waitFor([&] { return !rec.fingerprints.isEmpty(); }));
    host.connection().rejectCertificate();
    REQUIRE(waitFor([&] { return rec.hasError(ErrorCode::CertificateRejected); }));
    CHECK(rec.state() == ConnectionState::Disconnected);
    CHECK(server.received.isEmpty());
}

TEST_CASE("trust given after the server stopped waiting connects again", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    host.connection().connectToServer(target(server));
    REQUIRE(waitFor([&] { return !rec.fingerprints.isEmpty(); }));
    server.dropClient();  // the server's handshake timeout while the user read the dialog
    host.connection().acceptCertificate(rec.fingerprints.first());
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 1; }));
    CHECK(server.connections == 2);
    CHECK(rec.fingerprints.size() == 1);  // pinned for the second attempt: not asked again
}

TEST_CASE("a dropped link reconnects and resumes with the last token", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    loginPinned(host.connection(), server, rec);

    server.dropClient();
    REQUIRE(waitFor([&] { return rec.logins.size() == 2 && rec.snapshots.size() == 2; }));

    CHECK(rec.states.contains(ConnectionState::Reconnecting));
    CHECK(rec.state() == ConnectionState::LoggedIn);
    CHECK(rec.hasError(ErrorCode::ConnectionLost));
    const auto logins = server.receivedOf(cti::wire::Envelope::kLogin);
    REQUIRE(logins.size() == 2);
    CHECK(logins[1].login().resume_token() == "token-1");
    CHECK(logins[1].login().password() == "secret");
    CHECK(rec.logins[1].resumed);
    CHECK(server.receivedOf(cti::wire::Envelope::kHello).size() == 2);

    // The next drop resumes with the newest token, not the first one.
    server.dropClient();
    REQUIRE(waitFor([&] { return rec.logins.size() == 3; }));
    CHECK(server.receivedOf(cti::wire::Envelope::kLogin).last().login().resume_token() == "token-2");
}

TEST_CASE("reconnecting keeps trying while the server is down", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    loginPinned(host.connection(), server, rec);

    server.refuseConnections = true;  // the server process is gone
    server.dropClient();
    REQUIRE(waitFor([&] { return rec.state() == ConnectionState::Reconnecting; }));
    // Let several attempts fail before the server is back.
    const int before = server.connections;
    QTest::qWait(600);
    CHECK(rec.state() == ConnectionState::Reconnecting);
    server.refuseConnections = false;
    REQUIRE(waitFor([&] { return rec.logins.size() == 2; }));
    CHECK(server.connections == before + 1);
    CHECK(server.receivedOf(cti::wire::Envelope::kLogin).last().login().resume_token() == "token-1");
    CHECK(rec.state() == ConnectionState::LoggedIn);
}

TEST_CASE("heartbeats when idle, and a silent server counts as a dead link", "[connection]") {
    cti::test::FakeServer server;
    server.heartbeatMs = 100;
    server.idleTimeoutMs = 1500;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    loginPinned(host.connection(), server, rec);

    REQUIRE(waitFor([&] { return server.receivedOf(cti::wire::Envelope::kHeartbeat).size() >= 3; }));

    server.silent = true;  // the socket stays open but nothing arrives: a dead link
    REQUIRE(waitFor([&] { return rec.states.contains(ConnectionState::Reconnecting); }));
    server.silent = false;
    REQUIRE(waitFor([&] { return rec.logins.size() == 2; }));
    CHECK(server.receivedOf(cti::wire::Envelope::kLogin).last().login().resume_token() == "token-1");
}

TEST_CASE("every request gets exactly one reply", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());

    SECTION("while disconnected the client answers UNAVAILABLE itself") {
        cti::wire::Envelope ping;
        ping.mutable_ping()->set_nonce(5);
        const quint64 id = host.connection().request(ping);
        CHECK(id != 0);
        REQUIRE(waitFor([&] { return rec.replies.contains(id); }));
        CHECK(rec.replies[id].error().code() == cti::wire::UNAVAILABLE);
        CHECK(server.received.isEmpty());
    }

    SECTION("the server's reply carries the request id") {
        loginPinned(host.connection(), server, rec);
        cti::wire::Envelope ping;
        ping.mutable_ping()->set_nonce(99);
        const quint64 first = host.connection().request(ping);
        const quint64 second = host.connection().request(ping);
        CHECK(first != second);
        REQUIRE(waitFor([&] { return rec.replies.size() == 2; }));
        CHECK(rec.replies[first].has_pong());
        CHECK(rec.replies[first].pong().nonce() == 99);
        CHECK(rec.replies[second].has_pong());
    }

    SECTION("a request in flight when the link drops is answered with an error") {
        loginPinned(host.connection(), server, rec);
        server.answerRequests = false;
        cti::wire::Envelope ping;
        ping.mutable_ping()->set_nonce(1);
        const quint64 id = host.connection().request(ping);
        REQUIRE(waitFor([&] { return !server.receivedOf(cti::wire::Envelope::kPing).isEmpty(); }));
        server.dropClient();
        REQUIRE(waitFor([&] { return rec.replies.contains(id); }));
        CHECK(rec.replies[id].error().code() == cti::wire::UNAVAILABLE);
    }
}

TEST_CASE("events arrive in order and a gap fetches a fresh snapshot", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    loginPinned(host.connection(), server, rec);  // snapshot event_seq 41

    cti::wire::Envelope presence;
    presence.mutable_event()->set_seq(42);
    presence.mutable_event()->mutable_presence()->set_user_id(7);
    presence.mutable_event()->mutable_presence()->set_login("alice");
    presence.mutable_event()->mutable_presence()->set_online(false);
    server.push(presence);
    REQUIRE(waitFor([&] { return rec.events.size() == 1; }));
    const auto* change = std::get_if<cti::qt::PresenceChange>(&rec.events[0].kind);
    REQUIRE(change);
    CHECK(change->userId == 7);
    CHECK_FALSE(change->online);

    server.push(presence);  // a duplicate (seq 42 again) is dropped
    cti::wire::Envelope later;
    later.mutable_event()->set_seq(45);  // 43 and 44 were missed
    later.mutable_event()->mutable_announcement()->set_announcement_id(2);
    server.push(later);
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 2; }));
    CHECK(rec.events.size() == 2);
    CHECK(server.receivedOf(cti::wire::Envelope::kSnapshotRequest).size() == 1);
}

TEST_CASE("a wrong password stops with the server's message and no retry", "[connection]") {
    cti::test::FakeServer server;
    server.rejectLogin = true;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    host.connection().connectToServer(target(server, trustedPin()));
    REQUIRE(waitFor([&] { return !rec.errors.isEmpty(); }));
    CHECK(rec.errors[0].first == ErrorCode::AuthFailed);
    CHECK(rec.errors[0].second == QStringLiteral("Wrong user name or password."));
    REQUIRE(waitFor([&] { return rec.state() == ConnectionState::Disconnected; }));
    CHECK(rec.logins.isEmpty());
    CHECK(server.connections == 1);
}

TEST_CASE("a server that cannot be reached on first login is an error, not a retry loop", "[connection]") {
    cti::test::FakeServer server;
    server.refuseConnections = true;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    host.connection().connectToServer(target(server));
    REQUIRE(waitFor([&] { return !rec.errors.isEmpty(); }));
    CHECK(rec.errors[0].first == ErrorCode::ConnectFailed);
    CHECK(rec.errors[0].second.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())));
    REQUIRE(waitFor([&] { return rec.state() == ConnectionState::Disconnected; }));
    CHECK_FALSE(rec.states.contains(ConnectionState::Reconnecting));
    CHECK(rec.errors.size() == 1);
}

TEST_CASE("logout ends the session without reconnecting", "[connection]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(testOptions());
    Recorder rec(host.connection());
    loginPinned(host.connection(), server, rec);
    host.logoutAndWait(20s);
    CHECK(host.connection().state() == ConnectionState::Disconnected);
    CHECK(server.receivedOf(cti::wire::Envelope::kLogout).size() == 1);
    REQUIRE(waitFor([&] { return rec.state() == ConnectionState::Disconnected; }));
    CHECK_FALSE(rec.states.contains(ConnectionState::Reconnecting));
    CHECK(server.connections == 1);
}
