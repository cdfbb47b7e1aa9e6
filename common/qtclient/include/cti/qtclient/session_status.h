#pragma once
// What the status bars show about the session: connection state, who is logged in, the last
// problem, and whether this session takes calls. Lives in the GUI thread; fed by main() from
// the Connection's signals. Holds state only, so a widget created later reads the current value.
#include <QObject>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::qt {

class SessionStatus : public QObject {
    Q_OBJECT
public:
    explicit SessionStatus(QObject* parent = nullptr) : QObject(parent) {}

    ConnectionState state() const { return state_; }
    const std::optional<UserInfo>& user() const { return user_; }
    const QString& lastError() const { return lastError_; }
    // False when the user logged in without "Connect to CTI server": tickets and knowledge only.
    bool telephonyEnabled() const { return telephonyEnabled_; }

    void setState(cti::qt::ConnectionState state);
    void setLoggedIn(const cti::qt::LoginResult& result);
    void setError(cti::qt::ErrorCode code, const QString& message);
    void setTelephonyEnabled(bool enabled);

signals:
    void changed();

private:
    ConnectionState state_ = ConnectionState::Disconnected;
    std::optional<UserInfo> user_;
    QString lastError_;
    bool telephonyEnabled_ = true;
};

class Connection;
// Feeds `status` from `connection`'s signals (queued into status's thread).
void bindSessionStatus(Connection& connection, SessionStatus& status);

}  // namespace cti::qt
