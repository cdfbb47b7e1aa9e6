#pragma once
// "My agent state and my current call": what the softphone bar, the call timer and the screen
// pop show, and which softphone actions are legal now (legalActions, a pure function). Fed by
// the Snapshot and the Telephony signals; the bar asks it, never decides itself. Clicks come
// back as request(): the model emits the intent (callControlRequested / agentControlRequested)
// with the current call's id, and main() connects those to cti::qt::Telephony.
#include <QObject>

#include <optional>

#include "cti/qtclient/types.h"
#include "models/not_ready_reasons.h"

namespace cti::agent {

enum class SoftAction {
    SignIn, SignOut, Ready, NotReady, Away, EndWrapUp,
    Answer, HangUp, Hold, Retrieve, Consult, Transfer, CompleteTransfer, CancelConsult, Conference,
    Dial, SendDtmf,
    Count
};

// The inputs of the rules, as plain values so tests state them directly.
struct SoftphoneFacts {
    bool connected = false;        // logged in to the server with telephony on
    qint64 myUserId = 0;
    cti::qt::AgentStatusInfo agent;            // my ACD status/state
    std::optional<cti::qt::Call> call;         // my current (not ended) call
};

// Bit i set = SoftAction(i) legal.
using SoftActions = quint32;
constexpr SoftActions bit(SoftAction a) { return SoftActions{1} << static_cast<int>(a); }
SoftActions legalActions(const SoftphoneFacts& facts);
inline bool allows(SoftActions set, SoftAction a) { return (set & bit(a)) != 0; }

// "mm:ss", or "h:mm:ss" from an hour on.
QString formatDuration(qint64 ms);

class SoftphoneModel : public QObject {
    Q_OBJECT
public:
    explicit SoftphoneModel(QObject* parent = nullptr);

    // ---- inputs ----
    void setConnected(bool connected);
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    void applyCall(const cti::qt::Call& call);
    void applyAgentStatus(const cti::qt::AgentStatusInfo& agent);
    void applyError(const QString& message);  // a refused request: shown until the next change
    // The local clock, for the call timer (tests set it; the bar ticks it once a second).
    void setNowMs(qint64 nowMs);
    // The not-ready reasons offered (the server's dictionary); an empty list brings back the
    // built-in ones.
    void setReasons(QList<NotReadyReason> reasons);

    // ---- what the UI shows ----
    const SoftphoneFacts& facts() const { return facts_; }
    SoftActions actions() const { return actions_; }
    bool allows(SoftAction a) const { return cti::agent::allows(actions_, a); }
    // The other party's number of the current call, or of the last one after it ended.
    QString partyNumber() const;
    // The call shown in the screen pop: my current call, or the last one after it ended.
    const std::optional<cti::qt::Call>& shownCall() const { return shown_; }
    bool ringing() const;  // the current call rings at my phone
    QString timerText() const;  // the current call's duration since answer ("" without one)
    const QString& lastError() const { return lastError_; }
    const QList<NotReadyReason>& reasons() const { return reasons_; }

    // ---- clicks; `argument` is the number (dial/consult/transfer), digits or reason ----
    void request(SoftAction action, const QString& argument = {});

signals:
    void changed();
    void timerChanged();
    void reasonsChanged();
    void callControlRequested(cti::qt::CallAction action, qint64 callId, const QString& number,
                              const QString& digits);
    void agentControlRequested(cti::qt::AgentAction action, const QString& reason);

private:
    void recompute();

    SoftphoneFacts facts_;
    SoftActions actions_ = 0;
    std::optional<cti::qt::Call> shown_;
    QString lastError_;
    QList<NotReadyReason> reasons_;
    qint64 nowMs_ = 0;
    qint64 clockOffsetMs_ = 0;        // server time minus local time, from the snapshot
    qint64 answeredLocalMs_ = 0;      // when the current call was answered, local clock
};

}  // namespace cti::agent

Q_DECLARE_METATYPE(cti::agent::SoftAction)
