#pragma once
// The server's words for work orders (server/tickets/src/names.cpp: "complaint", "dispatched",
// "return"...) turned into what an agent reads, and the lists the combo boxes offer. Pure
// functions, all translated in one context (cti::agent::OrderNames) so that one catalog holds
// them. A word the client does not know (a newer server) is shown as it is rather than hidden.
#include <QString>
#include <QStringList>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

QString orderTypeName(const QString& type);
QString urgencyName(const QString& urgency);
QString channelName(const QString& channel);
QString orderStateName(const QString& state);
QString orderActionName(const QString& action);
QString taskStateName(const QString& state);
QString satisfactionName(const QString& satisfaction);

// The server's words, in the order the combo boxes list them.
QStringList orderTypes();
QStringList urgencies();
QStringList channels();
QStringList orderStates();
QStringList satisfactions();

// "department", "person" or "department / person".
QString targetLabel(const cti::qt::OrderTarget& target);
// Local date and time of a Unix ms ("" for 0: no such time).
QString formatOrderTime(qint64 ms);
// One line of the timeline: time, who, what, from → to state, where it went, the opinion.
QString historyLineText(const cti::qt::OrderHistoryLine& line);
// The notification for an order event, per reason (assigned, urged, overdue, changed).
QString noticeText(const cti::qt::OrderNotice& notice);

}  // namespace cti::agent
