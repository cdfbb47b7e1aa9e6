// wall_bench: event-to-screen latency and CPU of the supervisor's monitoring wall while 500
// agents change status.
//
// A real cti-server (bench/wall_bench.toml, the demo call center) gets 500 agents through the
// administrator's SaveUser and SetQueueMember; each agent logs in and signs in from its own
// session (only agents sign themselves in). The real SupervisorApp, logged in as the demo
// supervisor, shows its MonitoringWall (offscreen, 1920x1080, zh_CN). The demo team leader then
// forces the agents ready / not ready in turn (AgentControl{agent_id}, agent.force) at a steady
// rate: 50, 200 and 500 changes a second, each rate a run, the rates interleaved, --runs times.
//
// Latency of each change is from the moment the driver sends it to (a) the wall's
// AgentTableModel showing the new status and (b) the agent table having painted that row and
// returned to the event loop (changes of the rows inside the viewport only: the others are
// never painted). CPU is each thread's own clock (CLOCK_THREAD_CPUTIME_ID): the wall's GUI
// thread and its connection thread, in percent of one core over the sending; the server's
// from /proc. The driver and the agents' connections live in this process on threads of their
// own and are not counted as the wall's. The first rate is the reference of the ratios.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QEventLoop>
#include <QTimer>

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include "app/supervisor_app.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "models/agent_table_model.h"
#include "wall_bench_probe.h"
#include "wall_bench_setup.h"
#include "widgets/monitoring_wall.h"

using namespace wall_bench;
using namespace std::chrono_literals;

namespace {

// The CPU clock of the thread `object` lives on (not the calling thread's).
clockid_t cpuClockOf(QObject* object) {
    clockid_t id{};
    QMetaObject::invokeMethod(object, [&id] { pthread_getcpuclockid(pthread_self(), &id); }, Qt::BlockingQueuedConnection);
    return id;
}

double cpuSeconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs the GUI thread's event loop (the wall's) until done() or `limit`. done() is asked every
// 50 ms: the waiting itself costs the GUI thread next to nothing.
void waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    if (done()) return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) loop.quit();
    });
    QTimer::singleShot(limit, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
}

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> v) {
    if (v.empty()) return {};
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))]; };
    return {at(0.50), at(0.95), at(0.99), v.back()};
}

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct RunResult {
    double rate = 0;
    std::size_t sent = 0, refused = 0, inModel = 0, visible = 0, onScreen = 0;
    Percentiles model, screen;
    double ackP50 = 0;
    double guiPct = 0, connPct = 0, serverPct = 0, fleetPct = 0;
    double guiUsPerChange = 0;  // GUI CPU until the wall caught up, per change
    double paintsPerS = 0;
    int layoutChanges = 0;
};

struct Clocks {
    clockid_t gui, wallConnection, fleet;
    const BenchServer& server;
    bool withFleet;
};

