// The data dictionaries against the real cti-server (the demo call center, as a child process):
// the administrator adds a not-ready reason and a campaign disposition, relabels an order type
// and switches an urgency and a channel off (AdminSave on "dictionaries"); then an agent logs in with AgentApp
// and the softphone bar, the campaign page and the new-order form offer exactly that.
// Built only when the build has the server (tests/agent_client/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "app/agent_app.h"
#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "models/not_ready_reasons.h"
#include "support/server_process.h"
#include "support/wait.h"
#include "widgets/main_window.h"
#include "widgets/softphone_bar.h"

using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

cti::qt::ConnectionOptions slowLogin() {
    cti::qt::ConnectionOptions options;
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    return options;
}

cti::qt::ServerTarget target(const cti::test::ServerProcess& server, const QString& login) {
    return cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(), login, server.password(login),
                                 server.fingerprint()};
}

}  // namespace

TEST_CASE("the administrator's lists reach the agent: reasons, dispositions, order types", "[agent][reasons][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));

    // The administrator adds 辅导 / Coaching.
    cti::qt::ConnectionHost adminHost(slowLogin());
    cti::qt::SessionStatus adminStatus;
    cti::qt::bindSessionStatus(adminHost.connection(), adminStatus);
    cti::qt::AdminTables admin(adminHost.connection());
    adminHost.connection().connectToServer(target(server, QStringLiteral("admin")));
    REQUIRE(waitFor([&] { return adminStatus.state() == cti::qt::ConnectionState::LoggedIn; }, 120000));
    QSignalSpy saved(&admin, &cti::qt::AdminTables::saved);
    QSignalSpy failed(&admin, &cti::qt::AdminTables::requestFailed);
    // Saves one dictionary item and waits for the server's answer.
    auto saveItem = [&](const char* dictionary, const char* code, const QString& zh, const char* en, const char* position,
                        bool enabled) {
        const auto before = saved.size();
        admin.save(QStringLiteral("dictionaries"), {{QStringLiteral("dictionary"), QString::fromLatin1(dictionary)},
                                                    {QStringLiteral("code"), QString::fromLatin1(code)},
                                                    {QStringLiteral("label_zh"), zh},
                                                    {QStringLiteral("label_en"), QString::fromLatin1(en)},
                                                    {QStringLiteral("position"), QString::fromLatin1(position)},
                                                    {QStringLiteral("enabled"), enabled ? QStringLiteral("1") : QStringLiteral("0")}});
        REQUIRE(waitFor([&] { return saved.size() > before || !failed.isEmpty(); }));
        if (!failed.isEmpty()) FAIL(failed[0][2].toString().toStdString());  // what the server refused
    };
    saveItem("not_ready_reasons", "coaching", QStringLiteral("辅导"), "Coaching", "15", true);
    // And a campaign disposition, 已在他处缴费 / Paid elsewhere; the business order type
    // relabelled; very urgent switched off.
    saveItem("campaign_dispositions", "paid_elsewhere", QStringLiteral("已在他处缴费"), "Paid elsewhere", "15", true);
    saveItem("order_types", "business", QStringLiteral("业务受理"), "Service request", "10", true);
    saveItem("order_urgencies", "very_urgent", QStringLiteral("特急"), "Very urgent", "30", false);
    saveItem("order_channels", "fax", QStringLiteral("传真"), "Fax", "20", false);
    // What the agent should be offered: the dictionary as it is now.
    QSignalSpy listed(&admin, &cti::qt::AdminTables::listed);
    admin.list(QStringLiteral("dictionaries"));
    REQUIRE(waitFor([&] { return !listed.isEmpty() || failed.size() > 0; }));
    if (!failed.isEmpty()) FAIL(failed[0][2].toString().toStdString());
    const auto expected = cti::agent::notReadyReasonsFromDictionary(
        listed[0][1].value<cti::qt::AdminTable>().records, QStringLiteral("en"));
    REQUIRE_FALSE(expected.isEmpty());
    adminHost.logoutAndWait(30s);

    // Agent 1001 logs in: the bar offers the dictionary's reasons, in English.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    cti::qt::ConnectionHost host(slowLogin());
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::agent::AgentApp app(host.connection(), status, settings);
    app.setLanguage(QStringLiteral("en"));
    auto* combo = app.window().softphoneBar().findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    REQUIRE(combo);
    host.connection().connectToServer(target(server, QStringLiteral("1001")));
    REQUIRE(waitFor([&] { return combo->findData(QStringLiteral("coaching")) >= 0; }, 120000));
    CHECK(combo->itemText(combo->findData(QStringLiteral("coaching"))) == QStringLiteral("Coaching"));
    CHECK(app.softphone().reasons() == expected);
    // The campaign page offers the administrator's dispositions, in their order.
    auto* dispositions = app.window().findChild<QComboBox*>(QStringLiteral("dispositionCombo"));
    REQUIRE(dispositions);
    REQUIRE(waitFor([&] { return dispositions->findData(QStringLiteral("paid_elsewhere")) >= 0; }));
    CHECK(dispositions->itemText(dispositions->findData(QStringLiteral("paid_elsewhere"))) == QStringLiteral("Paid elsewhere"));
    CHECK(dispositions->findData(QStringLiteral("paid_elsewhere")) == dispositions->findData(QStringLiteral("success")) + 1);
    // The new-order form: the types by the administrator's labels, no switched-off urgency.
    auto* types = app.window().findChild<QComboBox*>(QStringLiteral("orderTypeCombo"));
    auto* urgencies = app.window().findChild<QComboBox*>(QStringLiteral("orderUrgencyCombo"));
    REQUIRE(types);
    REQUIRE(urgencies);
    CHECK(types->itemText(types->findData(QStringLiteral("business"))) == QStringLiteral("Service request"));
    CHECK(urgencies->findData(QStringLiteral("very_urgent")) < 0);
    CHECK(urgencies->count() == 2);
    CHECK(urgencies->currentData().toString() == QStringLiteral("normal"));
    auto* channels = app.window().findChild<QComboBox*>(QStringLiteral("orderChannelCombo"));
    REQUIRE(channels);
    CHECK(channels->findData(QStringLiteral("fax")) < 0);
    CHECK(channels->itemText(channels->findData(QStringLiteral("phone"))) == QStringLiteral("Phone"));
    REQUIRE(combo->count() == expected.size());
    for (int i = 0; i < combo->count(); ++i) {
        CHECK(combo->itemData(i).toString() == expected[i].code);
        CHECK(combo->itemText(i) == expected[i].label);
    }
    host.logoutAndWait(30s);
}
