#pragma once
// An in-process cti-server on a fresh data folder with the demo call center, on free ports,
// running its core thread on a background thread; and helpers to connect real clients to it.
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "cti/client/client.h"
#include "cti/core/config.h"
#include "server.h"

namespace cti::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Test-friendly defaults: short handshake timeout, quick heartbeats, strict throttle.
// An empty data_dir: TestServer makes (and removes) a temporary one.
Config test_config(const std::filesystem::path& data_dir);

class TestServer {
public:
    explicit TestServer(Config config);
    TestServer() : TestServer(test_config({})) {}
    ~TestServer();

    std::uint16_t port() const { return server_->gateway_port(); }
    std::uint16_t http_port() const { return server_->http_port(); }
    std::uint16_t sip_port() const { return server_->sip_port(); }
    app::Server& server() { return *server_; }
    const Config& config() const { return config_; }
    std::string password(const std::string& login) const;  // from the demo password file
    std::string cert_file() const { return config_.cert_path().string(); }

    client::ClientOptions client_options() const;
    // Connected, hello'd and logged in; the post-login Snapshot is left in the client.
    std::unique_ptr<client::Client> login(const std::string& user);
    // Connected and hello'd only.
    std::unique_ptr<client::Client> hello_only();

    // Stops the core thread and waits for it (every accepted write is on disk after this).
    void stop();

private:
    std::unique_ptr<TempDir> owned_dir_;
    Config config_;
    std::unique_ptr<app::Server> server_;
    std::thread thread_;
};

// GET on the server's HTTP port; returns the body (empty on failure).
std::string http_get(std::uint16_t port, const std::string& target);

// The first Snapshot pushed after login.
wire::Snapshot expect_snapshot(client::Client& c);

// A ping round trip: the proof that a connection is still served.
bool ping_ok(client::Client& c);

}  // namespace cti::test
