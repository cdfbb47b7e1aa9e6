// The monitoring wall in both languages, and pictures of it for a person to check.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QTableView>

#include "cti/qtclient/translations.h"
#include "models/agent_table_model.h"
#include "models/queue_table_model.h"
#include "support/screenshot.h"
#include "widgets/monitoring_wall.h"

namespace {
struct Fixture {
    cti::supervisor::AgentTableModel agents;
    cti::supervisor::QueueTableModel queues;
    cti::qt::SessionStatus status;

    Fixture() {
        cti::qt::Snapshot s;
        s.agents = {
            {7, QStringLiteral("zhangli"), QStringLiteral("张丽"), QStringLiteral("8001"), QStringLiteral("话务一组"), true},
            {8, QStringLiteral("wangwei"), QStringLiteral("王伟"), QStringLiteral("8002"), QStringLiteral("话务一组"), false},
            {9, QStringLiteral("liuyang"), QStringLiteral("刘洋"), QStringLiteral("8003"), QStringLiteral("投诉组"), true},
        };
        s.agentStates = {{7, QStringLiteral("not_ready"), QStringLiteral("idle"), QStringLiteral("break"), 0, 0},
                         {9, QStringLiteral("available"), QStringLiteral("in_call"), {}, 3, 0}};
        cti::qt::QueueStatus q;
        q.queueId = 1;
        q.name = QStringLiteral("热线总队列");
        q.waiting = 3;
        q.serviceLevelPercent = 80;
        s.queueStates = {q};
        agents.applySnapshot(s);
        queues.applySnapshot(s);
        cti::qt::LoginResult login;
        login.user = cti::qt::UserInfo{2, QStringLiteral("lead"), QStringLiteral("李班长"), cti::qt::Role::TeamLeader,
                                       QStringLiteral("话务一组"), {}, {}};
        status.setLoggedIn(login);
        status.setState(cti::qt::ConnectionState::Reconnecting);
    }
};
}  // namespace

TEST_CASE("monitoring wall in Chinese", "[supervisor][translation]") {
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"),
                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    REQUIRE(zh.missing().isEmpty());
    Fixture f;
    cti::supervisor::MonitoringWall wall(f.agents, f.queues, f.status);
    CHECK(wall.windowTitle() == QStringLiteral("监控墙"));
    auto* model = wall.agentTable().model();
    const int online = static_cast<int>(cti::supervisor::AgentTableModel::Column::Online);
    CHECK(model->headerData(online, Qt::Horizontal).toString() == QStringLiteral("在线状态"));
    CHECK(f.agents.index(0, online).data().toString() == QStringLiteral("在线"));
    CHECK(f.agents.index(1, online).data().toString() == QStringLiteral("离线"));
    auto* summary = wall.findChild<QLabel*>(QStringLiteral("agentSummary"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("座席：3    在线：2    排队：3"));
    const int status = static_cast<int>(cti::supervisor::AgentTableModel::Column::Status);
    CHECK(f.agents.index(0, status).data().toString() == QStringLiteral("置忙"));
    CHECK(f.agents.index(2, status).data().toString() == QStringLiteral("置闲"));
    const int waiting = static_cast<int>(cti::supervisor::QueueTableModel::Column::Waiting);
    CHECK(wall.queueTable().model()->headerData(waiting, Qt::Horizontal).toString() == QStringLiteral("排队数"));
    auto* state = wall.findChild<QLabel*>(QStringLiteral("connectionStateLabel"));
    REQUIRE(state);
    CHECK(state->text() == QStringLiteral("正在重连"));
    CHECK_FALSE(cti::test::saveScreenshot(wall, QStringLiteral("cti-supervisor-zh_CN")).isEmpty());
}

TEST_CASE("monitoring wall in English", "[supervisor][translation]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"),
                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    REQUIRE(en.missing().isEmpty());
    Fixture f;
    cti::supervisor::MonitoringWall wall(f.agents, f.queues, f.status);
    CHECK(wall.windowTitle() == QStringLiteral("CTI Monitoring Wall"));
    const int online = static_cast<int>(cti::supervisor::AgentTableModel::Column::Online);
    CHECK(wall.agentTable().model()->headerData(online, Qt::Horizontal).toString() == QStringLiteral("Presence"));
    CHECK(f.agents.index(0, online).data().toString() == QStringLiteral("Online"));
    CHECK_FALSE(cti::test::saveScreenshot(wall, QStringLiteral("cti-supervisor-en")).isEmpty());
}
