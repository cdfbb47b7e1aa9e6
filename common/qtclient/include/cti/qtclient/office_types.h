#pragma once
// The plain data of the desktops' office work (protocol minors 2 to 4): work orders, customers
// at screen pop, phrases, knowledge, personal call history, voicemail, internal messages,
// outbound campaigns.
// Names of order types, states, actions... are the server's words (server/tickets/src/names.cpp),
// kept as strings and translated by the desktops.
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cti::qt {

// Where an order goes: a department or a person. The server fills display names; a client may
// name a department by name or a user by login.
struct OrderTarget {
    qint64 departmentId = 0;
    QString department;
    qint64 userId = 0;
    QString user;

    // "department", "user" or "department / user", for lists and the timeline.
    QString label() const;
};

struct OrderTask {
    qint64 taskId = 0;
    int step = 0;
    OrderTarget assignee;
    QString state;    // pending, accepted, answered, cancelled
    QString handler;  // who accepted
    QString opinion;  // the answer
};

struct WorkOrder {
    qint64 orderId = 0;
    QString number;  // GD + date + sequence
    QString type;
    QString urgency;
    QString channel;
    QString state;
    QString title;
    QString content;
    QString callerNumber;  // empty when the complainant is hidden from this user
    QString contactName;
    qint64 customerId = 0;
    qint64 callId = 0;
    bool restricted = false;
    bool complainantHidden = false;
    QString creator;
    QString creatorDepartment;
    QString workflow;
    int step = 0;
    QString stepMode;
    QList<OrderTask> tasks;  // the current step's
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 acceptDueMs = 0;  // 0: no deadline running
    qint64 processDueMs = 0;
    bool paused = false;
    bool acceptOverdue = false;
    bool processOverdue = false;
    int urgeCount = 0;
    QString satisfaction;
    qint64 closedMs = 0;
    QStringList allowedActions;  // what this user may do now, as the server decided

    bool overdue() const { return acceptOverdue || processOverdue; }
    bool allows(const QString& action) const { return allowedActions.contains(action); }
    // The nearest running deadline (accept first), 0 if none.
    qint64 nextDueMs() const { return acceptDueMs != 0 ? acceptDueMs : processDueMs; }
};

struct OrderHistoryLine {
    QString action;
    QString actor;  // empty: the server (escalation)
    QString fromState;
    QString toState;
    QList<OrderTarget> to;
    QString opinion;
    qint64 atMs = 0;
};

// An order event pushed to this user. reason: assigned, urged, overdue, changed.
struct OrderNotice {
    WorkOrder order;
    OrderHistoryLine line;
    QString reason;
};

// What the order form sends (CreateOrder).
struct NewOrder {
    QString type;
    QString urgency = QStringLiteral("normal");
    QString channel = QStringLiteral("phone");
    QString title;
    QString content;
    QString callerNumber;
    QString contactName;
    qint64 customerId = 0;
    qint64 callId = 0;  // the call it was created from
    bool restricted = false;
};

// One workflow action (OrderAction). targets for dispatch/transfer, satisfaction for visit.
struct OrderStep {
    qint64 orderId = 0;
    QString action;
    QString opinion;
    QList<OrderTarget> targets;
    QString satisfaction;
};

struct OrderQuery {
    QString text;  // full text, Chinese included
    QString type;
    QString state;
    QString department;
    QString callerNumber;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int limit = 50;
};

// A work-order template (kind "template", for one order type) or a common phrase.
struct Phrase {
    qint64 phraseId = 0;
    QString kind;
    QString orderType;
    QString title;
    QString text;
    bool shared = false;
};

struct CustomerAccount {
    QString accountNo;  // 户号
    QString kind;       // 电, 水, 燃气...
    QString address;
};

struct CustomerContact {
    QString name;
    QString phone;
    QString relation;
};

struct CustomerInfo {
    qint64 customerId = 0;
    QString number;
    QString name;
    QString address;
    int vipLevel = 0;  // 0 none; 1 green channel
    bool blacklisted = false;
    QStringList labels;
    QStringList phones;
    bool closed = false;
    QList<CustomerAccount> accounts;
    QList<CustomerContact> contacts;
};

struct CallSummary {
    qint64 callId = 0;
    QString direction;
    QString caller;
    QString callee;
    qint64 startedMs = 0;
    qint64 answeredMs = 0;  // 0: not answered
    qint64 endedMs = 0;
    QString agent;
};

// An outside system's answer at screen pop (e.g. billing: arrears, products it recommends).
struct ExternalLookup {
    QString name;
    bool ok = false;
    QString error;
    QMap<QString, QString> fields;
};

// Everything the screen pop shows about a number (LookupCallerOk).
struct CallerInfo {
    QString phone;        // what was looked up
    bool known = false;   // an active customer has this phone
    CustomerInfo customer;
    QString responsibleDepartment;
    QList<CallSummary> recentCalls;
    QList<WorkOrder> recentOrders;
    QList<ExternalLookup> external;
};

struct KbCategory {
    qint64 categoryId = 0;
    qint64 parentId = 0;  // 0: top level
    QString name;
    int position = 0;
};

struct KbArticle {
    qint64 articleId = 0;
    qint64 categoryId = 0;
    QString title;
    QString body;  // empty in search results
    int version = 0;
    QString author;
    qint64 updatedMs = 0;
    QStringList keywords;
    QString snippet;  // search results: the matching part of the body
};

struct Voicemail {
    qint64 voicemailId = 0;
    qint64 callId = 0;
    QString mailbox;
    QString caller;
    qint64 createdMs = 0;
    qint64 durationMs = 0;
    qint64 heardBy = 0;  // 0: not heard yet
    qint64 heardMs = 0;
    QString error;

    bool heard() const { return heardBy != 0; }
};

struct InternalMessage {
    qint64 messageId = 0;
    QString from;
    QString toUser;
    QString toDepartment;
    QString text;
    qint64 createdMs = 0;
};

// An outbound campaign (protocol minor 4) and the live figures an agent sees of it. mode:
// preview, progressive, predictive, agentless; state: draft, running, paused, finished.
struct CampaignInfo {
    qint64 campaignId = 0;
    QString name;
    QString mode;
    QString state;
    QString queue;
    QString callerId;
    qint64 records = 0;
    qint64 pending = 0;  // still to be called (pending, dialling, waiting for a retry)
    qint64 dialled = 0;  // attempts made
    qint64 answered = 0;
    qint64 abandoned = 0;
    double abandonRate = 0;  // abandoned / (answered + abandoned), 0..1
    qint64 conversions = 0;
    int callsInProgress = 0;
    QString waitingReason;  // why a running campaign does not dial now (server's word), else empty
};

// One record of a campaign's call list. recordId 0: nothing (PreviewNext had nothing to call).
struct CampaignRecord {
    qint64 recordId = 0;
    qint64 campaignId = 0;
    QString phone;
    QMap<QString, QString> data;  // the list's other columns
    QString state;
    int attempts = 0;
    QString lastOutcome;
    QString disposition;
    QString note;

    bool empty() const { return recordId == 0; }
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::CampaignInfo)
Q_DECLARE_METATYPE(cti::qt::CampaignRecord)
Q_DECLARE_METATYPE(cti::qt::WorkOrder)
Q_DECLARE_METATYPE(cti::qt::OrderHistoryLine)
Q_DECLARE_METATYPE(cti::qt::OrderNotice)
Q_DECLARE_METATYPE(cti::qt::CallerInfo)
Q_DECLARE_METATYPE(cti::qt::KbArticle)
Q_DECLARE_METATYPE(cti::qt::Voicemail)
Q_DECLARE_METATYPE(cti::qt::InternalMessage)
