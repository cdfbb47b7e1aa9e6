// The agent desktop against the real cti-server with real SIP peers, driven through its widgets:
// run by tests/integration/telephony/agent_desktop_test.sh, which starts the server, registers
// SIPp phones for 1001 and 1002 and places the SIPp carrier's calls when this side says it is
// ready (files in $CTI_E2E_WORK). The application is made by AgentApp, as main() makes it.
//  1. 1001 logs in, signs in and goes ready with the buttons.
//  2. A caller through the demo IVR (account 2345678901) rings: the screen pop shows the queue and
//     the account, the Answer button answers (the phone gets the auto-answer INVITE), Hold and
//     Retrieve, Hang up from the desktop; the call's last state stays on screen.
//  3. "Create work order" from the screen pop: the form is pre-filled from the call; submitted,
//     the order opens in its detail page; Dispatch to 投诉处理中心: the server's answer shows the
//     order dispatched with a timeline line; the workbench lists it.
//  4. A second call: answered, transferred to 1002 with the Transfer button; 1002 has it.
// Screenshots of each state go to $CTI_SCREENSHOT_DIR (tools/screenshots.sh runs this under Xvfb
// in zh_CN and en).
#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/agent_app.h"
#include "app/pages.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/fingerprint.h"
#include "cti/qtclient/translations.h"
#include "models/softphone_model.h"
#include "support/e2e.h"
#include "support/wait.h"
#include "widgets/main_window.h"

using cti::test::awaitScript;
using cti::test::child;
using cti::test::click;
using cti::test::tellScript;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

QString callState(const cti::agent::SoftphoneModel& m) {
    const auto& c = m.facts().call;
    return c ? c->state : QString();
}

}  // namespace

