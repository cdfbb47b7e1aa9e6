#pragma once
// The agent's own working habits, kept on this desktop (QSettings): answer calls automatically
// or by hand, and work continuously (ready again after each call's wrap-up) or intermittently
// (not ready after each call, until the agent chooses ready). The decisions are pure functions
// over SoftphoneFacts, applied by the app when the facts change.
#include <QString>

#include "models/softphone_model.h"

namespace cti::agent {

enum class WorkMode { Continuous, Intermittent };

struct CallHabits {
    bool autoAnswer = false;
    WorkMode mode = WorkMode::Continuous;
};

// The reason code an intermittent agent is set not ready with after a call.
inline QString intermittentReason() { return QStringLiteral("after_call_work"); }

// The call to answer now: a call ringing at my phone when auto-answer is on, and not one
// answered already (`answered` is the last call id this desktop answered). 0: none.
qint64 callToAutoAnswer(const CallHabits& habits, const SoftphoneFacts& facts, qint64 answered);

// True when an intermittent agent's call has just ended (`before` on a call, `after` not) and
// the agent is still available: the app then sets not ready with intermittentReason().
bool restAfterCall(const CallHabits& habits, const SoftphoneFacts& before, const SoftphoneFacts& after);

}  // namespace cti::agent
