#include "models/order_names.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <span>
#include <utility>

namespace cti::agent {

namespace {

QString translated(const char* text) { return QCoreApplication::translate("cti::agent::OrderNames", text); }

using Entry = std::pair<const char*, const char*>;  // the server's word, its English name
using Table = std::span<const Entry>;

// Tables rather than a switch: the same list feeds the display name and the combo boxes.
constexpr Entry kTypes[] = {
    {"business", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Business")},
    {"consultation", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Consultation")},
    {"repair", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Repair")},
    {"complaint", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Complaint")},
    {"suggestion", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Suggestion")},
    {"praise", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Praise")},
    {"marketing", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Marketing")},
};
constexpr Entry kUrgencies[] = {
    {"normal", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Normal")},
    {"urgent", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Urgent")},
    {"very_urgent", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Very urgent")},
};
constexpr Entry kChannels[] = {
    {"phone", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Phone")},
    {"fax", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Fax")},
    {"sms", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "SMS")},
    {"email", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "E-mail")},
    {"web", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Web")},
};
constexpr Entry kStates[] = {
    {"open", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Open")},
    {"dispatched", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Dispatched")},
    {"processing", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Processing")},
    {"returned", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Returned")},
    {"answered", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Answered")},
    {"visited", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Visited")},
    {"closed", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Closed")},
    {"voided", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Voided")},
};
constexpr Entry kActions[] = {
    {"create", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Create")},
    {"dispatch", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Dispatch")},
    {"accept", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Accept")},
    {"transfer", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Transfer")},
    {"return", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Return")},
    {"answer", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Answer")},
    {"reply", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Reply to caller")},
    {"urge", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Urge")},
    {"supervise", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Supervise")},
    {"pause", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Pause")},
    {"resume", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Resume")},
    {"void", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Void")},
    {"reopen", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Reopen")},
    {"close", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Close")},
    {"visit", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Callback visit")},
    {"escalate", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Overdue")},
    {"send_article", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Send article")},
};
constexpr Entry kTaskStates[] = {
    {"pending", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Waiting to be accepted")},
    {"accepted", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Accepted")},
    {"answered", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Answered")},
    {"cancelled", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Cancelled")},
};
constexpr Entry kSatisfactions[] = {
    {"satisfied", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Satisfied")},
    {"basically_satisfied", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Basically satisfied")},
    {"unsatisfied", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "Unsatisfied")},
};
// What an escalation line carries as its opinion.
constexpr Entry kEscalations[] = {
    {"accept_overdue", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "not accepted in time")},
    {"process_overdue", QT_TRANSLATE_NOOP("cti::agent::OrderNames", "not finished in time")},
};

QString nameIn(const Table& table, const QString& word) {
    for (const auto& [key, text] : table)
        if (word == QLatin1String(key)) return translated(text);
    return word;
}

// Who did what the server did by itself (an escalation has no actor).
QString systemName() { return translated(QT_TRANSLATE_NOOP("cti::agent::OrderNames", "System")); }

QStringList keysOf(const Table& table) {
    QStringList out;
    for (const auto& entry : table) out << QLatin1String(entry.first);
    return out;
}
}  // namespace

QString orderTypeName(const QString& type) { return nameIn(kTypes, type); }
QString urgencyName(const QString& urgency) { return nameIn(kUrgencies, urgency); }
QString channelName(const QString& channel) { return nameIn(kChannels, channel); }
QString orderStateName(const QString& state) { return nameIn(kStates, state); }
QString orderActionName(const QString& action) { return nameIn(kActions, action); }
QString taskStateName(const QString& state) { return nameIn(kTaskStates, state); }
QString satisfactionName(const QString& satisfaction) { return nameIn(kSatisfactions, satisfaction); }

QStringList orderTypes() { return keysOf(kTypes); }
QStringList urgencies() { return keysOf(kUrgencies); }
QStringList channels() { return keysOf(kChannels); }
QStringList orderStates() { return keysOf(kStates); }
QStringList satisfactions() { return keysOf(kSatisfactions); }

QString targetLabel(const cti::qt::OrderTarget& target) {
    if (!target.department.isEmpty() && !target.user.isEmpty())
        return QStringLiteral("%1 / %2").arg(target.department, target.user);
    if (!target.department.isEmpty()) return target.department;
    if (!target.user.isEmpty()) return target.user;
    // Only ids (a client sent them): better a number than nothing.
    if (target.departmentId != 0) return QStringLiteral("#%1").arg(target.departmentId);
    return target.userId != 0 ? QStringLiteral("#%1").arg(target.userId) : QString();
}

QString formatOrderTime(qint64 ms) {
    if (ms == 0) return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString historyLineText(const cti::qt::OrderHistoryLine& line) {
    QStringList parts;
    parts << formatOrderTime(line.atMs);
    // An empty actor is the server itself (an escalation when a deadline passed).
    parts << (line.actor.isEmpty() ? systemName() : line.actor);
    parts << orderActionName(line.action);
    if (!line.fromState.isEmpty() && line.fromState != line.toState)
        parts << QStringLiteral("%1 → %2").arg(orderStateName(line.fromState), orderStateName(line.toState));
    QStringList targets;
    for (const auto& t : line.to) targets << targetLabel(t);
    if (!targets.isEmpty())
        parts << QCoreApplication::translate("cti::agent::OrderNames", "to %1").arg(targets.join(QStringLiteral(", ")));
    if (!line.opinion.isEmpty())
        parts << (line.action == QLatin1String("escalate") ? nameIn(kEscalations, line.opinion)
                                                           : QStringLiteral("“%1”").arg(line.opinion));
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  "));
}

QString noticeText(const cti::qt::OrderNotice& notice) {
    const auto& o = notice.order;
    const QString& reason = notice.reason;
    if (reason == QLatin1String("assigned"))
        return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 was sent to you: %2").arg(o.number, o.title);
    if (reason == QLatin1String("urged") && notice.line.action == QLatin1String("supervise"))
        return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 is being supervised: %2").arg(o.number, o.title);
    if (reason == QLatin1String("urged"))
        return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 was urged: %2").arg(o.number, o.title);
    if (reason == QLatin1String("overdue"))
        return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 is overdue: %2").arg(o.number, o.title);
    if (reason == QLatin1String("changed") && !notice.line.action.isEmpty())
        return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 (%2): %3 by %4")
            .arg(o.number, o.title, orderActionName(notice.line.action),
                 notice.line.actor.isEmpty() ? systemName() : notice.line.actor);
    return QCoreApplication::translate("cti::agent::OrderNames", "Work order %1 changed: %2").arg(o.number, o.title);
}

}  // namespace cti::agent
