#include "cti/qtclient/login_settings.h"

#include <QCoreApplication>
#include <QSettings>

namespace cti::qt {

namespace {
std::optional<quint16> parsePort(QStringView text) {
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535) return std::nullopt;
    return static_cast<quint16>(port);
}
}  // namespace

std::optional<ServerAddress> parseServerAddress(const QString& text) {
    const QString s = text.trimmed();
    if (s.isEmpty() || s.contains(u' ')) return std::nullopt;
    if (s.startsWith(u'[')) {  // [v6]:port
        const qsizetype close = s.indexOf(u']');
        if (close < 2) return std::nullopt;
        ServerAddress out{s.mid(1, close - 1), kDefaultServerPort};
        const QStringView rest = QStringView(s).mid(close + 1);
        if (rest.isEmpty()) return out;
        if (!rest.startsWith(u':')) return std::nullopt;
        const auto port = parsePort(rest.mid(1));
        if (!port) return std::nullopt;
        out.port = *port;
        return out;
    }
    const qsizetype colons = s.count(u':');
    if (colons > 1) return ServerAddress{s, kDefaultServerPort};  // a bare IPv6 address
    if (colons == 0) return ServerAddress{s, kDefaultServerPort};
    const qsizetype colon = s.indexOf(u':');
    if (colon == 0) return std::nullopt;
    const auto port = parsePort(QStringView(s).mid(colon + 1));
    if (!port) return std::nullopt;
    return ServerAddress{s.left(colon), *port};
}

std::optional<QString> loginProblem(const LoginRequest& request) {
    if (request.server.trimmed().isEmpty())
        return QCoreApplication::translate(
            "cti::qt::LoginForm", "Enter the address of the CTI server, for example cti.example.com:7443.");
    if (!parseServerAddress(request.server))
        return QCoreApplication::translate("cti::qt::LoginForm",
                                           "The server address is not valid. Write it as host or "
                                           "host:port, for example cti.example.com:7443.");
    if (request.user.trimmed().isEmpty())
        return QCoreApplication::translate("cti::qt::LoginForm", "Enter your login name.");
    if (request.password.isEmpty())
        return QCoreApplication::translate("cti::qt::LoginForm", "Enter your password.");
    return std::nullopt;
}

LoginRequest LoginSettings::load() const {
    LoginRequest out;
    out.server = settings_.value(QStringLiteral("login/server")).toString();
    out.user = settings_.value(QStringLiteral("login/user")).toString();
    out.connectCti = settings_.value(QStringLiteral("login/connectCti"), true).toBool();
    return out;
}

void LoginSettings::save(const LoginRequest& request) {
    settings_.setValue(QStringLiteral("login/server"), request.server.trimmed());
    settings_.setValue(QStringLiteral("login/user"), request.user.trimmed());
    settings_.setValue(QStringLiteral("login/connectCti"), request.connectCti);
}

QString TrustStore::key(const ServerAddress& server) {
    // QSettings treats '/' as a group separator and escapes the rest; host names and v6
    // addresses contain no '/'.
    return QStringLiteral("trustedServers/%1 %2").arg(server.host.toLower()).arg(server.port);
}

QString TrustStore::pinned(const ServerAddress& server) const { return settings_.value(key(server)).toString(); }

void TrustStore::pin(const ServerAddress& server, const QString& fingerprint) {
    settings_.setValue(key(server), fingerprint);
}

void TrustStore::forget(const ServerAddress& server) { settings_.remove(key(server)); }

}  // namespace cti::qt
