#include "cti/client/client.h"

#include "connection.h"

#ifndef CTI_VERSION
#define CTI_VERSION "0"
#endif

namespace cti::client {

namespace {

using detail::Clock;

std::string ms_text(std::chrono::milliseconds ms) { return std::to_string(ms.count()) + " ms"; }

ClientError protocol_error(std::string message) {
    return ClientError{ErrorKind::protocol, wire::ERROR_UNSPECIFIED, std::move(message)};
}

// The reply a typed call expects, or a protocol error naming what came instead.
template <class Has>
Result<wire::Envelope> expect_body(Result<wire::Envelope> reply, Has has, std::string_view expected) {
    if (!reply) return reply;
    if (!has(*reply))
        return std::unexpected(protocol_error("the server answered with " + std::string(wire::body_name(*reply)) +
                                              " where " + std::string(expected) + " was expected"));
    return reply;
}

}  // namespace

Client::Client(ClientOptions options)
    : options_(std::move(options)), connection_(std::make_unique<detail::Connection>()) {}

Client::~Client() = default;

Result<void> Client::connect() {
    inbox_.clear();
    hello_ok_.reset();
    return connection_->open(options_, Clock::now() + options_.timeout);
}

Result<wire::HelloOk> Client::hello() {
    wire::Envelope envelope;
    auto* hello = envelope.mutable_hello();
    hello->set_protocol_major(wire::kProtocolMajor);
    hello->set_protocol_minor(wire::kProtocolMinor);
    hello->set_client_name(options_.client_name);
    hello->set_client_version(CTI_VERSION);
    auto reply = expect_body(request(std::move(envelope)), [](const auto& e) { return e.has_hello_ok(); }, "HelloOk");
    if (!reply) return std::unexpected(reply.error());
    hello_ok_ = reply->hello_ok();

    wire::Envelope heartbeat;
    heartbeat.mutable_heartbeat();
    connection_->set_liveness(std::chrono::milliseconds(hello_ok_->heartbeat_interval_ms()),
                              std::chrono::milliseconds(hello_ok_->idle_timeout_ms()),
                              wire::encode_frame(heartbeat));
    return *hello_ok_;
}

Result<wire::LoginOk> Client::login(const std::string& user, const std::string& password,
                                    const std::string& resume_token) {
    wire::Envelope envelope;
    auto* login = envelope.mutable_login();
    login->set_user(user);
    login->set_password(password);
    login->set_resume_token(resume_token);
    auto reply = expect_body(request(std::move(envelope)), [](const auto& e) { return e.has_login_ok(); }, "LoginOk");
    if (!reply) return std::unexpected(reply.error());
    return reply->login_ok();
}

Result<wire::Envelope> Client::request(wire::Envelope envelope) {
    if (auto open = ensure_open(); !open) return std::unexpected(closing_error_or(open.error()));
    const std::uint64_t id = next_request_id_++;
    envelope.set_request_id(id);
    const auto deadline = Clock::now() + options_.timeout;
    if (auto sent = connection_->write(wire::encode_frame(envelope), deadline); !sent)
        return std::unexpected(closing_error_or(sent.error()));

    std::optional<Result<wire::Envelope>> outcome;
    auto waited = connection_->wait(
        [&] {
            absorb();
            outcome = take_reply(id);
            return outcome.has_value();
        },
        deadline);
    if (!waited) {
        ClientError error = waited.error();
        if (error.kind == ErrorKind::timeout && connection_->is_open())
            error.message = "no reply to " + std::string(wire::body_name(envelope)) + " from the server within " +
                            ms_text(options_.timeout);
        return std::unexpected(std::move(error));
    }
    return std::move(*outcome);
}

Result<std::optional<wire::Envelope>> Client::next_event(std::chrono::milliseconds timeout) {
    // No open check first: events that arrived before the connection ended are still delivered,
    // and only then the reason it ended.
    std::optional<Result<wire::Envelope>> outcome;
    auto waited = connection_->wait(
        [&] {
            absorb();
            outcome = take_event();
            return outcome.has_value();
        },
        Clock::now() + timeout);
    if (!waited) {
        if (waited.error().kind == ErrorKind::timeout && connection_->is_open())
            return std::optional<wire::Envelope>();
        return std::unexpected(waited.error());
    }
    if (!*outcome) return std::unexpected(outcome->error());
    return std::optional<wire::Envelope>(std::move(**outcome));
}

Result<void> Client::send_raw(std::string_view bytes) {
    if (auto open = ensure_open(); !open) return open;
    return connection_->write(std::string(bytes), Clock::now() + options_.timeout);
}

Result<std::string> Client::read_frame_raw(std::chrono::milliseconds timeout) {
    auto waited = connection_->wait(
        [&] {
            absorb();
            return !inbox_.empty();
        },
        Clock::now() + timeout);
    if (!waited) {
        ClientError error = waited.error();
        if (error.kind == ErrorKind::timeout) error.message = "no frame from the server within " + ms_text(timeout);
        return std::unexpected(std::move(error));
    }
    std::string payload = std::move(inbox_.front().payload);
    inbox_.pop_front();
    return payload;
}

void Client::close() {
    connection_->close();
    hello_ok_.reset();
}

bool Client::is_open() const { return connection_->is_open(); }

std::string Client::server_fingerprint() const { return connection_->peer_fingerprint(); }

void Client::absorb() {
    auto& received = connection_->received();
    while (!received.empty()) {
        Inbound in{std::move(received.front()), std::unexpected(wire::WireError::bad_envelope), 0};
        received.pop_front();
        wire::Envelope partial;
        in.envelope = wire::parse_envelope(in.payload, &partial);
        in.request_id = in.envelope ? in.envelope->request_id() : partial.request_id();
        inbox_.push_back(std::move(in));
    }
}

std::optional<Result<wire::Envelope>> Client::take_reply(std::uint64_t request_id) {
    for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
        const bool ours = it->request_id == request_id;
        // An Error not tied to any request comes just before the server closes the connection:
        // it is the answer to whatever the client is waiting for.
        const bool closing_error = it->request_id == 0 && it->envelope && it->envelope->has_error();
        if (!ours && !closing_error) continue;
        Inbound in = std::move(*it);
        inbox_.erase(it);
        if (!in.envelope) {
            if (in.envelope.error() == wire::WireError::unknown_message)
                return std::unexpected(protocol_error(
                    "the server answered with a message this client does not know; use a cti-cli "
                    "as new as the server"));
            return std::unexpected(protocol_error("the server answered with a frame that is not a protocol message"));
        }
        if (in.envelope->has_error()) return std::unexpected(server_error(in.envelope->error()));
        return std::move(*in.envelope);
    }
    return std::nullopt;
}

