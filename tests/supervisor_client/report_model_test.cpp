// The Reports view's pure parts: how values are shown, the chart's data, and ReportModel over a
// RunReportOk (rows, the total row, headers in English and Chinese, known keys translated).
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

#include "cti/qtclient/translations.h"
#include "models/report_format.h"
#include "models/report_model.h"
#include "models/saved_reports_model.h"

using cti::supervisor::ReportModel;
using cti::supervisor::ReportValueKind;
using cti::supervisor::formatDuration;
using cti::supervisor::formatReportValue;
using cti::supervisor::reportValueKind;

namespace {

cti::qt::ReportRow row(const char* period, const char* key, QList<double> values) {
    return cti::qt::ReportRow{QString::fromUtf8(period), QString::fromUtf8(key), std::move(values)};
}

// Two queues over the whole range, as the server sends them.
cti::qt::ReportResult queueReport() {
    cti::qt::ReportResult r;
    r.columns = {QStringLiteral("offered"), QStringLiteral("service_level_pct"), QStringLiteral("avg_wait_s"),
                 QStringLiteral("mystery")};
    r.rows = {row("", "售后服务", {120, 85.26, 75.4, 3}), row("", "sales", {30, 100, 3725, 1})};
    r.total = row("", "", {150, 88.2, 90, 4});
    r.fromMs = 1'764'000'000'000;
    r.toMs = 1'764'086'400'000;
    return r;
}

// Two agents over two days.
cti::qt::ReportResult agentDays() {
    cti::qt::ReportResult r;
    r.columns = {QStringLiteral("answered"), QStringLiteral("talk_s")};
    r.rows = {row("2026-11-26", "1001 张伟", {10, 600}), row("2026-11-26", "1002 李娜", {4, 300}),
              row("2026-11-27", "1001 张伟", {12, 700}), row("2026-11-27", "1003 王芳", {20, 50})};
    r.total = row("", "", {46, 1650});
    return r;
}

QString text(const ReportModel& m, int r, int c) { return m.index(r, c).data().toString(); }

}  // namespace

TEST_CASE("report values: kinds and formats", "[supervisor][report]") {
    CHECK(reportValueKind(QStringLiteral("avg_wait_s")) == ReportValueKind::Seconds);
    CHECK(reportValueKind(QStringLiteral("occupancy_pct")) == ReportValueKind::Percent);
    CHECK(reportValueKind(QStringLiteral("answered")) == ReportValueKind::Count);
    CHECK(reportValueKind(QStringLiteral("left_here")) == ReportValueKind::Count);
    CHECK(reportValueKind(QStringLiteral("answered_in_sl")) == ReportValueKind::Count);

    CHECK(formatDuration(0) == QStringLiteral("0:00"));
    CHECK(formatDuration(7) == QStringLiteral("0:07"));
    CHECK(formatDuration(59.6) == QStringLiteral("1:00"));  // rounded, not cut
    CHECK(formatDuration(725) == QStringLiteral("12:05"));
    CHECK(formatDuration(3599) == QStringLiteral("59:59"));
    CHECK(formatDuration(3600) == QStringLiteral("1:00:00"));
    CHECK(formatDuration(3723) == QStringLiteral("1:02:03"));
    CHECK(formatDuration(90000) == QStringLiteral("25:00:00"));
    CHECK(formatDuration(-5) == QStringLiteral("0:00"));
    CHECK(formatDuration(std::nan("")) == QStringLiteral("0:00"));

    CHECK(formatReportValue(ReportValueKind::Percent, 85.26) == QStringLiteral("85.3%"));
    CHECK(formatReportValue(ReportValueKind::Percent, 100) == QStringLiteral("100.0%"));
    CHECK(formatReportValue(ReportValueKind::Count, 41.6) == QStringLiteral("42"));
    CHECK(formatReportValue(ReportValueKind::Seconds, 75.4) == QStringLiteral("1:15"));
}

TEST_CASE("report chart data: bars over keys, lines over periods", "[supervisor][report]") {
    const auto bars = cti::supervisor::reportChartData(queueReport(), 0);
    CHECK_FALSE(bars.overPeriods);
    CHECK(bars.categories == QStringList{QStringLiteral("售后服务"), QStringLiteral("sales")});
    REQUIRE(bars.series.size() == 1);
    CHECK(bars.series[0].values == QList<double>{120, 30});
    CHECK(cti::supervisor::reportChartData(queueReport(), 9).series.isEmpty());  // no such column

    const auto lines = cti::supervisor::reportChartData(agentDays(), 0);
    CHECK(lines.overPeriods);
    CHECK(lines.categories == QStringList{QStringLiteral("2026-11-26"), QStringLiteral("2026-11-27")});
    REQUIRE(lines.series.size() == 3);
    // Largest sum first; a day without a row for the agent is 0.
    CHECK(lines.series[0].name == QStringLiteral("1001 张伟"));
    CHECK(lines.series[0].values == QList<double>{10, 12});
    CHECK(lines.series[1].name == QStringLiteral("1003 王芳"));
    CHECK(lines.series[1].values == QList<double>{0, 20});
    CHECK(lines.series[2].values == QList<double>{4, 0});
    const auto two = cti::supervisor::reportChartData(agentDays(), 0, 2);
    CHECK(two.series.size() == 2);
}

