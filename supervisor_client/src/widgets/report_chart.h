#pragma once
// Draws a ReportChartData into a QChart: bars over the keys (a report without periods), or one
// line per key over the periods. Drawing only; what to draw is decided by reportChartData.
#include <QString>

#include "models/report_format.h"

class QChart;

namespace cti::supervisor {

// Replaces every series and axis of `chart`; `valueTitle` names the value axis.
void drawReportChart(QChart& chart, const ReportChartData& data, const QString& valueTitle);

}  // namespace cti::supervisor
