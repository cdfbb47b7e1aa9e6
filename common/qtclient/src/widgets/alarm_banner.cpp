#include "cti/qtwidgets/alarm_banner.h"

#include "cti/qtclient/alarm_model.h"

namespace cti::qt {

AlarmBanner::AlarmBanner(const AlarmModel& model, QWidget* parent) : QLabel(parent), model_(model) {
    setObjectName(QStringLiteral("alarmBanner"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel#alarmBanner { background: #c00000; color: white; font-weight: bold; "
                                 "padding: 6px; }"));
    connect(&model_, &AlarmModel::changed, this, &AlarmBanner::refresh);
    refresh();
}

QString AlarmBanner::kindName(const QString& kind) {
    if (kind == QLatin1String("storage")) return tr("Server storage");
    if (kind == QLatin1String("recording")) return tr("Call recording");
    return kind;
}

void AlarmBanner::refresh() {
    QStringList lines;
    for (const auto& a : model_.active()) lines << tr("Alarm — %1: %2").arg(kindName(a.kind), a.message);
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty());
}

}  // namespace cti::qt
