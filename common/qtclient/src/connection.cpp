#include "cti/qtclient/connection.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include "cti/qtclient/convert.h"
#include "cti/qtclient/fingerprint.h"

// Info and above by default; QT_LOGGING_RULES="cti.qtclient.*=true" shows every message.
Q_LOGGING_CATEGORY(lcConnection, "cti.qtclient.connection", QtInfoMsg)

namespace cti::qt {

namespace {
using namespace std::chrono_literals;

void registerMetaTypes() {
    qRegisterMetaType<cti::qt::ConnectionState>();
    qRegisterMetaType<cti::qt::ErrorCode>();
    qRegisterMetaType<cti::qt::LoginResult>();
    qRegisterMetaType<cti::qt::Snapshot>();
    qRegisterMetaType<cti::qt::ServerEvent>();
    qRegisterMetaType<cti::wire::Envelope>();
}

QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

std::string_view Connection::to_string(Phase phase) noexcept {
    switch (phase) {
        case Phase::Idle: return "idle";
        case Phase::Transport: return "transport";
        case Phase::AwaitingTrust: return "awaiting_trust";
        case Phase::AwaitingHelloOk: return "awaiting_hello_ok";
        case Phase::AwaitingLoginOk: return "awaiting_login_ok";
        case Phase::Ready: return "ready";
        case Phase::LoggingOut: return "logging_out";
    }
    return "unknown";
}

Connection::Connection(ConnectionOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), reader_(options_.maxIncomingFrameBytes) {
    registerMetaTypes();
    for (QTimer* timer : {&handshakeTimer_, &heartbeatTimer_, &idleTimer_, &reconnectTimer_})
        timer->setSingleShot(true);
    connect(&handshakeTimer_, &QTimer::timeout, this, [this] {
        linkLost(phase_ == Phase::LoggingOut
                     ? tr("The server did not confirm the logout.")
                     : tr("The server did not complete the connection within %1 seconds.")
                           .arg(options_.handshakeTimeout.count() / 1000));
    });
    connect(&heartbeatTimer_, &QTimer::timeout, this, [this] {
        cti::wire::Envelope heartbeat;
        heartbeat.mutable_heartbeat();
        send(heartbeat);
    });
    connect(&idleTimer_, &QTimer::timeout, this, [this] {
        linkLost(tr("The server sent nothing for %1 seconds.").arg(idleTimeoutMs_ / 1000.0, 0, 'f', 1));
    });
    connect(&reconnectTimer_, &QTimer::timeout, this, [this] { openSocket(); });
}

Connection::~Connection() { dropSocket(); }

// ---- public API: post to the connection's thread ----

void Connection::connectToServer(const ServerTarget& target) {
    QMetaObject::invokeMethod(this, [this, target] { doConnect(target); }, Qt::QueuedConnection);
}

void Connection::acceptCertificate(const QString& fingerprint) {
    QMetaObject::invokeMethod(this, [this, fingerprint] { doAcceptCertificate(fingerprint); },
                              Qt::QueuedConnection);
}

void Connection::rejectCertificate() {
    QMetaObject::invokeMethod(this, [this] { doRejectCertificate(); }, Qt::QueuedConnection);
}

void Connection::logout() {
    QMetaObject::invokeMethod(this, [this] { doLogout(); }, Qt::QueuedConnection);
}

void Connection::disconnectFromServer() {
    QMetaObject::invokeMethod(this, [this] { stop(); }, Qt::QueuedConnection);
}

quint64 Connection::request(cti::wire::Envelope envelope) {
    const quint64 id = nextRequestId_.fetch_add(1);
    envelope.set_request_id(id);
    QMetaObject::invokeMethod(this, [this, envelope] { doRequest(envelope); }, Qt::QueuedConnection);
    return id;
}

// ---- commands, on the connection's thread ----

void Connection::doConnect(const ServerTarget& target) {
    stop();
    target_ = target;
    openSocket();
}

void Connection::doAcceptCertificate(const QString& fingerprint) {
    if (phase_ != Phase::AwaitingTrust) return;
    if (!sameFingerprint(fingerprint, presentedFingerprint_)) {
        // Accepting a fingerprint other than the one shown would pin something never checked.
        qCWarning(lcConnection) << "accepted fingerprint differs from the presented one; ignored";
        return;
    }
    target_.pinnedFingerprint = presentedFingerprint_;
    if (socket_) {
        // The server may have closed while the user decided and the close may still be on its
        // way: one more attempt, with the pin, is then owed (see linkLost).
        retryAfterTrust_ = true;
        sendHello();
    } else {
        // The server gave up waiting while the user decided (its handshake timeout): start over,
        // now with the pin.
        openSocket();
    }
}

void Connection::doRejectCertificate() {
    if (phase_ != Phase::AwaitingTrust) return;
    stop();
    emit errorReceived(ErrorCode::CertificateRejected,
                       tr("Not connected: the certificate of %1 was not trusted.").arg(endpoint()));
}

void Connection::doLogout() {
    if (phase_ != Phase::Ready) {
        stop();
        return;
    }
    cti::wire::Envelope logout;
    logout.mutable_logout();
    send(logout);
    transition(Phase::LoggingOut);
    handshakeTimer_.start(options_.handshakeTimeout);
}

void Connection::doRequest(cti::wire::Envelope envelope) {
    const quint64 id = envelope.request_id();
    if (phase_ != Phase::Ready) {
        emit replyReceived(id, localError(id, cti::wire::UNAVAILABLE,
                                          tr("Not connected to the CTI server, so the request was not "
                                             "sent. Wait until the connection is back and try again.")));
        return;
    }
    if (envelope.ByteSizeLong() + cti::wire::kHeaderBytes > serverMaxFrameBytes_) {
        emit replyReceived(id, localError(id, cti::wire::INVALID_ARGUMENT,
                                          tr("The request is larger than the server accepts (%1 bytes). "
                                             "Shorten the text or attachment and try again.")
                                              .arg(serverMaxFrameBytes_)));
        return;
    }
    pendingRequests_.insert(id);
    send(envelope);
}

// ---- the link ----

void Connection::openSocket() {
    dropSocket();
    reader_ = cti::wire::FrameReader(options_.maxIncomingFrameBytes);
    heartbeatMs_ = 0;  // until this link's HelloOk says otherwise
    idleTimeoutMs_ = 0;
    auto* socket = new QSslSocket(this);
    socket_ = socket;
    // The server's certificate is self-signed: trust comes from the pinned fingerprint checked
    // in onEncrypted, not from a CA chain or the host name, so the peer is only queried here.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setProtocol(QSsl::TlsV1_2OrLater);
    // Each handler checks that the signal comes from the current socket: a dropped socket can
    // still deliver queued signals before its deleteLater runs.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (socket == socket_) onEncrypted();
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == socket_) onReadyRead();
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        if (socket == socket_) linkLost(tr("The server closed the connection."));
    });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == socket_) linkLost(socket->errorString());
    });
    transition(Phase::Transport);
    handshakeTimer_.start(options_.handshakeTimeout);
    socket->connectToHostEncrypted(target_.host, target_.port);
}

