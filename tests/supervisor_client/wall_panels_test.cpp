// The wall's panels and SupervisorApp's wiring, offscreen and without a server: the snapshot and
// events are emitted as the Connection would; requests fail with the client's "not connected",
// which the panels show as they show the server's refusals.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/connection_host.h"
#include "models/agent_table_model.h"
#include "models/help_request_model.h"
#include "support/screenshot.h"
#include "support/wait.h"
#include "widgets/help_panel.h"
#include "widgets/monitoring_wall.h"
#include "widgets/notice_panel.h"
#include "widgets/supervision_panel.h"
#include "support/child.h"

using cti::supervisor::Supervise;
using cti::test::waitFor;

namespace {

constexpr qint64 kLeader = 5;
constexpr qint64 kAgent = 1;

using cti::test::child;

cti::qt::Snapshot snapshot() {
    cti::qt::Snapshot s;
    s.me = cti::qt::UserInfo{kLeader, QStringLiteral("leader"), QStringLiteral("陈静"), cti::qt::Role::TeamLeader,
                             QStringLiteral("客服中心"), QStringLiteral("1010"),
                             {QStringLiteral("call.control"), QStringLiteral("call.supervise")}};
    s.agents = {{kAgent, QStringLiteral("1001"), QStringLiteral("张伟"), QStringLiteral("1001"), QStringLiteral("客服中心"), true, true},
                {2, QStringLiteral("1003"), QStringLiteral("李娜"), QStringLiteral("1003"), QStringLiteral("投诉处理中心"), true, true},
                {kLeader, QStringLiteral("leader"), QStringLiteral("陈静"), QStringLiteral("1010"), QStringLiteral("客服中心"), true, true}};
    s.agentStates = {{kAgent, QStringLiteral("available"), QStringLiteral("in_call"), {}, 42, 0}};
    cti::qt::QueueStatus q;
    q.queueId = 1;
    q.name = QStringLiteral("热线总队列");
    q.answered = 3;
    s.queueStates = {q};
    return s;
}

cti::qt::Call talking() {
    cti::qt::Call c;
    c.callId = 42;
    c.state = QStringLiteral("talking");
    c.caller = QStringLiteral("13800138000");
    c.legs = {{1, QStringLiteral("customer"), QStringLiteral("up"), QStringLiteral("13800138000"), 0},
              {2, QStringLiteral("agent"), QStringLiteral("up"), QStringLiteral("1001"), kAgent}};
    return c;
}

}  // namespace

