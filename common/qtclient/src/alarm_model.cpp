#include "cti/qtclient/alarm_model.h"

namespace cti::qt {

AlarmModel::AlarmModel(QObject* parent) : QObject(parent) {}

void AlarmModel::applySnapshot(const Snapshot& snapshot) {
    active_.clear();
    for (const auto& a : snapshot.alarms)
        if (a.active) active_.append(a);
    emit changed();
}

void AlarmModel::applyEvent(const ServerEvent& event) {
    if (const auto* alarm = std::get_if<ServerAlarm>(&event.kind)) apply(*alarm);
}

void AlarmModel::apply(const ServerAlarm& alarm) {
    for (qsizetype i = 0; i < active_.size(); ++i) {
        if (active_[i].kind != alarm.kind) continue;
        if (alarm.active) active_[i] = alarm;
        else active_.removeAt(i);
        emit changed();
        return;
    }
    if (!alarm.active) return;  // cleared before we saw it raised
    active_.append(alarm);
    emit changed();
}

}  // namespace cti::qt