void Connection::dropSocket() {
    heartbeatTimer_.stop();
    idleTimer_.stop();
    handshakeTimer_.stop();
    if (!socket_) return;
    QSslSocket* socket = std::exchange(socket_, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void Connection::transition(Phase next) {
    if (next == phase_) return;
    qCDebug(lcConnection) << "phase" << to_string(phase_).data() << "->" << to_string(next).data();
    phase_ = next;
    publishState();
}

void Connection::publishState() {
    // During recovery (a resume token and not Ready) the UI sees one Reconnecting state rather
    // than the attempts' Connecting/Handshaking flicker.
    const bool recovering = !resumeToken_.isEmpty();
    ConnectionState state = ConnectionState::Disconnected;
    switch (phase_) {
        case Phase::Idle:
            state = reconnectTimer_.isActive() ? ConnectionState::Reconnecting : ConnectionState::Disconnected;
            break;
        case Phase::Transport:
        case Phase::AwaitingTrust:
            state = recovering ? ConnectionState::Reconnecting : ConnectionState::Connecting;
            break;
        case Phase::AwaitingHelloOk:
        case Phase::AwaitingLoginOk:
            state = recovering ? ConnectionState::Reconnecting : ConnectionState::Handshaking;
            break;
        case Phase::Ready:
        case Phase::LoggingOut: state = ConnectionState::LoggedIn; break;
    }
    if (state == published_.load()) return;
    published_.store(state);
    emit stateChanged(state);
}

void Connection::onEncrypted() {
    presentedFingerprint_ = fingerprintOf(socket_->peerCertificate());
    switch (checkPin(target_.pinnedFingerprint, presentedFingerprint_)) {
        case PinCheck::Trusted:
            sendHello();
            return;
        case PinCheck::Mismatch: {
            const QString message =
                tr("Refusing to connect: %1 presented a certificate with fingerprint %2, but this desktop "
                   "trusts %3. Someone may be intercepting the connection. Ask your administrator whether "
                   "the server's certificate was replaced; only then remove the old trust and connect again.")
                    .arg(endpoint(), presentedFingerprint_, target_.pinnedFingerprint);
            stop();
            emit errorReceived(ErrorCode::CertificateMismatch, message);
            return;
        }
        case PinCheck::FirstUse:
            // The user may take longer than any timeout; the server may close meanwhile, which
            // doAcceptCertificate handles.
            handshakeTimer_.stop();
            transition(Phase::AwaitingTrust);
            emit certificateNeedsTrust(presentedFingerprint_);
            return;
    }
}

void Connection::onReadyRead() {
    const QByteArray bytes = socket_->readAll();
    if (idleTimeoutMs_ > 0 && phase_ != Phase::AwaitingTrust) idleTimer_.start(idleTimeoutMs_);
    reader_.append(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    // Handlers may drop or replace the socket (and reset the reader); stop reading then.
    QSslSocket* const socket = socket_;
    while (socket_ == socket && socket_) {
        auto frame = reader_.next();
        if (!frame) {
            linkLost(tr("The server sent data this desktop cannot read (%1).")
                         .arg(QString::fromUtf8(cti::wire::to_string(frame.error()).data())));
            return;
        }
        if (!*frame) return;
        auto envelope = cti::wire::parse_envelope(**frame);
        if (!envelope) {
            // A body from a newer server: ignorable by the protocol's versioning rule.
            qCInfo(lcConnection) << "ignoring frame:" << cti::wire::to_string(envelope.error()).data();
            continue;
        }
        onEnvelope(*envelope);
    }
}

void Connection::onEnvelope(const cti::wire::Envelope& envelope) {
    qCDebug(lcConnection) << "received" << cti::wire::body_name(envelope).data() << "id"
                          << envelope.request_id();
    switch (phase_) {
        case Phase::AwaitingHelloOk: onEnvelopeAwaitingHelloOk(envelope); return;
        case Phase::AwaitingLoginOk: onEnvelopeAwaitingLoginOk(envelope); return;
        case Phase::Ready:
        case Phase::LoggingOut: onEnvelopeReady(envelope); return;
        case Phase::Idle:
        case Phase::Transport:
        case Phase::AwaitingTrust:
            // Nothing is expected before Hello: a server that talks first is not following the
            // protocol (a TLS_REQUIRED error arrives unencrypted and fails the TLS handshake).
            qCInfo(lcConnection) << "unexpected" << cti::wire::body_name(envelope).data() << "before Hello";
            return;
    }
}

void Connection::onEnvelopeAwaitingHelloOk(const cti::wire::Envelope& envelope) {
    if (envelope.has_error()) return onHandshakeError(envelope.error());
    if (!envelope.has_hello_ok()) {
        if (!envelope.has_heartbeat())
            linkLost(tr("The server answered Hello with an unexpected %1 message.")
                         .arg(QString::fromUtf8(cti::wire::body_name(envelope).data())));
        return;
    }
    const auto& ok = envelope.hello_ok();
    heartbeatMs_ = ok.heartbeat_interval_ms();
    idleTimeoutMs_ = ok.idle_timeout_ms();
    if (ok.max_frame_bytes() > 0) serverMaxFrameBytes_ = ok.max_frame_bytes();
    if (idleTimeoutMs_ > 0) idleTimer_.start(idleTimeoutMs_);
    sendLogin();
}

void Connection::onEnvelopeAwaitingLoginOk(const cti::wire::Envelope& envelope) {
    if (envelope.has_error()) return onHandshakeError(envelope.error());
    if (!envelope.has_login_ok()) {
        if (!envelope.has_heartbeat())
            linkLost(tr("The server answered Login with an unexpected %1 message.")
                         .arg(QString::fromUtf8(cti::wire::body_name(envelope).data())));
        return;
    }
    handshakeTimer_.stop();
    retryAfterTrust_ = false;
    resumeToken_ = qs(envelope.login_ok().resume_token());
    attempt_ = 0;
    lastEventSeq_.reset();  // the Snapshot that follows sets the base of the event sequence
    transition(Phase::Ready);
    emit loggedIn(fromWire(envelope.login_ok()));
}

void Connection::onEnvelopeReady(const cti::wire::Envelope& envelope) {
    const quint64 id = envelope.request_id();
    if (envelope.has_snapshot()) {
        lastEventSeq_ = envelope.snapshot().event_seq();
        emit snapshotReceived(fromWire(envelope.snapshot()));
        if (id == 0) return;
        if (id == internalSnapshotRequest_) {
            internalSnapshotRequest_ = 0;
            return;
        }
        // Otherwise a caller's own SnapshotRequest: it gets its reply below as well.
    }
    if (id != 0) {
        if (pendingRequests_.remove(id)) {
            emit replyReceived(id, envelope);
        } else if (id == internalSnapshotRequest_ && envelope.has_error()) {
            internalSnapshotRequest_ = 0;
            emit errorReceived(fromWire(envelope.error().code()), qs(envelope.error().message()));
        } else {
            qCInfo(lcConnection) << "reply to unknown request" << id << "dropped";
        }
        return;
    }
    switch (envelope.body_case()) {
        case cti::wire::Envelope::kHeartbeat: return;
        case cti::wire::Envelope::kEvent: onEvent(envelope.event()); return;
        case cti::wire::Envelope::kLogoutOk: stop(); return;
        case cti::wire::Envelope::kError:
            // Errors that close the link arrive here too; the close that follows reconnects.
            emit errorReceived(fromWire(envelope.error().code()), qs(envelope.error().message()));
            return;
        default:
            qCInfo(lcConnection) << "unexpected push" << cti::wire::body_name(envelope).data() << "ignored";
            return;
    }
}

void Connection::onEvent(const cti::wire::Event& event) {
    const quint64 seq = event.seq();
    if (lastEventSeq_ && seq <= *lastEventSeq_) return;  // already covered by a snapshot
    const bool gap = lastEventSeq_ && seq != *lastEventSeq_ + 1;
    lastEventSeq_ = seq;
    emit eventReceived(fromWire(event));
    // A missed event would leave the models wrong until the next login: resynchronize.
    if (gap && internalSnapshotRequest_ == 0) requestSnapshot();
}

void Connection::onHandshakeError(const cti::wire::Error& error) {
    const ErrorCode code = fromWire(error.code());
    const QString message = qs(error.message());
    const bool recovering = !resumeToken_.isEmpty();
    if (recovering && code == ErrorCode::RateLimited) {
        emit errorReceived(code, message);
        dropSocket();
        scheduleReconnect(std::chrono::milliseconds(error.retry_after_ms()));
        return;
    }
    if (recovering && code != ErrorCode::AuthFailed && code != ErrorCode::VersionMismatch) {
        linkLost(message);
        return;
    }
    // Wrong password, version mismatch, or a first login that failed: retrying cannot help
    // without the user; the login dialog shows the message.
    stop();
    emit errorReceived(code, message);
}

void Connection::linkLost(const QString& reason) {
    switch (phase_) {
        case Phase::Idle: return;
        case Phase::AwaitingTrust:
            // Keep waiting for the user; doAcceptCertificate reconnects if needed.
            dropSocket();
            return;
        case Phase::LoggingOut: stop(); return;
        default: break;
    }
    qCInfo(lcConnection) << "link lost in phase" << to_string(phase_).data() << ":" << reason;
    if (std::exchange(retryAfterTrust_, false) && resumeToken_.isEmpty()) {
        openSocket();
        return;
    }
    if (resumeToken_.isEmpty()) {
        stop();
        const QString sentence = reason.endsWith(u'.') ? reason : reason + u'.';
        emit errorReceived(ErrorCode::ConnectFailed,
                           tr("Could not connect to the CTI server at %1: %2 Check the server address "
                              "and that the server is running, then log in again.")
                               .arg(endpoint(), sentence));
        return;
    }
    const bool wasReady = phase_ == Phase::Ready;
    dropSocket();
    failPendingRequests();
    scheduleReconnect();
    if (wasReady)
        emit errorReceived(ErrorCode::ConnectionLost,
                           tr("Connection to the CTI server lost (%1). Reconnecting; your session is kept.")
                               .arg(reason));
}

void Connection::scheduleReconnect(std::chrono::milliseconds atLeast) {
    const auto delay = std::max(reconnectDelay(options_.backoff, attempt_++), atLeast);
    reconnectTimer_.start(delay);
    transition(Phase::Idle);
    publishState();  // Idle while the timer runs reads as Reconnecting
    emit reconnectScheduled(delay.count());
}

void Connection::stop() {
    dropSocket();
    reconnectTimer_.stop();
    failPendingRequests();
    resumeToken_.clear();
    retryAfterTrust_ = false;
    attempt_ = 0;
    lastEventSeq_.reset();
    internalSnapshotRequest_ = 0;
    transition(Phase::Idle);
    publishState();
}

void Connection::failPendingRequests() {
    const auto pending = std::exchange(pendingRequests_, {});
    internalSnapshotRequest_ = 0;
    for (quint64 id : pending)
        emit replyReceived(id, localError(id, cti::wire::UNAVAILABLE,
                                          tr("The connection dropped before the server answered. The "
                                             "request may or may not have been carried out: check, then "
                                             "try again if needed.")));
}

// ---- sending ----

void Connection::send(const cti::wire::Envelope& envelope) {
    if (!socket_) return;
    const std::string frame = cti::wire::encode_frame(envelope);
    socket_->write(frame.data(), static_cast<qint64>(frame.size()));
    if (heartbeatMs_ > 0) heartbeatTimer_.start(heartbeatMs_);
}

void Connection::sendHello() {
    transition(Phase::AwaitingHelloOk);
    handshakeTimer_.start(options_.handshakeTimeout);
    cti::wire::Envelope envelope;
    auto* hello = envelope.mutable_hello();
    hello->set_protocol_major(cti::wire::kProtocolMajor);
    hello->set_protocol_minor(cti::wire::kProtocolMinor);
    hello->set_client_name(options_.clientName.toStdString());
    hello->set_client_version(options_.clientVersion.toStdString());
    send(envelope);
}

void Connection::sendLogin() {
    transition(Phase::AwaitingLoginOk);
    cti::wire::Envelope envelope;
    auto* login = envelope.mutable_login();
    login->set_user(target_.user.toStdString());
    login->set_password(target_.password.toStdString());
    if (!resumeToken_.isEmpty()) login->set_resume_token(resumeToken_.toStdString());
    send(envelope);
}

void Connection::requestSnapshot() {
    internalSnapshotRequest_ = nextRequestId_.fetch_add(1);
    cti::wire::Envelope envelope;
    envelope.set_request_id(internalSnapshotRequest_);
    envelope.mutable_snapshot_request();
    send(envelope);
}

QString Connection::endpoint() const {
    return target_.host.contains(u':') ? QStringLiteral("[%1]:%2").arg(target_.host).arg(target_.port)
                                       : QStringLiteral("%1:%2").arg(target_.host).arg(target_.port);
}

}  // namespace cti::qt
