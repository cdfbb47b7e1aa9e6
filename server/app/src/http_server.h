#pragma once
// A small HTTP/1.1 server (Boost.Beast) on the core thread for /health and /metrics. Requests
// are limited in size and time: the port may be reachable by strangers.
#include <boost/asio/ip/tcp.hpp>

#include <functional>
#include <memory>

#include "cti/core/error.h"
#include "http_api.h"

namespace cti::app {

class HttpServer : public std::enable_shared_from_this<HttpServer> {
public:
    using Handler = std::function<HttpReply(std::string_view method, std::string_view target)>;

    HttpServer(boost::asio::any_io_executor ex, Handler handler);
    Result<void> open(const std::string& address, std::uint16_t port);
    void start();
    void stop();
    std::uint16_t port() const;

private:
    void do_accept();

    boost::asio::ip::tcp::acceptor acceptor_;
    Handler handler_;
};

}  // namespace cti::app
