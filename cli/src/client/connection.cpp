#include "connection.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>

#include "peer_verifier.h"

namespace cti::client::detail {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
using asio::ip::tcp;
using boost::system::error_code;

namespace {

// What the client accepts from the server. HelloOk.max_frame_bytes limits what the server
// accepts, not what it sends: a snapshot of a large site may be bigger, so the client is generous
// and only refuses lengths no server would send.
constexpr std::uint32_t kMaxIncomingFrameBytes = 64u << 20;

bool is_ip_address(const std::string& host) {
    error_code ec;
    asio::ip::make_address(host, ec);
    return !ec;
}

std::string describe_peer(const ClientOptions& options) {
    const bool v6 = options.host.find(':') != std::string::npos;
    return (v6 ? "[" + options.host + "]" : options.host) + ":" + std::to_string(options.port);
}

ClientError not_open() {
    return ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                       "not connected to the server: connect first"};
}

}  // namespace

Connection::Connection() : reader_(kMaxIncomingFrameBytes) {}

Connection::~Connection() { close(); }

Result<void> Connection::open(const ClientOptions& options, Clock::time_point deadline) {
    close();
    failure_.reset();
    received_.clear();
    reader_ = wire::FrameReader(kMaxIncomingFrameBytes);
    heartbeat_interval_ = idle_timeout_ = std::chrono::milliseconds(0);
    heartbeat_frame_.clear();
    peer_ = describe_peer(options);
    const std::string within = " within " + std::to_string(options.timeout.count()) + " ms";

    auto verifier = PeerVerifier::create(options);
    if (!verifier) return std::unexpected(verifier.error());
    verifier_ = std::move(*verifier);
    stream_ = std::make_unique<Stream>(io_, verifier_->context());

    // Every failure below drops the stream, so is_open() is false until the next open().
    auto abandon = [this](ClientError error) -> Result<void> {
        close();
        failure_ = error;
        return std::unexpected(std::move(error));
    };
    auto close_socket = [this] {
        error_code ignored;
        stream_->lowest_layer().close(ignored);
    };

    bool done = false;
    error_code ec;
    tcp::resolver resolver(io_);
    tcp::resolver::results_type endpoints;
    // A numeric host skips getaddrinfo's lookups, which a cancel cannot interrupt.
    const auto flags = is_ip_address(options.host) ? tcp::resolver::numeric_host | tcp::resolver::numeric_service
                                                   : tcp::resolver::numeric_service;
    resolver.async_resolve(options.host, std::to_string(options.port), flags,
                           [&](const error_code& e, tcp::resolver::results_type r) {
                               ec = e;
                               endpoints = std::move(r);
                               done = true;
                           });
    if (!run_until(done, deadline, [&] { resolver.cancel(); }))
        return abandon({ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
                        "could not resolve '" + options.host + "'" + within + "; check --server"});
    if (ec)
        return abandon({ErrorKind::connect, wire::ERROR_UNSPECIFIED,
                        "cannot resolve '" + options.host + "' (" + ec.message() + "); check --server"});

    done = false;
    asio::async_connect(stream_->lowest_layer(), endpoints, [&](const error_code& e, const tcp::endpoint&) {
        ec = e;
        done = true;
    });
    if (!run_until(done, deadline, close_socket))
        return abandon({ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
                        "no connection to " + peer_ + within +
                            "; check --server and that a firewall lets the port through"});
    if (ec)
        return abandon({ErrorKind::connect, wire::ERROR_UNSPECIFIED,
                        "cannot connect to " + peer_ + " (" + ec.message() +
                            "); check that cti-server is running and that --server names its "
                            "desktop port (7443 by default)"});

    done = false;
    verifier_->prepare(*stream_);
    stream_->async_handshake(ssl::stream_base::client, [&](const error_code& e) {
        ec = e;
        done = true;
    });
    if (!run_until(done, deadline, close_socket))
        return abandon({ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
                        "the TLS handshake with " + peer_ + " did not complete" + within +
                            "; check that --server names the desktop port of cti-server"});
    if (ec) {
        if (verifier_->rejected())
            return abandon({ErrorKind::tls, wire::ERROR_UNSPECIFIED, verifier_->rejection_message()});
        return abandon({ErrorKind::tls, wire::ERROR_UNSPECIFIED,
                        "the TLS handshake with " + peer_ + " failed (" + ec.message() +
                            "); check that --server names the desktop port of cti-server"});
    }

    last_write_ = last_read_ = Clock::now();
    start_read();
    return {};
}

void Connection::close() {
    if (!stream_) return;
    error_code ignored;
    stream_->lowest_layer().shutdown(tcp::socket::shutdown_both, ignored);
    stream_->lowest_layer().close(ignored);
    // The aborted read and write still hold references into the stream: let them finish
    // (they complete at once with operation_aborted) before the stream goes away.
    io_.restart();
    io_.run();
    stream_.reset();
    write_queue_.clear();
    writing_ = false;
    if (!failure_) failure_ = not_open();
}

ClientError Connection::why_closed() const { return failure_ ? *failure_ : not_open(); }

