#include "models/report_format.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cti::supervisor {

ReportValueKind reportValueKind(const QString& columnId) {
    if (columnId.endsWith(QLatin1String("_pct"))) return ReportValueKind::Percent;
    if (columnId.endsWith(QLatin1String("_s"))) return ReportValueKind::Seconds;
    return ReportValueKind::Count;
}

QString formatDuration(double seconds) {
    const qint64 total = std::isfinite(seconds) && seconds > 0 ? std::llround(seconds) : 0;
    const qint64 h = total / 3600;
    const qint64 m = total / 60 % 60;
    const qint64 s = total % 60;
    const QLatin1Char zero('0');
    if (h == 0) return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
}

QString formatReportValue(ReportValueKind kind, double value) {
    if (!std::isfinite(value)) value = 0;
    switch (kind) {
        case ReportValueKind::Seconds: return formatDuration(value);
        case ReportValueKind::Percent: return QStringLiteral("%1%").arg(value, 0, 'f', 1);
        case ReportValueKind::Count: break;
    }
    return QString::number(std::llround(value));
}

bool hasPeriods(const cti::qt::ReportResult& result) {
    return std::any_of(result.rows.cbegin(), result.rows.cend(), [](const auto& r) { return !r.period.isEmpty(); });
}

namespace {
double valueAt(const cti::qt::ReportRow& row, int index) {
    return index >= 0 && index < row.values.size() ? row.values.at(index) : 0.0;
}
}  // namespace

ReportChartData reportChartData(const cti::qt::ReportResult& result, int valueIndex, int maxSeries) {
    ReportChartData out;
    if (valueIndex < 0 || valueIndex >= result.columns.size()) return out;
    if (!hasPeriods(result)) {
        ReportChartSeries series{result.columns.at(valueIndex), {}};
        for (const auto& row : result.rows) {
            out.categories.append(row.key);
            series.values.append(valueAt(row, valueIndex));
        }
        if (!out.categories.isEmpty()) out.series.append(series);
        return out;
    }
    out.overPeriods = true;
    // Periods and keys in the order the server sent them (by period, then key).
    QHash<QString, int> periodIndex;
    QStringList keys;
    QHash<QString, double> sums;
    for (const auto& row : result.rows) {
        if (!periodIndex.contains(row.period)) {
            periodIndex.insert(row.period, static_cast<int>(out.categories.size()));
            out.categories.append(row.period);
        }
        if (!sums.contains(row.key)) keys.append(row.key);
        sums[row.key] += valueAt(row, valueIndex);
    }
    // The largest keys first; equal sums keep the server's order.
    std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) { return sums[a] > sums[b]; });
    if (maxSeries >= 0 && keys.size() > maxSeries) keys.resize(maxSeries);
    for (const auto& key : keys) out.series.append({key, QList<double>(out.categories.size(), 0.0)});
    for (const auto& row : result.rows) {
        const auto it = std::find(keys.cbegin(), keys.cend(), row.key);
        if (it == keys.cend()) continue;
        out.series[static_cast<int>(it - keys.cbegin())].values[periodIndex.value(row.period)] = valueAt(row, valueIndex);
    }
    return out;
}

namespace {
constexpr qint64 kDayMs = 86'400'000;
const QDate kEpoch(1970, 1, 1);

// Floor division: days before 1970 (never asked for, but not trusted) stay on the right day.
qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
}  // namespace

ReportRangeMs customReportRange(QDate first, QDate last, int utcOffsetMin) {
    // Done by hand rather than with QDateTime: the zone is the fixed offset sent with the query,
    // not whatever the system zone says on those days.
    const qint64 offsetMs = qint64(utcOffsetMin) * 60'000;
    return ReportRangeMs{kEpoch.daysTo(first) * kDayMs - offsetMs, (kEpoch.daysTo(last) + 1) * kDayMs - offsetMs};
}

std::pair<QDate, QDate> customReportDays(qint64 fromMs, qint64 toMs, int utcOffsetMin) {
    const qint64 offsetMs = qint64(utcOffsetMin) * 60'000;
    const QDate first = kEpoch.addDays(floorDiv(fromMs + offsetMs, kDayMs));
    const QDate last = toMs > fromMs ? kEpoch.addDays(floorDiv(toMs - 1 + offsetMs, kDayMs)) : first;
    return {first, last};
}

}  // namespace cti::supervisor
