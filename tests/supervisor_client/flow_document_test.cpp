// FlowDocument (the IVR flow as the editor holds it) on the demo flow the server seeds
// (server/ivr/flows/demo_utility_hotline.json): its exits, the edits, the layered layout and
// the round trip to JSON; and the node ids read from the server's refusal.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "models/flow_document.h"
#include "models/flow_nodes.h"

using cti::supervisor::FlowDocument;
using cti::supervisor::FlowExit;

namespace {

QByteArray demoJson() {
    QFile f(QStringLiteral(CTI_SOURCE_DIR "/server/ivr/flows/demo_utility_hotline.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

FlowDocument demo() {
    QString error;
    auto doc = FlowDocument::fromJson(demoJson(), &error);
    INFO(error.toStdString());
    REQUIRE(doc);
    return *doc;
}

QJsonObject node(const QJsonObject& flow, const QString& id) {
    for (const auto& n : flow.value(QStringLiteral("nodes")).toArray())
        if (n.toObject().value(QStringLiteral("id")).toString() == id) return n.toObject();
    return {};
}

QJsonObject parsed(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }

}  // namespace

TEST_CASE("the demo flow loads with its nodes, start and exits", "[flow]") {
    const FlowDocument d = demo();
    CHECK(d.name() == QStringLiteral("demo_utility_hotline"));
    CHECK(d.start() == QStringLiteral("blacklist_check"));
    CHECK(d.nodeIds().size() == 20);
    CHECK(d.typeOf(QStringLiteral("main_menu")) == QStringLiteral("menu"));
    CHECK(d.field(QStringLiteral("complaint_queue"), QStringLiteral("queue")).toString() == QStringLiteral("投诉专席"));

    // A menu: its options by key, then on_fail; a condition: then and else.
    const QList<FlowExit> menu = d.exits(QStringLiteral("main_menu"));
    REQUIRE(menu.size() == 5);
    CHECK(menu.contains(FlowExit{QStringLiteral("options"), QStringLiteral("3"), QStringLiteral("complaint_queue")}));
    CHECK(menu.contains(FlowExit{QStringLiteral("options"), QStringLiteral("0"), QStringLiteral("operator_queue")}));
    CHECK(menu.last() == FlowExit{QStringLiteral("on_fail"), {}, QStringLiteral("operator_queue")});
    CHECK(d.exits(QStringLiteral("hours_check")) ==
          QList<FlowExit>{{QStringLiteral("then"), {}, QStringLiteral("outage_notice")},
                          {QStringLiteral("else"), {}, QStringLiteral("after_hours")}});
    CHECK(d.exits(QStringLiteral("bill_account")) ==
          QList<FlowExit>{{QStringLiteral("on_invalid"), {}, QStringLiteral("operator_queue")},
                          {QStringLiteral("next"), {}, QStringLiteral("bill_lookup")}});
    CHECK(d.exits(QStringLiteral("lookup_caller")).size() == 2);
    CHECK(d.exits(QStringLiteral("operator_queue")).isEmpty());  // a queue ends the IVR
    CHECK(d.predecessors(QStringLiteral("complaint_queue")) == QStringList{QStringLiteral("main_menu")});
}

TEST_CASE("the layered layout puts each node one column right of where the start reaches it first", "[flow]") {
    const FlowDocument d = demo();
    const auto column = [&](const char* id) { return d.position(QString::fromLatin1(id)).x() / FlowDocument::kColumn; };
    CHECK(column("blacklist_check") == 0);
    CHECK(column("blocked") == 1);
    CHECK(column("welcome") == 1);
    CHECK(column("hours_check") == 2);
    CHECK(column("main_menu") == 5);  // start, welcome, hours, outage, lookup, menu
    CHECK(column("complaint_queue") == 6);
    // Two nodes of one column never share a place.
    CHECK(d.position(QStringLiteral("blocked")) != d.position(QStringLiteral("welcome")));
}

TEST_CASE("edits: point an option elsewhere, remove a node, add and connect one, set the start", "[flow]") {
    FlowDocument d = demo();
    REQUIRE(d.connectExit(QStringLiteral("main_menu"), QStringLiteral("options"), QStringLiteral("3"),
                          QStringLiteral("repair_queue")));
    REQUIRE(d.removeNode(QStringLiteral("complaint_queue")));
    CHECK_FALSE(d.hasNode(QStringLiteral("complaint_queue")));

    // Removing the operator's queue clears every exit that led there: options lose the key.
    REQUIRE(d.removeNode(QStringLiteral("operator_queue")));
    const auto menu = d.exits(QStringLiteral("main_menu"));
    CHECK(menu == QList<FlowExit>{{QStringLiteral("options"), QStringLiteral("1"), QStringLiteral("bill_account")},
                                  {QStringLiteral("options"), QStringLiteral("2"), QStringLiteral("repair_queue")},
                                  {QStringLiteral("options"), QStringLiteral("3"), QStringLiteral("repair_queue")},
                                  {QStringLiteral("on_fail"), {}, {}}});
    CHECK(d.field(QStringLiteral("bill_account"), QStringLiteral("on_invalid")).isUndefined());

    const QString added = d.addNode(QStringLiteral("queue"));
    CHECK(added == QStringLiteral("queue_1"));
    CHECK(d.addNode(QStringLiteral("no_such_type")).isEmpty());
    REQUIRE(d.setField(added, QStringLiteral("queue"), QStringLiteral("热线总队列")));
    REQUIRE(d.connectExit(QStringLiteral("main_menu"), QStringLiteral("options"), QStringLiteral("0"), added));
    REQUIRE(d.connectExit(QStringLiteral("main_menu"), QStringLiteral("on_fail"), {}, added));
    CHECK_FALSE(d.connectExit(QStringLiteral("main_menu"), QStringLiteral("options"), QStringLiteral("12"), added));
    CHECK_FALSE(d.connectExit(QStringLiteral("main_menu"), QStringLiteral("queue"), {}, added));  // not an exit
    CHECK_FALSE(d.setField(added, QStringLiteral("id"), QStringLiteral("renamed")));
    // A new node stands right of every other one.
    CHECK(d.position(added).x() > d.position(QStringLiteral("repair_queue")).x());

    REQUIRE(d.setStart(QStringLiteral("welcome")));
    CHECK_FALSE(d.setStart(QStringLiteral("nowhere")));

    const QJsonObject out = parsed(d.toJson());
    CHECK(out.value(QStringLiteral("start")).toString() == QStringLiteral("welcome"));
    const QJsonObject options = node(out, QStringLiteral("main_menu")).value(QStringLiteral("options")).toObject();
    CHECK(options.value(QStringLiteral("3")).toString() == QStringLiteral("repair_queue"));
    CHECK(options.value(QStringLiteral("0")).toString() == QStringLiteral("queue_1"));
    CHECK(node(out, QStringLiteral("queue_1")) ==
          QJsonObject{{QStringLiteral("id"), QStringLiteral("queue_1")}, {QStringLiteral("type"), QStringLiteral("queue")},
                      {QStringLiteral("queue"), QStringLiteral("热线总队列")}});
    CHECK(node(out, QStringLiteral("complaint_queue")).isEmpty());

    // Removing the start leaves none, for the server to name.
    REQUIRE(d.removeNode(QStringLiteral("welcome")));
    CHECK(d.start().isEmpty());
}

TEST_CASE("the JSON round trip keeps what was not edited, and the layout comes back", "[flow]") {
    FlowDocument d = demo();
    d.setPosition(QStringLiteral("goodbye"), QPointF(900, 450));
    const QJsonObject original = parsed(demoJson());
    const QJsonObject out = parsed(d.toJson());
    // Everything the server reads is as it was: nodes, prompts, name, version, start.
    for (const QString& key : original.keys()) CHECK(out.value(key) == original.value(key));
    const QJsonObject layout = out.value(QStringLiteral("layout")).toObject();
    CHECK(layout.size() == 20);
    CHECK(layout.value(QStringLiteral("goodbye")).toArray() == QJsonArray{900, 450});

    auto again = FlowDocument::fromJson(d.toJson());
    REQUIRE(again);
    CHECK(again->position(QStringLiteral("goodbye")) == QPointF(900, 450));
    CHECK(again->position(QStringLiteral("main_menu")) == d.position(QStringLiteral("main_menu")));
    CHECK(again->toJson() == d.toJson());
}

TEST_CASE("what is not a flow is refused with a reason", "[flow]") {
    QString error;
    CHECK_FALSE(FlowDocument::fromJson("{not json", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(FlowDocument::fromJson(R"({"name": "x"})", &error));
    CHECK_FALSE(FlowDocument::fromJson(R"({"nodes": [{"id": "a"}, {"id": "a"}]})", &error));
    CHECK(FlowDocument::fromJson(R"({"nodes": []})"));
}

TEST_CASE("the nodes a refusal names, each once", "[flow]") {
    const QString m = QStringLiteral(
        "the flow was not saved (the running version stays): flow 'demo' v1 is not valid: node 'main_menu': option 3 "
        "leads to 'gone', which is not a node; node 'repair_queue': unknown queue 'x'; node 'main_menu': retries");
    CHECK(cti::supervisor::problemNodes(m) == QStringList{QStringLiteral("main_menu"), QStringLiteral("repair_queue")});
    CHECK(cti::supervisor::problemNodes(QStringLiteral("the flow is not valid JSON")).isEmpty());
}

TEST_CASE("every node type has fields and a name, and a menu key is its own exit label", "[flow]") {
    for (const QString& type : cti::supervisor::flowNodeTypes()) {
        INFO(type.toStdString());
        CHECK_FALSE(cti::supervisor::nodeTypeName(type).isEmpty());
        CHECK_FALSE(cti::supervisor::fieldsOf(type).isEmpty());
    }
    CHECK(cti::supervisor::fieldsOf(QStringLiteral("bogus")).isEmpty());
    CHECK(cti::supervisor::exitLabel(QStringLiteral("options"), QStringLiteral("#")) == QStringLiteral("#"));
}
