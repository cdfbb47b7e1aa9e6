#pragma once
// What the administration form (AdminForm) edits, without its widgets: one table's columns, the
// record being edited (or a new one, started from the columns' defaults), which fields may be
// changed, which required ones are still empty, and the record a save sends. The client checks
// only that required fields are filled: the server checks every value against the table's rules.
#include <QList>
#include <QStringList>

#include "cti/qtclient/admin_tables.h"

namespace cti::supervisor {

// The editor a column gets (AdminForm builds one per column); read-only columns other than
// yes/no and multi-line text show their text as it is.
enum class AdminEditorKind { Line, Text, Int, Bool, Choice, Time, Date, List };
AdminEditorKind adminEditorKind(const cti::qt::AdminColumn& column);
// A list as typed ("a, b,,c"; a Chinese comma "，" or "、" separates too) to its items without blanks.
QStringList splitAdminList(const QString& text);

class AdminFormModel {
public:
    void setColumns(const QString& table, QList<cti::qt::AdminColumn> columns);
    // A new record with every column's default value.
    void startNew();
    // An existing record: its key fields stay as they are.
    void edit(const cti::qt::AdminRecord& record);

    const QString& table() const { return table_; }
    const QList<cti::qt::AdminColumn>& columns() const { return columns_; }
    bool isNew() const { return isNew_; }
    const cti::qt::AdminRecord& record() const { return record_; }

    // Read-only columns never; key columns only while the record is new.
    bool isEditable(const cti::qt::AdminColumn& column) const;
    // The names of the required, editable columns that `values` leaves empty.
    QStringList missingRequired(const cti::qt::AdminRecord& values) const;
    // What a save sends: the editable fields from `values`, and the key fields as they are (a
    // read-only key of a new record stays empty: the server assigns it). Read-only fields that
    // are not keys are left out: the server never takes them.
    cti::qt::AdminRecord recordToSave(const cti::qt::AdminRecord& values) const;
    // The key fields of the record being edited (what a removal names).
    cti::qt::AdminRecord keyFields() const;

private:
    QString table_;
    QList<cti::qt::AdminColumn> columns_;
    cti::qt::AdminRecord record_;
    bool isNew_ = true;
};

}  // namespace cti::supervisor
