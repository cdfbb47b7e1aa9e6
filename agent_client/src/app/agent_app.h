#pragma once
// The agent desktop once logged in: every model and page, and the wiring between them, the
// Connection's Telephony and Office, and the local habits (QSettings). main() and the tests make
// one the same way, so the tests drive the application's own wiring against a real server.
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/alarm_model.h"
#include "cti/qtclient/office.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/telephony.h"
#include "models/call_habits.h"

class QSettings;
class QSystemTrayIcon;

namespace cti::qt {
class Connection;
}

namespace cti::agent {

class AnnouncementModel;
class CallerModel;
class MainWindow;
class Ringer;
class SoftphoneModel;
class StatusAreaModel;
struct Pages;

class AgentApp : public QObject {
    Q_OBJECT
public:
    AgentApp(cti::qt::Connection& connection, cti::qt::SessionStatus& status, QSettings& settings,
             QObject* parent = nullptr);
    ~AgentApp() override;

    MainWindow& window() const { return *window_; }
    SoftphoneModel& softphone() const { return *softphone_; }
    CallerModel& caller() const { return *caller_; }
    StatusAreaModel& statusArea() const { return *statusArea_; }
    cti::qt::AlarmModel& alarms() const { return *alarms_; }
    cti::qt::Telephony& telephony() { return telephony_; }
    cti::qt::Office& office() { return office_; }
    Pages& pages() const { return *pages_; }

    // The UI language ("zh_CN" or "en", as cti::qt::Translations chose it): which label of the
    // server's not-ready reasons is shown. The system locale's until main() says.
    void setLanguage(const QString& language);
    const QString& language() const { return language_; }

    CallHabits habits() const { return habits_; }
    void setHabits(const CallHabits& habits);  // remembered in the settings

    // Fills the pages once the session is up (and again after a reconnect's snapshot).
    void loadLists();
    // Opens an order in the detail page (a notification, the workbench, the screen pop).
    void openOrder(qint64 orderId);

signals:
    // A tray or in-window notification was shown (tests read what users read).
    void notified(const QString& title, const QString& text);

private:
    void wireTelephony();
    void wireScreenPop();
    void wireOrders();
    void wireKnowledge();
    void wirePersonal();
    void wireCampaigns();
    void wireTools();
    void wireReasons();
    void applyReasons();
    void afterSoftphoneChange();
    void notify(const QString& title, const QString& text, qint64 orderId = 0);

    cti::qt::Connection& connection_;
    cti::qt::SessionStatus& status_;
    QSettings& settings_;
    cti::qt::Telephony telephony_;
    cti::qt::Office office_;
    cti::qt::AdminTables admin_;  // the data dictionary (not-ready reasons)
    std::unique_ptr<cti::qt::AlarmModel> alarms_;
    std::unique_ptr<AnnouncementModel> announcements_;
    std::unique_ptr<SoftphoneModel> softphone_;
    std::unique_ptr<CallerModel> caller_;
    std::unique_ptr<StatusAreaModel> statusArea_;
    std::unique_ptr<MainWindow> window_;
    std::unique_ptr<Pages> pages_;
    Ringer* ringer_;
    QSystemTrayIcon* tray_ = nullptr;  // null where the platform has no tray (offscreen, tests)
    qint64 trayOrder_ = 0;             // the order the last tray message is about

    CallHabits habits_;
    SoftphoneFacts lastFacts_;
    qint64 autoAnswered_ = 0;
    quint64 lookupRequest_ = 0;
    bool campaignWork_ = false;        // the snapshot's user may work on outbound campaigns
    QSet<quint64> campaignRequests_;   // the campaign page's requests still unanswered
    QString language_;
    quint64 dictionaryRequest_ = 0;
    std::optional<QList<cti::qt::AdminRecord>> dictionary_;  // the server's, once it answered
};

}  // namespace cti::agent
