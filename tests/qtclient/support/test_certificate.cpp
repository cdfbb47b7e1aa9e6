#include "test_certificate.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>

#include <memory>
#include <stdexcept>

#include "cti/qtclient/fingerprint.h"

namespace cti::test {

namespace {
std::unique_ptr<TestCertificate> make() {
    auto cert = std::make_unique<TestCertificate>();
    if (!cert->dir.isValid()) throw std::runtime_error("no temporary directory");
    cert->certPath = cert->dir.filePath(QStringLiteral("server.crt"));
    cert->keyPath = cert->dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=test"),
                   QStringLiteral("-keyout"), cert->keyPath, QStringLiteral("-out"), cert->certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        throw std::runtime_error("openssl req failed: " + openssl.readAllStandardError().toStdString());
    const auto certs = QSslCertificate::fromPath(cert->certPath);
    if (certs.isEmpty()) throw std::runtime_error("generated certificate unreadable");
    cert->fingerprint = cti::qt::fingerprintOf(certs.first());
    return cert;
}
}  // namespace

const TestCertificate& testCertificate() {
    static const std::unique_ptr<TestCertificate> cert = make();
    return *cert;
}

}  // namespace cti::test
