// cti-supervisor: the supervisor desktop. Creates the connection and the login flow;
// SupervisorApp makes and wires everything else.
#include <QApplication>
#include <QSettings>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/login_settings.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/login_flow.h"
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
    // Made before the login so that the first Snapshot, which follows the login at once, is seen.
    cti::supervisor::SupervisorApp supervisor(connection, status);

    cti::qt::LoginFlow login(connection, loginSettings, trust);
    if (!login.exec()) return 0;
    status.setTelephonyEnabled(login.loggedInAs().connectCti);

    supervisor.wall().show();
    const int rc = QApplication::exec();
    host.logoutAndWait(3s);
    return rc;
}
