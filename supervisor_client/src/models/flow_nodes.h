#pragma once
// The IVR node types the flow editor knows (server/ivr/README.md, "Flow format"): each type's
// fields in the order the property form shows them, with the server's defaults, and which of
// them are exits (a field naming the next node). One table; the translated names are for the UI.
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cti::supervisor {

enum class FieldKind {
    Text,      // a string
    Prompts,   // a list of prompt ids
    Seconds,   // a number of seconds, fractions allowed
    Integer,   // a whole number
    Bool,      // true or false
    Queue,     // a queue name (the server's list)
    Calendar,  // a calendar name (the server's list)
    Choice,    // one of `choices`
    Node,      // an exit: the id of the node it leads to
    Options,   // a menu's exits: {key: node id}
};

struct FieldSpec {
    QString key;
    FieldKind kind = FieldKind::Text;
    QJsonValue defaultValue;  // what the server assumes when the field is missing
    QStringList choices;      // Choice only
};

// The types in the order the Add menu lists them.
const QStringList& flowNodeTypes();
// The fields of a type; empty for a type the editor does not know.
const QList<FieldSpec>& fieldsOf(const QString& type);
bool isExitKind(FieldKind kind);

// Translated names for the canvas and the form.
QString nodeTypeName(const QString& type);
QString fieldLabel(const QString& key);
// A menu key ("1", "*") as such; other exits by their translated field name.
QString exitLabel(const QString& field, const QString& key);

}  // namespace cti::supervisor
