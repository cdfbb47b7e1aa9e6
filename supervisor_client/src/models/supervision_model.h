#pragma once
// Supervising the selected agent's call from the wall (监听/耳语/强插/挂断): which actions are
// legal now (legalSupervision, a pure function of SupervisionFacts), what the panel says about
// the call, and the intents the panel's clicks become. Fed by the Snapshot, the call and phone
// events and the wall's selection; SupervisorApp sends the intents through cti::qt::Telephony
// and feeds back the answers (confirmMode, applyError).
#include <QHash>
#include <QObject>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::supervisor {

enum class Supervise { Monitor, Whisper, Barge, HangUp, Count };

// The inputs of the rules, as plain values so tests state them directly.
struct SupervisionFacts {
    bool connected = false;       // logged in, telephony on
    bool maySupervise = false;    // my permissions include call.supervise
    qint64 myUserId = 0;
    QString myExtension;          // the supervisor's phone: the server rings it to join
    bool myPhoneRegistered = false;
    qint64 agentUserId = 0;       // the agent selected on the wall, 0 if none
    std::optional<cti::qt::Call> call;     // the selected agent's live call
    std::optional<Supervise> myMode;       // the mode the server last confirmed on this call
};

// Bit i set = Supervise(i) legal.
using SuperviseActions = quint32;
constexpr SuperviseActions bit(Supervise a) { return SuperviseActions{1} << static_cast<int>(a); }
inline bool allows(SuperviseActions set, Supervise a) { return (set & bit(a)) != 0; }
SuperviseActions legalSupervision(const SupervisionFacts& facts);
// Why Monitor/Whisper/Barge are not possible (empty when they are): shown under the buttons.
QString supervisionHint(const SupervisionFacts& facts);
// My supervisor leg on the call, if I joined it (then Hang up leaves instead of ending the call).
const cti::qt::CallLeg* mySupervisorLeg(const SupervisionFacts& facts);
cti::qt::CallAction callActionOf(Supervise action);
// The live call of `userId` (a leg of theirs) among `calls`, the newest if several.
std::optional<cti::qt::Call> liveCallOf(const QHash<qint64, cti::qt::Call>& calls, qint64 userId);

class SupervisionModel : public QObject {
    Q_OBJECT
public:
    explicit SupervisionModel(QObject* parent = nullptr);

    // ---- inputs ----
    void setConnected(bool connected);
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyCall(const cti::qt::Call& call);
    void applyPhone(const cti::qt::PhoneRegistration& phone);
    // The wall's selection (0: none); `name` is what the panel calls the agent.
    void selectAgent(qint64 userId, const QString& name);
    // The server accepted a Monitor/Whisper/Barge/HangUp on `callId`.
    void confirmMode(qint64 callId, Supervise mode);
    void applyError(const QString& message);  // shown until the next request or selection

    // ---- what the panel shows ----
    const SupervisionFacts& facts() const { return facts_; }
    SuperviseActions actions() const { return actions_; }
    bool allows(Supervise a) const { return cti::supervisor::allows(actions_, a); }
    const QString& agentName() const { return agentName_; }
    QString callText() const;       // the call's state, the customer and the legs, or why none
    QString hint() const { return supervisionHint(facts_); }
    const QString& message() const { return message_; }  // the last refusal or confirmation
    // "Leave" when my leg is on the call (the two talk on), "End the call" otherwise.
    bool hangUpLeaves() const { return mySupervisorLeg(facts_) != nullptr; }

    // ---- clicks ----
    void request(Supervise action);

signals:
    void changed();
    void callControlRequested(cti::qt::CallAction action, qint64 callId);

private:
    void recompute();

    SupervisionFacts facts_;
    SuperviseActions actions_ = 0;
    QString agentName_;
    QString message_;
    QHash<qint64, cti::qt::Call> calls_;        // live calls by id
    QHash<qint64, Supervise> modes_;            // my confirmed mode per call
    bool hangUpLeft_ = false;                   // the last Hang up took only my leg off
};

}  // namespace cti::supervisor
