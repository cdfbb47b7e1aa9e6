#pragma once
// The administration tables (系统管理) over a Connection (schema/PROTOCOL.md, "Administration
// tables (protocol 1.7)"): which tables this session may open, one table with the columns that
// describe its form, and saving or removing one record. Like IvrAdmin it lives in the GUI thread
// and every request gets exactly one answer: its own signal, or requestFailed with the server's
// message (a refused save names the field and why).
//
// Values travel as text whatever the column's type: int decimal, bool "1"/"0", time HH:MM, date
// YYYY-MM-DD, list comma-separated, json JSON text.
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>

#include "cti/qtclient/pending_requests.h"
#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

// One field of a table's records: how the form edits it.
struct AdminColumn {
    QString name;          // the field's key in AdminRecord
    QString type;          // text, multiline, int, bool, choice, time, date, list, json
    bool key = false;      // identifies the record; not changed once saved
    bool required = false;
    bool readOnly = false;  // shown, never taken from a save (ids, counts, authors)
    qint64 min = 0;         // int: the range; text: max is the longest length (0: no limit)
    qint64 max = 0;
    QStringList choices;    // choice and list: the allowed values
    QString defaultValue;   // what a new record starts with

    bool operator==(const AdminColumn&) const = default;
};

// One record: column name -> value as text.
using AdminRecord = QMap<QString, QString>;

struct AdminTableInfo {
    QString table;
    bool mayEdit = false;
    bool mayAdd = false;
    bool mayRemove = false;

    bool operator==(const AdminTableInfo&) const = default;
};

struct AdminTable {
    AdminTableInfo info;
    QList<AdminColumn> columns;
    QList<AdminRecord> records;
    QString note;  // e.g. which changes wait for a restart

    bool operator==(const AdminTable&) const = default;
};

class AdminTables : public QObject {
    Q_OBJECT
public:
    explicit AdminTables(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 listTables();
    quint64 list(const QString& table);
    // A new record when its key fields match none (a read-only key left empty: the server
    // assigns it); answered with the record as stored.
    quint64 save(const QString& table, const AdminRecord& record);
    // Removes the record its key fields name.
    quint64 remove(const QString& table, const AdminRecord& keyFields);

signals:
    void tablesListed(quint64 requestId, const QList<cti::qt::AdminTableInfo>& tables);
    void listed(quint64 requestId, const cti::qt::AdminTable& table);
    void saved(quint64 requestId, const QString& table, const cti::qt::AdminRecord& record);
    void removed(quint64 requestId, const QString& table, const cti::qt::AdminRecord& keyFields);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:
    quint64 sendSave(const QString& table, const AdminRecord& record, bool remove);

    Connection& connection_;
    PendingRequests requests_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::AdminColumn)
Q_DECLARE_METATYPE(cti::qt::AdminTableInfo)
Q_DECLARE_METATYPE(cti::qt::AdminTable)
