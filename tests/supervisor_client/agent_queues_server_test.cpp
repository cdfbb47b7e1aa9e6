// The wall's queue panel (所属队列) against the real cti-server (the demo call center, as a child
// process): a team leader adds agent 1001 to 投诉专席 at level 2 and removes them from 热线总队列
// with the panel's buttons; the panel shows the tiers the server answers, and a fresh read from
// the server agrees. An agent's login gets no panel to use and the server refuses its request.
// Built only when the build has the server (tests/supervisor_client/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/supervision_admin.h"
#include "models/agent_queues_model.h"
#include "models/agent_table_model.h"
#include "server_desktop.h"
#include "support/server_process.h"
#include "support/screenshot.h"
#include "support/wait.h"
#include "widgets/agent_queues_panel.h"
#include "widgets/monitoring_wall.h"

using cti::qt::QueueMember;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kAgent1001 = 1;  // the demo's first user
const QString kHotline = QStringLiteral("热线总队列");
const QString kComplaints = QStringLiteral("投诉专席");
const QString kRepairs = QStringLiteral("故障报修");

using Desktop = cti::supervisor::test::ServerDesktop;
using cti::supervisor::test::child;

QList<QueueMember> tiersOf(qint64 agent, const QList<QueueMember>& all) {
    QList<QueueMember> out;
    for (const auto& m : all)
        if (m.agentId == agent) out << m;
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.queue < b.queue; });
    return out;
}

QList<QueueMember> shownTiers(const cti::supervisor::AgentQueuesModel& m) {
    QList<QueueMember> out;
    for (int row = 0; row < m.rowCount(); ++row) out << m.memberAt(row);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.queue < b.queue; });
    return out;
}

}  // namespace

TEST_CASE("queue panel against the real server: a leader changes agent 1001's queues", "[supervisor][queues][server]") {
    qRegisterMetaType<cti::qt::QueueMember>();
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    Desktop leader(server, QStringLiteral("leader"));
    auto& model = leader.app.agentQueues();
    auto& panel = leader.app.agentQueuesPanel();
    REQUIRE(waitFor([&] { return model.facts().loaded && leader.app.agents().rowCount() > 0; }, 120000));
    REQUIRE(leader.app.wall().selectAgent(kAgent1001));
    // The demo's tiers of 1001, as the server lists them.
    REQUIRE(waitFor([&] { return model.rowCount() == 2; }));
    CHECK(shownTiers(model) == QList<QueueMember>{{kAgent1001, kRepairs, 1}, {kAgent1001, kHotline, 1}});

    auto* combo = child<QComboBox>(panel, "agentQueueCombo");
    CHECK(combo->count() == 1);  // the only queue 1001 is not in
    combo->setCurrentIndex(combo->findText(kComplaints));
    child<QSpinBox>(panel, "agentQueueLevel")->setValue(2);
    auto* add = child<QPushButton>(panel, "agentQueueAddButton");
    REQUIRE(add->isEnabled());
    add->click();
    REQUIRE(waitFor([&] { return model.rowCount() == 3; }));
    CHECK(shownTiers(model) ==
          QList<QueueMember>{{kAgent1001, kComplaints, 2}, {kAgent1001, kRepairs, 1}, {kAgent1001, kHotline, 1}});
    CHECK(child<QLabel>(panel, "agentQueuesMessage")->text().contains(kComplaints));
    cti::test::saveScreenshot(leader.app.wall(), QStringLiteral("cti-supervisor-queues-en"));

    auto* table = child<QTableView>(panel, "agentQueuesTable");
    int hotlineRow = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.memberAt(row).queue == kHotline) hotlineRow = row;
    REQUIRE(hotlineRow >= 0);
    table->selectRow(hotlineRow);
    auto* remove = child<QPushButton>(panel, "agentQueueRemoveButton");
    REQUIRE(remove->isEnabled());
    remove->click();
    REQUIRE(waitFor([&] { return model.rowCount() == 2; }));
    CHECK(shownTiers(model) == QList<QueueMember>{{kAgent1001, kComplaints, 2}, {kAgent1001, kRepairs, 1}});

    // What the panel shows is what the server stored.
    cti::qt::SupervisionAdmin admin(leader.host.connection());
    QSignalSpy listed(&admin, &cti::qt::SupervisionAdmin::queueMembersListed);
    admin.listQueueMembers();
    REQUIRE(waitFor([&] { return listed.size() == 1; }));
    CHECK(tiersOf(kAgent1001, listed[0][1].value<QList<QueueMember>>()) == shownTiers(model));

    // A queue the server does not know: refused, and the panel shows the server's words.
    model.applySnapshot([&] {
        cti::qt::Snapshot s;
        s.me.permissions = {QStringLiteral("agent.force")};
        s.queues = {{1, kHotline, {}}, {9, QStringLiteral("不存在的队列"), {}}};
        return s;
    }());
    REQUIRE(waitFor([&] { return model.facts().loaded; }));
    model.add(QStringLiteral("不存在的队列"), 1);
    REQUIRE(waitFor([&] { return model.message().contains(QStringLiteral("不存在的队列")); }));
    CHECK(model.rowCount() == 2);
}

TEST_CASE("queue panel against the real server: an agent's login is refused", "[supervisor][queues][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    Desktop agent(server, QStringLiteral("1002"));
    auto& model = agent.app.agentQueues();
    REQUIRE(waitFor([&] { return !agent.snapshots.isEmpty() && model.facts().connected; }, 120000));
    agent.app.wall().selectAgent(kAgent1001);  // if the agent's wall lists 1001 at all
    CHECK_FALSE(model.facts().mayEdit);
    CHECK(model.hint().contains(QStringLiteral("team leaders")));
    CHECK_FALSE(child<QPushButton>(agent.app.agentQueuesPanel(), "agentQueueAddButton")->isEnabled());

    // The server says no as well, whatever the desktop shows.
    cti::qt::SupervisionAdmin admin(agent.host.connection());
    QSignalSpy failed(&admin, &cti::qt::SupervisionAdmin::requestFailed);
    QSignalSpy set(&admin, &cti::qt::SupervisionAdmin::queueMemberSet);
    admin.setQueueMember({kAgent1001, kComplaints, 2}, false);
    admin.listQueueMembers();
    REQUIRE(waitFor([&] { return failed.size() == 2; }));
    CHECK(set.isEmpty());
    CHECK(failed[0][1].value<cti::qt::ErrorCode>() == cti::qt::ErrorCode::PermissionDenied);
    CHECK(failed[1][1].value<cti::qt::ErrorCode>() == cti::qt::ErrorCode::PermissionDenied);
}
