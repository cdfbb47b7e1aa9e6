#pragma once
// Changing my password (修改密码): current, new and confirmation. The dialog checks what it can
// (passwordProblem, the server's policy plus the two typing mistakes), then asks the owner to
// send ChangePassword (changeRequested) and stays open until showResult says how it went: a
// wrong current password is only known to the server.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cti::agent {

// The server's limits (server/gateway on_change_password): a new password of 8 to 256
// characters, counted as code points with at most 256 UTF-8 bytes.
inline constexpr int kMinPasswordChars = 8;
inline constexpr int kMaxPasswordBytes = 256;

// Why these entries cannot be sent, or an empty string when they can.
QString passwordProblem(const QString& oldPassword, const QString& newPassword, const QString& confirmation);

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit PasswordDialog(QWidget* parent = nullptr);

public slots:
    // The server's answer. ok closes the dialog (accepted); otherwise `message` is shown and
    // the agent may correct and try again.
    void showResult(bool ok, const QString& message);

signals:
    void changeRequested(const QString& oldPassword, const QString& newPassword);

protected:
    void done(int result) override;

private:
    void submit();
    void updateOk();

    QLineEdit* old_;
    QLineEdit* new_;
    QLineEdit* confirm_;
    QLabel* status_;
    QDialogButtonBox* buttons_;
    bool waiting_ = false;
};

}  // namespace cti::agent