TEST_CASE("report custom range: two days as from and to in the query's zone", "[supervisor][report]") {
    using cti::supervisor::customReportDays;
    using cti::supervisor::customReportRange;
    const auto utc = [](const char* iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    };
    // China (UTC+8): the first day starts at 16:00 UTC the day before; the last day is included,
    // so the end is the midnight after it (exclusive).
    const auto week = customReportRange(QDate(2026, 11, 1), QDate(2026, 11, 7), 480);
    CHECK(week.fromMs == utc("2026-10-31T16:00:00Z"));
    CHECK(week.toMs == utc("2026-11-07T16:00:00Z"));
    // One day is 24 hours; west of UTC the day starts later.
    const auto day = customReportRange(QDate(2026, 3, 8), QDate(2026, 3, 8), -300);
    CHECK(day.fromMs == utc("2026-03-08T05:00:00Z"));
    CHECK(day.toMs - day.fromMs == 86'400'000);
    // A year and a half: 546 days, which the server refuses (at most 400); the client sends it as asked.
    const auto long_ = customReportRange(QDate(2025, 1, 1), QDate(2026, 6, 30), 480);
    CHECK((long_.toMs - long_.fromMs) / 86'400'000 == 546);

    // Back to the days, in the same zone: what the date fields show for a saved report.
    CHECK(customReportDays(week.fromMs, week.toMs, 480) == std::pair{QDate(2026, 11, 1), QDate(2026, 11, 7)});
    CHECK(customReportDays(day.fromMs, day.toMs, -300) == std::pair{QDate(2026, 3, 8), QDate(2026, 3, 8)});
    // The same instants in UTC are other days.
    CHECK(customReportDays(week.fromMs, week.toMs, 0) == std::pair{QDate(2026, 10, 31), QDate(2026, 11, 7)});
    // Before 1970 (never sent, but not trusted): still the right day.
    const auto old = customReportRange(QDate(1969, 12, 31), QDate(1969, 12, 31), 480);
    CHECK(old.fromMs == utc("1969-12-30T16:00:00Z"));
    CHECK(customReportDays(old.fromMs, old.toMs, 480) == std::pair{QDate(1969, 12, 31), QDate(1969, 12, 31)});
}

