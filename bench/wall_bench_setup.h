#pragma once
// wall_bench's set-up: a real cti-server in a work folder (the demo call center), a blocking
// session for the administrator's and the leader's requests, and the 500 agents created,
// put in queues and signed in from their own sessions. Everything here runs before the
// measured runs; none of it is timed.
#include <QProcess>
#include <QString>
#include <QThread>

#include <chrono>
#include <memory>
#include <vector>

#include "cti/qtclient/connection_host.h"

namespace wall_bench {

// cti-server started with the bench's configuration and --seed-demo in `work`/data.
class BenchServer {
public:
    ~BenchServer();
    // Starts the server and waits for its ready file; false (and why in `error`) on failure.
    bool start(const QString& serverPath, const QString& config, const QString& work, QString& error);

    quint16 gatewayPort() const { return port_; }
    qint64 pid() const { return process_.processId(); }
    QString dataDir() const { return data_; }
    // The demo account's password (data/demo/<login>.password) and the target to log in with.
    cti::qt::ServerTarget target(const QString& login, const QString& password) const;
    QString demoPassword(const QString& login) const;
    // User + system CPU seconds the server has used so far (/proc/<pid>/stat).
    double cpuSeconds() const;

private:
    QProcess process_;
    QString data_;
    QString fingerprint_;
    quint16 port_ = 0;
};

// One logged-in session on its own thread, asked from the GUI thread and waited for there
// (a local event loop): for set-up requests only.
class SyncSession {
public:
    explicit SyncSession(const QString& clientName);
    bool login(const cti::qt::ServerTarget& target, QString& error);
    // Sends the requests with at most `window` unanswered at a time; the replies in order.
    std::vector<cti::wire::Envelope> pipeline(const std::vector<cti::wire::Envelope>& requests, int window);
    cti::qt::Connection& connection() const { return host_.connection(); }

private:
    cti::qt::ConnectionHost host_;
};

// The reply's error message, empty when the reply is not an Error.
QString errorOf(const cti::wire::Envelope& reply);

struct Agent {
    qint64 userId = 0;
    QString login;
};

// Creates `count` agents (logins w0001…, extensions 20001…, department 客服中心) through the
// administrator's SaveUser, every one in 热线总队列 and every other one in 故障报修 too
// (SetQueueMember), so that the wall's queue figures move with them.
std::vector<Agent> createAgents(SyncSession& admin, int count, const QString& password, QString& error);

// The agents' own desktops: each logs in and signs in (AgentControl SIGN_IN, as only an agent
// may). Then the links are dropped unless keepLinks: the server keeps the sessions for the
// configured resume grace, so the agents stay online and signed in while the server sends
// their events to nobody but the wall and the leader. With keepLinks every agent's desktop
// stays connected and gets every event, as on a real floor.
class AgentFleet {
public:
    AgentFleet();
    ~AgentFleet();
    bool signIn(const BenchServer& server, const std::vector<Agent>& agents, const QString& password, bool keepLinks,
                QString& error);
    // The thread all the agents' connections run on (for its CPU time).
    QThread& thread() { return thread_; }
    cti::qt::Connection* anyConnection() const { return connections_.empty() ? nullptr : connections_.front(); }

private:
    QThread thread_;
    std::vector<cti::qt::Connection*> connections_;
};

}  // namespace wall_bench
