// cti-supervisor: the supervisor desktop. The only place that creates and wires the objects.
#include <QApplication>
#include <QSettings>

#include "cti/qtclient/alarm_model.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/login_settings.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/alarm_banner.h"
#include "cti/qtwidgets/login_flow.h"
#include "models/agent_table_model.h"
#include "models/queue_table_model.h"
#include "widgets/monitoring_wall.h"

int main(int argc, char** argv) {
    using namespace std::chrono_literals;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cti"));
    QApplication::setApplicationName(QStringLiteral("cti-supervisor"));
    QApplication::setApplicationVersion(QStringLiteral(CTI_VERSION));

    const cti::qt::Translations translations(app, cti::qt::pickLanguage(QLocale::system()),
                                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    QSettings settings;  // per user; the password is never stored
    cti::qt::LoginSettings loginSettings(settings);
    cti::qt::TrustStore trust(settings);

    cti::qt::ConnectionHost host(
        cti::qt::ConnectionOptions{.clientName = QStringLiteral("cti-supervisor"),
                                   .clientVersion = QStringLiteral(CTI_VERSION)});
    cti::qt::Connection& connection = host.connection();
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(connection, status);
    cti::supervisor::AgentTableModel agents;
    QObject::connect(&connection, &cti::qt::Connection::snapshotReceived, &agents,
                     &cti::supervisor::AgentTableModel::applySnapshot);
    QObject::connect(&connection, &cti::qt::Connection::eventReceived, &agents,
                     &cti::supervisor::AgentTableModel::applyEvent);

    cti::supervisor::QueueTableModel queues;
    QObject::connect(&connection, &cti::qt::Connection::snapshotReceived, &queues,
                     &cti::supervisor::QueueTableModel::applySnapshot);
    QObject::connect(&connection, &cti::qt::Connection::eventReceived, &queues,
                     &cti::supervisor::QueueTableModel::applyEvent);

    cti::qt::LoginFlow login(connection, loginSettings, trust);
    if (!login.exec()) return 0;
    status.setTelephonyEnabled(login.loggedInAs().connectCti);

    cti::qt::AlarmModel alarms;
    QObject::connect(&connection, &cti::qt::Connection::snapshotReceived, &alarms, &cti::qt::AlarmModel::applySnapshot);
    QObject::connect(&connection, &cti::qt::Connection::eventReceived, &alarms, &cti::qt::AlarmModel::applyEvent);

    cti::supervisor::MonitoringWall wall(agents, queues, status);
    wall.addBanner(new cti::qt::AlarmBanner(alarms));
    wall.show();
    const int rc = QApplication::exec();
    host.logoutAndWait(3s);
    return rc;
}
