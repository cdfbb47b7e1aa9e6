#include "widgets/status_area.h"

#include "models/softphone_model.h"
#include "models/status_area_model.h"

namespace cti::agent {

StatusArea::StatusArea(const StatusAreaModel& model, QWidget* parent) : QLabel(parent), model_(model) {
    setObjectName(QStringLiteral("statusArea"));
    setTextFormat(Qt::RichText);
    connect(&model_, &StatusAreaModel::changed, this, &StatusArea::refresh);
    refresh();
}

void StatusArea::refresh() {
    const auto& c = model_.counts();
    QString waiting = tr("Callers waiting: %1").arg(c.waiting);
    if (c.waiting > 0) waiting += tr(" (longest %1)").arg(formatDuration(qint64{c.longestWaitS} * 1000));
    // Callers waiting while nobody is idle is what an agent should notice first: in red.
    const bool pressing = c.waiting > 0 && c.idle == 0;
    setText(tr("On duty %1 · idle %2 · on calls %3 · wrap-up %4 · not ready %5 · away %6")
                .arg(c.onDuty)
                .arg(c.idle)
                .arg(c.inCall)
                .arg(c.wrapUp)
                .arg(c.notReady)
                .arg(c.away)
                .toHtmlEscaped() +
            QStringLiteral(" &nbsp; ") +
            (pressing ? QStringLiteral("<b style='color:#c00000'>%1</b>").arg(waiting.toHtmlEscaped())
                      : waiting.toHtmlEscaped()));
}

}  // namespace cti::agent
