#pragma once
// A scripted stand-in for cti-server: a TLS listener on 127.0.0.1 that accepts connections one
// after another on its own thread and runs a script against each. The script reads and writes
// envelopes in order, which makes the wire exchange of each test plain to read.
//
// Scripts run on the server thread: they must not use Catch2 assertions (not thread-safe).
// They record what they saw in variables that the test reads after join().
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>

#include "cti.pb.h"
#include "test_certificate.h"

namespace cti::cli::test {

class FakeServer {
public:
    // One accepted, TLS-established connection, as the script sees it. Every call gives up after
    // its timeout, so a script never outlives a test that went wrong; a read that times out
    // closes the connection (a half-read frame cannot be resumed).
    class Peer {
    public:
        // The next frame as an envelope; nullopt on timeout, close, or a frame that is not one.
        std::optional<wire::Envelope> read(std::chrono::milliseconds timeout = std::chrono::seconds(5));
        // The next frame's payload as bytes.
        std::optional<std::string> read_payload(std::chrono::milliseconds timeout = std::chrono::seconds(5));
        bool send(const wire::Envelope& envelope);
        // Answers `request` with `reply` under the request's id.
        bool reply(const wire::Envelope& request, wire::Envelope reply);
        // Hello → HelloOk, Login → LoginOk (user "alice"), then the post-login Snapshot.
        bool accept_login(std::uint32_t heartbeat_interval_ms = 0);

    private:
        friend class FakeServer;
        explicit Peer(FakeServer& server) : server_(server) {}
        FakeServer& server_;
        bool ended_ = false;  // a read or write failed: the connection is over
    };

    using Script = std::function<void(Peer&)>;

    FakeServer(const TestCertificate& certificate, Script script, int connections = 1);
    ~FakeServer();
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;

    std::uint16_t port() const { return port_; }
    // Waits for the scripts to finish; after it, what they recorded may be read.
    void join();
    // How many connections completed the TLS handshake.
    int handshakes() const { return handshakes_; }

private:
    void serve(int connections);
    template <class Start>
    bool step(Start start, std::chrono::milliseconds timeout, bool accepting);

    using Stream = boost::asio::ssl::stream<boost::asio::ip::tcp::socket>;

    boost::asio::io_context io_;
    boost::asio::ssl::context tls_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::optional<Stream> stream_;
    std::uint16_t port_ = 0;
    Script script_;
    int handshakes_ = 0;
    std::thread thread_;
};

// A free port with nothing listening on it (for "connection refused").
std::uint16_t closed_port();

wire::UserInfo alice();

}  // namespace cti::cli::test
