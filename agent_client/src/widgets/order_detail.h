#pragma once
// 工单详情: one order's fields, the current step's tasks, the flow history as a timeline (oldest
// first), and one button per action the server allows this user now. A click asks, in an inline
// area below the buttons, for what that action needs (actionNeeds: a department, an opinion, the
// caller's satisfaction) and emits actionRequested; the owner sends OrderAction and answers with
// showActionDone or showError. Nothing here talks to the network.
#include <QList>
#include <QStringList>
#include <QWidget>

#include "cti/qtclient/office_types.h"
#include "models/order_actions.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cti::agent {

class OrderDetail : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetail(QWidget* parent = nullptr);

    const cti::qt::WorkOrder& order() const { return order_; }
    const QList<cti::qt::OrderHistoryLine>& history() const { return history_; }
    // The action whose inline area is open, or "".
    const QString& openAction() const { return action_; }

public slots:
    // Department names offered for dispatch, transfer and answer (the field stays editable).
    void setDepartments(const QStringList& departments);
    // Common phrases (kind "phrase") offered for the opinion.
    void setPhrases(const QList<cti::qt::Phrase>& phrases);
    // The answer to GetOrder; history oldest first.
    void showOrder(const cti::qt::WorkOrder& order, const QList<cti::qt::OrderHistoryLine>& history);
    // The answer to actionRequested: the order as it is now and the line the action added.
    void showActionDone(const cti::qt::WorkOrder& order, const cti::qt::OrderHistoryLine& line);
    // An order event: applied when it is about the order shown.
    void applyNotice(const cti::qt::OrderNotice& notice);
    void showError(const QString& message);

signals:
    void actionRequested(const cti::qt::OrderStep& step);

private:
    void buildFields(QFormLayout* form);
    void buildActionPanel();
    void refresh();
    void refreshButtons();
    void addLine(const cti::qt::OrderHistoryLine& line);
    void actionClicked(const QString& action);
    void openPanel(const QString& action, ActionNeeds needs);
    void closePanel();
    void addTarget();
    void confirm();
    void send(const cti::qt::OrderStep& step);
    void setBusy(bool busy);

    cti::qt::WorkOrder order_;
    QList<cti::qt::OrderHistoryLine> history_;
    QList<cti::qt::Phrase> phrases_;
    QString action_;
    ActionNeeds needs_;
    QStringList chosenTargets_;
    bool busy_ = false;

    QLabel* header_;
    QList<QLabel*> fields_;
    QPlainTextEdit* content_;
    QTableWidget* tasks_;
    QListWidget* timeline_;
    QHBoxLayout* buttonRow_;
    QList<QPushButton*> buttons_;
    QLabel* message_;

    QGroupBox* panel_;
    QLabel* targetLabel_;
    QComboBox* target_;
    QPushButton* addTarget_;
    QLabel* targets_;
    QLabel* satisfactionLabel_;
    QComboBox* satisfaction_;
    QLabel* opinionLabel_;
    QPlainTextEdit* opinion_;
    QComboBox* phrase_;
    QLabel* problem_;
    QPushButton* confirm_;
    QPushButton* cancel_;
};

}  // namespace cti::agent
