// Not-ready reasons against the real cti-server (the demo call center, as a child process): the
// administrator adds a reason to the data dictionary (AdminSave on "dictionaries"), then an agent
// logs in with AgentApp and the softphone bar offers exactly the dictionary's enabled reasons,
// the new one among them.
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

TEST_CASE("a reason added to the dictionary shows in the agent's bar", "[agent][reasons][server]") {
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
    admin.save(QStringLiteral("dictionaries"), {{QStringLiteral("dictionary"), QStringLiteral("not_ready_reasons")},
                                                {QStringLiteral("code"), QStringLiteral("coaching")},
                                                {QStringLiteral("label_zh"), QStringLiteral("辅导")},
                                                {QStringLiteral("label_en"), QStringLiteral("Coaching")},
                                                {QStringLiteral("position"), QStringLiteral("15")},
                                                {QStringLiteral("enabled"), QStringLiteral("1")}});
    REQUIRE(waitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }));
    if (!failed.isEmpty()) FAIL(failed[0][2].toString().toStdString());  // what the server refused
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
    REQUIRE(combo->count() == expected.size());
    for (int i = 0; i < combo->count(); ++i) {
        CHECK(combo->itemData(i).toString() == expected[i].code);
        CHECK(combo->itemText(i) == expected[i].label);
    }
    host.logoutAndWait(30s);
}
