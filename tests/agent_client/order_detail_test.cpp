// The order detail: the fields and tasks shown, the timeline, one button per allowed action, and
// each action asking for what it needs before it goes out as an OrderStep.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "order_test_support.h"
#include "widgets/order_detail.h"

using cti::agent::OrderDetail;

namespace {

cti::qt::WorkOrder order(QStringList allowed, const char* state = "open") {
    cti::qt::WorkOrder o;
    o.orderId = 12;
    o.number = QStringLiteral("GD20240301000012");
    o.type = QStringLiteral("repair");
    o.urgency = QStringLiteral("urgent");
    o.channel = QStringLiteral("phone");
    o.state = QLatin1String(state);
    o.title = QStringLiteral("幸福路停电");
    o.content = QStringLiteral("幸福路1号整栋楼停电。");
    o.callerNumber = QStringLiteral("13800000000");
    o.contactName = QStringLiteral("王五");
    o.creator = QStringLiteral("张丽");
    o.creatorDepartment = QStringLiteral("客服中心");
    o.createdMs = 1'700'000'000'000;
    o.allowedActions = std::move(allowed);
    return o;
}

cti::qt::OrderHistoryLine line(const char* action, const char* from, const char* to, qint64 atMs,
                               const char* department = nullptr, const char* opinion = "") {
    cti::qt::OrderHistoryLine l;
    l.action = QLatin1String(action);
    l.actor = QStringLiteral("张丽");
    l.fromState = QLatin1String(from);
    l.toState = QLatin1String(to);
    if (department) {
        cti::qt::OrderTarget t;
        t.department = QString::fromUtf8(department);
        l.to = {t};
    }
    l.opinion = QString::fromUtf8(opinion);
    l.atMs = atMs;
    return l;
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

QStringList actionButtonNames(QWidget& w) {
    QStringList names;
    for (auto* b : w.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^orderAction_"))))
        if (b->isVisible()) names << b->objectName();
    names.sort();
    return names;
}

QStringList timeline(QWidget& w) {
    auto* list = child<QListWidget>(w, "orderTimeline");
    QStringList out;
    for (int i = 0; i < list->count(); ++i) out << list->item(i)->text();
    return out;
}

void click(QWidget& w, const char* name) { QTest::mouseClick(child<QPushButton>(w, name), Qt::LeftButton); }

}  // namespace

TEST_CASE("order detail: fields, tasks and the timeline", "[agent][orders]") {
    OrderDetail detail;
    detail.show();
    auto o = order({}, "processing");
    o.processDueMs = 1'700'100'000'000;
    o.processOverdue = true;
    o.urgeCount = 2;
    cti::qt::OrderTask task;
    task.assignee.department = QStringLiteral("抢修中心");
    task.state = QStringLiteral("accepted");
    task.handler = QStringLiteral("李师傅");
    o.tasks = {task};
    detail.showOrder(o, {line("create", "", "open", 1'700'000'000'000),
                         line("dispatch", "open", "dispatched", 1'700'000'060'000, "抢修中心", "请尽快")});

    CHECK(child<QLabel>(detail, "orderNumberLabel")->text() == QStringLiteral("GD20240301000012"));
    CHECK(child<QLabel>(detail, "orderTypeLabel")->text() == QStringLiteral("Repair"));
    CHECK(child<QLabel>(detail, "orderUrgencyLabel")->text() == QStringLiteral("Urgent"));
    CHECK(child<QLabel>(detail, "orderStateLabel")->text().startsWith(QStringLiteral("Processing (urged 2 time")));
    CHECK(child<QLabel>(detail, "orderCreatorLabel")->text() == QStringLiteral("张丽 (客服中心)"));
    CHECK(child<QLabel>(detail, "orderDeadlineLabel")->text().contains(QStringLiteral("OVERDUE")));
    CHECK(child<QPlainTextEdit>(detail, "orderContentView")->toPlainText() == QStringLiteral("幸福路1号整栋楼停电。"));

    auto* tasks = child<QTableWidget>(detail, "orderTasksTable");
    REQUIRE(tasks->rowCount() == 1);
    CHECK(tasks->item(0, 0)->text() == QStringLiteral("抢修中心"));
    CHECK(tasks->item(0, 1)->text() == QStringLiteral("Accepted"));
    CHECK(tasks->item(0, 2)->text() == QStringLiteral("李师傅"));

    const auto lines = timeline(detail);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(QStringLiteral("张丽  Create")));
    CHECK(lines[1].contains(QStringLiteral("Dispatch  Open → Dispatched  to 抢修中心  “请尽快”")));
    CHECK(actionButtonNames(detail).isEmpty());

    SECTION("a hidden complainant is shown as hidden") {
        auto hidden = order({}, "processing");
        hidden.complainantHidden = true;
        hidden.callerNumber.clear();
        hidden.contactName.clear();
        detail.showOrder(hidden, {});
        CHECK(child<QLabel>(detail, "orderCallerLabel")->text() == QStringLiteral("(hidden)"));
        CHECK(timeline(detail).isEmpty());
    }
}

TEST_CASE("order detail: one button per allowed action", "[agent][orders]") {
    OrderDetail detail;
    detail.show();
    detail.showOrder(order({QStringLiteral("create"), QStringLiteral("dispatch"), QStringLiteral("void"),
                            QStringLiteral("close"), QStringLiteral("send_article")}),
                     {});
    CHECK(actionButtonNames(detail) ==
          QStringList{QStringLiteral("orderAction_close"), QStringLiteral("orderAction_dispatch"),
                      QStringLiteral("orderAction_void")});
    CHECK(child<QPushButton>(detail, "orderAction_dispatch")->text() == QStringLiteral("Dispatch"));

    detail.showOrder(order({QStringLiteral("accept"), QStringLiteral("transfer")}, "dispatched"), {});
    CHECK(actionButtonNames(detail) ==
          QStringList{QStringLiteral("orderAction_accept"), QStringLiteral("orderAction_transfer")});
}

TEST_CASE("order detail: actions ask for what they need", "[agent][orders]") {
    OrderDetail detail;
    detail.show();
    detail.setDepartments({QStringLiteral("抢修中心"), QStringLiteral("营业厅")});
    QSignalSpy requested(&detail, &OrderDetail::actionRequested);
    auto* panel = child<QGroupBox>(detail, "actionPanel");
    auto* target = child<QComboBox>(detail, "actionTargetCombo");
    auto* opinion = child<QPlainTextEdit>(detail, "actionOpinionEdit");
    auto* problem = child<QLabel>(detail, "actionProblemLabel");
    CHECK_FALSE(panel->isVisible());

    SECTION("dispatch asks for a department and sends the order there") {
        detail.showOrder(order({QStringLiteral("dispatch"), QStringLiteral("void")}), {});
        click(detail, "orderAction_dispatch");
        CHECK(requested.isEmpty());
        CHECK(panel->isVisible());
        CHECK(target->isVisible());
        CHECK_FALSE(opinion->isVisible());
        CHECK_FALSE(child<QComboBox>(detail, "actionSatisfactionCombo")->isVisible());
        REQUIRE(target->count() == 2);
        target->setCurrentIndex(0);
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        const auto step = requested[0][0].value<cti::qt::OrderStep>();
        CHECK(step.orderId == 12);
        CHECK(step.action == QStringLiteral("dispatch"));
        REQUIRE(step.targets.size() == 1);
        CHECK(step.targets[0].department == QStringLiteral("抢修中心"));
        // Until the answer, no second action.
        CHECK_FALSE(child<QPushButton>(detail, "orderAction_void")->isEnabled());

        auto after = order({QStringLiteral("urge")}, "dispatched");
        detail.showActionDone(after, line("dispatch", "open", "dispatched", 1'700'000'500'000, "抢修中心"));
        CHECK_FALSE(panel->isVisible());
        CHECK(actionButtonNames(detail) == QStringList{QStringLiteral("orderAction_urge")});
        CHECK(child<QPushButton>(detail, "orderAction_urge")->isEnabled());
        CHECK(child<QLabel>(detail, "orderStateLabel")->text() == QStringLiteral("Dispatched"));
        CHECK(child<QLabel>(detail, "orderDetailMessage")->text() == QStringLiteral("Done: Dispatch"));
        REQUIRE(timeline(detail).size() == 1);
        CHECK(timeline(detail)[0].contains(QStringLiteral("Dispatch  Open → Dispatched  to 抢修中心")));
    }
    SECTION("dispatch to several departments, typed or chosen") {
        detail.showOrder(order({QStringLiteral("dispatch")}), {});
        click(detail, "orderAction_dispatch");
        target->setCurrentIndex(1);
        click(detail, "actionAddTargetButton");
        CHECK(child<QLabel>(detail, "actionTargetsLabel")->text() == QStringLiteral("营业厅"));
        typeText(target->lineEdit(), QStringLiteral("计量中心"));
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        const auto step = requested[0][0].value<cti::qt::OrderStep>();
        REQUIRE(step.targets.size() == 2);
        CHECK(step.targets[0].department == QStringLiteral("营业厅"));
        CHECK(step.targets[1].department == QStringLiteral("计量中心"));
    }
    SECTION("transfer needs a department and an opinion") {
        detail.showOrder(order({QStringLiteral("transfer")}, "dispatched"), {});
        click(detail, "orderAction_transfer");
        CHECK_FALSE(child<QPushButton>(detail, "actionAddTargetButton")->isVisible());
        target->setCurrentText(QString());
        click(detail, "actionConfirmButton");
        CHECK(requested.isEmpty());
        CHECK(problem->text() == QStringLiteral("Choose the department to send the order to.\n"
                                                "Write an opinion: why, or what was done."));
        target->setCurrentIndex(1);
        typeText(opinion, QStringLiteral("属营业厅业务"));
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        const auto step = requested[0][0].value<cti::qt::OrderStep>();
        CHECK(step.action == QStringLiteral("transfer"));
        CHECK(step.opinion == QStringLiteral("属营业厅业务"));
        REQUIRE(step.targets.size() == 1);
        CHECK(step.targets[0].department == QStringLiteral("营业厅"));

        detail.showError(QStringLiteral("the order is already there"));
        CHECK(child<QLabel>(detail, "orderDetailMessage")->text() == QStringLiteral("Not done: the order is already there"));
        CHECK(panel->isVisible());  // what was typed stays, to correct and send again
        CHECK(child<QPushButton>(detail, "actionConfirmButton")->isEnabled());
    }
    SECTION("void needs an opinion, with the common phrases at hand") {
        cti::qt::Phrase p;
        p.kind = QStringLiteral("phrase");
        p.title = QStringLiteral("重复工单");
        p.text = QStringLiteral("与已有工单重复。");
        detail.setPhrases({p});
        detail.showOrder(order({QStringLiteral("void")}), {});
        click(detail, "orderAction_void");
        CHECK_FALSE(target->isVisible());
        CHECK(opinion->isVisible());
        click(detail, "actionConfirmButton");
        CHECK(requested.isEmpty());
        CHECK(problem->text() == QStringLiteral("Write an opinion: why, or what was done."));
        auto* phrases = child<QComboBox>(detail, "actionPhraseCombo");
        REQUIRE(phrases->count() == 2);
        QTest::keyClick(phrases, Qt::Key_Down);
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        CHECK(requested[0][0].value<cti::qt::OrderStep>().opinion == QStringLiteral("与已有工单重复。"));
        CHECK(requested[0][0].value<cti::qt::OrderStep>().targets.isEmpty());
    }
    SECTION("a callback visit records the satisfaction") {
        detail.showOrder(order({QStringLiteral("visit")}, "answered"), {});
        click(detail, "orderAction_visit");
        auto* satisfaction = child<QComboBox>(detail, "actionSatisfactionCombo");
        CHECK(satisfaction->isVisible());
        click(detail, "actionConfirmButton");
        CHECK(problem->text() == QStringLiteral("Record the caller's satisfaction."));
        satisfaction->setCurrentIndex(satisfaction->findData(QStringLiteral("basically_satisfied")));
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        const auto step = requested[0][0].value<cti::qt::OrderStep>();
        CHECK(step.action == QStringLiteral("visit"));
        CHECK(step.satisfaction == QStringLiteral("basically_satisfied"));
    }
    SECTION("accept asks nothing and goes out on the click") {
        detail.showOrder(order({QStringLiteral("accept")}, "dispatched"), {});
        click(detail, "orderAction_accept");
        CHECK_FALSE(panel->isVisible());
        REQUIRE(requested.size() == 1);
        CHECK(requested[0][0].value<cti::qt::OrderStep>().action == QStringLiteral("accept"));
    }
    SECTION("cancel closes the area without sending") {
        detail.showOrder(order({QStringLiteral("close")}, "answered"), {});
        click(detail, "orderAction_close");
        CHECK(panel->isVisible());
        click(detail, "actionCancelButton");
        CHECK_FALSE(panel->isVisible());
        CHECK(requested.isEmpty());
    }
}

TEST_CASE("order detail: events and answers about the order shown", "[agent][orders]") {
    OrderDetail detail;
    detail.show();
    detail.showOrder(order({QStringLiteral("urge")}, "dispatched"),
                     {line("create", "", "open", 1'700'000'000'000)});

    SECTION("an answer for another order changes nothing") {
        auto other = order({}, "closed");
        other.orderId = 99;
        detail.showActionDone(other, line("close", "answered", "closed", 1'700'000'900'000));
        CHECK(timeline(detail).size() == 1);
        CHECK(child<QLabel>(detail, "orderStateLabel")->text() == QStringLiteral("Dispatched"));
    }
    SECTION("an event for this order updates it; my own action's event is not shown twice") {
        const auto accepted = line("accept", "dispatched", "processing", 1'700'000'100'000);
        cti::qt::OrderNotice n;
        n.order = order({QStringLiteral("urge"), QStringLiteral("supervise")}, "processing");
        n.line = accepted;
        n.reason = QStringLiteral("changed");
        detail.applyNotice(n);
        CHECK(child<QLabel>(detail, "orderStateLabel")->text() == QStringLiteral("Processing"));
        CHECK(actionButtonNames(detail) ==
              QStringList{QStringLiteral("orderAction_supervise"), QStringLiteral("orderAction_urge")});
        REQUIRE(timeline(detail).size() == 2);
        CHECK(timeline(detail)[1].contains(QStringLiteral("Accept  Dispatched → Processing")));
        detail.showActionDone(n.order, accepted);
        CHECK(timeline(detail).size() == 2);
    }
    SECTION("an answer given at once, from inside the click, is safe") {
        // The button clicked is replaced while its click is still running.
        detail.showOrder(order({QStringLiteral("accept")}, "dispatched"), {});
        QObject::connect(&detail, &OrderDetail::actionRequested, &detail, [&detail](const cti::qt::OrderStep&) {
            detail.showActionDone(order({QStringLiteral("answer")}, "processing"),
                                  line("accept", "dispatched", "processing", 1'700'000'200'000));
        });
        click(detail, "orderAction_accept");
        CHECK(actionButtonNames(detail) == QStringList{QStringLiteral("orderAction_answer")});
        CHECK(timeline(detail).size() == 1);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(detail.findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^orderAction_"))).size() == 1);
    }
    SECTION("urge goes out with or without a word to the holder") {
        QSignalSpy requested(&detail, &OrderDetail::actionRequested);
        click(detail, "orderAction_urge");
        click(detail, "actionConfirmButton");
        REQUIRE(requested.size() == 1);
        CHECK(requested[0][0].value<cti::qt::OrderStep>().opinion.isEmpty());
    }
}
