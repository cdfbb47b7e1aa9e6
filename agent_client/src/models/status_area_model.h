#pragma once
// The status area's figures (座席状态区): agents on duty, idle, on a call, not ready or away,
// and the callers waiting in all queues, kept live from the Snapshot and the agent and queue
// events. counts() is the pure summary, tested on its own.
#include <QHash>
#include <QObject>

#include "cti/qtclient/types.h"

namespace cti::agent {

struct StatusCounts {
    int onDuty = 0;   // signed in
    int idle = 0;     // available and idle: the next call can go to them
    int inCall = 0;
    int wrapUp = 0;
    int notReady = 0;
    int away = 0;
    int waiting = 0;  // callers waiting, all queues
    int longestWaitS = 0;

    bool operator==(const StatusCounts&) const = default;
};

StatusCounts countStatus(const QList<cti::qt::AgentStatusInfo>& agents, const QList<cti::qt::QueueStatus>& queues);

class StatusAreaModel : public QObject {
    Q_OBJECT
public:
    explicit StatusAreaModel(QObject* parent = nullptr);

    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyAgentStatus(const cti::qt::AgentStatusInfo& agent);
    void applyQueueStatus(const cti::qt::QueueStatus& queue);

    const StatusCounts& counts() const { return counts_; }

signals:
    void changed();

private:
    void recount();

    QHash<qint64, cti::qt::AgentStatusInfo> agents_;
    QHash<qint64, cti::qt::QueueStatus> queues_;
    StatusCounts counts_;
};

}  // namespace cti::agent
