#pragma once
// The wall's panel for the selected agent's queues (所属队列): the agent's queues with their
// levels, a queue and a level to add, Remove for the queue chosen in the list; why not, and the
// server's answer. Compact: it shares the wall's side column with four other panels. Drawing and wiring only: AgentQueuesModel decides.
#include <QGroupBox>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cti::supervisor {

class AgentQueuesModel;

class AgentQueuesPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit AgentQueuesPanel(AgentQueuesModel& model, QWidget* parent = nullptr);

private:
    void refresh();
    void updateButtons();
    QString selectedQueue() const;

    AgentQueuesModel& model_;
    QTableView* table_;
    QComboBox* queue_;
    QSpinBox* level_;
    QPushButton* add_;
    QPushButton* remove_;
    QLabel* hint_;
    QLabel* message_;
};

}  // namespace cti::supervisor
