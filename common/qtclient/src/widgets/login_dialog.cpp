#include "cti/qtwidgets/login_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cti::qt {

LoginDialog::LoginDialog(LoginSettings& settings, QWidget* parent)
    : QDialog(parent),
      settings_(settings),
      server_(new QLineEdit(this)),
      user_(new QLineEdit(this)),
      password_(new QLineEdit(this)),
      connectCti_(new QCheckBox(tr("Connect to CTI server"), this)),
      status_(new QLabel(this)),
      login_(new QPushButton(tr("Log in"), this)) {
    setWindowTitle(tr("Log in"));
    setObjectName(QStringLiteral("loginDialog"));
    server_->setObjectName(QStringLiteral("serverEdit"));
    user_->setObjectName(QStringLiteral("userEdit"));
    password_->setObjectName(QStringLiteral("passwordEdit"));
    connectCti_->setObjectName(QStringLiteral("connectCtiCheckBox"));
    status_->setObjectName(QStringLiteral("statusLabel"));
    login_->setObjectName(QStringLiteral("loginButton"));

    server_->setPlaceholderText(tr("host:port, e.g. cti.example.com:7443"));
    password_->setEchoMode(QLineEdit::Password);
    connectCti_->setToolTip(tr("Checked: this desktop signs in to telephony and can take calls.\n"
                               "Unchecked: work on tickets and the knowledge base only; no calls reach you."));
    status_->setWordWrap(true);
    status_->setMinimumWidth(360);
    login_->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), server_);
    form->addRow(tr("User:"), user_);
    form->addRow(tr("Password:"), password_);
    form->addRow(QString(), connectCti_);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(login_, QDialogButtonBox::AcceptRole);
    auto* exit = buttons->addButton(tr("Exit"), QDialogButtonBox::RejectRole);
    exit->setObjectName(QStringLiteral("exitButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(status_);
    layout->addWidget(buttons);

    // The button box's accepted() would close the dialog; closing waits for the login instead.
    connect(login_, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const LoginRequest remembered = settings_.load();
    server_->setText(remembered.server);
    user_->setText(remembered.user);
    connectCti_->setChecked(remembered.connectCti);
    // Put the cursor where typing starts: the first empty field.
    if (remembered.server.isEmpty()) server_->setFocus();
    else if (remembered.user.isEmpty()) user_->setFocus();
    else password_->setFocus();
}

LoginRequest LoginDialog::request() const {
    return LoginRequest{server_->text().trimmed(), user_->text().trimmed(), password_->text(),
                        connectCti_->isChecked()};
}

void LoginDialog::setBusy(bool busy, const QString& message) {
    for (QWidget* w : std::initializer_list<QWidget*>{server_, user_, password_, connectCti_, login_})
        w->setEnabled(!busy);
    status_->setStyleSheet(QString());
    status_->setText(message);
}

void LoginDialog::showError(const QString& message) {
    setBusy(false);
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setText(message);
}

void LoginDialog::submit() {
    const LoginRequest entered = request();
    if (const auto problem = loginProblem(entered)) {
        showError(*problem);
        return;
    }
    settings_.save(entered);
    emit loginRequested(entered);
}

}  // namespace cti::qt
