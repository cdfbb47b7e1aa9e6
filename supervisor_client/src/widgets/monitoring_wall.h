#pragma once
// The supervisor's monitoring wall (监控墙): every agent with their presence, a summary line,
// and the status bar with the connection state and the logged-in user. Layout and wiring only.
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

class QLabel;
class QTableView;

namespace cti::supervisor {

class AgentTableModel;

class MonitoringWall : public QMainWindow {
    Q_OBJECT
public:
    MonitoringWall(AgentTableModel& agents, const cti::qt::SessionStatus& status, QWidget* parent = nullptr);

    QTableView& agentTable() const { return *table_; }

private:
    void refreshSummary();

    AgentTableModel& agents_;
    QTableView* table_;
    QLabel* summary_;
};

}  // namespace cti::supervisor
