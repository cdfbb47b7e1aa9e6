#pragma once
// Pure helpers of the Reports view (报表): how a report value is shown, and what the chart
// draws. No widgets, no state: tested directly.
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

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

// A custom range (自定义) as ReportQuery.from_ms/to_ms: from the midnight that starts `first` to
// the midnight after `last` (both days included; to_ms is exclusive), in the zone `utcOffsetMin`
// minutes east of UTC. The same fixed offset goes in utc_offset_min, so that the server's days
// and hours start where the range does even when the local zone changes offset (DST) inside it.
struct ReportRangeMs {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    bool operator==(const ReportRangeMs&) const = default;
};
ReportRangeMs customReportRange(QDate first, QDate last, int utcOffsetMin);
// The inverse, for a saved report's range shown again in the date fields: the first and the last
// day that [fromMs, toMs) touches in that zone.
std::pair<QDate, QDate> customReportDays(qint64 fromMs, qint64 toMs, int utcOffsetMin);

}  // namespace cti::supervisor
