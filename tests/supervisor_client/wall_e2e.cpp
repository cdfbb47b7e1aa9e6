// The supervisor's wall against the real cti-server with real SIP peers, driven through its
// widgets: run by tests/integration/telephony/supervisor_wall_test.sh, which starts the server,
// registers SIPp phones for 1001 and for the leader's 1010, signs 1001 in and places the SIPp
// carrier's call when this side says it is ready (files in $CTI_E2E_WORK; the script's own
// go-ahead files the other way). The application is made by SupervisorApp, as main() makes it.
//  1. leader logs in: the wall shows the agents; 1001 signs in and goes ready (cti-cli): the
//     wall's Status cell says so.
//  2. A caller to 12345 (热线总队列) is offered to 1001, whose phone answers: the wall shows 1001
//     on a call and the queue's answered figure moves.
//  3. 1001 asks for help (a 【求助】 message to the department): it is in the help list; choosing
//     it selects 1001 on the wall. Monitor: the call gets the leader's supervisor leg (the
//     script checks the leader's phone got the auto-answer INVITE and hears both). Whisper, then
//     Barge: the server confirms each switch. Wallboard mode on and off.
//  4. A notice to 1001 from the wall; then Leave the call: the two talk on without the leader.
//  5. The carrier hangs up: the wall shows no call for 1001.
// Screenshots go to $CTI_SCREENSHOT_DIR: supervisor-wall-<lang>.png, supervisor-wallboard-<lang>.png,
// supervisor-report-<lang>.png.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QTableView>
#include <QTest>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/fingerprint.h"
#include "cti/qtclient/translations.h"
#include "models/agent_table_model.h"
#include "models/help_request_model.h"
#include "models/queue_table_model.h"
#include "models/report_model.h"
#include "support/e2e.h"
#include "support/wait.h"
#include "widgets/help_panel.h"
#include "widgets/monitoring_wall.h"
#include "widgets/report_view.h"

using cti::supervisor::AgentTableModel;
using cti::supervisor::Force;
using cti::supervisor::QueueTableModel;
using cti::supervisor::Supervise;
using cti::test::awaitScript;
using cti::test::child;
using cti::test::click;
using cti::test::shot;
using cti::test::tellScript;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

QString agentCell(const cti::supervisor::SupervisorApp& app, qint64 userId, AgentTableModel::Column c) {
    const auto row = app.agents().rowOf(userId);
    return row ? app.agents().index(*row, static_cast<int>(c)).data().toString() : QString();
}

int answeredIn(const QueueTableModel& queues, const QString& name) {
    for (int row = 0; row < queues.rowCount(); ++row)
        if (queues.index(row, static_cast<int>(QueueTableModel::Column::Name)).data().toString() == name)
            return queues.index(row, static_cast<int>(QueueTableModel::Column::Answered))
                .data(QueueTableModel::ValueRole)
                .toInt();
    return -1;
}

// The call the wall shows for the selected agent has a leg of `party` for `userId` in `state`.
bool hasLeg(const cti::supervisor::SupervisionModel& m, const char* party, qint64 userId, const char* state) {
    const auto& call = m.facts().call;
    if (!call) return false;
    for (const auto& leg : call->legs)
        if (leg.party == QLatin1String(party) && leg.userId == userId && leg.state == QLatin1String(state)) return true;
    return false;
}

QString legsOf(const cti::supervisor::SupervisionModel& m) {
    const auto& call = m.facts().call;
    if (!call) return QStringLiteral("(no call)");
    QStringList out;
    for (const auto& leg : call->legs) out << leg.party + QLatin1Char(':') + leg.number + QLatin1Char(':') + leg.state;
    return call->state + QLatin1Char(' ') + out.join(QLatin1Char(','));
}

}  // namespace

