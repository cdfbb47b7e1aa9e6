#pragma once
// The server's active alarms as this desktop knows them: those of the Snapshot (a desktop that
// logs in while one is active), then the alarm Events, raised and cleared. Both desktops show
// them as a banner (cti::qt::AlarmBanner).
#include <QList>
#include <QObject>

#include "cti/qtclient/types.h"

namespace cti::qt {

class AlarmModel : public QObject {
    Q_OBJECT
public:
    explicit AlarmModel(QObject* parent = nullptr);

    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyEvent(const cti::qt::ServerEvent& event);

    // Active alarms, oldest first, one per kind.
    const QList<ServerAlarm>& active() const { return active_; }

signals:
    void changed();

private:
    void apply(const ServerAlarm& alarm);
    QList<ServerAlarm> active_;
};

}  // namespace cti::qt
