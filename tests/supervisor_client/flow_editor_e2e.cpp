// The IVR flow editor against the real cti-server, driven through its widgets: run by
// tests/integration/telephony/flow_editor_test.sh, which places SIPp calls to 95566 (the demo
// flow) pressing 3 and checks which queue each reached; the two sides hand over with files in
// $CTI_E2E_WORK. The application is made by SupervisorApp, as main() makes it.
//  1. admin logs in: the wall's "IVR flows" action is there (ivr.edit); it opens the editor,
//     which lists the flows and the queues; the demo flow is picked: key 3 leads to
//     complaint_queue (投诉专席). The script's call pressing 3 reaches 投诉专席.
//  2. In the editor: main_menu's key 3 now leads to repair_queue (故障报修), complaint_queue is
//     deleted; Save: the server answers with the next version, shown in the status line. The
//     script's next call pressing 3 reaches 故障报修.
//  3. An invalid edit: key 3 to operator_queue and repair_queue's queue typed as a queue that
//     does not exist: Save is refused with the server's message, repair_queue is drawn red, the
//     version stays. The script's call still reaches 故障报修 (the running version).
//  4. Reload: the editor shows the running version again, with its saved layout.
// Screenshot to $CTI_SCREENSHOT_DIR: supervisor-flow-editor-<lang>.png (the refusal).
#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QSslCertificate>
#include <QTest>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/fingerprint.h"
#include "cti/qtclient/translations.h"
#include "models/flow_editor_model.h"
#include "support/e2e.h"
#include "support/wait.h"
#include "widgets/flow_editor.h"
#include "widgets/flow_scene.h"
#include "widgets/monitoring_wall.h"

using cti::supervisor::FlowEditor;
using cti::supervisor::FlowEditorModel;
using cti::supervisor::FlowExit;
using cti::supervisor::FlowScene;
using cti::test::awaitScript;
using cti::test::child;
using cti::test::click;
using cti::test::tellScript;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

const QString kFlow = QStringLiteral("demo_utility_hotline");

// Clicks a node's box on the canvas, as a user selects it, and waits for the form to follow.
void selectNode(FlowEditor& editor, const FlowEditorModel& model, const QString& id) {
    QGraphicsItem* item = editor.scene().nodeItem(id);
    INFO("node " << id.toStdString());
    REQUIRE(item);
    editor.view().centerOn(item);
    const QPoint at = editor.view().mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(editor.view().viewport(), Qt::LeftButton, {}, at);
    REQUIRE(waitFor([&] { return model.selected() == id; }, 10000));
    QApplication::processEvents();  // the form of the node is built
}

void choose(QComboBox& box, const QString& data) {
    const int i = box.findData(data);
    INFO("choice " << data.toStdString());
    REQUIRE(i >= 0);
    box.setCurrentIndex(i);
}

QString option(const FlowEditorModel& m, const QString& node, const QString& key) {
    for (const FlowExit& e : m.document()->exits(node))
        if (e.field == QLatin1String("options") && e.key == key) return e.target;
    return {};
}

// Save, and wait for the server's answer.
void save(FlowEditor& editor, const FlowEditorModel& model) {
    click(editor, QStringLiteral("flowSave"));
    REQUIRE(model.busy());
    REQUIRE(waitFor([&] { return !model.busy(); }, 60000));
}

}  // namespace

