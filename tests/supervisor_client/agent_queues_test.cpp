// The selected agent's queues (所属队列) without a server: the pure rule of what is legal, the
// model fed as the app feeds it (snapshot, tiers, selection, the server's answers) and the panel's
// buttons following the model.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include "models/agent_queues_model.h"
#include "support/child.h"
#include "widgets/agent_queues_panel.h"

using cti::qt::QueueMember;
using cti::supervisor::AgentQueuesModel;
using cti::supervisor::QueueEdit;
using cti::supervisor::QueueEditFacts;
using cti::supervisor::queueEditProblem;

namespace {

constexpr qint64 kAgent = 1;
const QString kHotline = QStringLiteral("热线总队列");
const QString kComplaints = QStringLiteral("投诉专席");
const QString kRepairs = QStringLiteral("故障报修");

QueueEditFacts facts() {
    QueueEditFacts f;
    f.connected = true;
    f.mayEdit = true;
    f.loaded = true;
    f.agentUserId = kAgent;
    f.joined = {kHotline};
    f.queues = {kHotline, kComplaints, kRepairs};
    return f;
}

cti::qt::Snapshot snapshot(bool mayForce) {
    cti::qt::Snapshot s;
    s.me.userId = 5;
    if (mayForce) s.me.permissions = {QStringLiteral("agent.force")};
    s.queues = {{1, kHotline, QStringLiteral("longest_idle")},
                {2, kComplaints, QStringLiteral("skills")},
                {3, kRepairs, QStringLiteral("round_robin")}};
    return s;
}

using cti::test::child;

}  // namespace

TEST_CASE("queue edits: what a leader may change in an agent's queues", "[supervisor][queues]") {
    CHECK(queueEditProblem(facts(), QueueEdit::Add, kComplaints, 2).isEmpty());
    CHECK(queueEditProblem(facts(), QueueEdit::Add, kComplaints, 1).isEmpty());
    CHECK(queueEditProblem(facts(), QueueEdit::Add, kComplaints, 99).isEmpty());
    CHECK_FALSE(queueEditProblem(facts(), QueueEdit::Add, kComplaints, 0).isEmpty());
    CHECK_FALSE(queueEditProblem(facts(), QueueEdit::Add, kComplaints, 100).isEmpty());
    CHECK(queueEditProblem(facts(), QueueEdit::Add, kHotline, 1).contains(kHotline));  // already in it
    CHECK_FALSE(queueEditProblem(facts(), QueueEdit::Add, QStringLiteral("不存在"), 1).isEmpty());
    CHECK_FALSE(queueEditProblem(facts(), QueueEdit::Add, {}, 1).isEmpty());
    CHECK(queueEditProblem(facts(), QueueEdit::Remove, kHotline).isEmpty());
    CHECK_FALSE(queueEditProblem(facts(), QueueEdit::Remove, kComplaints).isEmpty());  // not in it

    auto f = facts();
    f.mayEdit = false;
    CHECK(queueEditProblem(f, QueueEdit::Remove, kHotline).contains(QStringLiteral("team leaders")));
    CHECK_FALSE(queueEditProblem(f, QueueEdit::Add, kComplaints, 2).isEmpty());
    f = facts();
    f.agentUserId = 0;
    CHECK_FALSE(queueEditProblem(f, QueueEdit::Add, kComplaints, 2).isEmpty());
    f = facts();
    f.connected = false;
    CHECK_FALSE(queueEditProblem(f, QueueEdit::Remove, kHotline).isEmpty());
    f = facts();
    f.loaded = false;  // not knowing the tiers, nothing is decided on a guess
    CHECK_FALSE(queueEditProblem(f, QueueEdit::Add, kComplaints, 2).isEmpty());
}

