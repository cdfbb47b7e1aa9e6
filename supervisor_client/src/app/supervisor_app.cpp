#include "app/supervisor_app.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStatusBar>

#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/reports.h"
#include "cti/qtclient/supervision_admin.h"
#include "cti/qtclient/users_admin.h"
#include "cti/qtwidgets/alarm_banner.h"
#include "models/agent_queues_model.h"
#include "models/agent_table_model.h"
#include "models/flow_editor_model.h"
#include "models/help_request_model.h"
#include "models/queue_table_model.h"
#include "widgets/admin_window.h"
#include "widgets/agent_force_panel.h"
#include "widgets/agent_queues_panel.h"
#include "widgets/flow_editor.h"
#include "widgets/help_panel.h"
#include "widgets/monitoring_wall.h"
#include "widgets/notice_panel.h"
#include "widgets/recording_view.h"
#include "widgets/report_view.h"
#include "widgets/supervision_panel.h"

namespace cti::supervisor {

namespace {
constexpr int kLoginColumn = static_cast<int>(AgentTableModel::Column::Login);
constexpr int kNameColumn = static_cast<int>(AgentTableModel::Column::Name);
}  // namespace

SupervisorApp::SupervisorApp(cti::qt::Connection& connection, cti::qt::SessionStatus& status, QObject* parent)
    : QObject(parent), connection_(connection), status_(status), telephony_(connection), office_(connection),
      agents_(std::make_unique<AgentTableModel>()), queues_(std::make_unique<QueueTableModel>()),
      alarms_(std::make_unique<cti::qt::AlarmModel>()), supervision_(std::make_unique<SupervisionModel>()),
      force_(std::make_unique<AgentForceModel>()), help_(std::make_unique<HelpRequestModel>()),
      wall_(std::make_unique<MonitoringWall>(*agents_, *queues_, status_)),
      supervisionPanel_(new SupervisionPanel(*supervision_)), forcePanel_(new AgentForcePanel(*force_)),
      noticePanel_(new NoticePanel),
      helpPanel_(new HelpPanel(*help_)) {
    wall_->addBanner(new cti::qt::AlarmBanner(*alarms_));
    wall_->addSidePanel(supervisionPanel_);
    wall_->addSidePanel(forcePanel_);
    wireAgentQueues();  // its panel goes beside the force panel
    wall_->addSidePanel(helpPanel_);
    wall_->addSidePanel(noticePanel_);
    wireModels();
    wireSupervision();
    wireAgentForce();
    wireNotices();
    wireHelp();
    wireFlowEditor();
    wireReports();
    wireRecordings();
    wireAdmin();
}

SupervisorApp::~SupervisorApp() = default;

void SupervisorApp::wireModels() {
    connect(&connection_, &cti::qt::Connection::snapshotReceived, agents_.get(), &AgentTableModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::eventReceived, agents_.get(), &AgentTableModel::applyEvent);
    connect(&connection_, &cti::qt::Connection::snapshotReceived, queues_.get(), &QueueTableModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::eventReceived, queues_.get(), &QueueTableModel::applyEvent);
    connect(&connection_, &cti::qt::Connection::snapshotReceived, alarms_.get(), &cti::qt::AlarmModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::eventReceived, alarms_.get(), &cti::qt::AlarmModel::applyEvent);
    // A snapshot also follows every reconnect: departments may have changed meanwhile.
    connect(&connection_, &cti::qt::Connection::snapshotReceived, this, [this](const cti::qt::Snapshot& s) {
        QStringList departments;
        for (const auto& a : s.agents)
            if (!a.department.isEmpty() && !departments.contains(a.department)) departments << a.department;
        if (!s.me.department.isEmpty() && !departments.contains(s.me.department)) departments.prepend(s.me.department);
        noticePanel_->setDepartments(departments, s.me.department);
    });
}

void SupervisorApp::wireSupervision() {
    auto* sv = supervision_.get();
    connect(&connection_, &cti::qt::Connection::snapshotReceived, sv, &SupervisionModel::applySnapshot);
    connect(&telephony_, &cti::qt::Telephony::callChanged, sv, &SupervisionModel::applyCall);
    connect(&telephony_, &cti::qt::Telephony::phoneChanged, sv, &SupervisionModel::applyPhone);
    connect(&status_, &cti::qt::SessionStatus::changed, sv, [this] {
        supervision_->setConnected(status_.state() == cti::qt::ConnectionState::LoggedIn && status_.telephonyEnabled());
    });
    connect(wall_.get(), &MonitoringWall::agentSelected, this, [this](qint64 userId) {
        supervision_->selectAgent(userId, agentName(userId));
        noticePanel_->setAgent(agentLogin(userId), agentName(userId));
    });
    connect(sv, &SupervisionModel::callControlRequested, this, [this](cti::qt::CallAction action, qint64 callId) {
        const Supervise what = action == cti::qt::CallAction::Monitor   ? Supervise::Monitor
                               : action == cti::qt::CallAction::Whisper ? Supervise::Whisper
                               : action == cti::qt::CallAction::Barge   ? Supervise::Barge
                                                                        : Supervise::HangUp;
        superviseRequests_.insert(telephony_.callControl(action, callId), {what, callId});
    });
    connect(&telephony_, &cti::qt::Telephony::callControlDone, sv, [this](quint64 id, cti::qt::CallAction, qint64) {
        const auto it = superviseRequests_.constFind(id);
        if (it == superviseRequests_.cend()) return;
        const auto [what, callId] = *it;
        superviseRequests_.erase(it);
        supervision_->confirmMode(callId, what);
    });
    // The server's refusal says what to do (another supervisor is on it, no extension...).
    connect(&telephony_, &cti::qt::Telephony::requestFailed, sv, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (superviseRequests_.remove(id) > 0) supervision_->applyError(m);
    });
}

