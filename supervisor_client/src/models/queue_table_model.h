#pragma once
// The queues on the monitoring wall: the Snapshot's queue_states, kept current by queue Events
// (each carries the queue's whole figures). One row per queue, found by id through rowById_.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::supervisor {

class QueueTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column {
        Name, Waiting, LongestWait, ServiceLevel, Answered, Abandoned,
        AgentsIdle, AgentsInCall, AgentsWrapUp, AgentsNotReady, AgentsAway, Count
    };
    static constexpr int QueueIdRole = Qt::UserRole + 1;  // qint64
    static constexpr int ValueRole = Qt::UserRole + 2;    // the raw number of a figure column

    explicit QueueTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyEvent(const cti::qt::ServerEvent& event);
    void applyQueueStatus(const cti::qt::QueueStatus& queue);

    std::optional<int> rowOf(qint64 queueId) const;
    int totalWaiting() const;

signals:
    void countsChanged();

private:
    QList<cti::qt::QueueStatus> rows_;
    QHash<qint64, int> rowById_;
};

}  // namespace cti::supervisor
