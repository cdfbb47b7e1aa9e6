#include "models/softphone_model.h"

#include <QDateTime>

namespace cti::agent {

namespace {
bool isState(const QString& value, const char* name) { return value == QLatin1String(name); }

// My leg of the call: by user id, else the agent leg.
const cti::qt::CallLeg* myLeg(const SoftphoneFacts& f) {
    if (!f.call) return nullptr;
    if (const auto* leg = f.call->legOfUser(f.myUserId)) return leg;
    return f.call->legOfParty(QStringLiteral("agent"));
}
}  // namespace

SoftActions legalActions(const SoftphoneFacts& f) {
    if (!f.connected) return 0;
    SoftActions set = 0;
    auto allow = [&set](SoftAction a) { set |= bit(a); };
    const auto& agent = f.agent;
    const bool signedIn = agent.signedIn();
    const bool onCall = f.call.has_value() && !f.call->ended();

    if (!signedIn) allow(SoftAction::SignIn);
    if (signedIn && !onCall) allow(SoftAction::SignOut);
    if (signedIn && !onCall && !isState(agent.status, "available")) allow(SoftAction::Ready);
    if (signedIn && !isState(agent.status, "not_ready")) allow(SoftAction::NotReady);
    if (signedIn && !onCall && !isState(agent.status, "away")) allow(SoftAction::Away);
    if (signedIn && isState(agent.state, "wrap_up")) allow(SoftAction::EndWrapUp);
    // Dial out only when signed in and not ready, and not already on a call.
    if (signedIn && isState(agent.status, "not_ready") && !onCall) allow(SoftAction::Dial);
    if (!onCall) return set;

    const auto& call = *f.call;
    const auto* mine = myLeg(f);
    const QString myState = mine ? mine->state : QString();
    const bool ringingAtMe = isState(myState, "ringing") || isState(myState, "offered");
    const bool myLegUp = isState(myState, "up");
    const auto* consulted = call.legOfParty(QStringLiteral("consult"));
    const bool consultedUp = consulted && isState(consulted->state, "up");

    if (ringingAtMe) allow(SoftAction::Answer);
    allow(SoftAction::HangUp);
    if (isState(call.state, "talking") && myLegUp) {
        allow(SoftAction::Hold);
        allow(SoftAction::Consult);
        allow(SoftAction::Transfer);
    }
    if (isState(call.state, "held")) allow(SoftAction::Retrieve);
    if (isState(call.state, "consulting")) {
        allow(SoftAction::CancelConsult);
        if (consultedUp) {
            allow(SoftAction::CompleteTransfer);
            allow(SoftAction::Conference);
        }
    }
    if (myLegUp && (isState(call.state, "talking") || isState(call.state, "consulting") ||
                    isState(call.state, "conference")))
        allow(SoftAction::SendDtmf);
    return set;
}

QString formatDuration(qint64 ms) {
    const qint64 total = std::max<qint64>(0, ms / 1000);
    const qint64 h = total / 3600, m = (total / 60) % 60, s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

SoftphoneModel::SoftphoneModel(QObject* parent) : QObject(parent), reasons_(builtInNotReadyReasons()) {
    qRegisterMetaType<cti::agent::SoftAction>();
    nowMs_ = QDateTime::currentMSecsSinceEpoch();
}

void SoftphoneModel::setReasons(QList<NotReadyReason> reasons) {
    // Without any reason the agent could not go not ready with one: the built-in list stays.
    if (reasons.isEmpty()) reasons = builtInNotReadyReasons();
    if (reasons == reasons_) return;
    reasons_ = std::move(reasons);
    emit reasonsChanged();
}

void SoftphoneModel::setConnected(bool connected) {
    if (facts_.connected == connected) return;
    facts_.connected = connected;
    recompute();
}

void SoftphoneModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    facts_.myUserId = snapshot.me.userId;
    if (snapshot.serverTimeMs > 0) clockOffsetMs_ = snapshot.serverTimeMs - QDateTime::currentMSecsSinceEpoch();
    facts_.agent = cti::qt::AgentStatusInfo{snapshot.me.userId, QStringLiteral("logged_out"), {}, {}, 0, 0};
    for (const auto& a : snapshot.agentStates)
        if (a.userId == snapshot.me.userId) facts_.agent = a;
    facts_.call.reset();
    for (const auto& c : snapshot.calls)
        if (!c.ended()) facts_.call = c;  // the newest call in progress is the current one
    if (facts_.call) {
        shown_ = facts_.call;
        answeredLocalMs_ = facts_.call->answeredMs > 0 ? facts_.call->answeredMs - clockOffsetMs_ : 0;
    }
    lastError_.clear();
    recompute();
}

void SoftphoneModel::applyCall(const cti::qt::Call& call) {
    const bool current = facts_.call && facts_.call->callId == call.callId;
    // A call that goes on without me (I transferred it, or left the conference) is no longer my
    // call: my buttons must not act on it (Hang up would end it for the others).
    const bool without_me = facts_.myUserId != 0 && call.legOfUser(facts_.myUserId) == nullptr;
    if (!current && (call.ended() || without_me)) return;  // not the call shown
    if (call.ended() || without_me) {
        facts_.call.reset();
        answeredLocalMs_ = 0;
    } else {
        if (!current || (facts_.call->answeredMs == 0 && call.answeredMs != 0))
            answeredLocalMs_ = call.answeredMs > 0 ? call.answeredMs - clockOffsetMs_ : 0;
        facts_.call = call;
    }
    shown_ = call;  // also after the end: the number stays on screen
    lastError_.clear();
    recompute();
    emit timerChanged();
}

void SoftphoneModel::applyAgentStatus(const cti::qt::AgentStatusInfo& agent) {
    if (agent.userId != facts_.myUserId || facts_.myUserId == 0) return;
    facts_.agent = agent;
    lastError_.clear();
    recompute();
}

void SoftphoneModel::applyError(const QString& message) {
    lastError_ = message;
    emit changed();
}

void SoftphoneModel::setNowMs(qint64 nowMs) {
    nowMs_ = nowMs;
    if (facts_.call) emit timerChanged();
}

QString SoftphoneModel::partyNumber() const {
    if (!shown_) return {};
    // Inbound: the caller; outbound or internal from me: the callee.
    return shown_->direction == QLatin1String("inbound") || shown_->callee.isEmpty() ? shown_->caller
                                                                                     : shown_->callee;
}

bool SoftphoneModel::ringing() const { return allows(SoftAction::Answer); }

QString SoftphoneModel::timerText() const {
    if (!facts_.call || answeredLocalMs_ == 0) return {};
    return formatDuration(nowMs_ - answeredLocalMs_);
}

void SoftphoneModel::request(SoftAction action, const QString& argument) {
    if (!allows(action)) return;  // a stale click after the state moved on
    using CA = cti::qt::CallAction;
    using AA = cti::qt::AgentAction;
    const qint64 callId = facts_.call ? facts_.call->callId : 0;
    switch (action) {
        case SoftAction::SignIn: emit agentControlRequested(AA::SignIn, {}); return;
        case SoftAction::SignOut: emit agentControlRequested(AA::SignOut, {}); return;
        case SoftAction::Ready: emit agentControlRequested(AA::Ready, {}); return;
        case SoftAction::NotReady: emit agentControlRequested(AA::NotReady, argument); return;
        case SoftAction::Away: emit agentControlRequested(AA::Away, argument); return;
        case SoftAction::EndWrapUp: emit agentControlRequested(AA::EndWrapUp, {}); return;
        case SoftAction::Answer: emit callControlRequested(CA::Answer, callId, {}, {}); return;
        case SoftAction::HangUp: emit callControlRequested(CA::HangUp, callId, {}, {}); return;
        case SoftAction::Hold: emit callControlRequested(CA::Hold, callId, {}, {}); return;
        case SoftAction::Retrieve: emit callControlRequested(CA::Retrieve, callId, {}, {}); return;
        case SoftAction::Consult: emit callControlRequested(CA::Consult, callId, argument, {}); return;
        case SoftAction::Transfer: emit callControlRequested(CA::Transfer, callId, argument, {}); return;
        case SoftAction::CompleteTransfer: emit callControlRequested(CA::CompleteTransfer, callId, {}, {}); return;
        case SoftAction::CancelConsult: emit callControlRequested(CA::CancelConsult, callId, {}, {}); return;
        case SoftAction::Conference: emit callControlRequested(CA::Conference, callId, {}, {}); return;
        case SoftAction::Dial: emit callControlRequested(CA::Dial, 0, argument, {}); return;
        case SoftAction::SendDtmf: emit callControlRequested(CA::SendDtmf, callId, {}, argument); return;
        case SoftAction::Count: return;
    }
}

void SoftphoneModel::recompute() {
    actions_ = legalActions(facts_);
    emit changed();
}

}  // namespace cti::agent