TEST_CASE("queues model: the selected agent's tiers, what to add, the requests and answers", "[supervisor][queues]") {
    AgentQueuesModel m;
    QSignalSpy listed(&m, &AgentQueuesModel::listRequested);
    QSignalSpy requested(&m, &AgentQueuesModel::memberChangeRequested);
    m.setConnected(true);
    m.applySnapshot(snapshot(true));
    CHECK(listed.size() == 1);  // the tiers are asked for after each login
    m.applyMembers({{kAgent, kRepairs, 2}, {kAgent, kHotline, 1}, {2, kComplaints, 1}});
    CHECK(m.rowCount() == 0);
    CHECK_FALSE(m.hint().isEmpty());  // nobody chosen yet

    m.selectAgent(kAgent, QStringLiteral("张伟"));
    CHECK(listed.size() == 2);  // read again: another leader may have changed them
    REQUIRE(m.rowCount() == 2);
    CHECK(m.memberAt(0) == QueueMember{kAgent, kHotline, 1});  // level first
    CHECK(m.memberAt(1) == QueueMember{kAgent, kRepairs, 2});
    CHECK(m.index(1, 1).data().toInt() == 2);
    CHECK(m.availableQueues() == QStringList{kComplaints});
    CHECK(m.hint().isEmpty());

    m.add(kHotline, 3);  // already in it: not sent
    m.add(kComplaints, 0);  // no such level: not sent
    CHECK(requested.isEmpty());
    m.add(kComplaints, 2);
    REQUIRE(requested.size() == 1);
    CHECK(requested[0][0].value<QueueMember>() == QueueMember{kAgent, kComplaints, 2});
    CHECK_FALSE(requested[0][1].toBool());
    m.applyAgentMembers(kAgent, {{kAgent, kHotline, 1}, {kAgent, kComplaints, 2}, {kAgent, kRepairs, 2}});
    CHECK(m.rowCount() == 3);
    CHECK(m.availableQueues().isEmpty());
    CHECK(m.message().contains(kComplaints));

    m.remove(kHotline);
    REQUIRE(requested.size() == 2);
    CHECK(requested[1][0].value<QueueMember>().queue == kHotline);
    CHECK(requested[1][1].toBool());
    m.applyAgentMembers(kAgent, {});  // the last tier went
    CHECK(m.rowCount() == 0);
    CHECK(m.availableQueues().size() == 3);
    CHECK(m.hint().contains(QStringLiteral("张伟")));
    // Another agent's tiers are kept apart.
    m.selectAgent(2, QStringLiteral("李娜"));
    REQUIRE(m.rowCount() == 1);
    CHECK(m.memberAt(0).queue == kComplaints);

    m.applyError(QStringLiteral("there is no queue named X"));
    CHECK(m.message() == QStringLiteral("there is no queue named X"));

    // Without agent.force nothing is asked for or sent, and the hint says why.
    AgentQueuesModel agent;
    QSignalSpy agentListed(&agent, &AgentQueuesModel::listRequested);
    agent.setConnected(true);
    agent.applySnapshot(snapshot(false));
    agent.selectAgent(kAgent, QStringLiteral("张伟"));
    CHECK(agentListed.isEmpty());
    CHECK(agent.hint().contains(QStringLiteral("team leaders")));
}

TEST_CASE("queues panel: the list, the queue to add and the buttons follow the model", "[supervisor][queues]") {
    AgentQueuesModel m;
    cti::supervisor::AgentQueuesPanel panel(m);
    QSignalSpy requested(&m, &AgentQueuesModel::memberChangeRequested);
    m.setConnected(true);
    m.applySnapshot(snapshot(true));
    m.applyMembers({{kAgent, kHotline, 1}});
    auto* add = child<QPushButton>(panel, "agentQueueAddButton");
    auto* remove = child<QPushButton>(panel, "agentQueueRemoveButton");
    CHECK_FALSE(add->isEnabled());  // no agent yet
    m.selectAgent(kAgent, QStringLiteral("张伟"));
    auto* combo = child<QComboBox>(panel, "agentQueueCombo");
    REQUIRE(combo->count() == 2);
    CHECK(combo->findText(kHotline) < 0);  // already in it
    combo->setCurrentIndex(combo->findText(kComplaints));
    child<QSpinBox>(panel, "agentQueueLevel")->setValue(2);
    REQUIRE(add->isEnabled());
    CHECK_FALSE(remove->isEnabled());  // nothing chosen in the list
    add->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested[0][0].value<QueueMember>() == QueueMember{kAgent, kComplaints, 2});

    auto* table = child<QTableView>(panel, "agentQueuesTable");
    table->selectRow(0);
    REQUIRE(remove->isEnabled());
    remove->click();
    REQUIRE(requested.size() == 2);
    CHECK(requested[1][0].value<QueueMember>().queue == kHotline);

    m.applyError(QStringLiteral("only team leaders and supervisors may change queue membership"));
    CHECK(child<QLabel>(panel, "agentQueuesMessage")->text().contains(QStringLiteral("team leaders")));
}
