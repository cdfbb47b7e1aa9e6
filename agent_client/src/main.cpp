// cti-agent: the agent desktop. Creates the connection and the login flow; AgentApp makes and
// wires everything else once logged in.
#include <QApplication>
#include <QSettings>

#include "app/agent_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/login_settings.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/login_flow.h"
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
    // Made before the login so that the first Snapshot, which follows the login at once, is seen.
    cti::agent::AgentApp agent(connection, status, settings);
    agent.setLanguage(translations.language());

    cti::qt::LoginFlow login(connection, loginSettings, trust);
    if (!login.exec()) return 0;
    status.setTelephonyEnabled(login.loggedInAs().connectCti);

    agent.window().show();
    const int rc = QApplication::exec();
    host.logoutAndWait(3s);
    return rc;
}