RunResult measure(double rate, double seconds, Driver& driver, Ledger& ledger, WallProbe& probe, const Clocks& clocks,
                  int agents) {
    RunResult r;
    r.rate = rate;
    probe.resetCounters();
    ledger.reset(agents);
    bool done = false;
    const auto connection = QObject::connect(&driver, &Driver::done, qApp, [&done] { done = true; });
    const double gui0 = cpuSeconds(clocks.gui), conn0 = cpuSeconds(clocks.wallConnection);
    const double fleet0 = clocks.withFleet ? cpuSeconds(clocks.fleet) : 0, server0 = clocks.server.cpuSeconds();
    const std::int64_t t0 = nowNs();
    QMetaObject::invokeMethod(&driver, [&driver, rate, seconds] { driver.run(rate, seconds); });
    waitUntil([&] { return done; }, std::chrono::milliseconds(static_cast<int>(seconds * 1000) + 30000));
    QObject::disconnect(connection);
    const double wallS = static_cast<double>(nowNs() - t0) * 1e-9;
    r.guiPct = 100 * (cpuSeconds(clocks.gui) - gui0) / wallS;
    r.connPct = 100 * (cpuSeconds(clocks.wallConnection) - conn0) / wallS;
    r.serverPct = 100 * (clocks.server.cpuSeconds() - server0) / wallS;
    if (clocks.withFleet) r.fleetPct = 100 * (cpuSeconds(clocks.fleet) - fleet0) / wallS;
    const ViewCounters view = probe.counters();
    r.paintsPerS = view.paints / wallS;
    r.layoutChanges = view.layoutChanges;

    // Let the wall catch up: until it has shown every change, or nothing new for a second.
    std::int64_t lastSeen = nowNs();
    std::size_t seen = 0;
    waitUntil([&] {
        const auto [inModel, sent] = ledger.progress();
        if (inModel != seen) {
            seen = inModel;
            lastSeen = nowNs();
        }
        return seen == sent || nowNs() - lastSeen > 1'000'000'000;
    }, 60s);
    waitUntil([] { return false; }, 100ms);  // the last paints' stamps
    r.guiUsPerChange = 1e6 * (cpuSeconds(clocks.gui) - gui0);

    const auto changes = ledger.take();
    std::vector<double> model, screen, ack;
    for (const auto& c : changes) {
        ++r.sent;
        if (c.failed) ++r.refused;
        if (c.acked >= 0) ack.push_back(static_cast<double>(c.acked - c.sent) * 1e-6);
        if (c.model >= 0) ++r.inModel, model.push_back(static_cast<double>(c.model - c.sent) * 1e-6);
        if (c.visible) ++r.visible;
        if (c.screen >= 0) ++r.onScreen, screen.push_back(static_cast<double>(c.screen - c.sent) * 1e-6);
    }
    r.guiUsPerChange /= std::max<std::size_t>(1, r.sent);
    r.model = percentiles(model);
    r.screen = percentiles(screen);
    r.ackP50 = percentiles(ack).p50;
    return r;
}

