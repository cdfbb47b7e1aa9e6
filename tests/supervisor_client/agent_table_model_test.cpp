#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include "models/agent_table_model.h"

using cti::supervisor::AgentTableModel;
using Column = AgentTableModel::Column;

namespace {
cti::qt::Snapshot snapshot() {
    cti::qt::Snapshot s;
    s.agents = {
        {7, QStringLiteral("alice"), QStringLiteral("Alice Zhang"), QStringLiteral("8001"), QStringLiteral("Billing"), true},
        {8, QStringLiteral("bob"), QStringLiteral("Bob Wang"), QStringLiteral("8002"), QStringLiteral("Repairs"), false},
    };
    return s;
}

cti::qt::ServerEvent presence(qint64 userId, const char* login, bool online) {
    cti::qt::ServerEvent e;
    e.kind = cti::qt::PresenceChange{userId, QString::fromUtf8(login), online};
    return e;
}

QString cell(const AgentTableModel& m, int row, Column c) {
    return m.index(row, static_cast<int>(c)).data().toString();
}
}  // namespace

TEST_CASE("agent table: snapshot rows, then presence events", "[supervisor][model]") {
    AgentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.applySnapshot(snapshot());

    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == static_cast<int>(Column::Count));
    CHECK(cell(model, 0, Column::Login) == QStringLiteral("alice"));
    CHECK(cell(model, 0, Column::Name) == QStringLiteral("Alice Zhang"));
    CHECK(cell(model, 0, Column::Extension) == QStringLiteral("8001"));
    CHECK(cell(model, 0, Column::Department) == QStringLiteral("Billing"));
    CHECK(cell(model, 0, Column::Online) == QStringLiteral("Online"));
    CHECK(cell(model, 1, Column::Online) == QStringLiteral("Offline"));
    CHECK(model.onlineCount() == 1);
    CHECK(model.rowOf(8) == 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvent(presence(8, "bob", true));
    CHECK(cell(model, 1, Column::Online) == QStringLiteral("Online"));
    CHECK(model.index(1, 0).data(AgentTableModel::OnlineRole).toBool());
    CHECK(model.onlineCount() == 2);
    REQUIRE(changed.size() == 1);
    CHECK(changed[0][0].toModelIndex().row() == 1);

    model.applyEvent(presence(7, "alice", false));
    CHECK(cell(model, 0, Column::Online) == QStringLiteral("Offline"));
    CHECK(model.onlineCount() == 1);

    SECTION("a repeated presence changes nothing") {
        model.applyEvent(presence(7, "alice", false));
        CHECK(changed.size() == 2);
        CHECK(model.onlineCount() == 1);
    }
    SECTION("an agent unknown to the snapshot gets a row") {
        model.applyEvent(presence(9, "carol", true));
        REQUIRE(model.rowCount() == 3);
        CHECK(model.rowOf(9) == 2);
        CHECK(cell(model, 2, Column::Login) == QStringLiteral("carol"));
        CHECK(model.onlineCount() == 2);
    }
    SECTION("a fresh snapshot (after a reconnect) is the whole truth") {
        model.applySnapshot(snapshot());
        CHECK(cell(model, 0, Column::Online) == QStringLiteral("Online"));
        CHECK(model.onlineCount() == 1);
    }
    SECTION("other event kinds are ignored") {
        cti::qt::ServerEvent news;
        news.kind = cti::qt::Announcement{};
        model.applyEvent(news);
        CHECK(model.rowCount() == 2);
    }
}
