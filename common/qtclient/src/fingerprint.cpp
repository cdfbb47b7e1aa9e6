#include "cti/qtclient/fingerprint.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace cti::qt {

namespace {
QString normalized(const QString& fingerprint) {
    QString out;
    out.reserve(fingerprint.size());
    for (QChar c : fingerprint)
        if (c.isLetterOrNumber()) out.append(c.toUpper());
    return out;
}
}  // namespace

QString formatFingerprint(const QByteArray& sha256Digest) {
    return QString::fromLatin1(sha256Digest.toHex(':')).toUpper();
}

QString fingerprintOf(const QSslCertificate& certificate) {
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}

bool sameFingerprint(const QString& a, const QString& b) {
    const QString na = normalized(a);
    return !na.isEmpty() && na == normalized(b);
}

PinCheck checkPin(const QString& pinned, const QString& presented) {
    if (normalized(pinned).isEmpty()) return PinCheck::FirstUse;
    return sameFingerprint(pinned, presented) ? PinCheck::Trusted : PinCheck::Mismatch;
}

}  // namespace cti::qt
