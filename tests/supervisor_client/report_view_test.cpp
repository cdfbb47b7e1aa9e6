// The Reports window inside SupervisorApp, against the TLS test double of the server: the wall's
// menu action (only with report.view), the saved reports listed after login, a report run from
// the combos (the request on the wire), its table and chart, saving and deleting a saved report,
// a refusal shown, the exports and printing without their dialogs.
#include <catch2/catch.hpp>

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineSeries>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "models/agent_table_model.h"
#include "models/report_format.h"
#include "models/report_model.h"
#include "models/saved_reports_model.h"
#include "support/fake_server.h"
#include "support/screenshot.h"
#include "support/test_certificate.h"
#include "support/wait.h"
#include "widgets/monitoring_wall.h"
#include "widgets/report_view.h"

using cti::test::waitFor;

namespace {

// Answers the report requests as cti-server would; the test says what a run returns.
struct ReportServer : QObject {
    cti::test::FakeServer& server;
    cti::wire::RunReportOk nextRun;
    QString refuseRun;  // non-empty: the next run is refused with this message
    qint64 nextId = 100;

    explicit ReportServer(cti::test::FakeServer& s) : server(s) {
        connect(&server, &cti::test::FakeServer::envelopeReceived, this, &ReportServer::answer);
    }
    void answer(const cti::wire::Envelope& in) {
        cti::wire::Envelope out;
        out.set_request_id(in.request_id());
        switch (in.body_case()) {
            case cti::wire::Envelope::kListReports: {
                auto* r = out.mutable_list_reports_ok()->add_reports();
                r->set_report_id(7);
                r->set_name("每日队列");
                r->set_owner("lead");
                r->mutable_query()->set_subject("queue");
                r->mutable_query()->set_period("day");
                r->mutable_query()->set_range("last_7_days");
                r->mutable_query()->add_columns("offered");
                break;
            }
            case cti::wire::Envelope::kRunReport:
                if (!refuseRun.isEmpty()) {
                    out.mutable_error()->set_code(cti::wire::PERMISSION_DENIED);
                    out.mutable_error()->set_message(refuseRun.toStdString());
                    break;
                }
                // The server's range check, in its words.
                if (const auto& q = in.run_report().query();
                    q.range().empty() && q.to_ms() - q.from_ms() > 400LL * 86'400'000) {
                    out.mutable_error()->set_code(cti::wire::INVALID_ARGUMENT);
                    out.mutable_error()->set_message("a report covers at most 400 days; choose a shorter range");
                    break;
                }
                *out.mutable_run_report_ok() = nextRun;
                break;
            case cti::wire::Envelope::kSaveReport: {
                auto* r = out.mutable_save_report_ok()->mutable_report();
                *r = in.save_report().report();
                if (r->report_id() == 0) r->set_report_id(nextId++);
                r->set_owner("lead");
                break;
            }
            default: return;
        }
        server.push(out);
    }
};

cti::wire::ReportRow wireRow(const char* period, const char* key, std::initializer_list<double> values) {
    cti::wire::ReportRow r;
    r.set_period(period);
    r.set_key(key);
    for (const double v : values) r.add_values(v);
    return r;
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

void choose(QComboBox* box, const char* data) {
    const int i = box->findData(QString::fromLatin1(data));
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

}  // namespace

TEST_CASE("reports window: run, table, chart, saved reports, exports", "[supervisor][report]") {
    cti::test::FakeServer server;
    server.snapshot.mutable_me()->add_permissions("report.view");
    ReportServer reports(server);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& view = app.reportView();
    CHECK_FALSE(app.reportsAction().isVisible());

    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("lead"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    // After login: the action shows, and the saved reports are listed.
    REQUIRE(waitFor([&] { return view.savedReports().rowCount() == 1; }));
    CHECK(app.reportsAction().isVisible());
    CHECK(view.savedReports().index(0).data().toString() == QStringLiteral("每日队列"));
    app.reportsAction().trigger();
    CHECK(view.isVisible());

    // Agents by day, this month: the request carries the combos' choices and our time zone.
    choose(child<QComboBox>(view, "subjectCombo"), "agent");
    choose(child<QComboBox>(view, "periodCombo"), "day");
    choose(child<QComboBox>(view, "rangeCombo"), "this_month");
    auto& answer = reports.nextRun;
    answer.add_columns("answered");
    answer.add_columns("occupancy_pct");
    *answer.add_rows() = wireRow("2026-11-26", "1001 张伟", {10, 80.5});
    *answer.add_rows() = wireRow("2026-11-27", "1001 张伟", {12, 90});
    *answer.add_rows() = wireRow("2026-11-27", "1002 李娜", {3, 40});
    *answer.mutable_total() = wireRow("", "", {25, 70.2});
    answer.set_from_ms(1'764'000'000'000);
    answer.set_to_ms(1'764'500'000'000);
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.model().rowCount() == 4; }));
    const auto runs = server.receivedOf(cti::wire::Envelope::kRunReport);
    REQUIRE(runs.size() == 1);
    const auto& q = runs[0].run_report().query();
    CHECK(q.subject() == "agent");
    CHECK(q.period() == "day");
    CHECK(q.range() == "this_month");
    CHECK(q.utc_offset_min() == cti::supervisor::ReportView::localUtcOffsetMin());
    CHECK(q.columns_size() == 0);