TEST_CASE("supervisor app: help request selects the agent, supervision and notices go out", "[supervisor][app]") {
    qRegisterMetaType<cti::qt::CallAction>();
    cti::qt::ConnectionHost host;
    cti::qt::SessionStatus status;
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& wall = app.wall();
    wall.show();
    emit host.connection().snapshotReceived(snapshot());
    status.setState(cti::qt::ConnectionState::LoggedIn);
    status.setTelephonyEnabled(true);
    REQUIRE(app.agents().rowCount() == 3);
    CHECK(app.agentByLogin(QStringLiteral("1003")) == 2);
    CHECK(app.agentByLogin(QStringLiteral("nobody")) == 0);

    auto* monitor = child<QPushButton>(wall, "monitorButton");
    auto* hangUp = child<QPushButton>(wall, "superviseHangUpButton");
    CHECK_FALSE(monitor->isEnabled());
    CHECK(child<QLabel>(wall, "supervisionHint")->text() == QStringLiteral("Select an agent on the wall."));

    // An agent asks for help (the agent desktop's Help button): the list shows it; choosing it
    // selects the agent on the wall.
    QSignalSpy help(&app, &cti::supervisor::SupervisorApp::helpRequested);
    CHECK(app.agentBySender(QStringLiteral("张伟")) == kAgent);  // the server names senders so
    CHECK(app.agentBySender(QStringLiteral("1003")) == 2);
    CHECK(app.agentBySender(QStringLiteral("无此人")) == 0);
    emit app.office().messageReceived({7, QStringLiteral("张伟"), {}, QStringLiteral("客服中心"),
                                       QStringLiteral("【求助】张伟 在与 13800138000 的通话中请求协助。"), 1'780'000'000'000});
    emit app.office().messageReceived({8, QStringLiteral("李娜"), {}, QStringLiteral("客服中心"), QStringLiteral("收到"), 0});
    CHECK(help.size() == 1);
    auto& helpTable = app.helpPanel().table();
    REQUIRE(helpTable.model()->rowCount() == 1);
    CHECK(app.helpRequests().loginAt(0) == QStringLiteral("1001"));
    CHECK(app.helpPanel().title() == QStringLiteral("Help requests (1)"));
    helpTable.selectRow(0);
    CHECK(wall.selectedAgent() == kAgent);
    CHECK(app.supervision().facts().agentUserId == kAgent);
    CHECK(child<QLabel>(wall, "supervisedAgentLabel")->text() == QStringLiteral("Agent: 张伟"));
    CHECK(child<QPushButton>(wall, "sendNoticeButton")->text() == QStringLiteral("Send to 张伟"));

    // The agent's call (an event, as the server pushes it): the buttons follow the rules.
    cti::qt::ServerEvent e;
    e.kind = talking();
    emit host.connection().eventReceived(e);
    REQUIRE(app.supervision().facts().call);
    CHECK(monitor->isEnabled());
    CHECK(child<QPushButton>(wall, "whisperButton")->isEnabled());
    CHECK(child<QPushButton>(wall, "bargeButton")->isEnabled());
    CHECK(hangUp->isEnabled());
    CHECK(hangUp->text() == QStringLiteral("End the call"));
    CHECK(child<QLabel>(wall, "supervisedCallLabel")->text().contains(QStringLiteral("13800138000")));
    QApplication::processEvents();
    cti::test::saveScreenshot(wall, QStringLiteral("cti-supervisor-panels-en"));

    // Without a server the request fails; the answer is shown where the leader looks.
    QSignalSpy failed(&app.telephony(), &cti::qt::Telephony::requestFailed);
    QTest::mouseClick(monitor, Qt::LeftButton);
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    auto* message = child<QLabel>(wall, "supervisionMessage");
    CHECK_FALSE(message->text().isEmpty());
    CHECK(message->text() == failed[0][2].toString());

    // A notice to the selected agent: the same path through Office.
    auto* text = child<QPlainTextEdit>(wall, "noticeEdit");
    auto* send = child<QPushButton>(wall, "sendNoticeButton");
    auto* broadcast = child<QPushButton>(wall, "broadcastButton");
    CHECK_FALSE(send->isEnabled());
    text->setPlainText(QStringLiteral("请注意通话时长"));
    CHECK(send->isEnabled());
    CHECK(broadcast->isEnabled());  // the leader's department is chosen at first
    QSignalSpy noticeFailed(&app.office(), &cti::qt::Office::requestFailed);
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK_FALSE(send->isEnabled());  // until the answer
    REQUIRE(waitFor([&] { return noticeFailed.size() == 1; }));
    CHECK(child<QLabel>(wall, "noticeStatus")->text() == noticeFailed[0][2].toString());
    CHECK(send->isEnabled());

    // The call ends: nothing to supervise.
    auto ended = talking();
    ended.state = QStringLiteral("ended");
    e.kind = ended;
    emit host.connection().eventReceived(e);
    CHECK_FALSE(monitor->isEnabled());
    CHECK_FALSE(hangUp->isEnabled());
    CHECK(child<QLabel>(wall, "supervisedCallLabel")->text() == QStringLiteral("张伟 is not on a call."));
}

TEST_CASE("notice panel: the buttons follow the check, a send asks once", "[supervisor][notices]") {
    cti::supervisor::NoticePanel panel;
    QSignalSpy sent(&panel, &cti::supervisor::NoticePanel::sendRequested);
    panel.setDepartments({QStringLiteral("投诉处理中心"), QStringLiteral("客服中心")}, QStringLiteral("客服中心"));
    auto* text = child<QPlainTextEdit>(panel, "noticeEdit");
    auto* send = child<QPushButton>(panel, "sendNoticeButton");
    auto* broadcast = child<QPushButton>(panel, "broadcastButton");
    CHECK_FALSE(broadcast->isEnabled());  // nothing written
    text->setPlainText(QStringLiteral("十点开早会"));
    CHECK_FALSE(send->isEnabled());  // no agent selected
    CHECK(broadcast->isEnabled());
    QTest::mouseClick(broadcast, Qt::LeftButton);
    REQUIRE(sent.size() == 1);
    CHECK(sent[0][0].toString().isEmpty());
    CHECK(sent[0][1].toString() == QStringLiteral("客服中心"));
    CHECK(sent[0][2].toString() == QStringLiteral("十点开早会"));
    CHECK_FALSE(broadcast->isEnabled());
    panel.showSent();
    CHECK(text->toPlainText().isEmpty());
    CHECK(child<QLabel>(panel, "noticeStatus")->text() == QStringLiteral("The notice was sent."));

    panel.setAgent(QStringLiteral("1001"), QStringLiteral("张伟"));
    text->setPlainText(QString(2001, QChar(0x4E2D)));
    CHECK_FALSE(send->isEnabled());
    CHECK(child<QLabel>(panel, "noticeStatus")->text() == QStringLiteral("A notice has at most 2000 characters."));
    text->setPlainText(QStringLiteral("请回电客户"));
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(sent.size() == 2);
    CHECK(sent[1][0].toString() == QStringLiteral("1001"));
    CHECK(sent[1][1].toString().isEmpty());
}

