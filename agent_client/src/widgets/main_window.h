#pragma once
// The agent desktop's main window: softphone bar, screen pop, announcements, and the status bar
// with the connection state and the logged-in user. Layout and wiring only.
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

namespace cti::agent {

class AnnouncementModel;
class ScreenPopPanel;
class SoftphoneBar;
class SoftphoneModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AnnouncementModel& announcements, SoftphoneModel& softphone, const cti::qt::SessionStatus& status,
               QWidget* parent = nullptr);

    SoftphoneBar& softphoneBar() const { return *softphone_; }
    ScreenPopPanel& screenPop() const { return *screenPop_; }

private:
    SoftphoneBar* softphone_;
    ScreenPopPanel* screenPop_;
};

}  // namespace cti::agent
