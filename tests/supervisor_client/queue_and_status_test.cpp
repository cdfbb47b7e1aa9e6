// The wall's live ACD data with plain values: agent status/state/reason/time in state from agent
// events, and the queue table from queue events.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "models/agent_table_model.h"
#include "models/queue_table_model.h"

using cti::supervisor::AgentTableModel;
using cti::supervisor::QueueTableModel;

namespace {
QString cell(const QAbstractItemModel& m, int row, int column) { return m.index(row, column).data().toString(); }
int col(AgentTableModel::Column c) { return static_cast<int>(c); }
int col(QueueTableModel::Column c) { return static_cast<int>(c); }

cti::qt::QueueStatus queue(qint64 id, const char* name, int waiting) {
    cti::qt::QueueStatus q;
    q.queueId = id;
    q.name = QString::fromUtf8(name);
    q.waiting = waiting;
    q.longestWaitS = 75;
    q.answered = 10;
    q.abandoned = 2;
    q.serviceLevelPercent = 83.33;
    q.agentsIdle = 1;
    q.agentsInCall = 2;
    q.agentsWrapUp = 0;
    q.agentsNotReady = 3;
    q.agentsAway = 1;
    return q;
}
}  // namespace

TEST_CASE("agent table: status, state, reason and time in state from agent events", "[supervisor][model]") {
    AgentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cti::qt::Snapshot s;
    s.agents = {{7, QStringLiteral("1001"), QStringLiteral("张丽"), QStringLiteral("1001"), {}, true, true},
                {8, QStringLiteral("1002"), QStringLiteral("王伟"), QStringLiteral("1002"), {}, true, false}};
    s.agentStates = {{7, QStringLiteral("not_ready"), QStringLiteral("idle"), QStringLiteral("break"), 0, 1'000'000},
                     {8, QStringLiteral("logged_out"), QStringLiteral("idle"), {}, 0, 0}};
    model.applySnapshot(s);
    model.setNowMs(1'000'000 + 65'000);

    CHECK(cell(model, 0, col(AgentTableModel::Column::Status)) == QStringLiteral("Not ready"));
    CHECK(cell(model, 0, col(AgentTableModel::Column::State)) == QStringLiteral("Idle"));
    CHECK(cell(model, 0, col(AgentTableModel::Column::Reason)) == QStringLiteral("break"));
    CHECK(cell(model, 0, col(AgentTableModel::Column::TimeInState)) == QStringLiteral("01:05"));
    CHECK(model.index(0, 0).data(AgentTableModel::SecondsInStateRole).toLongLong() == 65);
    CHECK(cell(model, 1, col(AgentTableModel::Column::Status)) == QStringLiteral("Signed out"));
    CHECK(cell(model, 1, col(AgentTableModel::Column::State)).isEmpty());  // no state while signed out
    CHECK(cell(model, 1, col(AgentTableModel::Column::TimeInState)).isEmpty());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    cti::qt::ServerEvent e;
    e.kind = cti::qt::AgentStatusInfo{8, QStringLiteral("available"), QStringLiteral("in_call"), {}, 5, 1'060'000};
    model.applyEvent(e);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toModelIndex().row() == 1);
    CHECK(cell(model, 1, col(AgentTableModel::Column::Status)) == QStringLiteral("Ready"));
    CHECK(cell(model, 1, col(AgentTableModel::Column::State)) == QStringLiteral("On a call"));
    CHECK(cell(model, 1, col(AgentTableModel::Column::TimeInState)) == QStringLiteral("00:05"));
    CHECK(model.index(1, 0).data(AgentTableModel::StatusRole).toString() == QStringLiteral("available"));

    model.setNowMs(1'060'000 + 3'725'000);
    CHECK(cell(model, 1, col(AgentTableModel::Column::TimeInState)) == QStringLiteral("1:02:05"));
    CHECK(AgentTableModel::stateText(QStringLiteral("wrap_up")) == QStringLiteral("Wrap-up"));
    CHECK(AgentTableModel::statusText(QStringLiteral("something_new")) == QStringLiteral("something_new"));
}

TEST_CASE("queue table: snapshot figures, then queue events", "[supervisor][model]") {
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cti::qt::Snapshot s;
    s.queueStates = {queue(1, "热线总队列", 2), queue(2, "故障报修", 0)};
    model.applySnapshot(s);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == col(QueueTableModel::Column::Count));
    CHECK(cell(model, 0, col(QueueTableModel::Column::Name)) == QStringLiteral("热线总队列"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::Waiting)) == QStringLiteral("2"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::LongestWait)) == QStringLiteral("01:15"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::ServiceLevel)) == QStringLiteral("83.3%"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::Answered)) == QStringLiteral("10"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::Abandoned)) == QStringLiteral("2"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::AgentsInCall)) == QStringLiteral("2"));
    CHECK(cell(model, 0, col(QueueTableModel::Column::AgentsNotReady)) == QStringLiteral("3"));
    CHECK(model.index(0, col(QueueTableModel::Column::LongestWait)).data(QueueTableModel::ValueRole).toInt() == 75);
    CHECK(model.totalWaiting() == 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy counts(&model, &QueueTableModel::countsChanged);
    cti::qt::ServerEvent e;
    auto q = queue(2, "故障报修", 4);
    q.abandoned = 5;
    e.kind = q;
    model.applyEvent(e);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toModelIndex().row() == 1);
    CHECK(cell(model, 1, col(QueueTableModel::Column::Waiting)) == QStringLiteral("4"));
    CHECK(cell(model, 1, col(QueueTableModel::Column::Abandoned)) == QStringLiteral("5"));
    CHECK(model.totalWaiting() == 6);
    CHECK(counts.size() == 1);

    SECTION("a queue unknown to the snapshot gets a row") {
        e.kind = queue(3, "投诉专席", 1);
        model.applyEvent(e);
        REQUIRE(model.rowCount() == 3);
        CHECK(model.rowOf(3) == 2);
    }
    SECTION("other event kinds are ignored") {
        e.kind = cti::qt::Announcement{};
        model.applyEvent(e);
        CHECK(model.rowCount() == 2);
    }
}