std::optional<Result<wire::Envelope>> Client::take_event() {
    while (!inbox_.empty()) {
        Inbound in = std::move(inbox_.front());
        inbox_.pop_front();
        if (!in.envelope) {
            // Messages added in a newer protocol minor are ignored, as PROTOCOL.md asks of older
            // peers; bytes that are not an Envelope at all mean the stream cannot be trusted.
            if (in.envelope.error() == wire::WireError::unknown_message) continue;
            return std::unexpected(protocol_error("the server sent a frame that is not a protocol message"));
        }
        // Heartbeats only keep the link alive; a non-zero id is a late reply to a request that
        // already timed out, which nobody waits for any more.
        if (in.envelope->has_heartbeat() || in.request_id != 0) continue;
        return std::move(*in.envelope);
    }
    return std::nullopt;
}

ClientError Client::closing_error_or(ClientError error) {
    // The server's own reason for closing says more than "connection closed".
    absorb();
    for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
        if (it->request_id != 0 || !it->envelope || !it->envelope->has_error()) continue;
        error = server_error(it->envelope->error());
        inbox_.erase(it);
        break;
    }
    return error;
}

Result<void> Client::ensure_open() const {
    if (connection_->is_open()) return {};
    return std::unexpected(connection_->why_closed());
}

}  // namespace cti::client
