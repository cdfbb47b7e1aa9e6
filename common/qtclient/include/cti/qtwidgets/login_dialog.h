#pragma once
// The login dialog both desktops show first: server, user, password and "Connect to CTI server".
// Draws the form and reports what was entered; LoginFlow does the connecting. The form (not the
// password) is remembered through LoginSettings.
#include <QDialog>

#include "cti/qtclient/login_settings.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cti::qt {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(LoginSettings& settings, QWidget* parent = nullptr);

    LoginRequest request() const;
    // While busy the form is read-only and `message` says what is happening.
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& message);

signals:
    // The form passed its checks and was saved; the password travels only in this signal.
    void loginRequested(const cti::qt::LoginRequest& request);

private:
    void submit();

    LoginSettings& settings_;
    QLineEdit* server_;
    QLineEdit* user_;
    QLineEdit* password_;
    QCheckBox* connectCti_;
    QLabel* status_;
    QPushButton* login_;
};

}  // namespace cti::qt
