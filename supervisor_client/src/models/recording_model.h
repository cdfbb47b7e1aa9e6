#pragma once
// The recordings a search found (录音质检), one row each: when, caller, callee, agent, length,
// work order, score. Rows stay in the server's order (newest first); a new score replaces the
// row's score in place. The pure helpers format the cells and check a search before it is sent.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

#include "cti/qtclient/supervision_admin.h"

namespace cti::supervisor {

// A recording's length as m:ss (minutes are not wrapped into hours: 75:03); negative as 0:00.
QString formatRecordingLength(qint64 durationMs);
// The score's cell: the total, or "—" when nobody scored it (-1).
QString formatScore(int score);
// Why the server would refuse this search (an empty string: it would not): a number of other
// than digits or longer than 32, a work order number longer than 32, an end not after the start.
QString recordingSearchProblem(const cti::qt::RecordingQuery& query);

class RecordingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, Caller, Callee, Agent, Length, OrderNo, Score, Count };
    // Qt::UserRole: the row's recording id; SortRole: the cell as a number where it is one.
    static constexpr int RecordingIdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit RecordingModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecordings(const QList<cti::qt::RecordingInfo>& recordings);
    // The server's row after a scoring; ignored when the row is not shown.
    void applyScored(const cti::qt::RecordingInfo& recording);
    void clear() { setRecordings({}); }

    const cti::qt::RecordingInfo& recordingAt(int row) const { return rows_.at(row); }
    std::optional<int> rowOf(qint64 recordingId) const;

    // The time column's format (local time, to the second).
    static QString formatTime(qint64 ms);

private:
    QList<cti::qt::RecordingInfo> rows_;
    QHash<qint64, int> rowById_;
};

}  // namespace cti::supervisor