void SupervisorApp::wireAgentForce() {
    auto* fm = force_.get();
    connect(&connection_, &cti::qt::Connection::snapshotReceived, fm, &AgentForceModel::applySnapshot);
    connect(&telephony_, &cti::qt::Telephony::agentStatusChanged, fm, &AgentForceModel::applyAgent);
    connect(&status_, &cti::qt::SessionStatus::changed, fm, [this] {
        force_->setConnected(status_.state() == cti::qt::ConnectionState::LoggedIn);
    });
    connect(wall_.get(), &MonitoringWall::agentSelected, fm,
            [this](qint64 userId) { force_->selectAgent(userId, agentName(userId)); });
    connect(fm, &AgentForceModel::agentControlRequested, this,
            [this](cti::qt::AgentAction action, const QString& reason, qint64 agent) {
                forceRequests_.insert(telephony_.agentControl(action, reason, agent));
            });
    connect(&telephony_, &cti::qt::Telephony::agentControlDone, fm,
            [this](quint64 id, cti::qt::AgentAction, const cti::qt::AgentStatusInfo& agent) {
                if (forceRequests_.remove(id)) force_->confirm(agent);
            });
    connect(&telephony_, &cti::qt::Telephony::requestFailed, fm, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (forceRequests_.remove(id)) force_->applyError(m);
    });
}

void SupervisorApp::wireNotices() {
    connect(noticePanel_, &NoticePanel::sendRequested, this,
            [this](const QString& toUser, const QString& toDepartment, const QString& text) {
                noticeRequests_.insert(office_.sendMessage(toUser, toDepartment, text));
            });
    connect(&office_, &cti::qt::Office::messageSent, noticePanel_, [this](quint64 id, const cti::qt::InternalMessage&) {
        if (noticeRequests_.remove(id)) noticePanel_->showSent();
    });
    connect(&office_, &cti::qt::Office::requestFailed, noticePanel_, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (noticeRequests_.remove(id)) noticePanel_->showError(m);
    });
}

void SupervisorApp::wireHelp() {
    connect(&office_, &cti::qt::Office::messageReceived, this, [this](const cti::qt::InternalMessage& m) {
        if (!help_->applyMessage(m, agentLogin(agentBySender(m.from)))) return;
        wall_->statusBar()->showMessage(tr("Help requested by %1").arg(m.from), 10000);
        QApplication::alert(wall_.get());
        emit helpRequested(m.from, m.text);
    });
    connect(helpPanel_, &HelpPanel::agentChosen, this, [this](const QString& login) {
        if (const qint64 id = agentByLogin(login); id != 0) wall_->selectAgent(id);
    });
}

