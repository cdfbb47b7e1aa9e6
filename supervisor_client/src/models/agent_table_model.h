#pragma once
// The agents on the monitoring wall: the Snapshot's agents and their ACD status, kept current
// by presence and agent Events. One row per agent, found by user id through rowById_. Time in
// state is computed against nowMs, which the wall ticks (tests set it).
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::supervisor {

class AgentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Login, Name, Extension, Department, Online, Status, State, Reason, TimeInState, Count };
    // Raw values for sorting and filtering, next to the display text.
    static constexpr int OnlineRole = Qt::UserRole + 1;  // bool
    static constexpr int UserIdRole = Qt::UserRole + 2;  // qint64
    static constexpr int StatusRole = Qt::UserRole + 3;  // QString, the server's status word
    static constexpr int SecondsInStateRole = Qt::UserRole + 4;  // qint64, -1 if unknown

    // Display words for the server's status/state words (unknown words are shown as they are).
    static QString statusText(const QString& status);
    static QString stateText(const QString& state);

    explicit AgentTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces all rows: a snapshot is the whole truth as of its event_seq.
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    // Presence events update the agent's Online cell; other event kinds are not ours.
    void applyEvent(const cti::qt::ServerEvent& event);
    void applyPresence(const cti::qt::PresenceChange& presence);
    void applyAgentStatus(const cti::qt::AgentStatusInfo& agent);
    // The clock for "time in state"; refreshes that column.
    void setNowMs(qint64 nowMs);

    std::optional<int> rowOf(qint64 userId) const;
    int onlineCount() const { return online_; }

signals:
    // The number of agents or of online agents changed (for the wall's summary line).
    void countsChanged();

private:
    void reindex();
    void emitRow(int row);

    QList<cti::qt::AgentInfo> rows_;
    QHash<qint64, cti::qt::AgentStatusInfo> statusById_;
    qint64 nowMs_ = 0;
    QHash<qint64, int> rowById_;
    int online_ = 0;
};

}  // namespace cti::supervisor
