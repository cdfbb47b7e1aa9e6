// My call history: who the other party was, missed calls, durations, calling back.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "models/call_history_model.h"
#include "widgets/call_history_panel.h"

using cti::agent::CallHistoryModel;
using cti::agent::CallHistoryPanel;

namespace {

cti::qt::CallSummary call(qint64 id, const char* direction, const char* caller, const char* callee, qint64 started,
                          qint64 answered, qint64 ended) {
    cti::qt::CallSummary c;
    c.callId = id;
    c.direction = QString::fromLatin1(direction);
    c.caller = QString::fromLatin1(caller);
    c.callee = QString::fromLatin1(callee);
    c.startedMs = started;
    c.answeredMs = answered;
    c.endedMs = ended;
    return c;
}

constexpr qint64 kT = 1'700'000'000'000;

QList<cti::qt::CallSummary> history() {
    return {
        call(1, "inbound", "13800138000", "95598", kT, kT + 5'000, kT + 5'000 + 83'000),   // 1:23 talk
        call(2, "outbound", "8001", "13900139000", kT + 600'000, 0, kT + 630'000),         // nobody answered
        call(3, "inbound", "13700137000", "95598", kT + 1'200'000, 0, kT + 1'210'000),     // missed
        call(4, "internal", "8001", "8002", kT + 1'800'000, kT + 1'801'000, kT + 1'801'000 + 3'725'000),
    };
}

QString cell(const QAbstractItemModel& m, int row, int column) { return m.index(row, column).data().toString(); }

}  // namespace

TEST_CASE("call history: the other party is the number that is not mine", "[agent][history]") {
    using cti::agent::otherParty;
    const auto calls = history();
    CHECK(otherParty(calls[0]) == QStringLiteral("13800138000"));  // inbound: the caller
    CHECK(otherParty(calls[1]) == QStringLiteral("13900139000"));  // outbound: the callee
    CHECK(otherParty(calls[3], QStringLiteral("8001")) == QStringLiteral("8002"));
    CHECK(otherParty(calls[3], QStringLiteral("8002")) == QStringLiteral("8001"));
}

TEST_CASE("call history: duration runs from answer to hang-up, none when not answered", "[agent][history]") {
    using cti::agent::durationText;
    const auto calls = history();
    CHECK(durationText(calls[0]) == QStringLiteral("01:23"));
    CHECK(durationText(calls[1]).isEmpty());
    CHECK(durationText(calls[3]) == QStringLiteral("1:02:05"));
    auto ongoing = calls[0];
    ongoing.endedMs = 0;
    CHECK(durationText(ongoing).isEmpty());
}

TEST_CASE("call history: rows newest first with direction, number, result and duration", "[agent][history]") {
    CallHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMyExtension(QStringLiteral("8001"));
    model.setCalls(history());
    REQUIRE(model.rowCount() == 4);
    // Newest first: 4 (internal), 3 (missed), 2 (outbound), 1 (inbound).
    CHECK(cell(model, 0, CallHistoryModel::DirectionColumn) == QStringLiteral("Internal"));
    CHECK(cell(model, 0, CallHistoryModel::PartyColumn) == QStringLiteral("8002"));
    CHECK(cell(model, 0, CallHistoryModel::DurationColumn) == QStringLiteral("1:02:05"));

    CHECK(cell(model, 1, CallHistoryModel::PartyColumn) == QStringLiteral("13700137000"));
    CHECK(cell(model, 1, CallHistoryModel::ResultColumn) == QStringLiteral("Missed"));
    CHECK(cell(model, 1, CallHistoryModel::DurationColumn).isEmpty());
    CHECK(model.index(1, 0).data(CallHistoryModel::MissedRole).toBool());
    CHECK(model.index(1, CallHistoryModel::PartyColumn).data(Qt::ForegroundRole).isValid());  // stands out

    CHECK(cell(model, 2, CallHistoryModel::DirectionColumn) == QStringLiteral("Outbound"));
    CHECK(cell(model, 2, CallHistoryModel::PartyColumn) == QStringLiteral("13900139000"));
    CHECK(cell(model, 2, CallHistoryModel::ResultColumn) == QStringLiteral("No answer"));

    CHECK(cell(model, 3, CallHistoryModel::DirectionColumn) == QStringLiteral("Inbound"));
    CHECK(cell(model, 3, CallHistoryModel::ResultColumn) == QStringLiteral("Answered"));
    CHECK(cell(model, 3, CallHistoryModel::DurationColumn) == QStringLiteral("01:23"));
    CHECK_FALSE(model.index(3, CallHistoryModel::PartyColumn).data(Qt::ForegroundRole).isValid());
    // Local time of the start, to the second.
    CHECK(cell(model, 3, CallHistoryModel::TimeColumn) ==
          QDateTime::fromMSecsSinceEpoch(kT).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

TEST_CASE("call history panel: Refresh asks, double-click and Call back dial the other party", "[agent][history][widget]") {
    CallHistoryPanel panel;
    QSignalSpy refresh(&panel, &CallHistoryPanel::refreshRequested);
    QSignalSpy callBack(&panel, &CallHistoryPanel::callBackRequested);
    panel.findChild<QPushButton*>(QStringLiteral("callHistoryRefresh"))->click();
    CHECK(refresh.count() == 1);

    panel.setCalls(history());
    auto* table = panel.findChild<QTableView*>(QStringLiteral("callHistoryTable"));
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("callHistoryCallBack"));
    REQUIRE(table);
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());  // no call chosen

    emit table->doubleClicked(table->model()->index(1, CallHistoryModel::TimeColumn));
    REQUIRE(callBack.count() == 1);
    CHECK(callBack.at(0).at(0).toString() == QStringLiteral("13700137000"));

    table->setCurrentIndex(table->model()->index(2, 0));
    REQUIRE(button->isEnabled());
    button->click();
    REQUIRE(callBack.count() == 2);
    CHECK(callBack.at(1).at(0).toString() == QStringLiteral("13900139000"));
}