TEST_CASE("the IVR flow editor against the real server: an edit takes effect on the next call, an invalid one is "
          "refused and the running version stays",
          "[supervisor][flow][e2e]") {
    const QString work = cti::test::e2eEnv("CTI_E2E_WORK");
    const QString data = cti::test::e2eEnv("CTI_E2E_DATA");
    const auto port = static_cast<quint16>(cti::test::e2eEnv("CTI_E2E_PORT").toUInt());
    const QString lang = qEnvironmentVariable("CTI_E2E_LANG", QStringLiteral("zh_CN"));
    cti::qt::Translations translations(*qApp, lang, {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});

    cti::qt::ConnectionOptions options;
    options.clientName = QStringLiteral("cti-supervisor-e2e");
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    app.wall().show();
    auto& model = app.flowEditorModel();
    auto& editor = app.flowEditor();

    // ---- 1. admin opens the editor and the demo flow ----
    CHECK_FALSE(app.flowEditorAction().isVisible());  // nobody is logged in yet
    const auto certs = QSslCertificate::fromPath(data + QStringLiteral("/tls/server.crt"));
    REQUIRE_FALSE(certs.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), port, QStringLiteral("admin"),
                                                            cti::test::readText(data + QStringLiteral("/demo/admin.password")),
                                                            cti::qt::fingerprintOf(certs.first())});
    REQUIRE(waitFor([&] { return model.mayEdit() && model.connected(); }, 120000));
    REQUIRE(app.flowEditorAction().isVisible());
    app.flowEditorAction().trigger();
    REQUIRE(editor.isVisible());
    auto* picker = child<QComboBox>(editor, QStringLiteral("flowPicker"));
    INFO("editor status: " << model.message().toStdString());
    REQUIRE(waitFor([&] { return picker->findData(kFlow) >= 0; }, 60000));
    CHECK(model.catalog().queues.contains(QStringLiteral("故障报修")));
    CHECK(model.catalog().queues.contains(QStringLiteral("投诉专席")));
    choose(*picker, kFlow);
    REQUIRE(waitFor([&] { return model.document() && model.document()->name() == kFlow && !model.busy(); }, 60000));
    const int running = model.version();
    REQUIRE(running >= 1);
    CHECK(option(model, QStringLiteral("main_menu"), QStringLiteral("3")) == QStringLiteral("complaint_queue"));
    CHECK(editor.scene().nodeItem(QStringLiteral("complaint_queue")));
    tellScript(work, QStringLiteral("flow-loaded"), QString::number(running));
    awaitScript(work, QStringLiteral("before-checked"));

    // ---- 2. key 3 to repair_queue, complaint_queue deleted, saved ----
    selectNode(editor, model, QStringLiteral("main_menu"));
    choose(*child<QComboBox>(editor, QStringLiteral("option_3")), QStringLiteral("repair_queue"));
    CHECK(editor.scene().edgeLabel(QStringLiteral("main_menu"), QStringLiteral("repair_queue")).contains(QLatin1Char('3')));
    selectNode(editor, model, QStringLiteral("complaint_queue"));
    click(editor, QStringLiteral("flowDeleteNode"));
    REQUIRE_FALSE(model.document()->hasNode(QStringLiteral("complaint_queue")));
    const QPointF menuAt = model.document()->position(QStringLiteral("main_menu"));
    save(editor, model);
    INFO("after save: " << model.message().toStdString());
    REQUIRE_FALSE(model.messageIsError());
    REQUIRE(model.version() == running + 1);
    CHECK(child<QLabel>(editor, QStringLiteral("flowStatus"))->text().contains(QString::number(running + 1)));
    CHECK_FALSE(model.modified());
    tellScript(work, QStringLiteral("saved"), QString::number(model.version()));
    awaitScript(work, QStringLiteral("after-checked"));

    // ---- 3. an invalid edit: refused, named, highlighted; the version stays ----
    selectNode(editor, model, QStringLiteral("main_menu"));
    choose(*child<QComboBox>(editor, QStringLiteral("option_3")), QStringLiteral("operator_queue"));
    selectNode(editor, model, QStringLiteral("repair_queue"));
    auto* queue = child<QComboBox>(editor, QStringLiteral("field_queue"));
    CHECK(queue->currentText() == QStringLiteral("故障报修"));
    queue->setEditText(QStringLiteral("不存在的队列"));
    REQUIRE(model.document()->field(QStringLiteral("repair_queue"), QStringLiteral("queue")).toString() ==
            QStringLiteral("不存在的队列"));
    save(editor, model);
    const QString refusal = child<QLabel>(editor, QStringLiteral("flowStatus"))->text();
    INFO("refusal: " << refusal.toStdString());
    REQUIRE(model.messageIsError());
    CHECK(refusal.contains(QStringLiteral("repair_queue")));
    CHECK(refusal.contains(QStringLiteral("不存在的队列")));
    CHECK(model.problems().contains(QStringLiteral("repair_queue")));
    CHECK_FALSE(model.problems().contains(QStringLiteral("main_menu")));  // key 3 to operator_queue is fine
    CHECK(editor.scene().nodeItem(QStringLiteral("repair_queue"))->data(FlowScene::ProblemKey).toBool());
    CHECK(model.version() == running + 1);
    CHECK(model.modified());  // the edit is still there to be put right
    selectNode(editor, model, QStringLiteral("repair_queue"));
    cti::test::shot(editor, QStringLiteral("supervisor-flow-editor"));
    tellScript(work, QStringLiteral("refused"));
    awaitScript(work, QStringLiteral("refusal-checked"));

    // ---- 4. reload: the running version, with the layout saved with it ----
    click(editor, QStringLiteral("flowReload"));
    REQUIRE(waitFor([&] { return !model.busy() && !model.modified(); }, 60000));
    CHECK(model.version() == running + 1);
    CHECK(option(model, QStringLiteral("main_menu"), QStringLiteral("3")) == QStringLiteral("repair_queue"));
    CHECK(model.document()->field(QStringLiteral("repair_queue"), QStringLiteral("queue")).toString() ==
          QStringLiteral("故障报修"));
    CHECK_FALSE(model.document()->hasNode(QStringLiteral("complaint_queue")));
    CHECK(model.document()->position(QStringLiteral("main_menu")) == menuAt);
    CHECK(model.problems().isEmpty());
    host.logoutAndWait(30s);
}