    // The table: period, agent, the values; the total last.
    auto* table = child<QTableView>(view, "reportTable");
    CHECK(table->model() == &view.model());
    CHECK(view.model().index(1, 1).data().toString() == QStringLiteral("1001 张伟"));
    CHECK(view.model().index(1, 3).data().toString() == QStringLiteral("90.0%"));
    CHECK(view.model().index(3, 2).data().toString() == QStringLiteral("25"));
    // The chart: one line per agent over the two days, of the first column.
    auto lines = view.chart().series();
    REQUIRE(lines.size() == 2);
    auto* first = qobject_cast<QLineSeries*>(lines[0]);
    REQUIRE(first != nullptr);
    CHECK(first->name() == QStringLiteral("1001 张伟"));
    REQUIRE(first->count() == 2);
    CHECK(first->at(1).y() == 12);
    // Another column for the chart.
    choose(child<QComboBox>(view, "chartColumnCombo"), "occupancy_pct");
    first = qobject_cast<QLineSeries*>(view.chart().series().value(0));
    REQUIRE(first != nullptr);
    CHECK(first->at(0).y() == Approx(80.5));

    // Without periods: bars per key.
    answer.Clear();
    answer.add_columns("offered");
    *answer.add_rows() = wireRow("", "售后", {120});
    *answer.add_rows() = wireRow("", "sales", {30});
    *answer.mutable_total() = wireRow("", "", {150});
    choose(child<QComboBox>(view, "subjectCombo"), "queue");
    choose(child<QComboBox>(view, "periodCombo"), "");
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.model().rowCount() == 3; }));
    REQUIRE(view.chart().series().size() == 1);
    auto* bars = qobject_cast<QBarSeries*>(view.chart().series()[0]);
    REQUIRE(bars != nullptr);
    REQUIRE(bars->count() == 1);
    CHECK(bars->barSets()[0]->at(0) == 120);
    CHECK(bars->barSets()[0]->at(1) == 30);
    CHECK(server.receivedOf(cti::wire::Envelope::kRunReport).last().run_report().query().period().empty());

    // Exports and printing, without the file and printer dialogs.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    using F = cti::supervisor::ReportView::ExportFormat;
    REQUIRE(view.exportTo(dir.filePath(QStringLiteral("r.csv")), F::Csv));
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readAll().contains(QStringLiteral("售后,120").toUtf8()));
    CHECK(view.exportTo(dir.filePath(QStringLiteral("r.xlsx")), F::Xlsx));
    CHECK(QFile(dir.filePath(QStringLiteral("r.xlsx"))).size() > 0);
    CHECK(view.exportTo(dir.filePath(QStringLiteral("r.pdf")), F::Pdf));
    CHECK(view.statusText().contains(QStringLiteral("r.pdf")));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    view.printTo(printer);
    CHECK(QFile(dir.filePath(QStringLiteral("printed.pdf"))).size() > 0);

    // Save as: the current query under a name, shared as ticked.
    child<QCheckBox>(view, "sharedCheck")->setChecked(true);
    view.saveAs(QStringLiteral("  队列总览 "));
    REQUIRE(waitFor([&] { return view.savedReports().rowCount() == 2; }));
    const auto saves = server.receivedOf(cti::wire::Envelope::kSaveReport);
    REQUIRE(saves.size() == 1);
    CHECK(saves[0].save_report().report().name() == "队列总览");
    CHECK(saves[0].save_report().report().report_id() == 0);
    CHECK(saves[0].save_report().report().shared());
    CHECK(saves[0].save_report().report().query().subject() == "queue");
    CHECK_FALSE(saves[0].save_report().remove());

    // Opening a saved report sets the combos and runs it with its columns.
    const int daily = *view.savedReports().rowOf(7);
    view.openSaved(daily);
    REQUIRE(waitFor([&] { return server.receivedOf(cti::wire::Envelope::kRunReport).size() == 3; }));
    const auto reopened = server.receivedOf(cti::wire::Envelope::kRunReport).last().run_report().query();
    CHECK(reopened.subject() == "queue");
    CHECK(reopened.period() == "day");
    CHECK(reopened.range() == "last_7_days");
    REQUIRE(reopened.columns_size() == 1);
    CHECK(reopened.columns(0) == "offered");
    CHECK(child<QComboBox>(view, "periodCombo")->currentData().toString() == QStringLiteral("day"));

    // Delete the selected one.
    auto* remove = child<QPushButton>(view, "deleteButton");
    REQUIRE(remove->isEnabled());
    remove->click();
    REQUIRE(waitFor([&] { return !view.savedReports().rowOf(7).has_value(); }));
    const auto removal = server.receivedOf(cti::wire::Envelope::kSaveReport).last();
    CHECK(removal.save_report().remove());
    CHECK(removal.save_report().report().report_id() == 7);

    // One period only: a line of one point would not show, so bars, one set per key.
    answer.Clear();
    answer.add_columns("offered");
    *answer.add_rows() = wireRow("2026-11-27", "售后", {7});
    *answer.add_rows() = wireRow("2026-11-27", "sales", {3});
    *answer.mutable_total() = wireRow("", "", {10});
    choose(child<QComboBox>(view, "periodCombo"), "day");
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.model().rowCount() == 3 && view.model().result().rows.size() == 2 &&
                                 view.model().result().rows[0].period == QStringLiteral("2026-11-27"); }));
    REQUIRE(view.chart().series().size() == 1);
    bars = qobject_cast<QBarSeries*>(view.chart().series()[0]);
    REQUIRE(bars != nullptr);
    REQUIRE(bars->count() == 2);
    CHECK(bars->barSets()[0]->at(0) == 7);

    // A refusal is shown as the server worded it.
    reports.refuseRun = QStringLiteral("reports need the report.view permission");
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.statusText() == reports.refuseRun; }));
}

