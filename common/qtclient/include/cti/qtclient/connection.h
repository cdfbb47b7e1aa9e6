#pragma once
// The desktops' link to cti-server (schema/PROTOCOL.md): TLS with a pinned certificate, Hello,
// Login, heartbeats, requests with ids, server-pushed events, and automatic reconnect with
// session resume.
//
// Threading contract: a Connection is meant to live on its own QThread (ConnectionHost sets
// that up). Every public method may be called from any thread: it only posts the work to the
// connection's thread and returns. Results arrive as signals, emitted on the connection's
// thread; connect to them with the default (auto) connection type and receivers in the GUI
// thread get them queued. Signal arguments are plain values (types.h), except the raw reply
// envelope of request(), which the desktops' models turn into plain data.
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <optional>

#include "cti.pb.h"
#include "cti/qtclient/reconnect_policy.h"
#include "cti/qtclient/types.h"
#include "cti/wire/frame.h"

class QSslSocket;

namespace cti::qt {

struct ConnectionOptions {
    QString clientName = QStringLiteral("cti-desktop");  // Hello.client_name
    QString clientVersion;                               // Hello.client_version
    BackoffPolicy backoff;
    // TCP + TLS + Hello + Login must complete within this, or the attempt counts as failed.
    std::chrono::milliseconds handshakeTimeout{15000};
    // The largest frame accepted from the server; a Snapshot of a large site is the biggest.
    std::uint32_t maxIncomingFrameBytes = 16u << 20;
};

struct ServerTarget {
    QString host;
    quint16 port = 7443;
    QString user;
    QString password;
    // SHA-256 fingerprint pinned earlier (fingerprint.h format); empty on first use.
    QString pinnedFingerprint;
};

class Connection : public QObject {
    Q_OBJECT
public:
    explicit Connection(ConnectionOptions options = {}, QObject* parent = nullptr);
    ~Connection() override;

    // Starts a new session: closes any current link, forgets the old resume token.
    void connectToServer(const cti::qt::ServerTarget& target);
    // Answers certificateNeedsTrust: pins `fingerprint` for this connection and goes on with
    // Hello/Login. The caller stores the pin (TrustStore) for later runs.
    void acceptCertificate(const QString& fingerprint);
    void rejectCertificate();
    // Logout (the server ends the session), then Disconnected. No reconnect follows.
    void logout();
    // Closes the link at once; the server keeps the session for its resume grace.
    void disconnectFromServer();

    // Sends `envelope` as a request and returns its request id (assigned here, non-zero). Exactly
    // one replyReceived(id, ...) follows: the server's answer, or a client-made Error envelope
    // (UNAVAILABLE) if the request could not be sent or the link dropped before the answer.
    quint64 request(cti::wire::Envelope envelope);

    // The state last announced by stateChanged; readable from any thread.
    ConnectionState state() const { return published_.load(); }

signals:
    void stateChanged(cti::qt::ConnectionState state);
    // First use of a server: nothing is pinned. Hello and the credentials are held back until
    // acceptCertificate() or rejectCertificate() is called.
    void certificateNeedsTrust(const QString& fingerprint);
    void loggedIn(const cti::qt::LoginResult& result);
    // After every login (also a resumed one) and after a detected gap in the event sequence.
    void snapshotReceived(const cti::qt::Snapshot& snapshot);
    void eventReceived(const cti::qt::ServerEvent& event);
    // A server Error that is not the reply to a request, or a problem found by the client.
    // `message` is for people and says what to do.
    void errorReceived(cti::qt::ErrorCode code, const QString& message);
    void replyReceived(quint64 requestId, const cti::wire::Envelope& reply);
    void reconnectScheduled(qint64 delayMs);

private:
    // Where the link is; each phase has one handler for incoming envelopes.
    enum class Phase {
        Idle,             // no socket: stopped, or waiting for the reconnect timer
        Transport,        // TCP connect and TLS handshake
        AwaitingTrust,    // TLS is up, the certificate is not pinned yet: waiting for the user
        AwaitingHelloOk,
        AwaitingLoginOk,
        Ready,            // logged in: requests, events, heartbeats
        LoggingOut,       // Logout sent, waiting for LogoutOk or the close
    };
    static std::string_view to_string(Phase phase) noexcept;

    void doConnect(const ServerTarget& target);
    void doAcceptCertificate(const QString& fingerprint);
    void doRejectCertificate();
    void doLogout();
    void doRequest(cti::wire::Envelope envelope);

    void openSocket();
    void dropSocket();
    void transition(Phase next);
    void publishState();

    void onEncrypted();
    void onReadyRead();
    void onEnvelope(const cti::wire::Envelope& envelope);
    void onEnvelopeAwaitingHelloOk(const cti::wire::Envelope& envelope);
    void onEnvelopeAwaitingLoginOk(const cti::wire::Envelope& envelope);
    void onEnvelopeReady(const cti::wire::Envelope& envelope);
    void onEvent(const cti::wire::Event& event);
    void onHandshakeError(const cti::wire::Error& error);

    // The link failed or went silent: reconnect if a session exists, else stop with an error.
    void linkLost(const QString& reason);
    void scheduleReconnect(std::chrono::milliseconds atLeast = {});
    // Ends everything: no socket, no session, no reconnect; state Disconnected.
    void stop();
    void failPendingRequests();

    void send(const cti::wire::Envelope& envelope);
    void sendHello();
    void sendLogin();
    void requestSnapshot();

    QString endpoint() const;

    const ConnectionOptions options_;
    ServerTarget target_;
    QSslSocket* socket_ = nullptr;
    cti::wire::FrameReader reader_;
    Phase phase_ = Phase::Idle;
    std::atomic<ConnectionState> published_{ConnectionState::Disconnected};

    QString presentedFingerprint_;
    QString resumeToken_;  // non-empty once logged in: a dropped link is then resumed
    int attempt_ = 0;      // reconnect attempts since the last successful login
    bool retryAfterTrust_ = false;
    std::uint32_t heartbeatMs_ = 0;
    std::uint32_t idleTimeoutMs_ = 0;
    std::uint32_t serverMaxFrameBytes_ = cti::wire::kDefaultMaxFrameBytes;
    std::optional<quint64> lastEventSeq_;
    QSet<quint64> pendingRequests_;
    quint64 internalSnapshotRequest_ = 0;
    std::atomic<quint64> nextRequestId_{1};

    QTimer handshakeTimer_{this};  // Transport/Hello/Login (and Logout) must finish in time
    QTimer heartbeatTimer_{this};  // restarted on every send; fires when we were silent
    QTimer idleTimer_{this};       // restarted on every receive; fires when the server was silent
    QTimer reconnectTimer_{this};
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::wire::Envelope)
