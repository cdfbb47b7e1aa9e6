#include "http_server.h"

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "cti/core/logging.h"

namespace cti::app {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

namespace {

constexpr auto kTimeout = std::chrono::seconds(10);
constexpr std::size_t kMaxHeaderBytes = 8 * 1024;

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(asio::ip::tcp::socket socket, const HttpServer::Handler& handler)
        : stream_(std::move(socket)), handler_(handler) {}

    void start() { do_read(); }

private:
    void do_read() {
        parser_.emplace();
        parser_->header_limit(kMaxHeaderBytes);
        parser_->body_limit(0);
        stream_.expires_after(kTimeout);
        http::async_read(stream_, buffer_, *parser_,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(beast::error_code ec) {
        if (ec == http::error::end_of_stream) return close();
        if (ec) return close();
        const auto& req = parser_->get();
        HttpReply r = handler_(std::string_view(req.method_string().data(), req.method_string().size()),
                               std::string_view(req.target().data(), req.target().size()));
        auto res = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(r.status), req.version());
        res->set(http::field::server, "cti-server");
        res->set(http::field::content_type, r.content_type);
        res->keep_alive(req.keep_alive());
        if (req.method() != http::verb::head) res->body() = std::move(r.body);
        res->prepare_payload();
        http::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code e, std::size_t) {
            if (e || !res->keep_alive()) return self->close();
            self->do_read();
        });
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
        stream_.close();
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::empty_body>> parser_;
    HttpServer::Handler handler_;  // a copy: sessions may outlive the server at shutdown
};

}  // namespace

HttpServer::HttpServer(asio::any_io_executor ex, Handler handler)
    : acceptor_(ex), handler_(std::move(handler)) {}

Result<void> HttpServer::open(const std::string& address, std::uint16_t port) {
    boost::system::error_code ec;
    auto addr = asio::ip::make_address(address, ec);
    if (ec) return fail(Errc::config_error, fmt::format("http.bind '{}' is not an IP address", address));
    asio::ip::tcp::endpoint ep(addr, port);
    acceptor_.open(ep.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(ep, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(Errc::io_error, fmt::format("cannot listen on {}:{} for HTTP: {} (change "
                                                "http.port, or set http.enabled = false)",
                                                address, port, ec.message()));
    return {};
}

void HttpServer::start() { do_accept(); }

void HttpServer::stop() {
    boost::system::error_code ignored;
    acceptor_.close(ignored);
}

std::uint16_t HttpServer::port() const {
    boost::system::error_code ec;
    return acceptor_.local_endpoint(ec).port();
}

void HttpServer::do_accept() {
    acceptor_.async_accept([self = shared_from_this()](boost::system::error_code ec, asio::ip::tcp::socket s) {
        if (ec == asio::error::operation_aborted) return;
        if (!ec) std::make_shared<HttpSession>(std::move(s), self->handler_)->start();
        self->do_accept();
    });
}

}  // namespace cti::app
