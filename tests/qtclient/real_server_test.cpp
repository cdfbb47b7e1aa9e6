// The Connection against the real cti-server (built in the same tree), started as a process with
// the demo call center, through a TCP relay that can cut the link like a failing network.
// Built only when the build has the server (tests/qtclient/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QTcpServer>
#include <QTcpSocket>

#include "cti/qtclient/connection_host.h"
#include "support/server_process.h"
#include "support/wait.h"

using cti::qt::ConnectionState;
using cti::qt::ErrorCode;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

// Relays TCP both ways; cut() aborts every relayed link at once.
class Relay : public QTcpServer {
public:
    explicit Relay(quint16 upstreamPort) : upstreamPort_(upstreamPort) { listen(QHostAddress::LocalHost, 0); }
    void cut() {
        for (QTcpSocket* s : std::exchange(sockets_, {})) {
            s->abort();
            s->deleteLater();
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override {
        auto* down = new QTcpSocket(this);
        down->setSocketDescriptor(descriptor);
        auto* up = new QTcpSocket(this);
        up->connectToHost(QHostAddress::LocalHost, upstreamPort_);
        sockets_ << down << up;
        auto pipe = [](QTcpSocket* from, QTcpSocket* to) {
            connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
            connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
        };
        // Bytes from the client may arrive before the upstream connect completes: QTcpSocket
        // buffers writes until then.
        pipe(down, up);
        pipe(up, down);
    }

private:
    quint16 upstreamPort_;
    QList<QTcpSocket*> sockets_;
};

struct Recorder : QObject {
    QList<ConnectionState> states;
    QStringList fingerprints;
    QList<cti::qt::LoginResult> logins;
    QList<cti::qt::Snapshot> snapshots;
    QList<QPair<ErrorCode, QString>> errors;
    QMap<quint64, cti::wire::Envelope> replies;

    explicit Recorder(cti::qt::Connection& c) {
        using C = cti::qt::Connection;
        connect(&c, &C::stateChanged, this, [this](ConnectionState s) { states.append(s); });
        connect(&c, &C::certificateNeedsTrust, this, [this](const QString& f) { fingerprints.append(f); });
        connect(&c, &C::loggedIn, this, [this](const cti::qt::LoginResult& r) { logins.append(r); });
        connect(&c, &C::snapshotReceived, this, [this](const cti::qt::Snapshot& s) { snapshots.append(s); });
        connect(&c, &C::errorReceived, this, [this](ErrorCode code, const QString& m) { errors.append({code, m}); });
        connect(&c, &C::replyReceived, this, [this](quint64 id, const cti::wire::Envelope& e) { replies.insert(id, e); });
    }
};

cti::qt::ConnectionOptions options() {
    cti::qt::ConnectionOptions o;
    o.clientName = QStringLiteral("cti-qtclient-test");
    o.backoff = cti::qt::BackoffPolicy{100ms, 500ms};
    o.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    return o;
}

}  // namespace

TEST_CASE("the real server: trust on first use, login, request, resume after a cut", "[connection][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    Relay relay(server.port());
    cti::qt::ConnectionHost host(options());
    auto& connection = host.connection();
    Recorder rec(connection);
    const QString password = server.password(QStringLiteral("1001"));
    REQUIRE_FALSE(password.isEmpty());

    connection.connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), relay.serverPort(),
                                                     QStringLiteral("1001"), password, {}});
    REQUIRE(waitFor([&] { return !rec.fingerprints.isEmpty(); }));
    CHECK(rec.fingerprints[0] == server.fingerprint());
    connection.acceptCertificate(rec.fingerprints[0]);
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 1; }, 120000));
    REQUIRE(rec.logins.size() == 1);
    CHECK(rec.logins[0].user.login == QStringLiteral("1001"));
    CHECK(rec.logins[0].user.role == cti::qt::Role::Agent);
    CHECK_FALSE(rec.logins[0].resumed);
    CHECK(rec.snapshots[0].me.login == QStringLiteral("1001"));

    cti::wire::Envelope ping;
    ping.mutable_ping()->set_nonce(1234);
    const quint64 id = connection.request(ping);
    REQUIRE(waitFor([&] { return rec.replies.contains(id); }));
    CHECK(rec.replies[id].pong().nonce() == 1234);

    relay.cut();
    REQUIRE(waitFor([&] { return rec.snapshots.size() == 2; }, 120000));
    CHECK(rec.states.contains(ConnectionState::Reconnecting));
    REQUIRE(rec.logins.size() == 2);
    CHECK(rec.logins[1].resumed);
    CHECK(rec.logins[1].sessionId == rec.logins[0].sessionId);
    CHECK(rec.fingerprints.size() == 1);

    host.logoutAndWait(30s);
    CHECK(connection.state() == ConnectionState::Disconnected);
}

TEST_CASE("the real server: a wrong password is refused with a message", "[connection][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    cti::qt::ConnectionHost host(options());
    Recorder rec(host.connection());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("1001"), QStringLiteral("wrong"),
                                                            server.fingerprint()});
    REQUIRE(waitFor([&] { return !rec.errors.isEmpty(); }, 120000));
    CHECK(rec.errors[0].first == ErrorCode::AuthFailed);
    CHECK_FALSE(rec.errors[0].second.isEmpty());
    REQUIRE(waitFor([&] { return host.connection().state() == ConnectionState::Disconnected; }));
    CHECK(rec.logins.isEmpty());
}
