#include "test_server.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <random>

namespace cti::test {

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("cti-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
             std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

Config test_config(const std::filesystem::path& data_dir) {
    Config c;
    c.data_dir = data_dir;
    c.seed_demo = true;
    c.log.level = "warn";
    c.gateway.bind = "127.0.0.1";
    c.gateway.port = 0;
    // Hello and Login, failed attempts included, must fit in it: Argon2id under the sanitizers
    // on a loaded 2-core machine takes a while.
    c.gateway.handshake_timeout_ms = 8000;
    c.gateway.heartbeat_interval_ms = 300;
    c.gateway.idle_timeout_ms = 20000;  // clients idle between calls in tests
    c.gateway.resume_grace_ms = 5000;
    c.http.port = 0;
    // Tests run side by side: SIP on a free port, media on loopback.
    c.sip.bind = "127.0.0.1";
    c.sip.port = 0;
    c.sip.advertised_address = "127.0.0.1";
    c.media.bind = "127.0.0.1";
    c.media.prompts_at_start = false;  // espeak-ng for 30 prompts at every start: CPU the tests need
    c.auth.failures_before_delay = 2;
    c.auth.failures_before_lockout = 4;
    c.auth.max_delay_ms = 300;
    c.auth.lockout_s = 60;
    return c;
}

TestServer::TestServer(Config config) : config_(std::move(config)) {
    if (config_.data_dir.empty()) {
        owned_dir_ = std::make_unique<TempDir>();
        config_.data_dir = owned_dir_->path();
    }
    auto s = app::Server::create(config_);
    if (!s) FAIL("server did not start: " << s.error().message);
    server_ = std::move(*s);
    thread_ = std::thread([this] { server_->run(false); });
}

TestServer::~TestServer() { stop(); }

void TestServer::stop() {
    if (!thread_.joinable()) return;
    server_->stop();
    thread_.join();
    server_.reset();
}

std::string TestServer::password(const std::string& login) const {
    std::ifstream in(config_.data_dir / "demo" / (login + ".password"));
    std::string p;
    std::getline(in, p);
    return p;
}

client::ClientOptions TestServer::client_options() const {
    client::ClientOptions o;
    o.host = "127.0.0.1";
    o.port = port();
    o.ca_file = cert_file();
    o.timeout = std::chrono::milliseconds(15000);
    o.client_name = "protocol-test";
    return o;
}

std::unique_ptr<client::Client> TestServer::hello_only() {
    auto c = std::make_unique<client::Client>(client_options());
    auto conn = c->connect();
    if (!conn) FAIL("connect: " << conn.error().message);
    auto h = c->hello();
    if (!h) FAIL("hello: " << h.error().message);
    return c;
}

std::unique_ptr<client::Client> TestServer::login(const std::string& user) {
    auto c = hello_only();
    auto r = c->login(user, password(user));
    if (!r) FAIL("login " << user << ": " << r.error().message);
    return c;
}

std::string http_get(std::uint16_t port, const std::string& target) {
    namespace asio = boost::asio;
    asio::io_context io;
    asio::ip::tcp::socket s(io);
    boost::system::error_code ec;
    s.connect({asio::ip::make_address("127.0.0.1"), port}, ec);
    if (ec) return {};
    const std::string req = "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    asio::write(s, asio::buffer(req), ec);
    std::string out;
    asio::read(s, asio::dynamic_buffer(out), ec);
    const auto body = out.find("\r\n\r\n");
    return body == std::string::npos ? std::string{} : out.substr(body + 4);
}

wire::Snapshot expect_snapshot(client::Client& c) {
    auto e = c.next_event(std::chrono::milliseconds(10000));
    REQUIRE(e.has_value());
    REQUIRE(e->has_value());
    REQUIRE((*e)->has_snapshot());
    return (*e)->snapshot();
}

bool ping_ok(client::Client& c) {
    wire::Envelope e;
    e.mutable_ping()->set_nonce(4242);
    auto r = c.request(e);
    return r && r->has_pong() && r->pong().nonce() == 4242;
}

}  // namespace cti::test
