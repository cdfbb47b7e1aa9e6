#pragma once
// A supervisor desktop logged in to a real cti-server (support/server_process.h), for the tests
// that drive the real application against it.
#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QWidget>

#include <chrono>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "support/child.h"
#include "support/server_process.h"
#include "widgets/admin_window.h"

namespace cti::supervisor::test {

using cti::test::child;

// One desktop logged in to the server: the connection, its status and the application.
struct ServerDesktop {
    ServerDesktop(cti::test::ServerProcess& server, const QString& login)
        : host(options()),
          app(host.connection(), status),
          snapshots(&host.connection(), &cti::qt::Connection::snapshotReceived),
          sections(&app.adminWindow(), &AdminWindow::sectionsChanged) {
        cti::qt::bindSessionStatus(host.connection(), status);
        const QString password = server.password(login);
        REQUIRE_FALSE(password.isEmpty());
        host.connection().connectToServer(
            cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(), login, password, server.fingerprint()});
    }
    ~ServerDesktop() { host.logoutAndWait(std::chrono::seconds(30)); }

    static cti::qt::ConnectionOptions options() {
        cti::qt::ConnectionOptions o;
        o.handshakeTimeout = std::chrono::seconds(60);  // Argon2id under the sanitizers is slow
        return o;
    }

    cti::qt::ConnectionHost host;
    cti::qt::SessionStatus status;
    SupervisorApp app;
    // Made before connecting, so that the first answers are never missed.
    QSignalSpy snapshots;
    QSignalSpy sections;  // the administration tables this session may open
};

}  // namespace cti::supervisor::test
