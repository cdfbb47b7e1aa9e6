#pragma once
// An IVR flow as the editor holds it: the JSON definition the server keeps (server/ivr/README.md)
// as plain data, with the edits the editor offers and the nodes' places on the canvas. Pure: no
// signals, no I/O. Fields the editor does not know are kept as they are, so a round trip changes
// only what was edited. Positions go into the optional top-level "layout" object
// ({"node id": [x, y]}): the server stores the definition as sent and its loader ignores keys it
// does not know, so the layout comes back with the flow.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace cti::supervisor {

// One way out of a node: the field holding it (next, then, else, found, not_found, on_fail,
// on_invalid, or options with the menu key) and the node it leads to ("" for none).
struct FlowExit {
    QString field;
    QString key;  // the menu key for options, else empty
    QString target;
    bool operator==(const FlowExit&) const = default;
};

class FlowDocument {
public:
    // nullopt with `error` set when the text is not a flow (not JSON, no node list, ids missing).
    static std::optional<FlowDocument> fromJson(const QByteArray& json, QString* error = nullptr);
    QByteArray toJson() const;

    QString name() const;
    QString start() const;
    QStringList nodeIds() const;  // in the definition's order
    bool hasNode(const QString& id) const { return indexOf(id) >= 0; }
    QString typeOf(const QString& id) const;
    // The field as written in the definition (Undefined when missing).
    QJsonValue field(const QString& id, const QString& key) const;
    // Every exit of the node in the order of its type's fields; a menu's options by key. Exits
    // without a target are listed too (the form offers them).
    QList<FlowExit> exits(const QString& id) const;
    // The nodes with an exit leading to `id`.
    QStringList predecessors(const QString& id) const;

    // ---- edits: false (and nothing changed) when the node or type is not known ----
    // A new node of `type` with a fresh id (`type_N`), placed right of the others; returns its id.
    QString addNode(const QString& type);
    // Removes the node; exits that led to it are cleared (a menu loses the option) and the start
    // is cleared when it was the start.
    bool removeNode(const QString& id);
    // Sets a field; an Undefined or Null value removes it. Not for id or type.
    bool setField(const QString& id, const QString& key, const QJsonValue& value);
    // Points an exit at `target` ("" clears it; for options the key is removed).
    bool connectExit(const QString& id, const QString& field, const QString& key, const QString& target);
    bool setStart(const QString& id);

    // ---- layout ----
    QPointF position(const QString& id) const { return positions_.value(id); }
    void setPosition(const QString& id, QPointF at);
    // Places every node: breadth-first from the start, one column per depth (kColumn apart), the
    // nodes of a column in the order reached (kRow apart); nodes not reached go in a last column.
    void autoLayout();
    static constexpr double kColumn = 220;
    static constexpr double kRow = 90;

private:
    int indexOf(const QString& id) const;

    QJsonObject root_;         // everything but nodes and layout, as loaded
    QList<QJsonObject> nodes_;
    QHash<QString, QPointF> positions_;
};

// The node ids the server's refusal names ("node 'X': ..."), each once, in order.
QStringList problemNodes(const QString& serverMessage);

}  // namespace cti::supervisor
