#include "widgets/flow_scene.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include "models/flow_document.h"
#include "models/flow_nodes.h"

namespace cti::supervisor {

namespace {

// A node's box: reports where it was dropped after a drag.
class NodeBox : public QGraphicsRectItem {
public:
    NodeBox(FlowScene& scene, QString id) : QGraphicsRectItem(0, 0, FlowScene::kNodeWidth, FlowScene::kNodeHeight),
                                            scene_(scene), id_(std::move(id)) {
        setFlags(ItemIsSelectable | ItemIsMovable);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override {
        pressedAt_ = pos();
        QGraphicsRectItem::mousePressEvent(event);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override {
        QGraphicsRectItem::mouseReleaseEvent(event);
        if (pos() != pressedAt_) emit scene_.nodeMoved(id_, pos());
    }

private:
    FlowScene& scene_;
    QString id_;
    QPointF pressedAt_;
};

QPointF leftMiddle(QPointF at) { return at + QPointF(0, FlowScene::kNodeHeight / 2); }
QPointF rightMiddle(QPointF at) { return at + QPointF(FlowScene::kNodeWidth, FlowScene::kNodeHeight / 2); }

}  // namespace

FlowScene::FlowScene(QObject* parent) : QGraphicsScene(parent) {
    connect(this, &QGraphicsScene::selectionChanged, this, &FlowScene::onSelectionChanged);
}

void FlowScene::onSelectionChanged() {
    if (drawing_) return;
    const auto items = selectedItems();
    emit nodeSelected(items.isEmpty() ? QString() : items.first()->data(NodeIdKey).toString());
}

void FlowScene::draw(const FlowDocument* document, const QString& selected, const QStringList& problems) {
    drawing_ = true;
    clear();
    nodes_.clear();
    edges_.clear();
    if (!document) {
        drawing_ = false;
        return;
    }
    const QPen edgePen(QColor(0x55, 0x5f, 0x6d), 1.4);
    // Exits to the same node share one arrow: "0, On failure".
    QHash<QString, QStringList> labels;
    QList<std::pair<QString, QString>> order;
    for (const QString& from : document->nodeIds()) {
        for (const FlowExit& e : document->exits(from)) {
            if (e.target.isEmpty() || !document->hasNode(e.target)) continue;
            const QString key = from + QLatin1Char('>') + e.target;
            if (!labels.contains(key)) order.append({from, e.target});
            labels[key] << exitLabel(e.field, e.key);
        }
    }
    for (const auto& [from, to] : order) {
        const QString key = from + QLatin1Char('>') + to;
        const QString text = labels.value(key).join(QStringLiteral(", "));
        edges_.insert(key, text);
        const QPointF a = rightMiddle(document->position(from));
        const QPointF b = leftMiddle(document->position(to));
        // Backward arrows bend wider so they do not run through the boxes between.
        const double bend = b.x() > a.x() ? 50 : 120;
        QPainterPath path(a);
        path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
        addPath(path, edgePen)->setZValue(-1);
        addPolygon(QPolygonF({b, b + QPointF(-9, -5), b + QPointF(-9, 5)}), edgePen, QBrush(edgePen.color()))->setZValue(-1);
        auto* label = addSimpleText(text);
        label->setBrush(QColor(0x1f, 0x4e, 0x99));
        label->setPos(path.pointAtPercent(0.5) - QPointF(label->boundingRect().width() / 2, 14));
    }
    for (const QString& id : document->nodeIds()) {
        const bool problem = problems.contains(id);
        const bool start = document->start() == id;
        auto* box = new NodeBox(*this, id);
        box->setPos(document->position(id));
        box->setBrush(problem ? QColor(0xff, 0xd6, 0xd6) : QColor(0xf4, 0xf6, 0xfa));
        box->setPen(problem ? QPen(Qt::red, 2.5) : start ? QPen(QColor(0x2e, 0x7d, 0x32), 3) : QPen(Qt::darkGray, 1.2));
        box->setData(NodeIdKey, id);
        box->setData(ProblemKey, problem);
        box->setData(StartKey, start);
        addItem(box);
        auto* title = new QGraphicsSimpleTextItem(id, box);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setPos(8, 6);
        auto* type = new QGraphicsSimpleTextItem(nodeTypeName(document->typeOf(id)), box);
        type->setBrush(QColor(0x55, 0x5f, 0x6d));
        type->setPos(8, 28);
        nodes_.insert(id, box);
        if (id == selected) box->setSelected(true);
    }
    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
    drawing_ = false;
}

}  // namespace cti::supervisor
