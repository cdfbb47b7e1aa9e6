#include "wall_bench_setup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <string_view>

#include "cti/qtclient/fingerprint.h"

namespace wall_bench {

using namespace std::chrono_literals;

namespace {

// Runs the GUI thread's event loop until done() holds or `limit` passes; true if done.
bool runUntil(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limit.count()) return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString readTrimmed(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

cti::qt::ConnectionOptions options(const QString& clientName) {
    cti::qt::ConnectionOptions o;
    o.clientName = clientName;
    // Hundreds of Argon2id verifications queue on the server's small pool during the set-up.
    o.handshakeTimeout = 120s;
    return o;
}

cti::wire::Envelope agentControl(cti::wire::AgentAction action) {
    cti::wire::Envelope e;
    e.mutable_agent_control()->set_action(action);
    return e;
}

}  // namespace

// ---- BenchServer ----

BenchServer::~BenchServer() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.terminate();
    if (!process_.waitForFinished(15000)) process_.kill();
    process_.waitForFinished(5000);
}

bool BenchServer::start(const QString& serverPath, const QString& config, const QString& work, QString& error) {
    data_ = work + QStringLiteral("/data");
    const QString ready = work + QStringLiteral("/ready.json");
    process_.setStandardOutputFile(work + QStringLiteral("/server.out"));
    process_.setStandardErrorFile(work + QStringLiteral("/server.log"));
    process_.start(serverPath, {QStringLiteral("--config"), config, QStringLiteral("--data"), data_,
                                QStringLiteral("--seed-demo"), QStringLiteral("--gateway-port"), QStringLiteral("0"),
                                QStringLiteral("--http-port"), QStringLiteral("0"), QStringLiteral("--sip-port"),
                                QStringLiteral("0"), QStringLiteral("--ready-file"), ready});
    if (!process_.waitForStarted(10000)) {
        error = QStringLiteral("cannot start %1: %2").arg(serverPath, process_.errorString());
        return false;
    }
    const bool up = runUntil([&] { return QFile(ready).size() > 0 || process_.state() == QProcess::NotRunning; }, 120s);
    if (!up || process_.state() == QProcess::NotRunning) {
        error = QStringLiteral("cti-server did not get ready: see %1/server.log").arg(work);
        return false;
    }
    QThread::msleep(50);  // the ready file is written in one go; give the writer a moment anyway
    QFile f(ready);
    f.open(QIODevice::ReadOnly);
    port_ = static_cast<quint16>(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("gateway_port")).toInt());
    const auto certs = QSslCertificate::fromPath(data_ + QStringLiteral("/tls/server.crt"));
    if (port_ == 0 || certs.isEmpty()) {
        error = QStringLiteral("no gateway port or certificate in %1").arg(work);
        return false;
    }
    fingerprint_ = cti::qt::fingerprintOf(certs.first());
    return true;
}

cti::qt::ServerTarget BenchServer::target(const QString& login, const QString& password) const {
    return cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), port_, login, password, fingerprint_};
}

QString BenchServer::demoPassword(const QString& login) const {
    return readTrimmed(data_ + QStringLiteral("/demo/") + login + QStringLiteral(".password"));
}

