#pragma once
// The wall's supervision panel: the selected agent, their call (state, caller, legs) and the
// buttons Monitor (监听), Whisper (耳语), Barge (强插) and Hang up, enabled as SupervisionModel
// says; the reason when they are not, and the server's answer. Drawing and wiring only.
#include <QGroupBox>

class QLabel;
class QPushButton;

namespace cti::supervisor {

class SupervisionModel;

class SupervisionPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit SupervisionPanel(SupervisionModel& model, QWidget* parent = nullptr);

private:
    void refresh();

    SupervisionModel& model_;
    QLabel* agent_;
    QLabel* call_;
    QLabel* hint_;
    QLabel* message_;
    QPushButton* monitor_;
    QPushButton* whisper_;
    QPushButton* barge_;
    QPushButton* hangUp_;
};

}  // namespace cti::supervisor
