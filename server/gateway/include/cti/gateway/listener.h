#pragma once
// Accepts desktop connections on the TLS port and hands each to a Connection.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <memory>

#include "cti/core/error.h"
#include "cti/gateway/hub.h"

namespace cti::gateway {

class Listener : public std::enable_shared_from_this<Listener> {
public:
    Listener(boost::asio::any_io_executor ex, boost::asio::ssl::context& tls, Hub& hub);

    // Binds and listens; the error says what to do (port taken, permission).
    Result<void> open(const std::string& address, std::uint16_t port);
    void start();
    void stop();
    std::uint16_t port() const;

private:
    void do_accept();
    void on_accept(const boost::system::error_code& ec, boost::asio::ip::tcp::socket socket);

    boost::asio::ip::tcp::acceptor acceptor_;
    boost::asio::ssl::context& tls_;
    Hub& hub_;
};

}  // namespace cti::gateway
