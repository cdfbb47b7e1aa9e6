#pragma once
// The wall's panel for the selected agent's status: Set ready (置闲), Set not ready (置忙) and
// Sign out (强制签出), enabled as AgentForceModel says; why not, and the server's answer.
// Drawing and wiring only.
#include <QGroupBox>

class QLabel;
class QPushButton;

namespace cti::supervisor {

class AgentForceModel;

class AgentForcePanel : public QGroupBox {
    Q_OBJECT
public:
    explicit AgentForcePanel(AgentForceModel& model, QWidget* parent = nullptr);

private:
    void refresh();

    AgentForceModel& model_;
    QLabel* status_;
    QLabel* hint_;
    QLabel* message_;
    QPushButton* ready_;
    QPushButton* notReady_;
    QPushButton* signOut_;
};

}  // namespace cti::supervisor
