#pragma once
// The agent desktop's main window: softphone bar, announcements, and the status bar with the
// connection state and the logged-in user. Layout and wiring only.
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

namespace cti::agent {

class AnnouncementModel;
class SoftphoneBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AnnouncementModel& announcements, const cti::qt::SessionStatus& status,
               QWidget* parent = nullptr);

    SoftphoneBar& softphoneBar() const { return *softphone_; }

private:
    SoftphoneBar* softphone_;
};

}  // namespace cti::agent
