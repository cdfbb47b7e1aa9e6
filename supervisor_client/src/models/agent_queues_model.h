#pragma once
// The selected agent's queue membership (所属队列): the queues the agent takes calls from with
// their levels (tiers, from ListQueueMembers, kept current by each SetQueueMemberOk), the queues
// still to add (the Snapshot's queues the agent is not in), and which edits are legal now
// (queueEditProblem, a pure function: my agent.force, an agent chosen, a known queue, a level
// 1..99). The server checks again, applies the change to the ACD at once and answers with the
// agent's tiers; a refusal is shown in its words.
#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include "cti/qtclient/supervision_admin.h"
#include "cti/qtclient/types.h"

namespace cti::supervisor {

enum class QueueEdit { Add, Remove };

struct QueueEditFacts {
    bool connected = false;  // logged in
    bool mayEdit = false;    // my permissions include agent.force
    bool loaded = false;     // the tiers arrived since the last login
    qint64 agentUserId = 0;  // the agent selected on the wall, 0 if none
    QStringList joined;      // the agent's queues
    QStringList queues;      // every queue the Snapshot names
};

inline constexpr int kMinQueueLevel = 1;   // offered first
inline constexpr int kMaxQueueLevel = 99;

// Why `edit` of `queue` at `level` is not possible now (an empty string: it is). Add: a known
// queue the agent is not in yet, a level 1..99; Remove: one of the agent's queues.
QString queueEditProblem(const QueueEditFacts& facts, QueueEdit edit, const QString& queue, int level = kMinQueueLevel);

class AgentQueuesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Queue, Level, Count };

    explicit AgentQueuesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // ---- inputs ----
    void setConnected(bool connected);
    // My permission and the queues; asks for the tiers (listRequested) when I may edit them.
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void selectAgent(qint64 userId, const QString& name);
    void applyMembers(const QList<cti::qt::QueueMember>& all);  // ListQueueMembersOk: every tier
    // SetQueueMemberOk: `agentId`'s tiers now.
    void applyAgentMembers(qint64 agentId, const QList<cti::qt::QueueMember>& tiers);
    void applyError(const QString& message);  // the server refused: its words

    // ---- what the panel shows ----
    const QueueEditFacts& facts() const { return facts_; }
    const QString& agentName() const { return agentName_; }
    QStringList availableQueues() const;  // the Snapshot's queues the agent is not in
    const cti::qt::QueueMember& memberAt(int row) const { return rows_.at(row); }
    QString problem(QueueEdit edit, const QString& queue, int level = kMinQueueLevel) const {
        return queueEditProblem(facts_, edit, queue, level);
    }
    QString hint() const;  // why nothing is possible, when nothing is
    const QString& message() const { return message_; }

    // ---- clicks: sent only when legal ----
    void add(const QString& queue, int level);
    void remove(const QString& queue);

signals:
    void changed();
    void listRequested();
    void memberChangeRequested(const cti::qt::QueueMember& member, bool remove);

private:
    void showAgent();  // rows_ and facts_.joined from all_ for the selected agent

    QueueEditFacts facts_;
    QString agentName_;
    QString message_;
    QList<cti::qt::QueueMember> all_;   // every agent's tiers as last heard
    QList<cti::qt::QueueMember> rows_;  // the selected agent's, by level then queue
};

}  // namespace cti::supervisor