TEST_CASE("reports window: a custom range of days", "[supervisor][report]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    cti::test::FakeServer server;
    server.snapshot.mutable_me()->add_permissions("report.view");
    ReportServer reports(server);
    reports.nextRun.add_columns("offered");
    *reports.nextRun.add_rows() = wireRow("", "售后", {5});
    *reports.nextRun.mutable_total() = wireRow("", "", {5});
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& view = app.reportView();
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("lead"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    REQUIRE(waitFor([&] { return view.savedReports().rowCount() == 1; }));
    app.reportsAction().trigger();

    // The dates show only for the custom range.
    auto* range = child<QComboBox>(view, "rangeCombo");
    auto* dates = child<QWidget>(view, "customRange");
    CHECK_FALSE(dates->isVisibleTo(&view));
    const int custom = range->findText(QStringLiteral("Custom…"));
    REQUIRE(custom >= 0);
    range->setCurrentIndex(custom);
    CHECK(dates->isVisibleTo(&view));
    auto* from = child<QDateEdit>(view, "fromDate");
    auto* to = child<QDateEdit>(view, "toDate");
    CHECK(from->calendarPopup());
    CHECK(from->date() <= to->date());

    // Three days up to today, both ends included, from midnight in this desktop's zone.
    const QDate today = QDate::currentDate();
    from->setDate(today.addDays(-2));
    to->setDate(today);
    choose(child<QComboBox>(view, "subjectCombo"), "queue");
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.model().rowCount() == 2; }));
    const auto q = server.receivedOf(cti::wire::Envelope::kRunReport).last().run_report().query();
    CHECK(q.range().empty());
    CHECK(q.utc_offset_min() == cti::supervisor::ReportView::localUtcOffsetMin());
    const auto expected = cti::supervisor::customReportRange(today.addDays(-2), today, q.utc_offset_min());
    CHECK(q.from_ms() == expected.fromMs);
    CHECK(q.to_ms() == expected.toMs);
    CHECK(q.to_ms() - q.from_ms() == 3 * 86'400'000LL);
    // Unless the zone changed its offset in these three days, that is local midnight.
    const QDateTime localStart(today.addDays(-2), QTime(0, 0));
    if (localStart.offsetFromUtc() / 60 == q.utc_offset_min()) CHECK(q.from_ms() == localStart.toMSecsSinceEpoch());

    // Saved, the report keeps its days.
    view.saveAs(QStringLiteral("三天"));
    REQUIRE(waitFor([&] { return view.savedReports().rowOfName(QStringLiteral("三天")).has_value(); }));
    const auto saved = server.receivedOf(cti::wire::Envelope::kSaveReport).last().save_report().report().query();
    CHECK(saved.range().empty());
    CHECK(saved.from_ms() == expected.fromMs);
    CHECK(saved.to_ms() == expected.toMs);

    // Opening a saved custom report (saved in China) puts its days back in the fields and runs them.
    cti::qt::SavedReport november{42, QStringLiteral("十一月第一周"), {}, QStringLiteral("lead"), false, 0};
    november.query.subject = QStringLiteral("queue");
    const auto week = cti::supervisor::customReportRange(QDate(2026, 11, 1), QDate(2026, 11, 7), 480);
    november.query.fromMs = week.fromMs;
    november.query.toMs = week.toMs;
    november.query.utcOffsetMin = 480;
    range->setCurrentIndex(range->findData(QStringLiteral("today")));
    CHECK_FALSE(dates->isVisibleTo(&view));
    view.savedReports().upsert(november);
    const int runsBefore = static_cast<int>(server.receivedOf(cti::wire::Envelope::kRunReport).size());
    view.openSaved(*view.savedReports().rowOf(42));
    CHECK(range->currentIndex() == custom);
    CHECK(dates->isVisibleTo(&view));
    CHECK(from->date() == QDate(2026, 11, 1));
    CHECK(to->date() == QDate(2026, 11, 7));
    REQUIRE(waitFor([&] { return server.receivedOf(cti::wire::Envelope::kRunReport).size() == runsBefore + 1; }));
    const auto reopened = server.receivedOf(cti::wire::Envelope::kRunReport).last().run_report().query();
    CHECK(reopened.range().empty());
    CHECK(reopened.to_ms() - reopened.from_ms() == 7 * 86'400'000LL);

    // Over 400 days: the server refuses, and the window says what it said.
    view.setCustomRange(QDate(2025, 1, 1), QDate(2026, 6, 30));
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] {
        return view.statusText() == QStringLiteral("a report covers at most 400 days; choose a shorter range");
    }));
}

