#pragma once
// Certificate pinning (PROTOCOL.md "Transport"): the server's certificate is self-signed, so the
// client trusts it by its SHA-256 fingerprint, shown to the user on first use and pinned after.
#include <QByteArray>
#include <QString>

class QSslCertificate;

namespace cti::qt {

// "AB:CD:..." (upper-case hex pairs), the form shown to people and stored in settings.
QString formatFingerprint(const QByteArray& sha256Digest);
QString fingerprintOf(const QSslCertificate& certificate);

// Compares two fingerprints ignoring case, colons and spaces, so that a fingerprint pasted from
// `openssl x509 -fingerprint -sha256` or typed by an administrator still matches.
bool sameFingerprint(const QString& a, const QString& b);

enum class PinCheck {
    FirstUse,  // nothing pinned yet: ask the user before sending credentials
    Trusted,   // the pinned fingerprint matches
    Mismatch,  // pinned, and the server shows another certificate: refuse
};
PinCheck checkPin(const QString& pinned, const QString& presented);

}  // namespace cti::qt
