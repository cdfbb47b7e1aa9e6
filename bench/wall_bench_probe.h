#pragma once
// wall_bench's measuring parts. The Driver (its own thread) has the team leader force agents'
// status at a steady rate and stamps each change in the Ledger; the WallProbe (GUI thread)
// watches the wall's AgentTableModel and the agent table's viewport and stamps when the new
// status is in the model and when the view has painted the row. Both stamp with
// std::chrono::steady_clock (CLOCK_MONOTONIC), shared by the threads of the process.
#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QRect>
#include <QTimer>

#include <cstdint>
#include <mutex>
#include <optional>
#include <utility>
#include <unordered_map>
#include <vector>

#include "cti/qtclient/connection.h"

class QTableView;
class QSortFilterProxyModel;

namespace cti::supervisor {
class AgentTableModel;
}

namespace wall_bench {

std::int64_t nowNs();

// One forced status change and when each stage saw it (ns on the steady clock; -1: never).
struct Change {
    int agent = 0;       // index into the bench's agents
    bool ready = false;  // available, else not_ready
    std::int64_t sent = 0;
    std::int64_t acked = -1;   // the leader got AgentControlOk
    std::int64_t model = -1;   // the wall's model holds the new status
    std::int64_t screen = -1;  // the wall's view painted the row since (visible rows only)
    bool visible = false;      // the row was inside the agent table's viewport
    bool failed = false;       // the server refused it
};

// The changes of one run, shared by the driver's thread and the GUI thread.
class Ledger {
public:
    void reset(int agents);
    int sent(int agent, bool ready, std::int64_t ns);
    void acked(int change, std::int64_t ns, bool ok);
    // The wall's model shows `agent` with this status: the change in flight for that agent, the
    // first time it is seen.
    std::optional<int> modelSeen(int agent, bool ready, std::int64_t ns);
    void markVisible(int change);
    void screenSeen(int change, std::int64_t ns);
    // Changes the wall's model has shown, of those sent.
    std::pair<std::size_t, std::size_t> progress();
    std::vector<Change> take();

private:
    std::mutex mutex_;
    std::vector<Change> changes_;
    std::vector<int> inFlight_;  // per agent: its latest change, -1 none
};

// Lives on its own thread; the leader's Connection on another (ConnectionHost).
class Driver : public QObject {
    Q_OBJECT
public:
    Driver(cti::qt::Connection& leader, Ledger& ledger, std::vector<qint64> agentIds);
    // Sends `rate` changes a second for `seconds`, agents in turn, each flipped between ready and
    // not ready; then emits done(). Call through the driver's thread (invokeMethod).
    void run(double rate, double seconds);

signals:
    void done();

private:
    void tick();
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);

    cti::qt::Connection& leader_;
    Ledger& ledger_;
    std::vector<qint64> agentIds_;
    std::vector<bool> ready_;  // the status each agent was last sent
    QTimer timer_{this};  // a child, so that it moves to the driver's thread with it
    double rate_ = 0;
    std::int64_t start_ = 0, end_ = 0;
    std::int64_t sentThisRun_ = 0;
    std::size_t cursor_ = 0;
    std::unordered_map<quint64, int> inFlight_;  // request id -> change
};

// Counters of what the view did during a run.
struct ViewCounters {
    int paints = 0;          // Paint events of the agent table's viewport
    int layoutChanges = 0;   // layoutChanged of the sorting proxy (a re-sort moves rows)
    int visibleRows = 0;     // rows of the agent table inside its viewport
};

// GUI thread. Samples only the changes the Ledger has in flight.
class WallProbe : public QObject {
    Q_OBJECT
public:
    WallProbe(cti::supervisor::AgentTableModel& model, QTableView& table, Ledger& ledger,
              const std::vector<qint64>& agentIds);
    void resetCounters();
    ViewCounters counters() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    QRect rowRect(int sourceRow) const;

    cti::supervisor::AgentTableModel& model_;
    QTableView& table_;
    QSortFilterProxyModel* proxy_;
    Ledger& ledger_;
    QHash<qint64, int> agentById_;
    struct Pending {
        int change;
        int sourceRow;
    };
    std::vector<Pending> awaitingPaint_;
    std::vector<int> painted_;  // stamped once the paint (and the rest of its repaint) returns
    ViewCounters counters_;
};

}  // namespace wall_bench
