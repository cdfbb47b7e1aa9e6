#include "cti/qtclient/session_status.h"

#include "cti/qtclient/connection.h"

namespace cti::qt {

void SessionStatus::setState(ConnectionState state) {
    if (state == state_) return;
    state_ = state;
    // A fresh login clears the previous problem; the user stays shown while reconnecting since
    // the server keeps the session.
    if (state == ConnectionState::LoggedIn) lastError_.clear();
    if (state == ConnectionState::Disconnected) user_.reset();
    emit changed();
}

void SessionStatus::setLoggedIn(const LoginResult& result) {
    user_ = result.user;
    lastError_.clear();
    emit changed();
}

void SessionStatus::setError(ErrorCode, const QString& message) {
    lastError_ = message;
    emit changed();
}

void SessionStatus::setTelephonyEnabled(bool enabled) {
    if (enabled == telephonyEnabled_) return;
    telephonyEnabled_ = enabled;
    emit changed();
}

void bindSessionStatus(Connection& connection, SessionStatus& status) {
    QObject::connect(&connection, &Connection::stateChanged, &status, &SessionStatus::setState);
    QObject::connect(&connection, &Connection::loggedIn, &status, &SessionStatus::setLoggedIn);
    QObject::connect(&connection, &Connection::errorReceived, &status, &SessionStatus::setError);
}

}  // namespace cti::qt
