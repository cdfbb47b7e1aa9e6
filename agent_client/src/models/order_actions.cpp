#include "models/order_actions.h"

#include <QCoreApplication>

namespace cti::agent {

namespace {
bool is(const QString& value, const char* word) { return value == QLatin1String(word); }

// Characters as the server counts them (code points, not UTF-16 units).
int codePoints(const QString& s) { return static_cast<int>(s.toUcs4().size()); }
}  // namespace

ActionNeeds actionNeeds(const QString& action, const QString& orderState) {
    using N = ActionNeed;
    // dispatch: the workflow's step may go to fixed departments, then the server ignores
    // targets; when the dispatcher chooses (the default), it refuses an empty list itself.
    if (is(action, "dispatch")) return N::AskTargets;
    if (is(action, "transfer")) return N::AskTargets | N::NeedsTargets | N::OneTarget | N::AskOpinion | N::NeedsOpinion;
    // answer: the targets are for a next step the handler chooses the departments of.
    if (is(action, "answer")) return N::AskTargets | N::AskOpinion | N::NeedsOpinion;
    if (is(action, "visit")) return N::NeedsSatisfaction | N::AskOpinion;
    if (is(action, "close"))
        return is(orderState, "open") ? ActionNeeds(N::AskOpinion | N::NeedsOpinion) : ActionNeeds(N::AskOpinion);
    // urge needs nothing, but a word to the holder is what makes it useful.
    if (is(action, "urge")) return N::AskOpinion;
    if (is(action, "return") || is(action, "reply") || is(action, "supervise") || is(action, "pause") ||
        is(action, "void") || is(action, "reopen") || is(action, "send_article"))
        return N::AskOpinion | N::NeedsOpinion;
    return N::None;  // accept, resume
}

QStringList actionButtons(const cti::qt::WorkOrder& order) {
    QStringList out;
    for (const auto& a : order.allowedActions)
        if (!is(a, "create") && !is(a, "escalate") && !is(a, "send_article") && !out.contains(a)) out << a;
    return out;
}

QString stepProblem(const cti::qt::OrderStep& step, ActionNeeds needs) {
    QStringList problems;
    if ((needs & ActionNeed::NeedsTargets) && step.targets.isEmpty())
        problems << QCoreApplication::translate("cti::agent::OrderActions", "Choose the department to send the order to.");
    if ((needs & ActionNeed::OneTarget) && step.targets.size() > 1)
        problems << QCoreApplication::translate("cti::agent::OrderActions", "The order goes to exactly one department.");
    if (step.targets.size() > kMaxTargets)
        problems << QCoreApplication::translate("cti::agent::OrderActions", "At most %1 departments at once.").arg(kMaxTargets);
    if ((needs & ActionNeed::NeedsSatisfaction) && step.satisfaction.isEmpty())
        problems << QCoreApplication::translate("cti::agent::OrderActions", "Record the caller's satisfaction.");
    if ((needs & ActionNeed::NeedsOpinion) && step.opinion.trimmed().isEmpty())
        problems << QCoreApplication::translate("cti::agent::OrderActions", "Write an opinion: why, or what was done.");
    if (const int n = codePoints(step.opinion); n > kMaxOpinionChars)
        problems << QCoreApplication::translate("cti::agent::OrderActions", "The opinion is limited to %1 characters (now %2).")
                        .arg(kMaxOpinionChars)
                        .arg(n);
    return problems.join(QLatin1Char('\n'));
}

QList<cti::qt::OrderTarget> departmentTargets(const QStringList& names) {
    QList<cti::qt::OrderTarget> out;
    QStringList seen;
    for (const auto& raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || seen.contains(name)) continue;
        seen << name;
        cti::qt::OrderTarget t;
        t.department = name;
        out << t;
    }
    return out;
}

}  // namespace cti::agent