TEST_CASE("report model: rows, the total row, raw values", "[supervisor][report]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti-supervisor")});
    ReportModel m;
    CHECK(m.rowCount() == 0);
    CHECK(m.columnCount() == 0);
    m.setReport(QStringLiteral("queue"), queueReport());
    // No periods: key, then one column per value; two rows and the total.
    REQUIRE(m.columnCount() == 5);
    REQUIRE(m.rowCount() == 3);
    CHECK(m.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Queue"));
    CHECK(m.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Offered"));
    CHECK(m.headerData(2, Qt::Horizontal).toString() == QStringLiteral("Service level"));
    CHECK(m.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Average wait"));
    CHECK(m.headerData(4, Qt::Horizontal).toString() == QStringLiteral("mystery"));  // unknown id as-is
    CHECK(text(m, 0, 0) == QStringLiteral("售后服务"));
    CHECK(text(m, 0, 1) == QStringLiteral("120"));
    CHECK(text(m, 0, 2) == QStringLiteral("85.3%"));
    CHECK(text(m, 0, 3) == QStringLiteral("1:15"));
    CHECK(text(m, 1, 3) == QStringLiteral("1:02:05"));
    CHECK(m.index(0, 2).data(ReportModel::ValueRole).toDouble() == Approx(85.26));
    CHECK_FALSE(m.index(0, 0).data(ReportModel::ValueRole).isValid());
    CHECK(text(m, 2, 0) == QStringLiteral("Total"));
    CHECK(text(m, 2, 1) == QStringLiteral("150"));
    CHECK(text(m, 2, 2) == QStringLiteral("88.2%"));
    CHECK(m.index(2, 1).data(ReportModel::TotalRole).toBool());
    CHECK_FALSE(m.index(1, 1).data(ReportModel::TotalRole).toBool());
    CHECK(m.valueColumn(0) == 1);

    // With periods the period comes first.
    m.setReport(QStringLiteral("agent"), agentDays());
    REQUIRE(m.columnCount() == 4);
    REQUIRE(m.rowCount() == 5);
    CHECK(m.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Period"));
    CHECK(m.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Agent"));
    CHECK(m.headerData(3, Qt::Horizontal).toString() == QStringLiteral("Talk time"));
    CHECK(text(m, 2, 0) == QStringLiteral("2026-11-27"));
    CHECK(text(m, 2, 1) == QStringLiteral("1001 张伟"));
    CHECK(text(m, 2, 3) == QStringLiteral("11:40"));
    CHECK(text(m, 4, 0) == QStringLiteral("Total"));
    CHECK(text(m, 4, 1).isEmpty());
    CHECK(text(m, 4, 3) == QStringLiteral("27:30"));
    CHECK(m.valueColumn(0) == 2);

    const auto table = m.exportTable();
    CHECK(table.title == QStringLiteral("Agents report"));
    CHECK(table.headers == QStringList{QStringLiteral("Period"), QStringLiteral("Agent"), QStringLiteral("Answered"),
                                       QStringLiteral("Talk time")});
    REQUIRE(table.rows.size() == 5);
    CHECK(table.hasTotal);
    CHECK(table.rows[4][2].numeric);
    CHECK(table.rows[4][2].value == 46);
    CHECK(table.rows[0][3].kind == ReportValueKind::Seconds);
    CHECK_FALSE(table.rows[0][1].numeric);

    m.clear();
    CHECK(m.rowCount() == 0);
}

TEST_CASE("report model in Chinese: headers, totals, order names", "[supervisor][report][translation]") {
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"), {QStringLiteral("cti-supervisor")});
    REQUIRE(zh.missing().isEmpty());
    ReportModel m;
    m.setReport(QStringLiteral("queue"), queueReport());
    CHECK(m.headerData(0, Qt::Horizontal).toString() == QStringLiteral("队列"));
    CHECK(m.headerData(1, Qt::Horizontal).toString() == QStringLiteral("呼入量"));
    CHECK(m.headerData(2, Qt::Horizontal).toString() == QStringLiteral("服务水平"));
    CHECK(m.headerData(3, Qt::Horizontal).toString() == QStringLiteral("平均等待时长"));
    CHECK(m.headerData(4, Qt::Horizontal).toString() == QStringLiteral("mystery"));
    CHECK(text(m, 2, 0) == QStringLiteral("合计"));
    CHECK(m.exportTable().title == QStringLiteral("队列报表"));

    cti::qt::ReportResult orders;
    orders.columns = {QStringLiteral("orders"), QStringLiteral("satisfaction_pct")};
    orders.rows = {row("", "complaint", {5, 40}), row("", "新类型", {1, 0})};
    m.setReport(QStringLiteral("order_type"), orders);
    CHECK(m.headerData(0, Qt::Horizontal).toString() == QStringLiteral("工单类型"));
    CHECK(m.headerData(2, Qt::Horizontal).toString() == QStringLiteral("满意率"));
    CHECK(text(m, 0, 0) == QStringLiteral("投诉"));
    CHECK(text(m, 1, 0) == QStringLiteral("新类型"));  // not a server name: as it came
    // A queue that happens to be called "complaint" is a name someone gave: not translated.
    m.setReport(QStringLiteral("queue"), orders);
    CHECK(text(m, 0, 0) == QStringLiteral("complaint"));

    CHECK(ReportModel::columnTitle(QStringLiteral("occupancy_pct")) == QStringLiteral("占用率"));
    CHECK(ReportModel::columnTitle(QStringLiteral("left_here")) == QStringLiteral("在此结束"));
}

TEST_CASE("saved reports: list, upsert by id, remove", "[supervisor][report]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti-supervisor")});
    cti::supervisor::SavedReportsModel m;
    cti::qt::SavedReport a{7, QStringLiteral("日报"), {QStringLiteral("queue")}, QStringLiteral("lead"), false, 0};
    cti::qt::SavedReport b{8, QStringLiteral("Agents"), {QStringLiteral("agent")}, QStringLiteral("admin"), true, 0};
    m.setReports({a, b});
    REQUIRE(m.rowCount() == 2);
    const int rowB = *m.rowOf(8);
    CHECK(m.index(rowB).data().toString() == QStringLiteral("Agents (shared)"));
    CHECK(m.index(rowB).data(cti::supervisor::SavedReportsModel::ReportIdRole).toLongLong() == 8);
    CHECK(m.rowOfName(QStringLiteral("日报")) == m.rowOf(7));
    a.name = QStringLiteral("日报2");
    m.upsert(a);
    CHECK(m.rowCount() == 2);
    CHECK(m.reportAt(*m.rowOf(7)).name == QStringLiteral("日报2"));
    m.upsert(cti::qt::SavedReport{9, QStringLiteral("new")});
    CHECK(m.rowCount() == 3);
    m.remove(8);
    CHECK(m.rowCount() == 2);
    CHECK_FALSE(m.rowOf(8).has_value());
    m.remove(8);  // already gone: nothing happens
    CHECK(m.rowCount() == 2);
}
