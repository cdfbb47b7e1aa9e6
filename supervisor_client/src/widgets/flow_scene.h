#pragma once
// The IVR flow as a drawing: each node a box (its id, its type's name), each exit a labelled
// arrow to the node it leads to. The start node has a green frame; the nodes the server's last
// refusal named are red. Boxes can be selected and dragged; the scene only reports that (queued
// by the editor, since a redraw replaces the items). Drawing only.
#include <QGraphicsScene>
#include <QHash>
#include <QStringList>

namespace cti::supervisor {

class FlowDocument;

class FlowScene : public QGraphicsScene {
    Q_OBJECT
public:
    // QGraphicsItem::data keys of a node's box.
    static constexpr int NodeIdKey = 0;
    static constexpr int ProblemKey = 1;  // true: the server named this node
    static constexpr int StartKey = 2;    // true: the start node
    static constexpr double kNodeWidth = 170;
    static constexpr double kNodeHeight = 54;

    explicit FlowScene(QObject* parent = nullptr);

    // Draws the document anew (nullptr: empty).
    void draw(const FlowDocument* document, const QString& selected, const QStringList& problems);
    QGraphicsItem* nodeItem(const QString& id) const { return nodes_.value(id); }
    // The text of the arrow from `from` to `to` ("" when there is none).
    QString edgeLabel(const QString& from, const QString& to) const { return edges_.value(from + QLatin1Char('>') + to); }

signals:
    void nodeSelected(const QString& id);  // "" when none
    void nodeMoved(const QString& id, QPointF at);

private:
    void onSelectionChanged();

    QHash<QString, QGraphicsItem*> nodes_;
    QHash<QString, QString> edges_;
    bool drawing_ = false;
};

}  // namespace cti::supervisor