void SupervisorApp::wireFlowEditor() {
    ivrAdmin_ = std::make_unique<cti::qt::IvrAdmin>(connection_);
    flows_ = std::make_unique<FlowEditorModel>();
    flowEditor_ = std::make_unique<FlowEditor>(*flows_);
    flowEditor_->setAttribute(Qt::WA_QuitOnClose, false);  // closing the wall ends the application
    flowAction_ = wall_->menuBar()->addAction(tr("&IVR flows"));
    flowAction_->setObjectName(QStringLiteral("flowEditorAction"));
    flowAction_->setVisible(false);
    auto* m = flows_.get();
    connect(&connection_, &cti::qt::Connection::snapshotReceived, m, &FlowEditorModel::applySnapshot);
    connect(&status_, &cti::qt::SessionStatus::changed, m,
            [this] { flows_->setConnected(status_.state() == cti::qt::ConnectionState::LoggedIn); });
    connect(m, &FlowEditorModel::changed, this, [this] {
        flowAction_->setVisible(flows_->mayEdit());
        if (!flows_->mayEdit()) flowEditor_->hide();
    });
    connect(flowAction_, &QAction::triggered, this, [this] {
        flowEditor_->show();
        flowEditor_->raise();
        flows_->refresh();
    });
    // The editor is the only user of these requests: every answer is its own.
    connect(m, &FlowEditorModel::listRequested, ivrAdmin_.get(), &cti::qt::IvrAdmin::listFlows);
    connect(m, &FlowEditorModel::flowRequested, ivrAdmin_.get(), [this](const QString& n) { ivrAdmin_->getFlow(n); });
    connect(m, &FlowEditorModel::saveRequested, ivrAdmin_.get(), &cti::qt::IvrAdmin::saveFlow);
    connect(ivrAdmin_.get(), &cti::qt::IvrAdmin::flowsListed, m,
            [this](quint64, const cti::qt::IvrFlowCatalog& c) { flows_->applyCatalog(c); });
    connect(ivrAdmin_.get(), &cti::qt::IvrAdmin::flowLoaded, m,
            [this](quint64, const cti::qt::IvrFlowInfo& f, const QString& json) { flows_->applyFlow(f, json); });
    connect(ivrAdmin_.get(), &cti::qt::IvrAdmin::flowSaved, m,
            [this](quint64, const QString& name, int version) { flows_->applySaved(name, version); });
    connect(ivrAdmin_.get(), &cti::qt::IvrAdmin::requestFailed, m,
            [this](quint64, cti::qt::ErrorCode, const QString& message) { flows_->applyError(message); });
}

void SupervisorApp::wireReports() {
    reports_ = std::make_unique<cti::qt::Reports>(connection_);
    // Its own window: reports are read beside the live wall, not instead of it.
    reportView_ = std::make_unique<ReportView>(*reports_);
    reportsAction_ = wall_->menuBar()->addAction(tr("&Reports"));
    reportsAction_->setObjectName(QStringLiteral("reportsAction"));
    reportsAction_->setVisible(false);
    // The saved reports are the server's: listed again after every login.
    connect(&connection_, &cti::qt::Connection::snapshotReceived, reportView_.get(), [this](const cti::qt::Snapshot& s) {
        const bool may = s.me.hasPermission(QStringLiteral("report.view"));
        reportsAction_->setVisible(may);
        if (may) reportView_->refreshSaved();
        else reportView_->hide();
    });
    connect(reportsAction_, &QAction::triggered, reportView_.get(), [this] {
        reportView_->show();
        reportView_->raise();
        reportView_->activateWindow();
    });
}

void SupervisorApp::wireAgentQueues() {
    queueAdmin_ = std::make_unique<cti::qt::SupervisionAdmin>(connection_);
    queueModel_ = new AgentQueuesModel(wall_.get());
    queuesPanel_ = new AgentQueuesPanel(*queueModel_);
    wall_->addSidePanel(queuesPanel_);
    auto* m = queueModel_;
    auto* admin = queueAdmin_.get();
    connect(&connection_, &cti::qt::Connection::snapshotReceived, m, &AgentQueuesModel::applySnapshot);
    connect(&status_, &cti::qt::SessionStatus::changed, m,
            [this] { queueModel_->setConnected(status_.state() == cti::qt::ConnectionState::LoggedIn); });
    connect(wall_.get(), &MonitoringWall::agentSelected, m,
            [this](qint64 userId) { queueModel_->selectAgent(userId, agentName(userId)); });
    connect(m, &AgentQueuesModel::listRequested, admin, [admin] { admin->listQueueMembers(); });
    connect(m, &AgentQueuesModel::memberChangeRequested, admin,
            [admin](const cti::qt::QueueMember& member, bool remove) { admin->setQueueMember(member, remove); });
    connect(admin, &cti::qt::SupervisionAdmin::queueMembersListed, m,
            [m](quint64, const QList<cti::qt::QueueMember>& all) { m->applyMembers(all); });
    connect(admin, &cti::qt::SupervisionAdmin::queueMemberSet, m,
            [m](quint64, qint64 agent, const QList<cti::qt::QueueMember>& tiers) { m->applyAgentMembers(agent, tiers); });
    connect(admin, &cti::qt::SupervisionAdmin::requestFailed, m,
            [m](quint64, cti::qt::ErrorCode, const QString& message) { m->applyError(message); });
}

