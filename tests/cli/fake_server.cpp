#include "fake_server.h"

#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "cti/wire/frame.h"

namespace cti::cli::test {

namespace asio = boost::asio;
using asio::ip::tcp;
using boost::system::error_code;

namespace {
constexpr std::chrono::seconds kAcceptTimeout{10};
}

FakeServer::FakeServer(const TestCertificate& certificate, Script script, int connections)
    : tls_(asio::ssl::context::tls_server),
      acceptor_(io_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)),
      script_(std::move(script)) {
    tls_.use_certificate_chain(asio::buffer(certificate.cert_pem()));
    tls_.use_private_key(asio::buffer(certificate.key_pem()), asio::ssl::context::pem);
    port_ = acceptor_.local_endpoint().port();
    thread_ = std::thread([this, connections] { serve(connections); });
}

FakeServer::~FakeServer() { join(); }

void FakeServer::join() {
    if (thread_.joinable()) thread_.join();
}

template <class Start>
bool FakeServer::step(Start start, std::chrono::milliseconds timeout, bool accepting) {
    bool done = false;
    error_code ec;
    start([&](const error_code& e, auto&&...) {
        ec = e;
        done = true;
    });
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    io_.restart();
    while (!done && std::chrono::steady_clock::now() < deadline) io_.run_one_until(deadline);
    if (!done) {
        // A half-read frame cannot be resumed: a timed-out read ends the connection.
        error_code ignored;
        if (accepting)
            acceptor_.close(ignored);
        else
            stream_->lowest_layer().close(ignored);
        while (!done) {
            io_.restart();
            io_.run_one();
        }
    }
    return !ec;
}

void FakeServer::serve(int connections) {
    for (int i = 0; i < connections; ++i) {
        stream_.emplace(io_, tls_);
        if (!step([&](auto handler) { acceptor_.async_accept(stream_->lowest_layer(), handler); }, kAcceptTimeout,
                  true))
            break;
        if (!step([&](auto handler) { stream_->async_handshake(asio::ssl::stream_base::server, handler); },
                  kAcceptTimeout, false))
            continue;
        ++handshakes_;
        Peer peer(*this);
        script_(peer);
        error_code ignored;
        stream_->lowest_layer().shutdown(tcp::socket::shutdown_both, ignored);
        stream_->lowest_layer().close(ignored);
        io_.restart();
        io_.run();
    }
    stream_.reset();
}

std::optional<std::string> FakeServer::Peer::read_payload(std::chrono::milliseconds timeout) {
    // After a failure the TLS stream would only wait out the timeout again.
    if (ended_) return std::nullopt;
    unsigned char header[4];
    auto& s = server_;
    if (!s.step([&](auto handler) { asio::async_read(*s.stream_, asio::buffer(header), handler); }, timeout, false)) {
        ended_ = true;
        return std::nullopt;
    }
    const std::uint32_t length = (std::uint32_t{header[0]} << 24) | (std::uint32_t{header[1]} << 16) |
                                 (std::uint32_t{header[2]} << 8) | std::uint32_t{header[3]};
    std::string payload(length, '\0');
    if (length > 0 &&
        !s.step([&](auto handler) { asio::async_read(*s.stream_, asio::buffer(payload), handler); }, timeout, false)) {
        ended_ = true;
        return std::nullopt;
    }
    return payload;
}

std::optional<wire::Envelope> FakeServer::Peer::read(std::chrono::milliseconds timeout) {
    auto payload = read_payload(timeout);
    if (!payload) return std::nullopt;
    auto envelope = wire::parse_envelope(*payload);
    if (!envelope) return std::nullopt;
    return *envelope;
}

bool FakeServer::Peer::send(const wire::Envelope& envelope) {
    if (ended_) return false;
    const std::string frame = wire::encode_frame(envelope);
    auto& s = server_;
    if (!s.step([&](auto handler) { asio::async_write(*s.stream_, asio::buffer(frame), handler); },
                std::chrono::seconds(5), false))
        ended_ = true;
    return !ended_;
}

bool FakeServer::Peer::reply(const wire::Envelope& request, wire::Envelope reply) {
    reply.set_request_id(request.request_id());
    return send(reply);
}

bool FakeServer::Peer::accept_login(std::uint32_t heartbeat_interval_ms) {
    auto hello = read();
    if (!hello || !hello->has_hello()) return false;
    wire::Envelope hello_ok;
    auto* ok = hello_ok.mutable_hello_ok();
    ok->set_protocol_major(1);
    ok->set_server_version("fake");
    ok->set_heartbeat_interval_ms(heartbeat_interval_ms);
    ok->set_max_frame_bytes(1u << 20);
    if (!reply(*hello, hello_ok)) return false;

    auto login = read();
    if (!login || !login->has_login()) return false;
    wire::Envelope login_ok;
    login_ok.mutable_login_ok()->set_session_id("s1");
    login_ok.mutable_login_ok()->set_resume_token("r1");
    *login_ok.mutable_login_ok()->mutable_user() = alice();
    if (!reply(*login, login_ok)) return false;

    wire::Envelope snapshot;
    *snapshot.mutable_snapshot()->mutable_me() = alice();
    snapshot.mutable_snapshot()->set_event_seq(7);
    return send(snapshot);
}

std::uint16_t closed_port() {
    asio::io_context io;
    tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
    return acceptor.local_endpoint().port();
}

wire::UserInfo alice() {
    wire::UserInfo user;
    user.set_user_id(42);
    user.set_login("alice");
    user.set_display_name("Alice");
    user.set_role(wire::TEAM_LEADER);
    user.add_permissions("announcement.post");
    return user;
}

}  // namespace cti::cli::test