TEST_CASE("wallboard mode: F11's action or the button, full screen in large type, Esc leaves", "[supervisor][wall]") {
    cti::qt::ConnectionHost host;
    cti::qt::SessionStatus status;
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& wall = app.wall();
    emit host.connection().snapshotReceived(snapshot());
    wall.show();
    auto* side = child<QWidget>(wall, "sidePanels");
    const qreal normal = wall.agentTable().font().pointSizeF();
    CHECK(side->isVisible());
    CHECK(wall.wallboardAction().shortcut() == QKeySequence(Qt::Key_F11));

    QSignalSpy changed(&wall, &cti::supervisor::MonitoringWall::wallboardChanged);
    wall.wallboardAction().trigger();
    CHECK(wall.isWallboard());
    CHECK(wall.isFullScreen());
    CHECK_FALSE(side->isVisible());
    CHECK_FALSE(wall.menuBar()->isVisible());
    CHECK(wall.agentTable().font().pointSizeF() >= std::max<qreal>(2 * normal, 20));
    CHECK(wall.queueTable().font().pointSizeF() == wall.agentTable().font().pointSizeF());
    CHECK(child<QLabel>(wall, "agentSummary")->font().bold());
    CHECK(child<QPushButton>(wall, "wallboardButton")->text() == QStringLiteral("Exit wallboard (Esc)"));
    CHECK(changed.size() == 1);
    QApplication::processEvents();  // the layout follows the new type
    cti::test::saveScreenshot(wall, QStringLiteral("cti-supervisor-wallboard-en"));

    QTest::keyClick(&wall, Qt::Key_Escape);
    CHECK_FALSE(wall.isWallboard());
    CHECK_FALSE(wall.isFullScreen());
    CHECK(side->isVisible());
    CHECK_FALSE(wall.wallboardAction().isChecked());
    CHECK(wall.agentTable().font().pointSizeF() == normal);

    QTest::mouseClick(child<QPushButton>(wall, "wallboardButton"), Qt::LeftButton);
    CHECK(wall.isWallboard());
    CHECK(wall.wallboardAction().isChecked());
    QTest::mouseClick(child<QPushButton>(wall, "wallboardButton"), Qt::LeftButton);
    CHECK_FALSE(wall.isWallboard());
    CHECK(changed.size() == 4);

    CHECK(cti::supervisor::MonitoringWall::wallboardFont(QFont(QStringLiteral("Sans"), 9)).pointSizeF() == 20);
    CHECK(cti::supervisor::MonitoringWall::wallboardFont(QFont(QStringLiteral("Sans"), 14)).pointSizeF() == 28);
}

TEST_CASE("the wall keeps the selected agent across a snapshot", "[supervisor][wall]") {
    cti::qt::ConnectionHost host;
    cti::qt::SessionStatus status;
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& wall = app.wall();
    emit host.connection().snapshotReceived(snapshot());
    QSignalSpy selected(&wall, &cti::supervisor::MonitoringWall::agentSelected);
    REQUIRE(wall.selectAgent(2));
    CHECK(wall.selectedAgent() == 2);
    REQUIRE(selected.size() == 1);
    CHECK(app.supervision().agentName() == QStringLiteral("李娜"));
    emit host.connection().snapshotReceived(snapshot());  // a reconnect
    CHECK(wall.selectedAgent() == 2);
    CHECK(wall.agentTable().selectionModel()->currentIndex().data(cti::supervisor::AgentTableModel::UserIdRole).toLongLong() == 2);
    CHECK_FALSE(wall.selectAgent(99));
}
