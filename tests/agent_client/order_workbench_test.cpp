// My workbench: the rows an agent sees, the overdue highlight, order events updating the list,
// and the panel's search, refresh and open.
#include <catch2/catch.hpp>

#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "order_test_support.h"
#include "models/order_names.h"
#include "models/workbench_model.h"
#include "widgets/workbench_panel.h"

using cti::agent::WorkbenchModel;

namespace {

cti::qt::WorkOrder order(qint64 id, const char* state, const char* title) {
    cti::qt::WorkOrder o;
    o.orderId = id;
    o.number = QStringLiteral("GD20240301%1").arg(id, 6, 10, QLatin1Char('0'));
    o.type = QStringLiteral("repair");
    o.urgency = QStringLiteral("normal");
    o.state = QLatin1String(state);
    o.title = QString::fromUtf8(title);
    o.creator = QStringLiteral("张丽");
    o.processDueMs = 1'700'000'000'000 + id * 3'600'000;
    return o;
}

QString cell(const WorkbenchModel& m, int row, int column, int role = Qt::DisplayRole) {
    return m.data(m.index(row, column), role).toString();
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

}  // namespace

TEST_CASE("workbench model: the rows as the agent reads them", "[agent][orders]") {
    WorkbenchModel model;
    auto late = order(1, "processing", "幸福路停电");
    late.processOverdue = true;
    late.urgency = QStringLiteral("very_urgent");
    auto fresh = order(2, "dispatched", "水表漏水");
    fresh.acceptDueMs = 1'700'000'100'000;  // the accept deadline comes first
    model.setOrders({late, fresh});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == WorkbenchModel::ColumnCount);
    CHECK(model.headerData(WorkbenchModel::DeadlineColumn, Qt::Horizontal).toString() == QStringLiteral("Deadline"));
    CHECK(cell(model, 0, WorkbenchModel::NumberColumn) == QStringLiteral("GD20240301000001"));
    CHECK(cell(model, 0, WorkbenchModel::TypeColumn) == QStringLiteral("Repair"));
    CHECK(cell(model, 0, WorkbenchModel::TitleColumn) == QStringLiteral("幸福路停电"));
    CHECK(cell(model, 0, WorkbenchModel::StateColumn) == QStringLiteral("Processing"));
    CHECK(cell(model, 0, WorkbenchModel::UrgencyColumn) == QStringLiteral("Very urgent"));
    CHECK(cell(model, 0, WorkbenchModel::CreatorColumn) == QStringLiteral("张丽"));
    CHECK(cell(model, 0, WorkbenchModel::DeadlineColumn) == cti::agent::formatOrderTime(late.processDueMs));
    CHECK(cell(model, 1, WorkbenchModel::DeadlineColumn) == cti::agent::formatOrderTime(fresh.acceptDueMs));
    CHECK(model.data(model.index(1, 0), WorkbenchModel::OrderIdRole).toLongLong() == 2);

    SECTION("an overdue row is red, bold and says so; the others are plain") {
        for (int column = 0; column < WorkbenchModel::ColumnCount; ++column) {
            const auto index = model.index(0, column);
            CHECK(qvariant_cast<QBrush>(model.data(index, Qt::ForegroundRole)).color() == QColor(0xC6, 0x28, 0x28));
            CHECK(qvariant_cast<QFont>(model.data(index, Qt::FontRole)).bold());
            CHECK(model.data(index, Qt::ToolTipRole).toString() == QStringLiteral("Overdue"));
        }
        CHECK_FALSE(model.data(model.index(1, WorkbenchModel::TitleColumn), Qt::ForegroundRole).isValid());
        CHECK_FALSE(model.data(model.index(1, WorkbenchModel::TitleColumn), Qt::FontRole).isValid());
        CHECK(model.data(model.index(1, 0), WorkbenchModel::OverdueRole).toBool() == false);
    }
    SECTION("an urgent order's urgency stands out") {
        auto urgent = order(3, "dispatched", "燃气泄漏");
        urgent.urgency = QStringLiteral("urgent");
        model.setOrders({urgent});
        const auto u = model.index(0, WorkbenchModel::UrgencyColumn);
        CHECK(qvariant_cast<QFont>(model.data(u, Qt::FontRole)).bold());
        CHECK(model.data(u, Qt::ForegroundRole).isValid());
        CHECK_FALSE(model.data(model.index(0, WorkbenchModel::TitleColumn), Qt::FontRole).isValid());
    }
    SECTION("a paused order says so in its state") {
        fresh.paused = true;
        model.setOrders({fresh});
        CHECK(cell(model, 0, WorkbenchModel::StateColumn) == QStringLiteral("Dispatched (paused)"));
    }
}

