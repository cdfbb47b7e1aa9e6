#pragma once
// 新建工单: the form an agent fills in while (or after) talking to a caller. Drawing and wiring
// only: what is wrong with an order is orderProblem, what a call pre-fills is prefilledOrder,
// both pure; Submit emits submitted(NewOrder) and the owner sends CreateOrder, then calls
// showSaved or showError. A QWidget, for a tab or a dialog.
#include <QList>
#include <QWidget>

#include "cti/qtclient/office_types.h"
#include "cti/qtclient/types.h"
#include "models/not_ready_reasons.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cti::agent {

// Why the server would refuse this order, one problem a line, or "" when it is fine. Stricter
// than the server on one point: an order without content helps nobody downstream.
QString orderProblem(const cti::qt::NewOrder& order);

// The order a call starts: the caller's number, the known customer (name, id), the call's id,
// and a title and content seeded from the account keyed in the IVR (call.data "account") or
// else the customer's first account. `type` is left empty: the agent chooses it.
cti::qt::NewOrder prefilledOrder(const cti::qt::Call& call, const cti::qt::CallerInfo& caller);

class OrderForm : public QWidget {
    Q_OBJECT
public:
    explicit OrderForm(QWidget* parent = nullptr);

    // The order as the fields hold it now.
    cti::qt::NewOrder order() const;

public slots:
    // The administrator's lists (dictionaries order_types, order_urgencies, order_channels) in
    // place of the built-in ones; an empty list keeps what is shown. The first urgency and the
    // first channel are the defaults.
    void setTypes(const QList<cti::agent::DictionaryItem>& types);
    void setUrgencies(const QList<cti::agent::DictionaryItem>& urgencies);
    void setChannels(const QList<cti::agent::DictionaryItem>& channels);
    // Templates (kind "template", per order type) and common phrases (kind "phrase").
    void setPhrases(const QList<cti::qt::Phrase>& phrases);
    // Starts a new order from this call: the form is cleared, then filled (prefilledOrder).
    void prefill(const cti::qt::Call& call, const cti::qt::CallerInfo& caller);
    // Empties the form for the next order (the lists of phrases stay).
    void clear();
    // The answers to submitted.
    void showSaved(const cti::qt::WorkOrder& order);
    void showError(const QString& message);

signals:
    void submitted(const cti::qt::NewOrder& order);

private:
    void submit();
    void fillTemplates();
    void templateChosen(int index);
    void phraseChosen(int index);
    void setBusy(bool busy);

    QList<cti::qt::Phrase> phrases_;
    qint64 customerId_ = 0;
    qint64 callId_ = 0;
    QComboBox* type_;
    QComboBox* urgency_;
    QComboBox* channel_;
    QLineEdit* title_;
    QComboBox* template_;
    QComboBox* phrase_;
    QPlainTextEdit* content_;
    QLineEdit* caller_;
    QLineEdit* contact_;
    QCheckBox* restricted_;
    QLabel* origin_;
    QLabel* message_;
    QPushButton* submit_;
    QPushButton* clear_;
};

}  // namespace cti::agent