TEST_CASE("reports window: hidden without report.view", "[supervisor][report]") {
    cti::test::FakeServer server;
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("agent"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    // The snapshot's agents are on the wall once it was handled; a list request would have left
    // with them.
    REQUIRE(waitFor([&] { return app.agents().rowCount() > 0; }));
    QTest::qWait(300);
    CHECK_FALSE(app.reportsAction().isVisible());
    CHECK(server.receivedOf(cti::wire::Envelope::kListReports).isEmpty());
}

TEST_CASE("reports window in Chinese", "[supervisor][report][translation]") {
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"),
                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    REQUIRE(zh.missing().isEmpty());
    cti::test::FakeServer server;
    server.snapshot.mutable_me()->add_permissions("report.view");
    ReportServer reports(server);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& view = app.reportView();
    CHECK(view.windowTitle() == QStringLiteral("报表"));
    CHECK(app.reportsAction().text() == QStringLiteral("报表(&R)"));
    auto* subject = child<QComboBox>(view, "subjectCombo");
    CHECK(subject->itemText(subject->findData(QStringLiteral("agent"))) == QStringLiteral("座席"));
    auto* range = child<QComboBox>(view, "rangeCombo");
    CHECK(range->itemText(range->findData(QStringLiteral("last_7_days"))) == QStringLiteral("最近 7 天"));
    CHECK(range->itemText(range->count() - 1) == QStringLiteral("自定义…"));
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("lead"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    REQUIRE(waitFor([&] { return view.savedReports().rowCount() == 1; }));

    auto& answer = reports.nextRun;
    for (const char* c : {"offered", "answered", "service_level_pct", "avg_wait_s", "max_wait_s"}) answer.add_columns(c);
    *answer.add_rows() = wireRow("", "售后服务", {120, 110, 85.26, 75.4, 3725});
    *answer.add_rows() = wireRow("", "投诉专线", {40, 31, 60, 20, 300});
    *answer.mutable_total() = wireRow("", "", {160, 141, 79, 61.6, 3725});
    choose(subject, "queue");
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.model().rowCount() == 3; }));
    CHECK(view.model().headerData(0, Qt::Horizontal).toString() == QStringLiteral("队列"));
    CHECK(view.model().headerData(3, Qt::Horizontal).toString() == QStringLiteral("服务水平"));
    CHECK(view.model().index(2, 0).data().toString() == QStringLiteral("合计"));
    CHECK(view.model().index(0, 5).data().toString() == QStringLiteral("1:02:05"));
    CHECK(view.statusText().endsWith(QStringLiteral("2 行")));
    CHECK_FALSE(cti::test::saveScreenshot(view, QStringLiteral("cti-supervisor-reports-zh_CN")).isEmpty());
}
