#pragma once
// A self-signed certificate made at test time with the openssl command line, like the one
// cti-server makes on first start.
#include <QString>
#include <QTemporaryDir>

namespace cti::test {

struct TestCertificate {
    QTemporaryDir dir;
    QString certPath;
    QString keyPath;
    QString fingerprint;  // fingerprint.h format
};

// One per test binary (RSA key generation is the slow part); fails the test if openssl fails.
const TestCertificate& testCertificate();

}  // namespace cti::test
