#include "models/flow_document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "models/flow_nodes.h"

namespace cti::supervisor {

namespace {
const QString kId = QStringLiteral("id");
const QString kType = QStringLiteral("type");
const QString kNodes = QStringLiteral("nodes");
const QString kLayout = QStringLiteral("layout");
const QString kStart = QStringLiteral("start");
}  // namespace

std::optional<FlowDocument> FlowDocument::fromJson(const QByteArray& json, QString* error) {
    const auto fail = [&](const QString& why) -> std::optional<FlowDocument> {
        if (error) *error = why;
        return std::nullopt;
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return fail(
            QCoreApplication::translate("cti::supervisor::FlowDocument", "The flow is not a JSON object: %1").arg(parse.errorString()));
    FlowDocument d;
    d.root_ = doc.object();
    if (!d.root_.value(kNodes).isArray())
        return fail(QCoreApplication::translate("cti::supervisor::FlowDocument", "The flow has no list of nodes."));
    QSet<QString> ids;
    for (const QJsonValue& n : d.root_.value(kNodes).toArray()) {
        const QString id = n.toObject().value(kId).toString();
        if (id.isEmpty() || ids.contains(id))
            return fail(QCoreApplication::translate("cti::supervisor::FlowDocument", "Every node needs its own id."));
        ids.insert(id);
        d.nodes_.append(n.toObject());
    }
    const QJsonObject layout = d.root_.value(kLayout).toObject();
    d.root_.remove(kNodes);
    d.root_.remove(kLayout);
    bool complete = true;
    for (const QString& id : std::as_const(ids)) {
        const QJsonArray at = layout.value(id).toArray();
        if (at.size() != 2) {
            complete = false;
            break;
        }
        d.positions_.insert(id, QPointF(at[0].toDouble(), at[1].toDouble()));
    }
    // A layout written by hand or by an older editor may miss nodes: lay out afresh rather than
    // pile the missing ones at the origin.
    if (!complete) d.autoLayout();
    return d;
}

QByteArray FlowDocument::toJson() const {
    QJsonObject out = root_;
    QJsonArray nodes;
    QJsonObject layout;
    for (const QJsonObject& n : nodes_) {
        nodes.append(n);
        const QPointF at = positions_.value(n.value(kId).toString());
        layout.insert(n.value(kId).toString(), QJsonArray{qRound(at.x()), qRound(at.y())});
    }
    out.insert(kNodes, nodes);
    out.insert(kLayout, layout);
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString FlowDocument::name() const { return root_.value(QStringLiteral("name")).toString(); }
QString FlowDocument::start() const { return root_.value(kStart).toString(); }

QStringList FlowDocument::nodeIds() const {
    QStringList ids;
    for (const QJsonObject& n : nodes_) ids << n.value(kId).toString();
    return ids;
}

int FlowDocument::indexOf(const QString& id) const {
    for (int i = 0; i < nodes_.size(); ++i)
        if (nodes_[i].value(kId).toString() == id) return i;
    return -1;
}

QString FlowDocument::typeOf(const QString& id) const {
    const int i = indexOf(id);
    return i < 0 ? QString() : nodes_[i].value(kType).toString();
}

QJsonValue FlowDocument::field(const QString& id, const QString& key) const {
    const int i = indexOf(id);
    return i < 0 ? QJsonValue(QJsonValue::Undefined) : nodes_[i].value(key);
}

QList<FlowExit> FlowDocument::exits(const QString& id) const {
    QList<FlowExit> out;
    const int i = indexOf(id);
    if (i < 0) return out;
    const QJsonObject& n = nodes_[i];
    for (const FieldSpec& f : fieldsOf(n.value(kType).toString())) {
        if (f.kind == FieldKind::Node) out.append({f.key, {}, n.value(f.key).toString()});
        if (f.kind != FieldKind::Options) continue;
        const QJsonObject options = n.value(f.key).toObject();
        for (auto it = options.begin(); it != options.end(); ++it) out.append({f.key, it.key(), it.value().toString()});
    }
    return out;
}

QStringList FlowDocument::predecessors(const QString& id) const {
    QStringList out;
    for (const QString& from : nodeIds()) {
        const auto ex = exits(from);
        if (std::any_of(ex.begin(), ex.end(), [&](const FlowExit& e) { return e.target == id; })) out << from;
    }
    return out;
}

QString FlowDocument::addNode(const QString& type) {
    if (!flowNodeTypes().contains(type)) return {};
    QString id;
    for (int n = 1; id.isEmpty() || hasNode(id); ++n) id = type + QLatin1Char('_') + QString::number(n);
    nodes_.append(QJsonObject{{kId, id}, {kType, type}});
    // Right of everything, so that a new node never hides an old one.
    double right = -kColumn;
    for (const QPointF& at : std::as_const(positions_)) right = std::max(right, at.x());
    positions_.insert(id, QPointF(right + kColumn, 0));
    return id;
}

bool FlowDocument::removeNode(const QString& id) {
    const int i = indexOf(id);
    if (i < 0) return false;
    nodes_.removeAt(i);
    positions_.remove(id);
    for (QJsonObject& n : nodes_) {
        for (const FieldSpec& f : fieldsOf(n.value(kType).toString())) {
            if (f.kind == FieldKind::Node && n.value(f.key).toString() == id) n.remove(f.key);
            if (f.kind != FieldKind::Options) continue;
            QJsonObject options = n.value(f.key).toObject();
            for (const QString& key : options.keys())
                if (options.value(key).toString() == id) options.remove(key);
            if (n.contains(f.key)) n.insert(f.key, options);
        }
    }
    if (start() == id) root_.remove(kStart);
    return true;
}

bool FlowDocument::setField(const QString& id, const QString& key, const QJsonValue& value) {
    const int i = indexOf(id);
    if (i < 0 || key == kId || key == kType || key.isEmpty()) return false;
    if (value.isUndefined() || value.isNull())
        nodes_[i].remove(key);
    else
        nodes_[i].insert(key, value);
    return true;
}

bool FlowDocument::connectExit(const QString& id, const QString& field, const QString& key, const QString& target) {
    const int i = indexOf(id);
    if (i < 0) return false;
    const auto& specs = fieldsOf(typeOf(id));
    const auto spec = std::find_if(specs.begin(), specs.end(), [&](const FieldSpec& f) { return f.key == field; });
    if (spec == specs.end() || !isExitKind(spec->kind)) return false;
    QJsonObject& n = nodes_[i];
    if (spec->kind == FieldKind::Node) {
        if (target.isEmpty())
            n.remove(field);
        else
            n.insert(field, target);
        return true;
    }
    if (key.size() != 1 || !QStringLiteral("0123456789*#").contains(key)) return false;
    QJsonObject options = n.value(field).toObject();
    if (target.isEmpty())
        options.remove(key);
    else
        options.insert(key, target);
    n.insert(field, options);
    return true;
}

bool FlowDocument::setStart(const QString& id) {
    if (!hasNode(id)) return false;
    root_.insert(kStart, id);
    return true;
}

void FlowDocument::setPosition(const QString& id, QPointF at) {
    if (hasNode(id)) positions_.insert(id, at);
}

void FlowDocument::autoLayout() {
    QHash<QString, int> depth;
    QList<QStringList> columns;
    QStringList queue;
    if (hasNode(start())) {
        depth.insert(start(), 0);
        queue << start();
    }
    while (!queue.isEmpty()) {
        const QString id = queue.takeFirst();
        const int d = depth.value(id);
        if (columns.size() <= d) columns.resize(d + 1);
        columns[d] << id;
        for (const FlowExit& e : exits(id)) {
            if (e.target.isEmpty() || !hasNode(e.target) || depth.contains(e.target)) continue;
            depth.insert(e.target, d + 1);
            queue << e.target;
        }
    }
    QStringList unreached;
    for (const QString& id : nodeIds())
        if (!depth.contains(id)) unreached << id;
    if (!unreached.isEmpty()) columns << unreached;
    positions_.clear();
    for (int c = 0; c < columns.size(); ++c)
        for (int r = 0; r < columns[c].size(); ++r) positions_.insert(columns[c][r], QPointF(c * kColumn, r * kRow));
}

QStringList problemNodes(const QString& serverMessage) {
    static const QRegularExpression node(QStringLiteral("node '([^']+)'"));
    QStringList out;
    for (auto it = node.globalMatch(serverMessage); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!out.contains(id)) out << id;
    }
    return out;
}

}  // namespace cti::supervisor
