#include "cti/gateway/listener.h"

#include "cti/core/logging.h"
#include "cti/gateway/connection.h"

namespace cti::gateway {

namespace asio = boost::asio;

Listener::Listener(asio::any_io_executor ex, asio::ssl::context& tls, Hub& hub)
    : acceptor_(ex), tls_(tls), hub_(hub) {}

Result<void> Listener::open(const std::string& address, std::uint16_t port) {
    boost::system::error_code ec;
    auto addr = asio::ip::make_address(address, ec);
    if (ec) return fail(Errc::config_error, fmt::format("gateway.bind '{}' is not an IP address", address));
    asio::ip::tcp::endpoint ep(addr, port);
    acceptor_.open(ep.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(ep, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(Errc::io_error,
                    fmt::format("cannot listen on {}:{} for desktops: {} (is another cti-server "
                                "running? change gateway.port in the configuration)",
                                address, port, ec.message()));
    return {};
}

void Listener::start() { do_accept(); }

void Listener::stop() {
    boost::system::error_code ignored;
    acceptor_.close(ignored);
}

std::uint16_t Listener::port() const {
    boost::system::error_code ec;
    return acceptor_.local_endpoint(ec).port();
}

void Listener::do_accept() {
    acceptor_.async_accept([self = shared_from_this()](const boost::system::error_code& ec,
                                                       asio::ip::tcp::socket socket) {
        self->on_accept(ec, std::move(socket));
    });
}

void Listener::on_accept(const boost::system::error_code& ec, asio::ip::tcp::socket socket) {
    if (ec == asio::error::operation_aborted) return;
    if (ec) {
        // EMFILE and friends: keep accepting, the condition may pass.
        cti::logger("gateway")->warn("accept failed: {}", ec.message());
        return do_accept();
    }
    ++hub_.metrics().connections_accepted;
    if (hub_.connection_count() >= hub_.config().max_connections) {
        ++hub_.metrics().connections_refused;
        cti::logger("gateway")->warn("connection refused: max_connections={} reached",
                                     hub_.config().max_connections);
        boost::system::error_code ignored;
        socket.close(ignored);
        return do_accept();
    }
    boost::system::error_code ep_ec;
    const auto address = socket.remote_endpoint(ep_ec).address().to_string();
    if (ep_ec || !hub_.admit_unauthenticated(address)) {
        ++hub_.metrics().connections_refused;
        cti::logger("gateway")->warn("connection refused: addr={} has {} connections not logged in",
                                     address, hub_.config().max_unauthenticated_per_address);
        boost::system::error_code ignored;
        socket.close(ignored);
        return do_accept();
    }
    socket.set_option(asio::ip::tcp::no_delay(true));
    auto c = std::make_shared<Connection>(std::move(socket), tls_, hub_);
    hub_.add(c);
    c->start();
    do_accept();
}

}  // namespace cti::gateway
