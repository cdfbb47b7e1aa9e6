#pragma once
// Forcing the selected agent's status from the wall (置闲/置忙/强制签出): which of Ready, Not
// ready and Sign out are legal now (legalForce, a pure function of ForceFacts), and the intents
// the panel's clicks become. The server checks the permission (agent.force) again and says why
// when it refuses; the agent's desktop hears the change as its own status event.
#include <QHash>
#include <QObject>

#include "cti/qtclient/types.h"

namespace cti::supervisor {

enum class Force { Ready, NotReady, SignOut, Count };

struct ForceFacts {
    bool connected = false;  // logged in
    bool mayForce = false;   // my permissions include agent.force
    qint64 myUserId = 0;
    qint64 agentUserId = 0;  // the agent selected on the wall, 0 if none
    QString agentStatus;     // their ACD status: logged_out, available, not_ready, away ("" unknown)
};

using ForceActions = quint32;
constexpr ForceActions forceBit(Force f) { return ForceActions{1} << static_cast<int>(f); }
ForceActions legalForce(const ForceFacts& facts);
cti::qt::AgentAction agentActionOf(Force f);
// The reason code a forced Not ready carries (the agent's desktop and the wall show it).
QString forcedReason();

class AgentForceModel : public QObject {
    Q_OBJECT
public:
    explicit AgentForceModel(QObject* parent = nullptr);

    // ---- inputs ----
    void setConnected(bool connected);
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyAgent(const cti::qt::AgentStatusInfo& agent);
    void selectAgent(qint64 userId, const QString& name);
    void confirm(const cti::qt::AgentStatusInfo& agent);  // the server did it
    void applyError(const QString& message);              // the server refused: its words

    // ---- what the panel shows ----
    const ForceFacts& facts() const { return facts_; }
    bool allows(Force f) const { return (legalForce(facts_) & forceBit(f)) != 0; }
    const QString& agentName() const { return agentName_; }
    QString statusText() const;  // the selected agent's status, in words
    QString hint() const;        // why nothing is possible, when nothing is
    const QString& message() const { return message_; }

    // ---- clicks ----
    void request(Force f);

signals:
    void changed();
    void agentControlRequested(cti::qt::AgentAction action, const QString& reason, qint64 agentUserId);

private:
    void update();

    ForceFacts facts_;
    QString agentName_;
    QString message_;
    QHash<qint64, QString> statuses_;  // every agent's status by user id
};

}  // namespace cti::supervisor
