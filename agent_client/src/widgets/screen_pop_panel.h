#pragma once
// The screen pop (弹屏): the ringing (or current, or last) call's caller, queue and what the
// caller keyed in the IVR (Call.data), then what the lookup found: the customer with VIP and
// blacklist badges, accounts, the responsible department, recommended products, recent calls and
// orders. "Create work order" starts an order pre-filled from all this. Draws SoftphoneModel's
// shownCall and CallerModel only.
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace cti::agent {

class CallerModel;
class SoftphoneModel;

class ScreenPopPanel : public QWidget {
    Q_OBJECT
public:
    ScreenPopPanel(const SoftphoneModel& model, const CallerModel& caller, QWidget* parent = nullptr);

    // The label shown for an IVR data key ("account" → 户号); the key itself when unknown.
    static QString keyLabel(const QString& key);

signals:
    void createOrderRequested();
    void orderOpened(qint64 orderId);

private:
    void refresh();
    void refreshCaller();

    const SoftphoneModel& model_;
    const CallerModel& callerModel_;
    QLabel* title_;
    QLabel* caller_;
    QLabel* queue_;
    QLabel* data_;
    QLabel* customer_;
    QLabel* badges_;
    QLabel* department_;
    QLabel* products_;
    QListWidget* recent_;
    QPushButton* createOrder_;
};

}  // namespace cti::agent
