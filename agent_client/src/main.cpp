// cti-agent: the agent desktop. The only place that creates and wires the objects.
#include <QApplication>
#include <QSettings>

#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/login_settings.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/telephony.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/login_flow.h"
#include "models/announcement_model.h"
#include "models/softphone_model.h"
#include "widgets/main_window.h"

int main(int argc, char** argv) {
    using namespace std::chrono_literals;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("cti"));
    QApplication::setApplicationName(QStringLiteral("cti-agent"));
    QApplication::setApplicationVersion(QStringLiteral(CTI_VERSION));

    const cti::qt::Translations translations(app, cti::qt::pickLanguage(QLocale::system()),
                                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-agent")});
    QSettings settings;  // per user; the password is never stored
    cti::qt::LoginSettings loginSettings(settings);
    cti::qt::TrustStore trust(settings);

    cti::qt::ConnectionHost host(
        cti::qt::ConnectionOptions{.clientName = QStringLiteral("cti-agent"),
                                   .clientVersion = QStringLiteral(CTI_VERSION)});
    cti::qt::Connection& connection = host.connection();
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(connection, status);
    cti::agent::AnnouncementModel announcements;
    QObject::connect(&connection, &cti::qt::Connection::snapshotReceived, &announcements,
                     &cti::agent::AnnouncementModel::applySnapshot);
    QObject::connect(&connection, &cti::qt::Connection::eventReceived, &announcements,
                     &cti::agent::AnnouncementModel::applyEvent);

    // Softphone: the model follows my agent state and my calls; its intents go to Telephony,
    // whose refusals come back as the server's message.
    cti::qt::Telephony telephony(connection);
    cti::agent::SoftphoneModel softphone;
    QObject::connect(&connection, &cti::qt::Connection::snapshotReceived, &softphone,
                     &cti::agent::SoftphoneModel::applySnapshot);
    QObject::connect(&telephony, &cti::qt::Telephony::callChanged, &softphone, &cti::agent::SoftphoneModel::applyCall);
    QObject::connect(&telephony, &cti::qt::Telephony::agentStatusChanged, &softphone,
                     &cti::agent::SoftphoneModel::applyAgentStatus);
    QObject::connect(&telephony, &cti::qt::Telephony::agentControlDone, &softphone,
                     [&softphone](quint64, cti::qt::AgentAction, const cti::qt::AgentStatusInfo& agent) {
                         softphone.applyAgentStatus(agent);
                     });
    QObject::connect(&telephony, &cti::qt::Telephony::requestFailed, &softphone,
                     [&softphone](quint64, cti::qt::ErrorCode, const QString& message) { softphone.applyError(message); });
    QObject::connect(&softphone, &cti::agent::SoftphoneModel::callControlRequested, &telephony,
                     [&telephony](cti::qt::CallAction action, qint64 callId, const QString& number,
                                  const QString& digits) { telephony.callControl(action, callId, number, digits); });
    QObject::connect(&softphone, &cti::agent::SoftphoneModel::agentControlRequested, &telephony,
                     [&telephony](cti::qt::AgentAction action, const QString& reason) {
                         telephony.agentControl(action, reason);
                     });
    QObject::connect(&status, &cti::qt::SessionStatus::changed, &softphone, [&status, &softphone] {
        softphone.setConnected(status.state() == cti::qt::ConnectionState::LoggedIn && status.telephonyEnabled());
    });

    cti::qt::LoginFlow login(connection, loginSettings, trust);
    if (!login.exec()) return 0;
    status.setTelephonyEnabled(login.loggedInAs().connectCti);

    cti::agent::MainWindow window(announcements, softphone, status);
    window.show();
    const int rc = QApplication::exec();
    host.logoutAndWait(3s);
    return rc;
}
