#pragma once
// A test double of cti-server's desktop gateway, for testing the client library only: TLS with
// the test certificate, the framing of common/wire, and just enough of the session rules of
// schema/PROTOCOL.md (Hello → HelloOk, Login → LoginOk + Snapshot, Ping → Pong, heartbeats).
// Runs on the test's (main) thread; one client at a time.
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include "cti.pb.h"
#include "cti/wire/frame.h"

class QSslSocket;

namespace cti::test {

class FakeServer : public QTcpServer {
    Q_OBJECT
public:
    // Listens on 127.0.0.1, on `port` or a free one; a restarted server passes its old port.
    explicit FakeServer(quint16 port = 0);

    quint16 port() const { return serverPort(); }

    // ---- how it behaves (change at any time) ----
    std::uint32_t heartbeatMs = 0;     // sent in HelloOk; also how often it sends Heartbeats
    std::uint32_t idleTimeoutMs = 0;   // sent in HelloOk
    bool rejectLogin = false;          // answer Login with AUTH_FAILED
    bool answerRequests = true;        // answer Ping and SnapshotRequest
    bool silent = false;               // send nothing at all (a dead link that stays open)
    // Close every new connection at once, as a host whose server process is down would
    // (without giving the port away, so parallel tests cannot take it).
    bool refuseConnections = false;
    cti::wire::Snapshot snapshot;      // sent after every LoginOk; sampleSnapshot() at first

    // ---- what happened ----
    int connections = 0;
    QList<cti::wire::Envelope> received;  // every envelope from every connection, in order
    QList<cti::wire::Envelope> receivedOf(cti::wire::Envelope::BodyCase body) const;
    QList<QString> issuedTokens;          // resume tokens handed out, in order

    // ---- actions ----
    void dropClient();  // abort the current connection, as a crashed server or a cut cable would
    void push(const cti::wire::Envelope& envelope);
    bool hasClient() const { return !client_.isNull(); }

signals:
    void envelopeReceived(const cti::wire::Envelope& envelope);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead();
    void onEnvelope(const cti::wire::Envelope& envelope);

    QPointer<QSslSocket> client_;
    cti::wire::FrameReader reader_;
    QTimer heartbeat_;
};

// Snapshot contents used by the tests.
cti::wire::Snapshot sampleSnapshot();

}  // namespace cti::test
