#pragma once
// The wall's notice panel (发送通知/全体广播): a text, sent to the agent selected on the wall or
// broadcast to a department, as an internal message. The buttons follow checkNotice; the
// server's answer (sent, or why not) is shown under them. Drawing and wiring only.
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cti::supervisor {

class NoticePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit NoticePanel(QWidget* parent = nullptr);

    // The agent a notice goes to (login; empty: none selected) and how the panel names them.
    void setAgent(const QString& login, const QString& name);
    void setDepartments(const QStringList& departments, const QString& mine);
    void showSent();
    void showError(const QString& message);

signals:
    // Exactly one of toUser (login) and toDepartment (name) is set.
    void sendRequested(const QString& toUser, const QString& toDepartment, const QString& text);

private:
    void refresh();
    void send(bool toAgent);

    QString login_;
    QString name_;
    QPlainTextEdit* text_;
    QComboBox* department_;
    QPushButton* toAgent_;
    QPushButton* broadcast_;
    QLabel* status_;
    bool waiting_ = false;  // a notice is on its way: no second one until the answer
};

}  // namespace cti::supervisor
