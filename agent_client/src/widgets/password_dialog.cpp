#include "widgets/password_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cti::agent {

namespace {
QString trPassword(const char* text) { return QCoreApplication::translate("cti::agent::PasswordDialog", text); }
}  // namespace

QString passwordProblem(const QString& oldPassword, const QString& newPassword, const QString& confirmation) {
    if (oldPassword.isEmpty()) return trPassword("Enter your current password.");
    // Login refuses longer passwords, so a longer "current" one cannot be right.
    if (oldPassword.toUtf8().size() > kMaxPasswordBytes) return trPassword("The current password is not right.");
    // The server counts characters as code points (a Chinese character is one, not three).
    if (newPassword.toUcs4().size() < kMinPasswordChars || newPassword.toUtf8().size() > kMaxPasswordBytes)
        return trPassword("The new password needs 8 to 256 characters.");
    if (newPassword != confirmation) return trPassword("The two new passwords differ.");
    if (newPassword == oldPassword) return trPassword("The new password is the same as the current one.");
    return {};
}

PasswordDialog::PasswordDialog(QWidget* parent)
    : QDialog(parent), old_(new QLineEdit(this)), new_(new QLineEdit(this)), confirm_(new QLineEdit(this)),
      status_(new QLabel(this)), buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change password"));
    old_->setObjectName(QStringLiteral("oldPasswordEdit"));
    new_->setObjectName(QStringLiteral("newPasswordEdit"));
    confirm_->setObjectName(QStringLiteral("confirmPasswordEdit"));
    status_->setObjectName(QStringLiteral("passwordStatus"));
    buttons_->setObjectName(QStringLiteral("passwordButtons"));
    buttons_->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passwordOkButton"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QLineEdit* e : {old_, new_, confirm_}) {
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &PasswordDialog::updateOk);
    }
    new_->setPlaceholderText(tr("At least 8 characters"));
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Current password:"), old_);
    form->addRow(tr("New password:"), new_);
    form->addRow(tr("Confirm new password:"), confirm_);
    form->addRow(status_);
    form->addRow(buttons_);

    connect(buttons_, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void PasswordDialog::submit() {
    if (waiting_) return;
    if (const QString problem = passwordProblem(old_->text(), new_->text(), confirm_->text()); !problem.isEmpty()) {
        status_->setText(problem);
        return;
    }
    waiting_ = true;
    status_->setText(tr("Changing the password…"));
    updateOk();
    emit changeRequested(old_->text(), new_->text());
}

void PasswordDialog::showResult(bool ok, const QString& message) {
    waiting_ = false;
    if (ok) {
        accept();
        return;
    }
    status_->setText(message.isEmpty() ? tr("The password was not changed.") : message);
    updateOk();
}

void PasswordDialog::done(int result) {
    // Passwords do not stay in a hidden dialog's fields.
    for (QLineEdit* e : {old_, new_, confirm_}) e->clear();
    status_->clear();
    waiting_ = false;
    QDialog::done(result);
}

void PasswordDialog::updateOk() {
    const bool filled = !old_->text().isEmpty() && !new_->text().isEmpty() && !confirm_->text().isEmpty();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(filled && !waiting_);
}

}  // namespace cti::agent
