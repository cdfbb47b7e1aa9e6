#pragma once
// The real cti-server as a child process with a fresh data folder and the demo call center, for
// tests of the desktop side against the real thing. Ports are picked by the server (0) and read
// back from its --ready-file; the demo passwords and the certificate come from its data folder.
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include "cti/qtclient/fingerprint.h"
#include "support/wait.h"

namespace cti::test {

class ServerProcess {
public:
    explicit ServerProcess(const QString& binary) {
        REQUIRE(dir_.isValid());
        const QString ready = dir_.filePath(QStringLiteral("ready.json"));
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.setStandardOutputFile(QProcess::nullDevice());
        process_.start(binary, {QStringLiteral("--data"), dataPath(), QStringLiteral("--seed-demo"),
                                QStringLiteral("--gateway-port"), QStringLiteral("0"),
                                QStringLiteral("--http-port"), QStringLiteral("0"),
                                QStringLiteral("--sip-port"), QStringLiteral("0"),
                                QStringLiteral("--ready-file"), ready});
        REQUIRE(process_.waitForStarted(30000));
        // Demo seeding hashes every demo password with Argon2id: slow under the sanitizers.
        REQUIRE(waitFor([&] { return QFile(ready).size() > 0 || process_.state() == QProcess::NotRunning; },
                        120000));
        REQUIRE(process_.state() == QProcess::Running);
        QFile f(ready);
        REQUIRE(f.open(QIODevice::ReadOnly));
        port_ = static_cast<quint16>(QJsonDocument::fromJson(f.readAll()).object().value(
                                             QStringLiteral("gateway_port")).toInt());
        REQUIRE(port_ != 0);
    }

    ~ServerProcess() {
        process_.terminate();  // SIGTERM: the server's clean shutdown
        if (!process_.waitForFinished(30000)) process_.kill();
        process_.waitForFinished(5000);
    }

    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    quint16 port() const { return port_; }
    QString dataPath() const { return dir_.filePath(QStringLiteral("data")); }

    QString password(const QString& login) const {
        QFile f(dataPath() + QStringLiteral("/demo/") + login + QStringLiteral(".password"));
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll()).trimmed();
    }

    QString fingerprint() const {
        const auto certs = QSslCertificate::fromPath(dataPath() + QStringLiteral("/tls/server.crt"));
        return certs.isEmpty() ? QString() : cti::qt::fingerprintOf(certs.first());
    }

private:
    QTemporaryDir dir_;
    QProcess process_;
    quint16 port_ = 0;
};

}  // namespace cti::test
