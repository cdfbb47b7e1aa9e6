#pragma once
// The login form's data, its checks, and what is remembered between runs. The QSettings is
// injected (main() passes the application's, tests a temporary file) so nothing here is global.
#include <QMetaType>
#include <QString>

#include <optional>

class QSettings;

namespace cti::qt {

inline constexpr quint16 kDefaultServerPort = 7443;

struct LoginRequest {
    QString server;  // "host", "host:port" or "[v6-address]:port"
    QString user;
    QString password;
    // "Connect to CTI server": off means this desktop works on tickets and knowledge only and
    // takes no calls; the server connection itself is still made, it is the only data path.
    bool connectCti = true;
};

struct ServerAddress {
    QString host;
    quint16 port = kDefaultServerPort;
};

// "host[:port]" or "[v6]:port"; the port defaults to 7443. nullopt when it cannot be read.
std::optional<ServerAddress> parseServerAddress(const QString& text);

// A message for the person at the form when something is missing or malformed, else nullopt.
std::optional<QString> loginProblem(const LoginRequest& request);

// Remembers the form between runs: everything except the password, which is never written.
class LoginSettings {
public:
    explicit LoginSettings(QSettings& settings) : settings_(settings) {}
    LoginRequest load() const;
    void save(const LoginRequest& request);

private:
    QSettings& settings_;
};

// Pinned server certificates (fingerprint.h), one per host:port.
class TrustStore {
public:
    explicit TrustStore(QSettings& settings) : settings_(settings) {}
    QString pinned(const ServerAddress& server) const;
    void pin(const ServerAddress& server, const QString& fingerprint);
    void forget(const ServerAddress& server);

private:
    static QString key(const ServerAddress& server);
    QSettings& settings_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::LoginRequest)
