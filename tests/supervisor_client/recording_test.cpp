// Recording review (录音质检) without a server: the scoring form's rules and total, the table's
// cells, the search check, and the view: its form, and a wrong scoring refused before anything is
// sent (a request without a server is answered "not connected", so a send would show).
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include "cti/qtclient/connection_host.h"
#include "models/recording_model.h"
#include "models/score_form.h"
#include "support/wait.h"
#include "widgets/recording_view.h"
#include "support/child.h"

using cti::qt::ScorePoints;
using namespace cti::supervisor;
using cti::test::waitFor;

namespace {

ScorePoints pts(const char* item, int points) { return {QString::fromLatin1(item), points}; }

cti::qt::RecordingInfo recording(qint64 id, int score) {
    cti::qt::RecordingInfo r;
    r.recordingId = id;
    r.callId = id + 100;
    r.caller = QStringLiteral("13912345678");
    r.callee = QStringLiteral("95598");
    r.agent = QStringLiteral("1001");
    r.startedMs = QDateTime(QDate(2026, 11, 27), QTime(9, 5, 7)).toMSecsSinceEpoch();
    r.durationMs = 65'400;
    r.orderNo = QStringLiteral("GD20261127000001");
    r.score = score;
    return r;
}

using cti::test::child;

}  // namespace

TEST_CASE("score form: items, maxima, the total and what the server would refuse", "[supervisor][recording]") {
    QStringList ids;
    int most = 0;
    for (const auto& s : scoreItems()) {
        ids << s.id;
        most += s.maxPoints;
    }
    CHECK(ids == QStringList{QStringLiteral("greeting"), QStringLiteral("accuracy"), QStringLiteral("attitude"),
                             QStringLiteral("compliance"), QStringLiteral("resolution")});
    CHECK(most == 100);
    CHECK(scoreItemMax(QStringLiteral("greeting")) == 10);
    CHECK(scoreItemMax(QStringLiteral("accuracy")) == 30);
    CHECK(scoreItemMax(QStringLiteral("smile")) == -1);
    CHECK(scoreItemTitle(QStringLiteral("greeting")) == QStringLiteral("Greeting"));

    CHECK(scoreTotal({pts("greeting", 8), pts("accuracy", 25)}) == 33);
    CHECK(scoreTotal({}) == 0);
    CHECK(scoreProblem({pts("greeting", 8), pts("accuracy", 25)}, QStringLiteral("语速偏快")).isEmpty());
    CHECK(scoreProblem({pts("greeting", 10), pts("accuracy", 30), pts("attitude", 20), pts("compliance", 20),
                        pts("resolution", 20)},
                       {})
              .isEmpty());
    CHECK(scoreProblem({pts("greeting", 0)}, {}).isEmpty());
    CHECK(scoreProblem({pts("greeting", 11)}, {}) == QStringLiteral("Greeting takes 0 to 10 points."));
    CHECK_FALSE(scoreProblem({pts("accuracy", 31)}, {}).isEmpty());
    CHECK_FALSE(scoreProblem({pts("attitude", -1)}, {}).isEmpty());
    CHECK_FALSE(scoreProblem({pts("greeting", 1), pts("greeting", 2)}, {}).isEmpty());
    CHECK_FALSE(scoreProblem({pts("smile", 1)}, {}).isEmpty());
    CHECK_FALSE(scoreProblem({}, {}).isEmpty());
    // The server counts characters: 500 Chinese ones fit, 501 do not.
    CHECK(scoreProblem({pts("greeting", 1)}, QString(500, QChar(0x597D))).isEmpty());
    CHECK_FALSE(scoreProblem({pts("greeting", 1)}, QString(501, QChar(0x597D))).isEmpty());
    // A character outside the BMP is one character, though two UTF-16 units.
    QString emoji;
    for (int i = 0; i < 300; ++i) emoji += QString::fromUcs4(U"\U0001F600", 1);
    CHECK(scoreProblem({pts("greeting", 1)}, emoji).isEmpty());
}

