#pragma once
// What each work-order action asks the user for before it is sent, mirroring the server's rule
// table (server/tickets/src/rules.cpp) so that the detail view asks for exactly what the server
// would otherwise refuse, and no more. Pure functions, tested without widgets.
#include <QFlags>
#include <QString>
#include <QStringList>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

enum class ActionNeed : unsigned {
    None = 0,
    AskTargets = 1 << 0,      // the target field is shown
    NeedsTargets = 1 << 1,    // ... and may not be empty
    OneTarget = 1 << 2,       // ... and names exactly one department (transfer)
    AskOpinion = 1 << 3,      // the opinion field is shown
    NeedsOpinion = 1 << 4,    // ... and may not be empty
    NeedsSatisfaction = 1 << 5,
};
Q_DECLARE_FLAGS(ActionNeeds, ActionNeed)
Q_DECLARE_OPERATORS_FOR_FLAGS(ActionNeeds)

// Limits the gateway enforces on OrderAction (server/tickets store.h, gateway order_requests.cpp).
inline constexpr int kMaxOpinionChars = 4000;
inline constexpr int kMaxTargets = 20;

// `orderState` matters for close only: closing an order that was never dispatched needs the
// answer given to the caller.
ActionNeeds actionNeeds(const QString& action, const QString& orderState = {});
// True when the action is sent on the click, without asking anything.
inline bool asksNothing(ActionNeeds needs) {
    return !(needs & (ActionNeed::AskTargets | ActionNeed::AskOpinion | ActionNeed::NeedsSatisfaction));
}
// The actions that get a button: the server's allowedActions, without create (orders are
// created with the form), escalate (the server's own) and send_article (sent from the knowledge
// panel, which knows the article).
QStringList actionButtons(const cti::qt::WorkOrder& order);
// Why the step cannot be sent as it is, or "" when it can.
QString stepProblem(const cti::qt::OrderStep& step, ActionNeeds needs);
// Department names typed or chosen by the user, as targets (blank ones dropped, no repeats).
QList<cti::qt::OrderTarget> departmentTargets(const QStringList& names);

}  // namespace cti::agent
