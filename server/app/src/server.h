#pragma once
// The composition root of cti-server: creates every service, wires them, runs the core thread.
// main() and the in-process integration tests are its only users.
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include <memory>
#include <optional>

#include "cti/core/clock.h"
#include "cti/core/config.h"
#include "cti/gateway/hub.h"
#include "cti/lookup/http_lookup.h"
#include "cti/gateway/listener.h"
#include "cti/storage/database.h"
#include "cti/storage/writer.h"
#include "demo_seed.h"
#include "http_server.h"
#include "telephony.h"

namespace cti::app {

struct StartReport {
    int schema_from = 0;
    int schema_to = 0;
    bool database_created = false;
    bool certificate_created = false;
    std::string certificate_fingerprint;
    std::vector<DemoLogin> demo_logins;
};

class Server {
public:
    // Opens storage (migrating), seeds the demo when asked and the database is new, makes the
    // TLS certificate if missing, and binds every port. Nothing runs until run().
    static Result<std::unique_ptr<Server>> create(Config config);
    ~Server();

    // Runs the core thread on the caller until stop() or SIGINT/SIGTERM (when handle_signals).
    void run(bool handle_signals);
    // Thread-safe. Closes listeners and connections, drains storage writes, returns from run().
    void stop();

    std::uint16_t gateway_port() const { return listener_->port(); }
    std::uint16_t http_port() const { return http_ ? http_->port() : 0; }
    std::uint16_t sip_port() const { return telephony_ ? telephony_->sip_port() : 0; }
    Telephony* telephony() { return telephony_.get(); }
    const StartReport& report() const { return report_; }
    const Config& config() const { return config_; }

private:
    explicit Server(Config config);
    Result<void> init();
    void shutdown();
    HttpReply serve_http(std::string_view method, std::string_view target);

    Config config_;
    StartReport report_;
    SystemClock clock_;
    std::chrono::steady_clock::time_point started_;
    boost::asio::io_context io_{1};
    // Argon2id hashing and the long reads of the desktop protocol (search, workbench).
    boost::asio::thread_pool slow_work_{2};
    boost::asio::ssl::context tls_{boost::asio::ssl::context::tls_server};
    std::optional<storage::Database> reader_;
    std::unique_ptr<storage::Writer> writer_;
    std::unique_ptr<lookup::HttpLookups> lookups_;  // outlives the hub and telephony that use it
    std::unique_ptr<Telephony> telephony_;
    std::unique_ptr<gateway::Hub> hub_;
    std::shared_ptr<gateway::Listener> listener_;
    std::shared_ptr<HttpServer> http_;
    std::optional<boost::asio::signal_set> signals_;
    bool stopped_ = false;
};

}  // namespace cti::app