double BenchServer::cpuSeconds() const {
    // Fields 14 and 15 (utime, stime) come after the command name, which may hold spaces.
    const QString stat = readTrimmed(QStringLiteral("/proc/%1/stat").arg(pid()));
    const auto fields = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
    if (fields.size() < 13) return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// ---- SyncSession ----

SyncSession::SyncSession(const QString& clientName) : host_(options(clientName)) {}

bool SyncSession::login(const cti::qt::ServerTarget& target, QString& error) {
    bool in = false;
    QString problem;
    QObject context;
    QObject::connect(&host_.connection(), &cti::qt::Connection::loggedIn, &context, [&] { in = true; });
    QObject::connect(&host_.connection(), &cti::qt::Connection::errorReceived, &context,
                     [&](cti::qt::ErrorCode, const QString& message) { problem = message; });
    host_.connection().connectToServer(target);
    runUntil([&] { return in || !problem.isEmpty(); }, 180s);
    if (!in) error = QStringLiteral("%1 could not log in: %2").arg(target.user, problem.isEmpty() ? QStringLiteral("timeout") : problem);
    return in;
}

std::vector<cti::wire::Envelope> SyncSession::pipeline(const std::vector<cti::wire::Envelope>& requests, int window) {
    std::vector<cti::wire::Envelope> replies(requests.size());
    QHash<quint64, std::size_t> pending;
    std::size_t next = 0, answered = 0;
    QObject context;
    QObject::connect(&host_.connection(), &cti::qt::Connection::replyReceived, &context,
                     [&](quint64 id, const cti::wire::Envelope& reply) {
                         const auto it = pending.find(id);
                         if (it == pending.end()) return;
                         replies[*it] = reply;
                         pending.erase(it);
                         ++answered;
                     });
    auto fill = [&] {
        while (next < requests.size() && pending.size() < window) {
            pending.insert(host_.connection().request(requests[next]), next);
            ++next;
        }
        return answered == requests.size();
    };
    runUntil(fill, 600s);
    return replies;
}

QString errorOf(const cti::wire::Envelope& reply) {
    if (reply.body_case() == cti::wire::Envelope::kError) return QString::fromStdString(reply.error().message());
    if (reply.body_case() == cti::wire::Envelope::BODY_NOT_SET) return QStringLiteral("no reply");
    return {};
}

// ---- the agents ----

std::vector<Agent> createAgents(SyncSession& admin, int count, const QString& password, QString& error) {
    std::vector<cti::wire::Envelope> saves;
    for (int i = 1; i <= count; ++i) {
        cti::wire::Envelope e;
        auto* u = e.mutable_save_user()->mutable_user();
        u->set_login(QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0')).toStdString());
        u->set_display_name(QStringLiteral("坐席%1").arg(i).toStdString());
        u->set_role("agent");
        u->set_department("客服中心");
        u->set_extension(std::to_string(20000 + i));
        u->set_enabled(true);
        e.mutable_save_user()->set_password(password.toStdString());
        saves.push_back(std::move(e));
    }
    std::vector<Agent> agents;
    // Each new password is hashed (Argon2id) on the server's pool: a window keeps it busy.
    for (const auto& reply : admin.pipeline(saves, 16)) {
        if (const QString e = errorOf(reply); !e.isEmpty()) {
            error = QStringLiteral("SaveUser: ") + e;
            return {};
        }
        agents.push_back({reply.save_user_ok().user().user_id(), QString::fromStdString(reply.save_user_ok().user().login())});
    }
    std::vector<cti::wire::Envelope> tiers;
    for (std::size_t i = 0; i < agents.size(); ++i)
        for (const char* queue : {"热线总队列", "故障报修"}) {
            if (i % 2 == 1 && std::string_view(queue) == "故障报修") continue;
            cti::wire::Envelope e;
            auto* m = e.mutable_set_queue_member()->mutable_member();
            m->set_agent_id(agents[i].userId);
            m->set_queue(queue);
            m->set_level(1);
            tiers.push_back(std::move(e));
        }
    for (const auto& reply : admin.pipeline(tiers, 64))
        if (const QString e = errorOf(reply); !e.isEmpty()) {
            error = QStringLiteral("SetQueueMember: ") + e;
            return {};
        }
    return agents;
}

AgentFleet::AgentFleet() {
    thread_.setObjectName(QStringLiteral("agent-fleet"));
    thread_.start();
}

AgentFleet::~AgentFleet() {
    for (auto* c : connections_) c->deleteLater();  // on their thread, which closes the sockets there
    thread_.quit();
    thread_.wait();
}

bool AgentFleet::signIn(const BenchServer& server, const std::vector<Agent>& agents, const QString& password,
                        bool keepLinks, QString& error) {
    constexpr std::size_t kAtOnce = 32;  // logins in flight: the server verifies them on a small pool
    std::size_t started = 0, done = 0;
    QString problem;
    QObject context;
    std::function<void()> startNext = [&] {
        if (started >= agents.size()) return;
        const Agent& agent = agents[started++];
        auto* c = new cti::qt::Connection(options(QStringLiteral("wall-bench-agent")));
        c->moveToThread(&thread_);
        connections_.push_back(c);
        auto signInRequest = std::make_shared<quint64>(0);
        QObject::connect(c, &cti::qt::Connection::loggedIn, &context, [c, signInRequest] {
            if (*signInRequest == 0) *signInRequest = c->request(agentControl(cti::wire::SIGN_IN));
        });
        QObject::connect(c, &cti::qt::Connection::replyReceived, &context,
                         [&, c, signInRequest](quint64 id, const cti::wire::Envelope& reply) {
                             if (id != *signInRequest) return;
                             if (const QString e = errorOf(reply); !e.isEmpty()) problem = QStringLiteral("SIGN_IN: ") + e;
                             if (!keepLinks) c->disconnectFromServer();
                             ++done;
                             startNext();
                         });
        QObject::connect(c, &cti::qt::Connection::errorReceived, &context,
                         [&, login = agent.login](cti::qt::ErrorCode, const QString& m) {
                             problem = login + QStringLiteral(": ") + m;
                         });
        c->connectToServer(server.target(agent.login, password));
    };
    for (std::size_t i = 0; i < std::min(kAtOnce, agents.size()); ++i) startNext();
    const bool finished = runUntil([&] { return done == agents.size() || !problem.isEmpty(); }, 900s);
    if (!problem.isEmpty() || !finished) {
        error = problem.isEmpty() ? QStringLiteral("the agents did not all sign in (%1 of %2)").arg(done).arg(agents.size())
                                  : problem;
        return false;
    }
    return true;
}

}  // namespace wall_bench
