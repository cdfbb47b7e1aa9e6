#include "cti/qtwidgets/login_flow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include "cti/qtwidgets/login_dialog.h"

namespace cti::qt {

bool LoginFlow::askWithMessageBox(QWidget* parent, const QString& server, const QString& fingerprint) {
    QMessageBox box(QMessageBox::Question, tr("Trust this server?"),
                    tr("This is the first connection to %1. Its certificate fingerprint (SHA-256) is:")
                        .arg(server),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(fingerprint + QStringLiteral("\n\n") +
                           tr("Compare it with the fingerprint your administrator gave you (cti-server "
                              "prints it when it starts). Trust it only if they are the same: this "
                              "desktop will then refuse any other certificate from this server."));
    auto* trust = box.addButton(tr("Trust"), QMessageBox::AcceptRole);
    box.addButton(tr("Do not connect"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == trust;
}

LoginFlow::LoginFlow(Connection& connection, LoginSettings& loginSettings, TrustStore& trust,
                     TrustQuestion ask, QObject* parent)
    : QObject(parent), connection_(connection), loginSettings_(loginSettings), trust_(trust),
      ask_(std::move(ask)) {}

bool LoginFlow::exec() {
    LoginDialog dialog(loginSettings_);
    // Connected with the dialog as context: they end with it, so a later reconnect's signals
    // never reach a dead dialog.
    connect(&dialog, &LoginDialog::loginRequested, &dialog,
            [this, &dialog](const LoginRequest& request) { onLoginRequested(dialog, request); });
    connect(&connection_, &Connection::certificateNeedsTrust, &dialog,
            [this, &dialog](const QString& fingerprint) { onCertificateNeedsTrust(dialog, fingerprint); });
    connect(&connection_, &Connection::loggedIn, &dialog, [this, &dialog] {
        loggedInAs_ = attempt_;
        loggedInAs_.password.clear();
        dialog.accept();
    });
    connect(&connection_, &Connection::errorReceived, &dialog,
            [&dialog](ErrorCode, const QString& message) { dialog.showError(message); });
    connect(&connection_, &Connection::stateChanged, &dialog, [&dialog](ConnectionState state) {
        if (state == ConnectionState::Disconnected) dialog.setBusy(false);
    });
    QTimer::singleShot(0, &dialog, [this, &dialog] { emit dialogShown(&dialog); });
    if (dialog.exec() == QDialog::Accepted) return true;
    connection_.disconnectFromServer();
    return false;
}

void LoginFlow::onLoginRequested(LoginDialog& dialog, const LoginRequest& request) {
    // loginProblem() has accepted the address, so it parses.
    server_ = parseServerAddress(request.server).value_or(ServerAddress{});
    attempt_ = request;
    dialog.setBusy(true, tr("Connecting to %1…").arg(request.server));
    connection_.connectToServer(
        ServerTarget{server_.host, server_.port, request.user, request.password, trust_.pinned(server_)});
}

void LoginFlow::onCertificateNeedsTrust(LoginDialog& dialog, const QString& fingerprint) {
    if (ask_(&dialog, attempt_.server, fingerprint)) {
        trust_.pin(server_, fingerprint);
        connection_.acceptCertificate(fingerprint);
        dialog.setBusy(true, tr("Logging in…"));
    } else {
        connection_.rejectCertificate();
    }
}

}  // namespace cti::qt
