#include "widgets/report_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cti::supervisor {

void drawReportChart(QChart& chart, const ReportChartData& data, const QString& valueTitle) {
    chart.removeAllSeries();
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    if (data.series.isEmpty()) return;
    auto* x = new QBarCategoryAxis;
    x->append(data.categories);
    auto* y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    double top = 0;
    bool integral = true;  // counts: ticks on whole numbers only
    for (const auto& s : data.series)
        for (const double v : s.values) integral = integral && v == std::floor(v);
    // A line needs two periods to be seen: one period is drawn as bars.
    if (!data.overPeriods || data.categories.size() < 2) {
        auto* bars = new QBarSeries;
        for (const auto& s : data.series) {
            auto* set = new QBarSet(s.name);
            for (const double v : s.values) {
                set->append(v);
                top = std::max(top, v);
            }
            bars->append(set);
        }
        chart.addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    } else {
        for (const auto& s : data.series) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            line->setPointsVisible(true);
            for (int i = 0; i < s.values.size(); ++i) {
                line->append(i, s.values.at(i));
                top = std::max(top, s.values.at(i));
            }
            chart.addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    // One series says nothing a legend would add: the axis title names it.
    chart.legend()->setVisible(data.series.size() > 1);
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();
    if (integral) {
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(std::max(1.0, std::ceil(y->max() / 5)));
    }
}

}  // namespace cti::supervisor