Result<void> Connection::write(std::string bytes, Clock::time_point deadline) {
    if (!stream_) return std::unexpected(not_open());
    if (failure_) return std::unexpected(*failure_);
    queue_write(std::move(bytes));
    auto written = wait([this] { return write_queue_.empty() && !writing_; }, deadline);
    if (!written && written.error().kind == ErrorKind::timeout) {
        fail({ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
              "sending to " + peer_ + " did not complete in time; the connection was closed"});
        return std::unexpected(*failure_);
    }
    return written;
}

Result<void> Connection::wait(const std::function<bool()>& done, Clock::time_point deadline) {
    for (;;) {
        if (done()) return {};
        if (!stream_) return std::unexpected(failure_ ? *failure_ : not_open());
        if (failure_) return std::unexpected(*failure_);
        // Take in whatever already arrived before judging liveness: a caller that was busy
        // elsewhere for a while must not mistake its own pause for the server's silence.
        if (io_.stopped()) io_.restart();
        io_.poll();
        if (done()) return {};
        if (failure_) return std::unexpected(*failure_);
        const auto now = Clock::now();
        check_liveness(now);
        if (failure_) continue;
        if (now >= deadline)
            return std::unexpected(ClientError{ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
                                               "timed out waiting for " + peer_});
        auto wake = deadline;
        if (heartbeat_interval_.count() > 0) wake = std::min(wake, last_write_ + heartbeat_interval_);
        if (idle_timeout_.count() > 0)
            wake = std::min(wake, last_read_ + idle_timeout_ + std::chrono::milliseconds(1));
        if (io_.stopped()) io_.restart();
        // No work at all means no read is outstanding: nothing could ever make done() true.
        if (io_.run_one_until(wake) == 0 && io_.stopped())
            fail({ErrorKind::closed, wire::ERROR_UNSPECIFIED, "the connection to " + peer_ + " is not readable"});
    }
}

void Connection::set_liveness(std::chrono::milliseconds interval, std::chrono::milliseconds idle_timeout,
                              std::string heartbeat_frame) {
    heartbeat_interval_ = interval;
    idle_timeout_ = idle_timeout;
    heartbeat_frame_ = std::move(heartbeat_frame);
    last_read_ = Clock::now();
}

std::string Connection::peer_fingerprint() const {
    return verifier_ ? verifier_->peer_fingerprint() : std::string();
}

bool Connection::run_until(const bool& done, Clock::time_point deadline, const std::function<void()>& cancel) {
    while (!done && Clock::now() < deadline) {
        if (io_.stopped()) io_.restart();
        io_.run_one_until(deadline);
    }
    if (done) return true;
    cancel();
    // The cancelled operation still completes (with operation_aborted); its handler writes to
    // the caller's locals, so it must run before the caller returns.
    while (!done) {
        if (io_.stopped()) io_.restart();
        io_.run_one();
    }
    return false;
}

void Connection::start_read() {
    stream_->async_read_some(asio::buffer(read_buffer_),
                             [this](const error_code& ec, std::size_t n) { on_read(ec, n); });
}

void Connection::on_read(const error_code& ec, std::size_t n) {
    if (ec) {
        if (ec == asio::error::eof || ec == ssl::error::stream_truncated)
            return fail({ErrorKind::closed, wire::ERROR_UNSPECIFIED, "the server closed the connection"});
        if (ec == asio::error::operation_aborted) return fail(not_open());
        return fail({ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                     "the connection to " + peer_ + " was lost (" + ec.message() + ")"});
    }
    last_read_ = Clock::now();
    reader_.append(std::string_view(read_buffer_.data(), n));
    for (;;) {
        auto next = reader_.next();
        if (!next)
            return fail({ErrorKind::protocol, wire::ERROR_UNSPECIFIED,
                         "the server sent an invalid frame (" + std::string(wire::to_string(next.error())) +
                             "); the connection was closed"});
        if (!*next) break;
        received_.emplace_back(**next);
    }
    start_read();
}

void Connection::queue_write(std::string bytes) {
    write_queue_.push_back(std::move(bytes));
    last_write_ = Clock::now();
    if (!writing_) start_write();
}

void Connection::start_write() {
    writing_ = true;
    asio::async_write(*stream_, asio::buffer(write_queue_.front()),
                      [this](const error_code& ec, std::size_t) { on_write(ec); });
}

void Connection::on_write(const error_code& ec) {
    writing_ = false;
    if (ec) {
        if (ec == asio::error::operation_aborted) return fail(not_open());
        return fail({ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                     "the connection to " + peer_ + " was lost while sending (" + ec.message() + ")"});
    }
    write_queue_.pop_front();
    if (!write_queue_.empty()) start_write();
}

void Connection::fail(ClientError error) {
    // The first failure is the cause; what follows (aborted operations) is its consequence.
    if (!failure_) failure_ = std::move(error);
    if (stream_) {
        error_code ignored;
        stream_->lowest_layer().close(ignored);
    }
}

void Connection::check_liveness(Clock::time_point now) {
    if (idle_timeout_.count() > 0 && now - last_read_ > idle_timeout_) {
        fail({ErrorKind::timeout, wire::ERROR_UNSPECIFIED,
              "the server sent nothing for " + std::to_string(idle_timeout_.count()) +
                  " ms (its idle timeout); the connection is considered lost"});
        return;
    }
    if (heartbeat_interval_.count() > 0 && !heartbeat_frame_.empty() && now - last_write_ >= heartbeat_interval_)
        queue_write(heartbeat_frame_);
}

}  // namespace cti::client::detail