TEST_CASE("workbench model: order events update the list", "[agent][orders]") {
    WorkbenchModel model;
    model.setOrders({order(1, "processing", "幸福路停电"), order(2, "dispatched", "水表漏水")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    SECTION("a known order is updated in place") {
        cti::qt::OrderNotice n;
        n.order = order(2, "processing", "水表漏水");
        n.order.processOverdue = true;
        n.reason = QStringLiteral("overdue");
        model.applyNotice(n);
        CHECK(model.rowCount() == 2);
        CHECK(inserted.isEmpty());
        REQUIRE(changed.size() == 1);
        CHECK(changed[0][0].toModelIndex().row() == 1);
        CHECK(cell(model, 1, WorkbenchModel::StateColumn) == QStringLiteral("Processing"));
        CHECK(cell(model, 1, WorkbenchModel::TitleColumn, Qt::ToolTipRole) == QStringLiteral("Overdue"));
    }
    SECTION("an order that left my hands stays, with its new state, and is no longer red") {
        cti::qt::OrderNotice n;
        n.order = order(1, "closed", "幸福路停电");
        n.order.processOverdue = true;  // the flag stays on a closed order
        n.reason = QStringLiteral("changed");
        model.applyNotice(n);
        CHECK(model.rowCount() == 2);
        CHECK(cell(model, 0, WorkbenchModel::StateColumn) == QStringLiteral("Closed"));
        CHECK(cell(model, 0, WorkbenchModel::TitleColumn, Qt::ToolTipRole) != QStringLiteral("Overdue"));
        CHECK(qvariant_cast<QBrush>(model.data(model.index(0, 0), Qt::ForegroundRole)).color() != QColor(0xC6, 0x28, 0x28));
    }
    SECTION("a new order goes on top, and the ids follow their rows") {
        cti::qt::OrderNotice n;
        n.order = order(9, "dispatched", "路灯不亮");
        n.reason = QStringLiteral("assigned");
        model.applyNotice(n);
        REQUIRE(model.rowCount() == 3);
        CHECK(inserted.size() == 1);
        CHECK(model.orderAt(0).orderId == 9);
        CHECK(model.rowOf(9) == 0);
        CHECK(model.rowOf(1) == 1);
        CHECK(model.rowOf(2) == 2);
        CHECK_FALSE(model.rowOf(77).has_value());
    }
}

TEST_CASE("workbench panel: search, refresh and open", "[agent][orders]") {
    WorkbenchModel workbench;
    workbench.setOrders({order(1, "processing", "幸福路停电"), order(2, "dispatched", "水表漏水")});
    cti::agent::WorkbenchPanel panel(workbench);
    panel.resize(900, 500);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto* label = child<QLabel>(panel, "workbenchListLabel");
    auto* table = child<QTableView>(panel, "workbenchTable");
    CHECK(label->text().startsWith(QStringLiteral("My workbench: 2 order")));
    CHECK(table->model() == &workbench);

    QSignalSpy searched(&panel, &cti::agent::WorkbenchPanel::searchRequested);
    QSignalSpy refreshed(&panel, &cti::agent::WorkbenchPanel::refreshRequested);
    QSignalSpy opened(&panel, &cti::agent::WorkbenchPanel::orderOpened);

    SECTION("Enter in the search field sends the text and the filters") {
        auto* type = child<QComboBox>(panel, "orderSearchTypeCombo");
        type->setCurrentIndex(type->findData(QStringLiteral("complaint")));
        auto* text = child<QLineEdit>(panel, "orderSearchEdit");
        typeText(text, QStringLiteral(" 停电 "));
        QTest::keyClick(text, Qt::Key_Return);
        REQUIRE(searched.size() == 1);
        const auto q = searched[0][0].value<cti::qt::OrderQuery>();
        CHECK(q.text == QStringLiteral("停电"));
        CHECK(q.type == QStringLiteral("complaint"));
        CHECK(q.state.isEmpty());

        QTest::mouseClick(child<QPushButton>(panel, "orderSearchButton"), Qt::LeftButton);
        CHECK(searched.size() == 2);

        panel.showSearchResults({order(7, "closed", "停电投诉")});
        CHECK(panel.showingSearch());
        CHECK(table->model()->rowCount() == 1);
        CHECK(label->text().startsWith(QStringLiteral("Search: 1 order")));
        CHECK(workbench.rowCount() == 2);  // the workbench is not touched by a search

        QTest::mouseClick(child<QPushButton>(panel, "workbenchRefreshButton"), Qt::LeftButton);
        CHECK(refreshed.size() == 1);
        CHECK(table->model() == &workbench);
        CHECK(label->text().startsWith(QStringLiteral("My workbench: 2 order")));
    }
    SECTION("a search the server would refuse is not sent") {
        auto* text = child<QLineEdit>(panel, "orderSearchEdit");
        text->setText(QString(140, QChar(0x7535)));  // 420 bytes of 电
        QTest::keyClick(text, Qt::Key_Return);
        CHECK(searched.isEmpty());
        CHECK(child<QLabel>(panel, "workbenchMessage")->text() ==
              QStringLiteral("The search text is too long: use a few words."));
    }
    SECTION("a double-click or Enter on a row opens that order") {
        const QRect second = table->visualRect(table->model()->index(1, WorkbenchModel::TitleColumn));
        // What a window system delivers: a click, then the double-click event.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        CHECK(opened.isEmpty());  // one click only selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
        REQUIRE(opened.size() == 1);
        CHECK(opened[0][0].toLongLong() == 2);

        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(opened.size() == 2);
        CHECK(opened[1][0].toLongLong() == 1);
    }
    SECTION("a new order arriving updates the count") {
        cti::qt::OrderNotice n;
        n.order = order(9, "dispatched", "路灯不亮");
        workbench.applyNotice(n);
        CHECK(label->text().startsWith(QStringLiteral("My workbench: 3 order")));
    }
}
