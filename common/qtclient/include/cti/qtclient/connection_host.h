#pragma once
// Runs a Connection on its own thread, as the threading contract of connection.h expects.
// Created by main() (or a test) and passed by reference to whoever needs the connection.
#include <QThread>

#include "cti/qtclient/connection.h"

namespace cti::qt {

class ConnectionHost {
public:
    explicit ConnectionHost(ConnectionOptions options = {});
    // Stops the thread; the Connection is deleted on it (closing its socket there), then joined.
    ~ConnectionHost();
    ConnectionHost(const ConnectionHost&) = delete;
    ConnectionHost& operator=(const ConnectionHost&) = delete;

    // Valid for the host's lifetime. Call only its public methods; they are thread-safe.
    Connection& connection() const { return *connection_; }

    // For a deliberate exit: logs out (so the agent is not left signed in for the server's
    // resume grace) and waits, running a local event loop, until the connection is closed or
    // `limit` has passed. Call from the GUI thread.
    void logoutAndWait(std::chrono::milliseconds limit);

private:
    QThread thread_;
    Connection* connection_;
};

}  // namespace cti::qt