TEST_CASE("the supervisor's wall against the real server and SIPp: live figures, help request, monitor, "
          "whisper, barge, notice, leave",
          "[supervisor][e2e]") {
    const QString work = cti::test::e2eEnv("CTI_E2E_WORK");
    const QString data = cti::test::e2eEnv("CTI_E2E_DATA");
    const auto port = static_cast<quint16>(cti::test::e2eEnv("CTI_E2E_PORT").toUInt());
    const QString lang = qEnvironmentVariable("CTI_E2E_LANG", QStringLiteral("zh_CN"));
    cti::qt::Translations translations(*qApp, lang, {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});

    cti::qt::ConnectionOptions options;
    options.clientName = QStringLiteral("cti-supervisor-e2e");
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    status.setTelephonyEnabled(true);
    auto& wall = app.wall();
    auto& sv = app.supervision();
    wall.show();

    // ---- 1. log in; 1001 signs in and goes ready ----
    const auto certs = QSslCertificate::fromPath(data + QStringLiteral("/tls/server.crt"));
    REQUIRE_FALSE(certs.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), port, QStringLiteral("leader"),
                                                            cti::test::readText(data + QStringLiteral("/demo/leader.password")),
                                                            cti::qt::fingerprintOf(certs.first())});
    REQUIRE(waitFor([&] { return sv.facts().connected && sv.facts().myUserId != 0; }, 120000));
    CHECK(sv.facts().maySupervise);
    CHECK(sv.facts().myExtension == QStringLiteral("1010"));
    REQUIRE(waitFor([&] { return sv.facts().myPhoneRegistered; }, 60000));
    const qint64 me = sv.facts().myUserId;
    REQUIRE(waitFor([&] { return app.agentByLogin(QStringLiteral("1001")) != 0 && app.queues().rowCount() > 0; }));
    const qint64 agent = app.agentByLogin(QStringLiteral("1001"));
    tellScript(work, QStringLiteral("wall-up"));

    REQUIRE(waitFor([&] {
        return agentCell(app, agent, AgentTableModel::Column::Status) == AgentTableModel::statusText(QStringLiteral("available"));
    }, 120000));
    CHECK(agentCell(app, agent, AgentTableModel::Column::State) == AgentTableModel::stateText(QStringLiteral("idle")));
    const QString queue = QStringLiteral("热线总队列");
    const int answeredBefore = answeredIn(app.queues(), queue);
    REQUIRE(answeredBefore >= 0);
    tellScript(work, QStringLiteral("agent-ready"));

    // ---- 2. the caller reaches 1001 through the queue ----
    REQUIRE(waitFor([&] {
        return agentCell(app, agent, AgentTableModel::Column::State) == AgentTableModel::stateText(QStringLiteral("in_call"));
    }, 120000));
    REQUIRE(waitFor([&] { return answeredIn(app.queues(), queue) > answeredBefore; }, 60000));

    // ---- 3. the help request selects 1001; monitor, whisper, barge ----
    auto& helpTable = app.helpPanel().table();
    REQUIRE(waitFor([&] { return helpTable.model()->rowCount() > 0; }, 120000));
    CHECK(app.helpRequests().loginAt(0) == QStringLiteral("1001"));
    QTest::mouseClick(helpTable.viewport(), Qt::LeftButton, {}, helpTable.visualRect(helpTable.model()->index(0, 0)).center());
    REQUIRE(wall.selectedAgent() == agent);
    REQUIRE(waitFor([&] { return sv.facts().call && sv.facts().call->state == QLatin1String("talking"); }, 60000));
    const qint64 callId = sv.facts().call->callId;
    INFO("call " << callId << ": " << legsOf(sv).toStdString());
    CHECK(hasLeg(sv, "agent", agent, "up"));
    CHECK(child<QLabel>(wall, "supervisedCallLabel")->text().contains(QStringLiteral("13800138000")));

    click(wall, "monitorButton");
    REQUIRE(waitFor([&] { return sv.facts().myMode == Supervise::Monitor; }, 60000));
    REQUIRE(waitFor([&] {
        return sv.facts().call && sv.facts().call->state == QLatin1String("supervised") && hasLeg(sv, "supervisor", me, "up");
    }, 60000));
    CHECK(sv.facts().call->callId == callId);
    CHECK(sv.hangUpLeaves());
    CHECK_FALSE(child<QPushButton>(wall, "monitorButton")->isEnabled());  // the mode in force
    shot(wall, QStringLiteral("supervisor-wall"));
    tellScript(work, QStringLiteral("monitoring"), QString::number(callId));
    awaitScript(work, QStringLiteral("monitor-checked"));

    click(wall, "whisperButton");
    REQUIRE(waitFor([&] { return sv.facts().myMode == Supervise::Whisper; }, 60000));
    CHECK(hasLeg(sv, "supervisor", me, "up"));
    tellScript(work, QStringLiteral("whispering"));
    awaitScript(work, QStringLiteral("whisper-checked"));

    click(wall, "bargeButton");
    REQUIRE(waitFor([&] { return sv.facts().myMode == Supervise::Barge; }, 60000));

    wall.wallboardAction().trigger();
    REQUIRE(wall.isWallboard());
    shot(wall, QStringLiteral("supervisor-wallboard"));
    QTest::keyClick(&wall, Qt::Key_Escape);
    CHECK_FALSE(wall.isWallboard());

    // ---- 4. a notice to 1001, then the leader leaves ----
    auto* notice = child<QPlainTextEdit>(wall, "noticeEdit");
    notice->insertPlainText(QStringLiteral("班长已接入，请继续服务客户。"));
    click(wall, "sendNoticeButton");
    auto* noticeStatus = child<QLabel>(wall, "noticeStatus");
    INFO("notice status: " << noticeStatus->text().toStdString());
    REQUIRE(waitFor([&] { return notice->toPlainText().isEmpty() && !noticeStatus->text().isEmpty(); }, 60000));
    CHECK_FALSE(child<QPushButton>(wall, "sendNoticeButton")->isEnabled());  // nothing written now

    click(wall, "superviseHangUpButton");
    REQUIRE(waitFor([&] {
        const auto& c = sv.facts().call;
        return c && c->state == QLatin1String("talking") && c->legOfUser(me) == nullptr;
    }, 60000));
    CHECK_FALSE(sv.facts().myMode);
    CHECK(child<QPushButton>(wall, "monitorButton")->isEnabled());  // may join again
    tellScript(work, QStringLiteral("left"));

    // ---- 5. the caller hangs up ----
    REQUIRE(waitFor([&] { return !sv.facts().call; }, 120000));
    CHECK_FALSE(child<QPushButton>(wall, "superviseHangUpButton")->isEnabled());
    REQUIRE(waitFor([&] {
        return agentCell(app, agent, AgentTableModel::Column::State) != AgentTableModel::stateText(QStringLiteral("in_call"));
    }, 60000));
    tellScript(work, QStringLiteral("ended"));

    // ---- 6. the leader sets 1001 not ready (置忙), ready again (置闲), then signs them out ----
    auto& force = app.agentForce();
    const auto statusIs = [&](const char* s) {
        return agentCell(app, agent, AgentTableModel::Column::Status) == AgentTableModel::statusText(QLatin1String(s));
    };
    REQUIRE(force.facts().mayForce);
    REQUIRE(waitFor([&] { return force.allows(Force::NotReady); }, 60000));
    CHECK_FALSE(child<QPushButton>(wall, "forceReadyButton")->isEnabled());  // ready already
    click(wall, "forceNotReadyButton");
    REQUIRE(waitFor([&] { return statusIs("not_ready"); }, 60000));
    REQUIRE(waitFor([&] { return !force.message().isEmpty(); }, 60000));
    CHECK_FALSE(child<QPushButton>(wall, "forceNotReadyButton")->isEnabled());
    click(wall, "forceReadyButton");
    REQUIRE(waitFor([&] { return statusIs("available"); }, 60000));
    REQUIRE(waitFor([&] { return force.allows(Force::SignOut); }, 60000));
    click(wall, "forceSignOutButton");
    REQUIRE(waitFor([&] { return statusIs("logged_out"); }, 60000));
    // Signed out: agents sign in themselves; the panel says so.
    REQUIRE(waitFor([&] { return !child<QPushButton>(wall, "forceSignOutButton")->isEnabled(); }, 60000));
    CHECK_FALSE(child<QPushButton>(wall, "forceReadyButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(wall, "agentForceHint")->text().isEmpty());
    tellScript(work, QStringLiteral("forced"));

    // ---- 7. the report of the day matches the call made: one caller, answered in 热线总队列 ----
    app.reportsAction().trigger();
    auto& reports = app.reportView();
    REQUIRE(reports.isVisible());
    const auto choose = [&](const char* combo, const QString& value) {
        auto* c = child<QComboBox>(reports, combo);
        const int i = c->findData(value);
        REQUIRE(i >= 0);
        c->setCurrentIndex(i);
    };
    choose("subjectCombo", QStringLiteral("queue"));
    choose("periodCombo", QStringLiteral("day"));
    choose("rangeCombo", QStringLiteral("last_7_days"));  // a run across midnight keeps its call
    child<QPushButton>(reports, "runButton")->click();
    REQUIRE(waitFor([&] { return !reports.model().empty(); }, 60000));
    const auto& result = reports.model().result();
    const auto sum = [&](const char* column) {
        const auto at = result.columns.indexOf(QLatin1String(column));
        REQUIRE(at >= 0);
        double total = 0;
        for (const auto& row : result.rows)
            if (row.key == QStringLiteral("热线总队列")) total += row.values.at(at);
        return total;
    };
    CHECK(sum("offered") == 1);
    CHECK(sum("answered") == 1);
    CHECK(sum("abandoned") == 0);
    reports.resize(1200, 700);
    shot(reports, QStringLiteral("supervisor-report"));
    host.logoutAndWait(30s);
}
