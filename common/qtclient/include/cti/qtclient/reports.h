#pragma once
// Reports over a Connection (schema/cti.proto, "reports" of minor 6): run a report, save or
// remove a custom one, list the saved ones. Like Office it lives in the GUI thread and every
// request gets exactly one answer: its own signal, or requestFailed with the server's message.
// The plain structs below are what the desktops see; convert_reports.h turns the protobuf
// messages into them.
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

// What to compute. subject: queue, agent, ivr_node, order_type, department, overdue,
// satisfaction. period: 15m, 30m, 60m, day, month, year, or empty (the whole range). range:
// today, yesterday, last_7_days, this_month, last_month, this_year, or empty (fromMs..toMs).
struct ReportQuery {
    QString subject;
    QString period;
    QString range;
    qint64 fromMs = 0;      // Unix ms, inclusive
    qint64 toMs = 0;        // exclusive
    int utcOffsetMin = 0;   // the time zone periods and ranges start in
    QStringList columns;    // a subset of the subject's columns; empty: all
    QStringList keys;       // only these rows; empty: every key

    bool operator==(const ReportQuery&) const = default;
};

struct ReportRow {
    QString period;         // empty for the whole range
    QString key;
    QList<double> values;   // one per column; times in seconds, rates in percent

    bool operator==(const ReportRow&) const = default;
};

struct ReportResult {
    QStringList columns;
    QList<ReportRow> rows;  // by period, then key
    ReportRow total;        // every row together, as the server computed it
    qint64 fromMs = 0;      // the range the report covers
    qint64 toMs = 0;
};

struct SavedReport {
    qint64 reportId = 0;    // 0: not saved yet
    QString name;           // 1..64 characters
    ReportQuery query;
    QString owner;          // login
    bool shared = false;    // everyone's (administrators only)
    qint64 updatedMs = 0;
};

class Reports : public QObject {
    Q_OBJECT
public:
    explicit Reports(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 run(const cti::qt::ReportQuery& query);
    // Creates (reportId 0) or replaces a saved report; answered by reportSaved.
    quint64 save(const cti::qt::SavedReport& report);
    // Answered by reportRemoved.
    quint64 remove(qint64 reportId);
    quint64 list();

signals:
    void reportReady(quint64 requestId, const cti::qt::ReportResult& result);
    void reportSaved(quint64 requestId, const cti::qt::SavedReport& report);
    void reportRemoved(quint64 requestId, qint64 reportId);
    void reportsListed(quint64 requestId, const QList<cti::qt::SavedReport>& reports);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:
    using Handler = std::function<void(quint64 requestId, const cti::wire::Envelope&)>;
    quint64 send(cti::wire::Envelope request, Handler handler);
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);
    void unexpected(quint64 requestId, const cti::wire::Envelope& reply);

    Connection& connection_;
    QHash<quint64, Handler> pending_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::ReportQuery)
Q_DECLARE_METATYPE(cti::qt::ReportResult)
Q_DECLARE_METATYPE(cti::qt::SavedReport)
