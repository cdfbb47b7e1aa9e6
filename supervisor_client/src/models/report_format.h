#pragma once
// Pure helpers of the Reports view (报表): how a report value is shown, and what the chart
// draws. No widgets, no state: tested directly.
#include <QList>
#include <QString>
#include <QStringList>

#include "cti/qtclient/reports.h"

namespace cti::supervisor {

// What a column's values are, read from its id as the server names them: "_s" seconds,
// "_pct" percent, anything else a count.
enum class ReportValueKind { Count, Seconds, Percent };
ReportValueKind reportValueKind(const QString& columnId);

// Whole seconds, rounded: "m:ss" under an hour ("0:07", "12:05"), then "h:mm:ss" ("1:02:03").
// Negative or NaN values (never sent, but not trusted) show as "0:00".
QString formatDuration(double seconds);
// A value as the table shows it: a duration, "85.3%", or an integer count.
QString formatReportValue(ReportValueKind kind, double value);

// What the chart draws for one value column. Without periods: one series (the column) over the
// keys, drawn as bars. With periods: one series per key over the periods, drawn as lines; at
// most `maxSeries` keys (those with the largest sum), so the chart stays readable.
struct ReportChartSeries {
    QString name;
    QList<double> values;  // one per category
};
struct ReportChartData {
    QStringList categories;
    QList<ReportChartSeries> series;
    bool overPeriods = false;
};
ReportChartData reportChartData(const cti::qt::ReportResult& result, int valueIndex, int maxSeries = 8);

// True when the report has rows split by period (the query asked for one).
bool hasPeriods(const cti::qt::ReportResult& result);

}  // namespace cti::supervisor
