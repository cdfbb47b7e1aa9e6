#pragma once
// The agent desktop's main window: the softphone bar across the top, the screen pop on the left,
// the pages (workbench, work order, knowledge, history, voicemail, announcements...) as tabs on
// the right, the status area and the connection state in the status bar. Layout only: the pages
// are made and wired by AgentApp and added with addPage.
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

class QTabWidget;
class QVBoxLayout;

namespace cti::agent {

class AnnouncementModel;
class CallerModel;
class ScreenPopPanel;
class SoftphoneBar;
class SoftphoneModel;
class StatusAreaModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AnnouncementModel& announcements, SoftphoneModel& softphone, const CallerModel& caller,
               const StatusAreaModel& statusArea, const cti::qt::SessionStatus& status, QWidget* parent = nullptr);

    SoftphoneBar& softphoneBar() const { return *softphone_; }
    ScreenPopPanel& screenPop() const { return *screenPop_; }
    QTabWidget& pages() const { return *pages_; }

    // A banner (the server's alarms) above everything else.
    void addBanner(QWidget* banner);
    // Adds a tab; its object name is the page's.
    void addPage(QWidget* page, const QString& title);
    void showPage(QWidget* page);

    // The Tools menu, for AgentApp's actions (password, habits).
    QMenu* toolsMenu() const { return tools_; }

private:
    SoftphoneBar* softphone_;
    ScreenPopPanel* screenPop_;
    QTabWidget* pages_;
    QMenu* tools_;
    QVBoxLayout* layout_ = nullptr;
};

}  // namespace cti::agent