TEST_CASE("recording table: cells, score shown or not, a new score in place", "[supervisor][recording]") {
    CHECK(formatRecordingLength(65'400) == QStringLiteral("1:05"));
    CHECK(formatRecordingLength(0) == QStringLiteral("0:00"));
    CHECK(formatRecordingLength(9'999) == QStringLiteral("0:09"));
    CHECK(formatRecordingLength(75 * 60'000 + 3'000) == QStringLiteral("75:03"));
    CHECK(formatRecordingLength(-5) == QStringLiteral("0:00"));
    CHECK(formatScore(-1) == QStringLiteral("—"));
    CHECK(formatScore(0) == QStringLiteral("0"));
    CHECK(formatScore(33) == QStringLiteral("33"));

    RecordingModel m;
    m.setRecordings({recording(7, -1), recording(8, 90)});
    REQUIRE(m.rowCount() == 2);
    CHECK(m.columnCount() == 7);
    const auto cell = [&](int row, RecordingModel::Column c) { return m.index(row, int(c)).data().toString(); };
    CHECK(cell(0, RecordingModel::Column::Time) == QStringLiteral("2026-11-27 09:05:07"));
    CHECK(cell(0, RecordingModel::Column::Caller) == QStringLiteral("13912345678"));
    CHECK(cell(0, RecordingModel::Column::Callee) == QStringLiteral("95598"));
    CHECK(cell(0, RecordingModel::Column::Agent) == QStringLiteral("1001"));
    CHECK(cell(0, RecordingModel::Column::Length) == QStringLiteral("1:05"));
    CHECK(cell(0, RecordingModel::Column::OrderNo) == QStringLiteral("GD20261127000001"));
    CHECK(cell(0, RecordingModel::Column::Score) == QStringLiteral("—"));
    CHECK(cell(1, RecordingModel::Column::Score) == QStringLiteral("90"));
    CHECK(m.headerData(int(RecordingModel::Column::Length), Qt::Horizontal).toString() == QStringLiteral("Length"));
    CHECK(m.index(1, 0).data(RecordingModel::RecordingIdRole).toLongLong() == 8);

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.applyScored(recording(7, 33));
    CHECK(changed.size() == 1);
    CHECK(cell(0, RecordingModel::Column::Score) == QStringLiteral("33"));
    m.applyScored(recording(99, 50));  // not shown: nothing changes
    CHECK(changed.size() == 1);
    CHECK(m.rowOf(8) == 1);
    CHECK_FALSE(m.rowOf(99).has_value());
}

TEST_CASE("recording search: what the server would refuse is caught first", "[supervisor][recording]") {
    cti::qt::RecordingQuery q;
    CHECK(recordingSearchProblem(q).isEmpty());
    q.number = QStringLiteral("1391234");
    CHECK(recordingSearchProblem(q).isEmpty());
    q.number = QStringLiteral("139-1234");
    CHECK_FALSE(recordingSearchProblem(q).isEmpty());
    q.number = QString(33, QLatin1Char('1'));
    CHECK_FALSE(recordingSearchProblem(q).isEmpty());
    q = {};
    q.orderNo = QString(33, QLatin1Char('G'));
    CHECK_FALSE(recordingSearchProblem(q).isEmpty());
    q = {};
    q.fromMs = 2000;
    q.toMs = 1000;
    CHECK_FALSE(recordingSearchProblem(q).isEmpty());
    q.toMs = 0;  // up to now
    CHECK(recordingSearchProblem(q).isEmpty());
}

TEST_CASE("recording view: the form, and a wrong score is refused before it is sent", "[supervisor][recording]") {
    cti::qt::ConnectionHost host;  // never connected: every request is answered "not connected"
    cti::qt::SupervisionAdmin admin(host.connection());
    RecordingView view(admin);
    QSignalSpy replies(&host.connection(), &cti::qt::Connection::replyReceived);
    view.setAgents({{1, QStringLiteral("1001 张伟")}, {2, QStringLiteral("1002 王芳")}});
    auto* agents = child<QComboBox>(view, "recordingAgentCombo");
    REQUIRE(agents->count() == 3);  // "all" first
    agents->setCurrentIndex(2);
    CHECK(view.currentQuery().agentId == 2);
    view.setAgents({{2, QStringLiteral("1002 王芳")}});  // the choice survives a new snapshot
    CHECK(view.currentQuery().agentId == 2);

    view.model().setRecordings({recording(7, -1)});
    auto* save = child<QPushButton>(view, "saveScoreButton");
    CHECK_FALSE(save->isEnabled());  // no recording chosen
    view.selectRow(0);
    auto* greeting = child<QSpinBox>(view, "score_greeting");
    CHECK(greeting->maximum() == 10);
    CHECK(child<QSpinBox>(view, "score_accuracy")->maximum() == 30);
    greeting->setValue(11);  // the box stops at the item's maximum
    CHECK(greeting->value() == 10);
    greeting->setValue(8);
    child<QSpinBox>(view, "score_accuracy")->setValue(25);
    CHECK(view.currentScore() == QList<ScorePoints>{pts("greeting", 8), pts("accuracy", 25)});
    CHECK(child<QLabel>(view, "scoreTotal")->text() == QStringLiteral("Total: 33 / 100"));
    CHECK(save->isEnabled());

    view.submitScore({pts("greeting", 11)}, {});
    CHECK(view.statusText() == QStringLiteral("Greeting takes 0 to 10 points."));
    view.submitScore({pts("greeting", 8)}, QString(501, QLatin1Char('x')));
    CHECK(view.statusText().contains(QStringLiteral("500")));
    // A right one goes out: without a server its answer is the client's "not connected".
    save->click();
    REQUIRE(waitFor([&] { return replies.size() == 1; }));
    REQUIRE(waitFor([&] { return view.statusText() != QStringLiteral("Saving the score…"); }));
    CHECK(view.statusText() == QString::fromStdString(replies[0][1].value<cti::wire::Envelope>().error().message()));
    CHECK(replies.size() == 1);  // the refused ones never left

    // Choosing another recording starts from an empty form.
    view.selectRow(-1);
    view.selectRow(0);
    CHECK(view.currentScore().isEmpty());
    CHECK_FALSE(save->isEnabled());
}