void SupervisorApp::wireRecordings() {
    recordingAdmin_ = std::make_unique<cti::qt::SupervisionAdmin>(connection_);
    // Its own window, like Reports: recordings are reviewed beside the live wall.
    recordingView_ = std::make_unique<RecordingView>(*recordingAdmin_);
    recordingsAction_ = wall_->menuBar()->addAction(tr("Re&cordings"));
    recordingsAction_->setObjectName(QStringLiteral("recordingsAction"));
    recordingsAction_->setVisible(false);
    connect(&connection_, &cti::qt::Connection::snapshotReceived, recordingView_.get(), [this](const cti::qt::Snapshot& s) {
        const bool may = s.me.hasPermission(QStringLiteral("call.supervise"));
        recordingsAction_->setVisible(may);
        if (!may) recordingView_->hide();
        QList<QPair<qint64, QString>> agents;
        for (const auto& a : s.agents)
            agents.append({a.userId, a.displayName.isEmpty() ? a.login : QStringLiteral("%1 %2").arg(a.login, a.displayName)});
        recordingView_->setAgents(agents);
    });
    connect(recordingsAction_, &QAction::triggered, recordingView_.get(), [this] {
        recordingView_->show();
        recordingView_->raise();
        recordingView_->activateWindow();
    });
}

void SupervisorApp::wireAdmin() {
    adminTables_ = std::make_unique<cti::qt::AdminTables>(connection_);
    usersAdmin_ = std::make_unique<cti::qt::UsersAdmin>(connection_);
    // Its own window, like Reports: administration is done beside the live wall.
    adminWindow_ = std::make_unique<AdminWindow>(*adminTables_, *usersAdmin_, connection_);
    adminWindow_->setAttribute(Qt::WA_QuitOnClose, false);  // closing the wall ends the application
    adminAction_ = wall_->menuBar()->addAction(tr("&Administration"));
    adminAction_->setObjectName(QStringLiteral("adminAction"));
    adminAction_->setVisible(false);
    // Which tables the session may open is the server's answer, asked again after every login.
    connect(&connection_, &cti::qt::Connection::snapshotReceived, adminWindow_.get(), [this](const cti::qt::Snapshot& s) {
        adminWindow_->refresh(s.me.hasPermission(QStringLiteral("admin.users")));
    });
    connect(adminWindow_.get(), &AdminWindow::sectionsChanged, this, [this](const QStringList& sections) {
        adminAction_->setVisible(!sections.isEmpty());
        if (sections.isEmpty()) adminWindow_->hide();
    });
    connect(adminAction_, &QAction::triggered, adminWindow_.get(), [this] {
        adminWindow_->show();
        adminWindow_->raise();
        adminWindow_->activateWindow();
        if (adminWindow_->currentSection().isEmpty() && !adminWindow_->sections().isEmpty())
            adminWindow_->openSection(adminWindow_->sections().first());
    });
}

qint64 SupervisorApp::agentByLogin(const QString& login) const {
    for (int row = 0; row < agents_->rowCount(); ++row) {
        const QModelIndex i = agents_->index(row, kLoginColumn);
        if (i.data().toString() == login) return i.data(AgentTableModel::UserIdRole).toLongLong();
    }
    return 0;
}

qint64 SupervisorApp::agentBySender(const QString& from) const {
    qint64 found = 0;
    for (int row = 0; row < agents_->rowCount(); ++row) {
        if (agents_->index(row, kNameColumn).data().toString() != from) continue;
        // A name two agents share says nothing about which of them asked.
        if (found != 0) return 0;
        found = agents_->index(row, 0).data(AgentTableModel::UserIdRole).toLongLong();
    }
    return found != 0 ? found : agentByLogin(from);
}

QString SupervisorApp::agentName(qint64 userId) const {
    const auto row = agents_->rowOf(userId);
    if (!row) return {};
    const QString name = agents_->index(*row, kNameColumn).data().toString();
    return name.isEmpty() ? agentLogin(userId) : name;
}

QString SupervisorApp::agentLogin(qint64 userId) const {
    const auto row = agents_->rowOf(userId);
    return row ? agents_->index(*row, kLoginColumn).data().toString() : QString();
}

}  // namespace cti::supervisor
