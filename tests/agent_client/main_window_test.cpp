// The agent main window in both languages, and pictures of it for a person to check.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>

#include "cti/qtclient/translations.h"
#include "models/announcement_model.h"
#include "models/caller_model.h"
#include "models/status_area_model.h"
#include "models/softphone_model.h"
#include "support/screenshot.h"
#include "widgets/main_window.h"
#include "widgets/softphone_bar.h"

namespace {

struct Fixture {
    cti::agent::AnnouncementModel announcements;
    cti::agent::SoftphoneModel softphone;
    cti::agent::CallerModel caller;
    cti::agent::StatusAreaModel statusArea;
    cti::qt::SessionStatus status;

    Fixture() {
        cti::qt::Snapshot snapshot;
        snapshot.announcements = {
            {1, QStringLiteral("3号片区计划停电通知"), QStringLiteral("3号片区今日 9:00–18:00 检修停电，请按口径答复。"),
             QStringLiteral("李班长"), 1'700'000'000'000},
            {2, QStringLiteral("New complaint categories"), QStringLiteral("Use the new categories from Monday."),
             QStringLiteral("Supervisor"), 1'699'000'000'000},
        };
        announcements.applySnapshot(snapshot);
        cti::qt::LoginResult login;
        login.user = cti::qt::UserInfo{7, QStringLiteral("alice"), QStringLiteral("张丽"), cti::qt::Role::Agent,
                                       QStringLiteral("Billing"), QStringLiteral("8001"), {}};
        status.setLoggedIn(login);
        status.setState(cti::qt::ConnectionState::LoggedIn);
        cti::qt::Snapshot me;
        me.me = login.user;
        me.agentStates = {cti::qt::AgentStatusInfo{7, QStringLiteral("available"), QStringLiteral("reserved"), {}, 0, 0}};
        softphone.applySnapshot(me);
        softphone.setConnected(true);
    }

    // A call ringing at me, from the IVR with the account keyed in.
    void ring() {
        cti::qt::Call c;
        c.callId = 7;
        c.state = QStringLiteral("setup");
        c.direction = QStringLiteral("inbound");
        c.caller = QStringLiteral("13800000000");
        c.queue = QStringLiteral("热线总队列");
        c.data.insert(QStringLiteral("account"), QStringLiteral("1234567"));
        c.legs = {cti::qt::CallLeg{1, QStringLiteral("customer"), QStringLiteral("up"), c.caller, 0},
                  cti::qt::CallLeg{2, QStringLiteral("agent"), QStringLiteral("ringing"), QStringLiteral("8001"), 7}};
        softphone.applyCall(c);
    }
};

QPushButton* button(QWidget& window, const char* name) {
    auto* b = window.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

}  // namespace

TEST_CASE("agent window in Chinese", "[agent][translation]") {
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"), {QStringLiteral("cti_qtclient"), QStringLiteral("cti-agent")});
    REQUIRE(zh.missing().isEmpty());
    Fixture f;
    cti::agent::MainWindow window(f.announcements, f.softphone, f.caller, f.statusArea, f.status);

    CHECK(window.windowTitle() == QStringLiteral("座席工作台"));
    CHECK(button(window, "signInButton")->text() == QStringLiteral("签入"));
    CHECK(button(window, "signOutButton")->text() == QStringLiteral("签出"));
    CHECK(button(window, "readyButton")->text() == QStringLiteral("置闲"));
    CHECK(button(window, "notReadyButton")->text() == QStringLiteral("置忙"));
    CHECK(button(window, "answerButton")->text() == QStringLiteral("应答"));
    CHECK(button(window, "hangUpButton")->text() == QStringLiteral("挂机"));
    CHECK(button(window, "holdButton")->text() == QStringLiteral("保持"));
    CHECK(button(window, "retrieveButton")->text() == QStringLiteral("接回"));
    CHECK(button(window, "consultButton")->text() == QStringLiteral("咨询"));
    CHECK(button(window, "transferButton")->text() == QStringLiteral("转移"));
    CHECK(button(window, "conferenceButton")->text() == QStringLiteral("会议"));
    CHECK(button(window, "dialOutButton")->text() == QStringLiteral("外拨"));
    CHECK(button(window, "awayButton")->text() == QStringLiteral("离开"));
    CHECK(button(window, "completeTransferButton")->text() == QStringLiteral("完成转移"));
    CHECK(button(window, "cancelConsultButton")->text() == QStringLiteral("取消咨询"));
    CHECK(button(window, "endWrapUpButton")->text() == QStringLiteral("结束话后"));
    f.ring();
    CHECK(button(window, "answerButton")->isEnabled());
    auto* popTitle = window.findChild<QLabel*>(QStringLiteral("screenPopTitle"));
    REQUIRE(popTitle);
    CHECK(popTitle->text() == QStringLiteral("来电"));
    auto* popData = window.findChild<QLabel*>(QStringLiteral("screenPopData"));
    REQUIRE(popData);
    CHECK(popData->text() == QStringLiteral("账号：1234567"));
    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionStateLabel"));
    REQUIRE(state);
    CHECK(state->text() == QStringLiteral("已连接"));

    auto* list = window.findChild<QListView*>(QStringLiteral("announcementList"));
    REQUIRE(list);
    list->setCurrentIndex(f.announcements.index(0));
    const QString path = cti::test::saveScreenshot(window, QStringLiteral("cti-agent-zh_CN"));
    CHECK_FALSE(path.isEmpty());
}

TEST_CASE("agent window in English", "[agent][translation]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti_qtclient"), QStringLiteral("cti-agent")});
    REQUIRE(en.missing().isEmpty());
    Fixture f;
    f.status.setTelephonyEnabled(false);
    cti::agent::MainWindow window(f.announcements, f.softphone, f.caller, f.statusArea, f.status);

    CHECK(window.windowTitle() == QStringLiteral("CTI Agent Desktop"));
    CHECK(button(window, "signInButton")->text() == QStringLiteral("Sign in"));
    CHECK(button(window, "readyButton")->text() == QStringLiteral("Ready"));
    CHECK(button(window, "notReadyButton")->text() == QStringLiteral("Not ready"));
    // Telephony off for this session: the note says why and nothing is enabled.
    f.softphone.setConnected(false);
    auto* note = window.findChild<QLabel*>(QStringLiteral("softphoneNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("Telephony is off")));
    for (QPushButton* b : window.softphoneBar().buttons()) CHECK_FALSE(b->isEnabled());
    f.softphone.setConnected(true);
    f.ring();
    auto* popData = window.findChild<QLabel*>(QStringLiteral("screenPopData"));
    REQUIRE(popData);
    CHECK(popData->text() == QStringLiteral("Account: 1234567"));
    const QString path = cti::test::saveScreenshot(window, QStringLiteral("cti-agent-en"));
    CHECK_FALSE(path.isEmpty());
}

TEST_CASE("softphone buttons are all present and follow the model", "[agent]") {
    Fixture f;
    f.softphone.setConnected(false);
    cti::agent::SoftphoneBar bar(f.softphone, f.status);
    REQUIRE(bar.buttons().size() == static_cast<int>(cti::agent::SoftAction::Count));
    for (QPushButton* b : bar.buttons()) {
        INFO(b->objectName().toStdString());
        CHECK_FALSE(b->isEnabled());
        CHECK_FALSE(b->toolTip().isEmpty());
    }
    f.softphone.setConnected(true);
    CHECK(bar.button(cti::agent::SoftAction::NotReady)->isEnabled());
    CHECK_FALSE(bar.button(cti::agent::SoftAction::SignIn)->isEnabled());
}
