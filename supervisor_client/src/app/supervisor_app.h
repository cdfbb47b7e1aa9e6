#pragma once
// The supervisor desktop once logged in: the wall's models and panels, the Connection's
// Telephony and Office, and the wiring between them (live figures, supervision of the selected
// agent's call, notices, help requests, the server's alarms). main() and the tests make one the
// same way, so the tests drive the application's own wiring against a real server.
#include <QHash>
#include <QSet>
#include <QObject>
#include <memory>
#include <utility>

#include "cti/qtclient/alarm_model.h"
#include "cti/qtclient/ivr_admin.h"
#include "cti/qtclient/office.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/telephony.h"
#include "models/agent_force.h"
#include "models/supervision_model.h"

class QAction;

namespace cti::qt {
class AdminTables;
class Connection;
class Reports;
class SupervisionAdmin;
class UsersAdmin;
}

namespace cti::supervisor {

class AdminWindow;
class AgentForcePanel;
class AgentTableModel;
class FlowEditor;
class FlowEditorModel;
class HelpPanel;
class HelpRequestModel;
class MonitoringWall;
class NoticePanel;
class QueueTableModel;
class ReportView;
class SupervisionPanel;
class AgentQueuesModel;
class AgentQueuesPanel;
class RecordingView;

class SupervisorApp : public QObject {
    Q_OBJECT
public:
    SupervisorApp(cti::qt::Connection& connection, cti::qt::SessionStatus& status, QObject* parent = nullptr);
    ~SupervisorApp() override;

    MonitoringWall& wall() const { return *wall_; }
    AgentTableModel& agents() const { return *agents_; }
    QueueTableModel& queues() const { return *queues_; }
    SupervisionModel& supervision() const { return *supervision_; }
    AgentForceModel& agentForce() const { return *force_; }
    AgentForcePanel& agentForcePanel() const { return *forcePanel_; }
    HelpRequestModel& helpRequests() const { return *help_; }
    cti::qt::AlarmModel& alarms() const { return *alarms_; }
    cti::qt::Telephony& telephony() { return telephony_; }
    cti::qt::Office& office() { return office_; }
    SupervisionPanel& supervisionPanel() const { return *supervisionPanel_; }
    NoticePanel& noticePanel() const { return *noticePanel_; }
    HelpPanel& helpPanel() const { return *helpPanel_; }
    // The IVR flow editor (IVR流程), its own window; the wall's menu action opening it is
    // visible only to users with ivr.edit.
    FlowEditorModel& flowEditorModel() const { return *flows_; }
    FlowEditor& flowEditor() const { return *flowEditor_; }
    QAction& flowEditorAction() const { return *flowAction_; }
    // The Reports window (报表); the wall's menu action opening it is visible only to users with
    // report.view.
    ReportView& reportView() const { return *reportView_; }
    QAction& reportsAction() const { return *reportsAction_; }
    // The selected agent's queues (所属队列), a side panel beside the force panel; and the
    // recording review window (录音质检), whose menu action only users with call.supervise see.
    AgentQueuesModel& agentQueues() const { return *queueModel_; }
    AgentQueuesPanel& agentQueuesPanel() const { return *queuesPanel_; }
    RecordingView& recordingView() const { return *recordingView_; }
    QAction& recordingsAction() const { return *recordingsAction_; }
    // The administration window (管理); the wall's menu action opening it is visible only when
    // the server offers this session at least one administration table or the user has
    // admin.users.
    AdminWindow& adminWindow() const { return *adminWindow_; }
    QAction& adminAction() const { return *adminAction_; }

    // The wall's agent with this login (0 if none is known).
    qint64 agentByLogin(const QString& login) const;
    // The agent who sent a message: the server names senders by display name; a login is
    // accepted too. 0 if none is known (or two agents share the name).
    qint64 agentBySender(const QString& from) const;

signals:
    // A help request arrived (after it is in the list): for a sound or a flash of the taskbar.
    // `from` as the server names the sender.
    void helpRequested(const QString& from, const QString& text);

private:
    void wireModels();
    void wireSupervision();
    void wireAgentForce();
    void wireNotices();
    void wireHelp();
    void wireFlowEditor();
    void wireReports();
    void wireAgentQueues();
    void wireRecordings();
    void wireAdmin();
    QString agentName(qint64 userId) const;
    QString agentLogin(qint64 userId) const;

    cti::qt::Connection& connection_;
    cti::qt::SessionStatus& status_;
    cti::qt::Telephony telephony_;
    cti::qt::Office office_;
    std::unique_ptr<AgentTableModel> agents_;
    std::unique_ptr<QueueTableModel> queues_;
    std::unique_ptr<cti::qt::AlarmModel> alarms_;
    std::unique_ptr<SupervisionModel> supervision_;
    std::unique_ptr<AgentForceModel> force_;
    std::unique_ptr<HelpRequestModel> help_;
    std::unique_ptr<MonitoringWall> wall_;
    SupervisionPanel* supervisionPanel_;  // owned by the wall
    AgentForcePanel* forcePanel_;         // owned by the wall
    QSet<quint64> forceRequests_;         // AgentControl requests of the force panel
    NoticePanel* noticePanel_;
    HelpPanel* helpPanel_;

    // Requests still unanswered, so that each answer goes to the panel that asked.
    QHash<quint64, std::pair<Supervise, qint64>> superviseRequests_;  // action, call id
    QSet<quint64> noticeRequests_;

    std::unique_ptr<cti::qt::IvrAdmin> ivrAdmin_;
    std::unique_ptr<FlowEditorModel> flows_;
    std::unique_ptr<FlowEditor> flowEditor_;  // destroyed before flows_, which it draws
    QAction* flowAction_ = nullptr;           // the wall's

    std::unique_ptr<cti::qt::Reports> reports_;
    std::unique_ptr<ReportView> reportView_;  // destroyed before reports_, which it uses
    QAction* reportsAction_ = nullptr;        // the wall's

    // Each has its own admin, so every answer an admin hears belongs to its one user.
    std::unique_ptr<cti::qt::SupervisionAdmin> queueAdmin_;
    AgentQueuesModel* queueModel_ = nullptr;   // a child of the wall: outlives the panel drawing it
    AgentQueuesPanel* queuesPanel_ = nullptr;  // owned by the wall
    std::unique_ptr<cti::qt::SupervisionAdmin> recordingAdmin_;
    std::unique_ptr<RecordingView> recordingView_;  // destroyed before recordingAdmin_, which it uses
    QAction* recordingsAction_ = nullptr;           // the wall's

    std::unique_ptr<cti::qt::AdminTables> adminTables_;
    std::unique_ptr<cti::qt::UsersAdmin> usersAdmin_;
    std::unique_ptr<AdminWindow> adminWindow_;  // destroyed before the admins it uses
    QAction* adminAction_ = nullptr;            // the wall's
};

}  // namespace cti::supervisor
