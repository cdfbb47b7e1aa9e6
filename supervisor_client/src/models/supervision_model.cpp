#include "models/supervision_model.h"

#include <QCoreApplication>

#include <iterator>

namespace cti::supervisor {

namespace {

const QString kSupervisor = QStringLiteral("supervisor");

bool hasOtherSupervisor(const cti::qt::Call& call, qint64 me) {
    for (const auto& leg : call.legs)
        if (leg.party == kSupervisor && leg.userId != me) return true;
    return false;
}

QString stateText(const QString& state) {
    if (state == QLatin1String("setup")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "setting up");
    if (state == QLatin1String("talking")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "talking");
    if (state == QLatin1String("held")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "on hold");
    if (state == QLatin1String("consulting")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "consulting");
    if (state == QLatin1String("conference")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "in conference");
    if (state == QLatin1String("transferring")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "transferring");
    if (state == QLatin1String("supervised")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "supervised");
    if (state == QLatin1String("ended")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "ended");
    return state;  // a newer server's word, as it came
}

QString partyText(const QString& party) {
    if (party == QLatin1String("customer")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Customer");
    if (party == QLatin1String("agent")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Agent");
    if (party == QLatin1String("consult")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Consulted");
    if (party == QLatin1String("supervisor")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Supervisor");
    return party;
}

QString legStateText(const QString& state) {
    if (state == QLatin1String("up")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "connected");
    if (state == QLatin1String("ringing")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "ringing");
    if (state == QLatin1String("offered")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "offered");
    if (state == QLatin1String("dialling")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "dialling");
    if (state == QLatin1String("held")) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "on hold");
    return state;
}

QString modeText(Supervise mode) {
    switch (mode) {
        case Supervise::Monitor: return QCoreApplication::translate("cti::supervisor::SupervisionModel", "monitoring");
        case Supervise::Whisper: return QCoreApplication::translate("cti::supervisor::SupervisionModel", "whispering");
        case Supervise::Barge: return QCoreApplication::translate("cti::supervisor::SupervisionModel", "barged in");
        case Supervise::HangUp:
        case Supervise::Count: break;
    }
    return {};
}

}  // namespace

const cti::qt::CallLeg* mySupervisorLeg(const SupervisionFacts& f) {
    if (!f.call || f.myUserId == 0) return nullptr;
    const auto* mine = f.call->legOfUser(f.myUserId);
    return mine && mine->party == kSupervisor ? mine : nullptr;
}

SuperviseActions legalSupervision(const SupervisionFacts& f) {
    if (!f.connected || !f.maySupervise || f.agentUserId == 0 || !f.call || f.call->ended()) return 0;
    const auto* mine = f.call->legOfUser(f.myUserId);
    // A call I am a party of is mine to handle on my own phone, not to supervise.
    if (mine && mine->party != kSupervisor) return 0;
    // A supervisor may end any call (or, on it, leave it).
    SuperviseActions legal = bit(Supervise::HangUp);
    const Supervise modes[] = {Supervise::Monitor, Supervise::Whisper, Supervise::Barge};
    if (mine) {
        // Already on the call: the server switches the mode at once; the current one is no choice.
        for (Supervise m : modes)
            if (f.myMode != m) legal |= bit(m);
        return legal;
    }
    const bool canJoin = f.call->state == QLatin1String("talking") && !hasOtherSupervisor(*f.call, f.myUserId) &&
                         !f.myExtension.isEmpty() && f.myPhoneRegistered;
    if (canJoin)
        for (Supervise m : modes) legal |= bit(m);
    return legal;
}

QString supervisionHint(const SupervisionFacts& f) {
    if (!f.connected) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Not connected to the telephony server.");
    if (!f.maySupervise) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Your role may not supervise calls.");
    if (f.agentUserId == 0) return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Select an agent on the wall.");
    if (!f.call || f.call->ended())
        return QCoreApplication::translate("cti::supervisor::SupervisionModel", "The selected agent is not on a call.");
    const auto* mine = f.call->legOfUser(f.myUserId);
    if (mine && mine->party != kSupervisor)
        return QCoreApplication::translate("cti::supervisor::SupervisionModel", "This is your own call.");
    if (mine) return {};
    if (hasOtherSupervisor(*f.call, f.myUserId))
        return QCoreApplication::translate("cti::supervisor::SupervisionModel", "Another supervisor is already on this call.");
    if (f.call->state != QLatin1String("talking"))
        return QCoreApplication::translate("cti::supervisor::SupervisionModel",
                                           "Only a call where two parties talk can be supervised (this one is %1).")
            .arg(stateText(f.call->state));
    if (f.myExtension.isEmpty())
        return QCoreApplication::translate("cti::supervisor::SupervisionModel",
                                           "You have no extension: ask an administrator to assign one.");
    if (!f.myPhoneRegistered)
        return QCoreApplication::translate("cti::supervisor::SupervisionModel",
                                           "Your phone (extension %1) is not registered.")
            .arg(f.myExtension);
    return {};
}

cti::qt::CallAction callActionOf(Supervise action) {
    switch (action) {
        case Supervise::Monitor: return cti::qt::CallAction::Monitor;
        case Supervise::Whisper: return cti::qt::CallAction::Whisper;
        case Supervise::Barge: return cti::qt::CallAction::Barge;
        case Supervise::HangUp:
        case Supervise::Count: break;
    }
    return cti::qt::CallAction::HangUp;
}

std::optional<cti::qt::Call> liveCallOf(const QHash<qint64, cti::qt::Call>& calls, qint64 userId) {
    std::optional<cti::qt::Call> found;
    if (userId == 0) return found;
    for (const auto& call : calls) {
        if (call.ended() || call.legOfUser(userId) == nullptr) continue;
        if (!found || call.startedMs > found->startedMs) found = call;
    }
    return found;
}

SupervisionModel::SupervisionModel(QObject* parent) : QObject(parent) {}

void SupervisionModel::setConnected(bool connected) {
    if (facts_.connected == connected) return;
    facts_.connected = connected;
    recompute();
}

void SupervisionModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    facts_.myUserId = snapshot.me.userId;
    facts_.myExtension = snapshot.me.extension;
    facts_.maySupervise = snapshot.me.hasPermission(QStringLiteral("call.supervise"));
    facts_.myPhoneRegistered = false;
    for (const auto& a : snapshot.agents)
        if (a.userId == snapshot.me.userId) facts_.myPhoneRegistered = a.phoneRegistered;
    calls_.clear();
    for (const auto& c : snapshot.calls)
        if (!c.ended()) calls_.insert(c.callId, c);
    // After a reconnect a mode is still known only where my leg is still on the call.
    for (auto it = modes_.begin(); it != modes_.end();) {
        const auto c = calls_.constFind(it.key());
        const auto* leg = c == calls_.cend() ? nullptr : c->legOfUser(facts_.myUserId);
        it = leg && leg->party == kSupervisor ? std::next(it) : modes_.erase(it);
    }
    recompute();
}

void SupervisionModel::applyCall(const cti::qt::Call& call) {
    const auto* mine = call.legOfUser(facts_.myUserId);
    if (call.ended()) calls_.remove(call.callId);
    else calls_.insert(call.callId, call);
    if (call.ended() || !mine || mine->party != kSupervisor) modes_.remove(call.callId);
    recompute();
}

void SupervisionModel::applyPhone(const cti::qt::PhoneRegistration& phone) {
    if (phone.extension.isEmpty() || phone.extension != facts_.myExtension) return;
    facts_.myPhoneRegistered = phone.registered;
    recompute();
}

void SupervisionModel::selectAgent(qint64 userId, const QString& name) {
    if (facts_.agentUserId == userId && agentName_ == name) return;
    facts_.agentUserId = userId;
    agentName_ = name;
    message_.clear();
    recompute();
}

void SupervisionModel::confirmMode(qint64 callId, Supervise mode) {
    if (mode == Supervise::HangUp) {
        modes_.remove(callId);
        message_ = hangUpLeft_ ? tr("You left the call; the customer and the agent talk on.") : tr("The call was ended.");
    } else {
        modes_.insert(callId, mode);
        switch (mode) {
            case Supervise::Monitor: message_ = tr("Monitoring: you hear both; nobody hears you."); break;
            case Supervise::Whisper: message_ = tr("Whispering: only the agent hears you."); break;
            case Supervise::Barge: message_ = tr("Barged in: the customer and the agent both hear you."); break;
            case Supervise::HangUp:
            case Supervise::Count: break;
        }
    }
    recompute();
}

void SupervisionModel::applyError(const QString& message) {
    message_ = message;
    emit changed();
}

QString SupervisionModel::callText() const {
    if (facts_.agentUserId == 0) return {};
    if (!facts_.call) return tr("%1 is not on a call.").arg(agentName_);
    const auto& c = *facts_.call;
    QStringList legs;
    for (const auto& leg : c.legs) {
        QString who = tr("%1 %2 (%3)").arg(partyText(leg.party), leg.number, legStateText(leg.state));
        if (leg.userId == facts_.myUserId && leg.party == kSupervisor)
            who += facts_.myMode ? tr(" — you, %1").arg(modeText(*facts_.myMode)) : tr(" — you");
        legs << who;
    }
    return tr("Call %1, %2, caller %3").arg(c.callId).arg(stateText(c.state), c.caller) + QLatin1Char('\n') +
           legs.join(QLatin1Char('\n'));
}

void SupervisionModel::request(Supervise action) {
    if (!allows(action) || !facts_.call) return;
    message_.clear();
    // Decided now: by the time the server confirms, its call event has taken my leg away.
    if (action == Supervise::HangUp) hangUpLeft_ = hangUpLeaves();
    emit callControlRequested(callActionOf(action), facts_.call->callId);
    emit changed();
}

void SupervisionModel::recompute() {
    facts_.call = liveCallOf(calls_, facts_.agentUserId);
    facts_.myMode.reset();
    if (facts_.call)
        if (const auto m = modes_.constFind(facts_.call->callId); m != modes_.cend()) facts_.myMode = *m;
    actions_ = legalSupervision(facts_);
    emit changed();
}

}  // namespace cti::supervisor
