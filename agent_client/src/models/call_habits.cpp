#include "models/call_habits.h"

namespace cti::agent {

namespace {
bool onCall(const SoftphoneFacts& f) { return f.call.has_value() && !f.call->ended(); }
}  // namespace

qint64 callToAutoAnswer(const CallHabits& habits, const SoftphoneFacts& facts, qint64 answered) {
    if (!habits.autoAnswer || !onCall(facts)) return 0;
    if (!allows(legalActions(facts), SoftAction::Answer)) return 0;
    return facts.call->callId == answered ? 0 : facts.call->callId;
}

bool restAfterCall(const CallHabits& habits, const SoftphoneFacts& before, const SoftphoneFacts& after) {
    return habits.mode == WorkMode::Intermittent && onCall(before) && !onCall(after) && after.agent.signedIn() &&
           after.agent.status == QLatin1String("available");
}

}  // namespace cti::agent