TEST_CASE("the agent desktop against the real server and SIPp: screen pop, answer, hold, hang up, "
          "an order created and dispatched, a call transferred",
          "[agent][e2e]") {
    const QString work = cti::test::e2eEnv("CTI_E2E_WORK");
    const QString data = cti::test::e2eEnv("CTI_E2E_DATA");
    const auto port = static_cast<quint16>(cti::test::e2eEnv("CTI_E2E_PORT").toUInt());
    const QString lang = qEnvironmentVariable("CTI_E2E_LANG", QStringLiteral("zh_CN"));
    cti::qt::Translations translations(*qApp, lang, {QStringLiteral("cti_qtclient"), QStringLiteral("cti-agent")});
    const bool zh = lang.startsWith(QLatin1String("zh"));

    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    cti::qt::ConnectionOptions options;
    options.clientName = QStringLiteral("cti-agent-e2e");
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::agent::AgentApp app(host.connection(), status, settings);
    status.setTelephonyEnabled(true);
    auto& window = app.window();
    auto& phone = app.softphone();
    auto& pages = app.pages();
    window.show();

    // ---- 1. log in, sign in, ready ----
    const auto certs = QSslCertificate::fromPath(data + QStringLiteral("/tls/server.crt"));
    REQUIRE_FALSE(certs.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), port, QStringLiteral("1001"),
                                                            cti::test::readText(data + QStringLiteral("/demo/1001.password")),
                                                            cti::qt::fingerprintOf(certs.first())});
    REQUIRE(waitFor([&] { return phone.facts().connected && phone.facts().myUserId != 0; }, 120000));
    click(window, QStringLiteral("signInButton"));
    click(window, QStringLiteral("readyButton"));
    REQUIRE(waitFor([&] { return phone.facts().agent.status == QLatin1String("available"); }));
    cti::test::shot(window, QStringLiteral("agent-idle"));
    tellScript(work, QStringLiteral("ready-1"));

    // ---- 2. the IVR call rings: screen pop, answer, hold, retrieve, hang up ----
    auto* popData = child<QLabel>(window, QStringLiteral("screenPopData"));
    REQUIRE(waitFor([&] { return phone.ringing(); }, 120000));
    REQUIRE(waitFor([&] { return popData->text().contains(QLatin1String("2345678901")); }));
    CHECK(child<QLabel>(window, QStringLiteral("screenPopQueue"))->text() == QStringLiteral("热线总队列"));
    CHECK(child<QLabel>(window, QStringLiteral("screenPopCaller"))->text() == QStringLiteral("13800138000"));
    CHECK(child<QLabel>(window, QStringLiteral("screenPopTitle"))->text() ==
          (zh ? QStringLiteral("来电") : QStringLiteral("Incoming call")));
    // The lookup's answer (responsible department, recent calls) arrives on its own.
    auto* department = child<QLabel>(window, QStringLiteral("screenPopDepartment"));
    REQUIRE(waitFor([&] { return !department->text().isEmpty(); }));
    const qint64 call1 = phone.facts().call->callId;
    cti::test::shot(window, QStringLiteral("agent-ringing"));

    click(window, QStringLiteral("answerButton"));
    REQUIRE(waitFor([&] { return callState(phone) == QLatin1String("talking"); }, 60000));
    auto* timer = child<QLabel>(window, QStringLiteral("callTimerLabel"));
    REQUIRE(waitFor([&] { return !timer->text().isEmpty(); }));
    cti::test::shot(window, QStringLiteral("agent-on-call"));
    click(window, QStringLiteral("holdButton"));
    REQUIRE(waitFor([&] { return callState(phone) == QLatin1String("held"); }));
    CHECK(child<QPushButton>(window, QStringLiteral("retrieveButton"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("holdButton"))->isEnabled());
    click(window, QStringLiteral("retrieveButton"));
    REQUIRE(waitFor([&] { return callState(phone) == QLatin1String("talking"); }));
    click(window, QStringLiteral("hangUpButton"));
    REQUIRE(waitFor([&] { return phone.shownCall() && phone.shownCall()->ended(); }, 60000));
    CHECK(child<QLabel>(window, QStringLiteral("screenPopTitle"))->text() ==
          (zh ? QStringLiteral("上一通话") : QStringLiteral("Last call")));
    CHECK(child<QLabel>(window, QStringLiteral("partyLabel"))->text().contains(QLatin1String("13800138000")));
    tellScript(work, QStringLiteral("hung-up-1"));

    // ---- 3. a work order from the screen pop, dispatched ----
    click(window, QStringLiteral("createOrderButton"));
    REQUIRE(window.pages().currentWidget() == pages.orderForm);
    auto& form = *pages.orderForm;
    CHECK(child<QLineEdit>(form, QStringLiteral("orderCallerEdit"))->text() == QStringLiteral("13800138000"));
    CHECK(child<QPlainTextEdit>(form, QStringLiteral("orderContentEdit"))->toPlainText().contains(QLatin1String("2345678901")));
    auto* type = child<QComboBox>(form, QStringLiteral("orderTypeCombo"));
    type->setCurrentIndex(type->findData(QStringLiteral("complaint")));
    REQUIRE(type->currentData().toString() == QStringLiteral("complaint"));
    auto* title = child<QLineEdit>(form, QStringLiteral("orderTitleEdit"));
    title->clear();
    // Typed as an input method commits Chinese text (QTest::keyClicks knows only ASCII keys).
    title->insert(QStringLiteral("抄表数据有误，电费异常"));
    child<QPlainTextEdit>(form, QStringLiteral("orderContentEdit"))
        ->insertPlainText(QStringLiteral("客户反映本月电费比上月高出三倍，要求核查。"));
    cti::test::shot(window, QStringLiteral("agent-order-form"));
    click(form, QStringLiteral("orderSubmitButton"));
    auto& detail = *pages.orderDetail;
    REQUIRE(waitFor([&] { return detail.order().orderId != 0; }, 60000));
    REQUIRE(window.pages().currentWidget() == pages.orderDetail);
    const auto created = detail.order();
    CHECK(created.callId == call1);
    CHECK(created.callerNumber == QStringLiteral("13800138000"));
    CHECK(created.type == QStringLiteral("complaint"));
    CHECK(created.title == QStringLiteral("抄表数据有误，电费异常"));

    click(detail, QStringLiteral("orderAction_dispatch"));
    auto* target = child<QComboBox>(detail, QStringLiteral("actionTargetCombo"));
    target->setCurrentText(QStringLiteral("投诉处理中心"));
    if (auto* add = detail.findChild<QPushButton*>(QStringLiteral("actionAddTargetButton")); add && add->isVisible())
        QTest::mouseClick(add, Qt::LeftButton);
    if (auto* opinion = detail.findChild<QPlainTextEdit*>(QStringLiteral("actionOpinionEdit")); opinion && opinion->isVisible())
        opinion->insertPlainText(QStringLiteral("请核查抄表数据"));
    click(detail, QStringLiteral("actionConfirmButton"));
    REQUIRE(waitFor([&] { return detail.order().state == QLatin1String("dispatched"); }, 60000));
    bool dispatchLine = false;
    for (const auto& line : detail.history())
        if (line.action == QLatin1String("dispatch"))
            for (const auto& t : line.to) dispatchLine = dispatchLine || t.department == QStringLiteral("投诉处理中心");
    CHECK(dispatchLine);
    auto* timeline = child<QWidget>(detail, QStringLiteral("orderTimeline"));
    CHECK(timeline->isVisible());
    cti::test::shot(window, QStringLiteral("agent-order-detail"));
    {
        QFile f(work + QStringLiteral("/order.txt"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::number(created.orderId).toUtf8() + ' ' + QString::number(call1).toUtf8() + '\n');
    }

    window.pages().setCurrentWidget(pages.workbench);
    click(*pages.workbench, QStringLiteral("workbenchRefreshButton"));
    REQUIRE(waitFor([&] { return pages.workbenchModel.rowOf(created.orderId).has_value(); }, 60000));
    cti::test::shot(window, QStringLiteral("agent-workbench"));

    // ---- 4. a second call, answered and transferred to 1002 ----
    if (phone.facts().agent.status != QLatin1String("available")) click(window, QStringLiteral("readyButton"));
    if (phone.facts().agent.state == QLatin1String("wrap_up")) click(window, QStringLiteral("endWrapUpButton"));
    REQUIRE(waitFor([&] {
        return phone.facts().agent.status == QLatin1String("available") && phone.facts().agent.state == QLatin1String("idle");
    }, 60000));
    tellScript(work, QStringLiteral("ready-2"));
    REQUIRE(waitFor([&] { return phone.ringing() && phone.facts().call->callId != call1; }, 120000));
    const qint64 call2 = phone.facts().call->callId;
    click(window, QStringLiteral("answerButton"));
    REQUIRE(waitFor([&] { return callState(phone) == QLatin1String("talking"); }, 60000));
    auto* number = child<QLineEdit>(window, QStringLiteral("numberEdit"));
    number->clear();
    QTest::keyClicks(number, QStringLiteral("1002"));
    click(window, QStringLiteral("transferButton"));
    // My leg is gone (the script checks that 1002 has the call) and my buttons say so.
    const qint64 me = phone.facts().myUserId;
    REQUIRE(waitFor([&] {
        const auto& c = phone.shownCall();
        return c && c->callId == call2 && c->legOfUser(me) == nullptr;
    }, 90000));
    CHECK_FALSE(child<QPushButton>(window, QStringLiteral("hangUpButton"))->isEnabled());
    {
        QFile f(work + QStringLiteral("/call2.txt"));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::number(call2).toUtf8() + '\n');
    }
    tellScript(work, QStringLiteral("transferred-2"));
    host.logoutAndWait(30s);
}