void printRun(int run, const RunResult& r, bool withFleet) {
    std::printf("  run %d %4.0f/s: sent %zu (refused %zu), in model %zu, on screen %zu of %zu visible; "
                "model p50 %.1f p99 %.1f ms, screen p50 %.1f p99 %.1f ms; GUI %.1f %% conn %.1f %% server %.1f %%%s; "
                "%.0f paints/s, %d re-sorts\n",
                run, r.rate, r.sent, r.refused, r.inModel, r.onScreen, r.visible, r.model.p50, r.model.p99, r.screen.p50,
                r.screen.p99, r.guiPct, r.connPct, r.serverPct,
                withFleet ? QStringLiteral(" agents %1 %").arg(r.fleetPct, 0, 'f', 1).toUtf8().constData() : "",
                r.paintsPerS, r.layoutChanges);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Event-to-screen latency and CPU of the supervisor's wall"));
    cli.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("seconds of changes per run (15)"),
                                        QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs per rate (3)"), QStringLiteral("N"),
                                     QStringLiteral("3"));
    const QCommandLineOption ratesOpt(QStringLiteral("rates"), QStringLiteral("changes/s, the first is the reference (50,200,500)"),
                                      QStringLiteral("LIST"), QStringLiteral("50,200,500"));
    const QCommandLineOption agentsOpt(QStringLiteral("agents"), QStringLiteral("agents (500)"), QStringLiteral("N"),
                                       QStringLiteral("500"));
    const QCommandLineOption linksOpt(QStringLiteral("agent-links"),
                                      QStringLiteral("keep every agent's desktop connected (the server sends each event to all)"));
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("cti-server binary"), QStringLiteral("PATH"),
                                       QStringLiteral(CTI_SERVER_PATH));
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("server configuration"),
                                       QStringLiteral("TOML"), QStringLiteral(CTI_WALL_BENCH_CONFIG));
    cli.addOptions({secondsOpt, runsOpt, ratesOpt, agentsOpt, linksOpt, serverOpt, configOpt});
    cli.process(app);
    const double seconds = cli.value(secondsOpt).toDouble();
    const int runs = std::max(1, cli.value(runsOpt).toInt());
    const int agentCount = std::clamp(cli.value(agentsOpt).toInt(), 1, 1900);
    const bool links = cli.isSet(linksOpt);
    std::vector<double> rates;
    for (const auto& r : cli.value(ratesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) rates.push_back(r.toDouble());
    QTemporaryDir work(QDir::tempPath() + QStringLiteral("/wall_bench.XXXXXX"));
    auto die = [&work](const QString& why) {
        work.setAutoRemove(false);  // the server's log is there
        std::fprintf(stderr, "wall_bench: %s\n", qPrintable(why));
        return 1;
    };
    if (seconds <= 0 || rates.empty()) return die(QStringLiteral("need --seconds > 0 and at least one rate"));

    const cti::qt::Translations translations(app, QStringLiteral("zh_CN"),
                                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    BenchServer server;
    QString error;
    std::int64_t t = nowNs();
    if (!server.start(cli.value(serverOpt), cli.value(configOpt), work.path(), error)) return die(error);
    SyncSession admin(QStringLiteral("wall-bench-admin"));
    if (!admin.login(server.target(QStringLiteral("admin"), server.demoPassword(QStringLiteral("admin"))), error))
        return die(error);
    const QString password = QStringLiteral("wall-bench-%1").arg(nowNs() % 1000000007);
    const auto agents = createAgents(admin, agentCount, password, error);
    if (agents.empty()) return die(error);
    std::fprintf(stderr, "wall_bench: %d agents created in %.1f s\n", agentCount, static_cast<double>(nowNs() - t) * 1e-9);
    t = nowNs();
    AgentFleet fleet;
    if (!fleet.signIn(server, agents, password, links, error)) return die(error);
    std::fprintf(stderr, "wall_bench: %d agents signed in in %.1f s\n", agentCount, static_cast<double>(nowNs() - t) * 1e-9);

    // The wall, made as main() makes it, logged in as the demo supervisor.
    cti::qt::ConnectionHost wallHost(cti::qt::ConnectionOptions{.clientName = QStringLiteral("cti-supervisor"),
                                                                .handshakeTimeout = 60s});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(wallHost.connection(), status);
    cti::supervisor::SupervisorApp supervisor(wallHost.connection(), status);
    status.setTelephonyEnabled(true);
    auto& wall = supervisor.wall();
    wall.resize(1920, 1080);
    wall.show();
    std::vector<qint64> ids;
    for (const auto& a : agents) ids.push_back(a.userId);
    wallHost.connection().connectToServer(
        server.target(QStringLiteral("supervisor"), server.demoPassword(QStringLiteral("supervisor"))));
    auto& model = supervisor.agents();
    auto allSignedIn = [&] {
        for (qint64 id : ids) {
            const auto row = model.rowOf(id);
            if (!row || model.index(*row, 0).data(cti::supervisor::AgentTableModel::StatusRole).toString() !=
                            QLatin1String("not_ready"))
                return false;
        }
        return true;
    };
    waitUntil(allSignedIn, 120s);
    if (!allSignedIn()) return die(QStringLiteral("the wall does not show every agent signed in"));

    SyncSession leader(QStringLiteral("wall-bench-leader"));
    if (!leader.login(server.target(QStringLiteral("leader"), server.demoPassword(QStringLiteral("leader"))), error))
        return die(error);
    Ledger ledger;
    QThread driverThread;
    driverThread.setObjectName(QStringLiteral("driver"));
    auto* driver = new Driver(leader.connection(), ledger, ids);
    driver->moveToThread(&driverThread);
    QObject::connect(&driverThread, &QThread::finished, driver, &QObject::deleteLater);
    driverThread.start();
    WallProbe probe(model, wall.agentTable(), ledger, ids);
    clockid_t gui{};
    pthread_getcpuclockid(pthread_self(), &gui);
    const Clocks clocks{gui, cpuClockOf(&wallHost.connection()),
                        links && fleet.anyConnection() ? cpuClockOf(fleet.anyConnection()) : gui, server, links};

    waitUntil([] { return false; }, 1s);
    const ViewCounters shown = probe.counters();
    std::printf("wall_bench: %d agents, wall %dx%d offscreen (%d agent rows on screen), %d run(s) x %.0f s per rate, "
                "agents' links %s\n",
                agentCount, wall.width(), wall.height(), shown.visibleRows, runs, seconds,
                links ? "kept (the server sends every event to every agent too)" : "dropped after sign-in");
    // The wall with nothing changing: its clock ticks once a second.
    measure(0, 1, *driver, ledger, probe, clocks, agentCount);
    const RunResult idle = measure(0, std::min(seconds, 5.0), *driver, ledger, probe, clocks, agentCount);
    std::printf("  idle: GUI %.2f %% conn %.2f %% server %.2f %%, %.1f paints/s\n", idle.guiPct, idle.connPct,
                idle.serverPct, idle.paintsPerS);
    measure(rates.front(), 3, *driver, ledger, probe, clocks, agentCount);  // warm-up, not counted

    std::map<double, std::vector<RunResult>> results;
    for (int run = 1; run <= runs; ++run)
        for (double rate : rates) {
            auto r = measure(rate, seconds, *driver, ledger, probe, clocks, agentCount);
            printRun(run, r, links);
            results[rate].push_back(r);
        }

    auto med = [](const std::vector<RunResult>& v, auto field) {
        std::vector<double> xs;
        for (const auto& r : v) xs.push_back(static_cast<double>(field(r)));
        return median(xs);
    };
    std::printf("\nmedian of %d run(s); latency in ms from the leader's send; CPU in %% of one core while sending\n", runs);
    std::printf("%7s %7s %9s | %-26s | %-26s | %6s | %6s %6s %7s | %9s | %s\n", "rate/s", "changes", "on screen",
                "event->model p50/p95/p99/max", "event->screen p50/p95/p99/max", "ack p50", "GUI%", "conn%",
                "server%", "GUI us/chg", "ratio vs first rate: screen p50, GUI%");
    const auto& ref = results[rates.front()];
    const double refScreen = med(ref, [](const RunResult& r) { return r.screen.p50; });
    const double refGui = med(ref, [](const RunResult& r) { return r.guiPct; });
    for (double rate : rates) {
        const auto& v = results[rate];
        auto m = [&](auto f) { return med(v, f); };
        const double screen50 = m([](const RunResult& r) { return r.screen.p50; });
        const double gui = m([](const RunResult& r) { return r.guiPct; });
        std::printf("%7.0f %7.0f %4.0f/%-4.0f | %5.1f %6.1f %6.1f %6.1f | %5.1f %6.1f %6.1f %6.1f | %6.2f | %6.1f %6.1f %7.1f "
                    "| %9.0f | %.2f, %.2f\n",
                    rate, m([](const RunResult& r) { return r.sent; }), m([](const RunResult& r) { return r.onScreen; }),
                    m([](const RunResult& r) { return r.visible; }), m([](const RunResult& r) { return r.model.p50; }),
                    m([](const RunResult& r) { return r.model.p95; }), m([](const RunResult& r) { return r.model.p99; }),
                    m([](const RunResult& r) { return r.model.max; }), screen50,
                    m([](const RunResult& r) { return r.screen.p95; }), m([](const RunResult& r) { return r.screen.p99; }),
                    m([](const RunResult& r) { return r.screen.max; }), m([](const RunResult& r) { return r.ackP50; }), gui,
                    m([](const RunResult& r) { return r.connPct; }), m([](const RunResult& r) { return r.serverPct; }),
                    m([](const RunResult& r) { return r.guiUsPerChange; }), refScreen > 0 ? screen50 / refScreen : 0,
                    refGui > 0 ? gui / refGui : 0);
    }
    driverThread.quit();
    driverThread.wait();
    wallHost.logoutAndWait(3s);
    return 0;
}
