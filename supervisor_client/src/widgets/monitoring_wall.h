#pragma once
// The supervisor's monitoring wall (监控墙): every agent with presence, status, state, reason and
// time in state; every queue with its live figures; a summary line;
// and the status bar with the connection state and the logged-in user. Layout and wiring only.
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

class QLabel;
class QTableView;
class QVBoxLayout;

namespace cti::supervisor {

class AgentTableModel;
class QueueTableModel;

class MonitoringWall : public QMainWindow {
    Q_OBJECT
public:
    // A banner (the server's alarms) above everything else.
    void addBanner(QWidget* banner);

    MonitoringWall(AgentTableModel& agents, QueueTableModel& queues, const cti::qt::SessionStatus& status,
                   QWidget* parent = nullptr);

    QTableView& agentTable() const { return *table_; }
    QTableView& queueTable() const { return *queueTable_; }

private:
    QVBoxLayout* layout_ = nullptr;
    void refreshSummary();

    AgentTableModel& agents_;
    QueueTableModel& queues_;
    QTableView* table_;
    QTableView* queueTable_;
    QLabel* summary_;
};

}  // namespace cti::supervisor
