#pragma once
// The login sequence both desktops run before their main window: the dialog, the connection
// attempt, and the first-use certificate question whose answer is pinned in the TrustStore.
#include <QObject>

#include <functional>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/login_settings.h"

class QWidget;

namespace cti::qt {

class LoginDialog;

class LoginFlow : public QObject {
    Q_OBJECT
public:
    // Asked when a server shows a certificate nothing is pinned for; true trusts (and pins) it.
    using TrustQuestion =
        std::function<bool(QWidget* parent, const QString& server, const QString& fingerprint)>;
    static bool askWithMessageBox(QWidget* parent, const QString& server, const QString& fingerprint);

    LoginFlow(Connection& connection, LoginSettings& loginSettings, TrustStore& trust,
              TrustQuestion ask = &LoginFlow::askWithMessageBox, QObject* parent = nullptr);

    // Shows the dialog until a login succeeds (true) or the user exits (false, and any attempt
    // in progress is closed). Modal: runs a nested event loop.
    bool exec();
    // The form that logged in; the password is not kept.
    const LoginRequest& loggedInAs() const { return loggedInAs_; }

signals:
    // The dialog is up: tests drive it from here.
    void dialogShown(cti::qt::LoginDialog* dialog);

private:
    void onLoginRequested(LoginDialog& dialog, const LoginRequest& request);
    void onCertificateNeedsTrust(LoginDialog& dialog, const QString& fingerprint);

    Connection& connection_;
    LoginSettings& loginSettings_;
    TrustStore& trust_;
    TrustQuestion ask_;
    ServerAddress server_;
    LoginRequest attempt_;
    LoginRequest loggedInAs_;
};

}  // namespace cti::qt
