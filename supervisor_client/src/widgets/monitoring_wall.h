#pragma once
// The supervisor's monitoring wall (监控墙): every agent with presence, status, state, reason and
// time in state; every queue with its live figures; a summary line; side panels (supervision,
// notices, help requests) that SupervisorApp adds; and the status bar with the connection state
// and the logged-in user. Wallboard mode (大屏模式, F11 or its button; Esc leaves) shows the
// tables alone, full screen, in large type. Layout and wiring only.
#include <QFont>
#include <QMainWindow>

#include "cti/qtclient/session_status.h"

class QAction;
class QLabel;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace cti::supervisor {

class AgentTableModel;
class QueueTableModel;

class MonitoringWall : public QMainWindow {
    Q_OBJECT
public:
    MonitoringWall(AgentTableModel& agents, QueueTableModel& queues, const cti::qt::SessionStatus& status,
                   QWidget* parent = nullptr);

    // A banner (the server's alarms) above everything else.
    void addBanner(QWidget* banner);
    // A panel in the column at the right of the tables (hidden in wallboard mode).
    void addSidePanel(QWidget* panel);

    QTableView& agentTable() const { return *table_; }
    QTableView& queueTable() const { return *queueTable_; }
    QAction& wallboardAction() const { return *wallboardAction_; }

    // The agent selected in the table (0: none); selectAgent selects and shows that row.
    qint64 selectedAgent() const { return selected_; }
    bool selectAgent(qint64 userId);

    bool isWallboard() const { return wallboard_; }
    void setWallboard(bool on);
    // The wallboard's type: twice the normal size, at least 20 points, readable across a room.
    static QFont wallboardFont(const QFont& normal);

signals:
    void agentSelected(qint64 userId);
    void wallboardChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refreshSummary();
    void applyFonts();

    AgentTableModel& agents_;
    QueueTableModel& queues_;
    QSortFilterProxyModel* sortedAgents_;
    QTableView* table_;
    QTableView* queueTable_;
    QLabel* summary_;
    QPushButton* wallboardButton_;
    QAction* wallboardAction_;
    QShortcut* escape_;
    QVBoxLayout* layout_ = nullptr;
    QWidget* side_ = nullptr;
    QVBoxLayout* sideLayout_ = nullptr;
    qint64 selected_ = 0;
    bool wallboard_ = false;
    Qt::WindowStates normalState_ = Qt::WindowNoState;
    QFont normalFont_;
};

}  // namespace cti::supervisor
