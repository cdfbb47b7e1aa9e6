#pragma once
// The screen pop (弹屏): the ringing (or current, or last) call's caller, queue and what the
// caller keyed in the IVR (Call.data). Draws SoftphoneModel::shownCall only.
#include <QWidget>

class QLabel;

namespace cti::agent {

class SoftphoneModel;

class ScreenPopPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScreenPopPanel(const SoftphoneModel& model, QWidget* parent = nullptr);

    // The label shown for an IVR data key ("account" → 账号); the key itself when unknown.
    static QString keyLabel(const QString& key);

private:
    void refresh();

    const SoftphoneModel& model_;
    QLabel* title_;
    QLabel* caller_;
    QLabel* queue_;
    QLabel* data_;
};

}  // namespace cti::agent
