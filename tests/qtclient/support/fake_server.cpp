#include "fake_server.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include "test_certificate.h"

namespace cti::test {

FakeServer::FakeServer(quint16 port) {
    snapshot = sampleSnapshot();
    listen(QHostAddress::LocalHost, port);
    connect(&heartbeat_, &QTimer::timeout, this, [this] {
        cti::wire::Envelope heartbeat;
        heartbeat.mutable_heartbeat();
        push(heartbeat);
    });
}

QList<cti::wire::Envelope> FakeServer::receivedOf(cti::wire::Envelope::BodyCase body) const {
    QList<cti::wire::Envelope> out;
    for (const auto& e : received)
        if (e.body_case() == body) out.append(e);
    return out;
}

void FakeServer::dropClient() {
    heartbeat_.stop();
    if (client_) {
        client_->abort();
        client_->deleteLater();
        client_.clear();
    }
}

void FakeServer::push(const cti::wire::Envelope& envelope) {
    if (!client_ || silent) return;
    const std::string frame = cti::wire::encode_frame(envelope);
    client_->write(frame.data(), static_cast<qint64>(frame.size()));
}

void FakeServer::incomingConnection(qintptr descriptor) {
    if (refuseConnections) {
        QTcpSocket refused;
        refused.setSocketDescriptor(descriptor);
        refused.abort();
        return;
    }
    dropClient();  // one client at a time, like a resumed session closing the old link
    ++connections;
    auto* socket = new QSslSocket(this);
    client_ = socket;
    reader_ = cti::wire::FrameReader();
    const auto& cert = testCertificate();
    socket->setLocalCertificate(cert.certPath);
    socket->setPrivateKey(cert.keyPath);
    socket->setSocketDescriptor(descriptor);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        if (socket == client_) onReadyRead();
    });
    socket->startServerEncryption();
}

void FakeServer::onReadyRead() {
    const QByteArray bytes = client_->readAll();
    reader_.append(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    while (client_) {
        auto frame = reader_.next();
        if (!frame || !*frame) return;
        auto envelope = cti::wire::parse_envelope(**frame);
        if (!envelope) return;
        received.append(*envelope);
        emit envelopeReceived(*envelope);
        onEnvelope(*envelope);
    }
}

void FakeServer::onEnvelope(const cti::wire::Envelope& in) {
    cti::wire::Envelope out;
    out.set_request_id(in.request_id());
    switch (in.body_case()) {
        case cti::wire::Envelope::kHello: {
            auto* ok = out.mutable_hello_ok();
            ok->set_protocol_major(cti::wire::kProtocolMajor);
            ok->set_protocol_minor(cti::wire::kProtocolMinor);
            ok->set_server_version("fake");
            ok->set_heartbeat_interval_ms(heartbeatMs);
            ok->set_idle_timeout_ms(idleTimeoutMs);
            ok->set_max_frame_bytes(cti::wire::kDefaultMaxFrameBytes);
            push(out);
            if (heartbeatMs > 0) heartbeat_.start(static_cast<int>(heartbeatMs));
            return;
        }
        case cti::wire::Envelope::kLogin: {
            if (rejectLogin) {
                out.mutable_error()->set_code(cti::wire::AUTH_FAILED);
                out.mutable_error()->set_message("Wrong user name or password.");
                push(out);
                return;
            }
            const QString token = QStringLiteral("token-%1").arg(issuedTokens.size() + 1);
            issuedTokens.append(token);
            auto* ok = out.mutable_login_ok();
            ok->set_session_id("session-1");
            ok->set_resume_token(token.toStdString());
            ok->set_resumed(!in.login().resume_token().empty());
            *ok->mutable_user() = snapshot.me();
            push(out);
            cti::wire::Envelope snap;
            *snap.mutable_snapshot() = snapshot;
            push(snap);
            return;
        }
        case cti::wire::Envelope::kPing:
            if (!answerRequests) return;
            out.mutable_pong()->set_nonce(in.ping().nonce());
            push(out);
            return;
        case cti::wire::Envelope::kSnapshotRequest:
            if (!answerRequests) return;
            *out.mutable_snapshot() = snapshot;
            push(out);
            return;
        case cti::wire::Envelope::kLogout:
            out.mutable_logout_ok();
            push(out);
            client_->disconnectFromHost();
            return;
        default: return;
    }
}

cti::wire::Snapshot sampleSnapshot() {
    cti::wire::Snapshot s;
    auto* me = s.mutable_me();
    me->set_user_id(7);
    me->set_login("alice");
    me->set_display_name("Alice Zhang");
    me->set_role(cti::wire::AGENT);
    me->set_department("Billing");
    me->set_extension("8001");
    me->add_permissions("ticket.create");
    s.set_server_time_ms(1'700'000'000'000);
    s.set_event_seq(41);
    auto* agent = s.add_agents();
    agent->set_user_id(7);
    agent->set_login("alice");
    agent->set_display_name("Alice Zhang");
    agent->set_extension("8001");
    agent->set_department("Billing");
    agent->set_online(true);
    auto* announcement = s.add_announcements();
    announcement->set_announcement_id(1);
    announcement->set_title("Outage in district 3");
    announcement->set_body("Power is off until 18:00.");
    announcement->set_author("Team leader");
    announcement->set_created_ms(1'700'000'000'000);
    return s;
}

}  // namespace cti::test
