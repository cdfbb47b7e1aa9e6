#pragma once
// The transport under Client: one TLS stream, a read that is always outstanding once the
// handshake is done, a write queue, and heartbeats when idle. It knows frames, not messages:
// complete payloads pile up in received() in arrival order for Client to interpret.
//
// Everything runs on a private io_context that only this object runs, and only inside open(),
// write() and wait(): the caller's thread is the I/O thread, so there are no locks. Waiting never
// cancels the outstanding read, so a wait that times out leaves the stream intact and the next
// wait continues where it stopped.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <array>
#include <chrono>
#include <deque>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "cti/client/client.h"
#include "cti/wire/frame.h"

namespace cti::client::detail {

class PeerVerifier;

using Clock = std::chrono::steady_clock;

class Connection {
public:
    Connection();
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Resolve, TCP connect and TLS handshake, all before the deadline. Closes any earlier stream.
    Result<void> open(const ClientOptions& options, Clock::time_point deadline);

    // Closes the socket and completes the aborted operations, so the stream can be destroyed.
    void close();

    bool is_open() const { return stream_ != nullptr && !failure_; }
    // Why is_open() is false: the first failure, or "not connected".
    ClientError why_closed() const;

    // Queues the bytes and runs I/O until they are written. A write that misses the deadline
    // leaves a partial TLS record behind, so the connection is then closed.
    Result<void> write(std::string bytes, Clock::time_point deadline);

    // Runs I/O until done() holds (checked first, so frames received before a failure are still
    // seen), the connection fails, or the deadline passes (an error of kind timeout).
    Result<void> wait(const std::function<bool()>& done, Clock::time_point deadline);

    // Complete frame payloads received so far, oldest first; the caller takes them.
    std::deque<std::string>& received() { return received_; }

    // From HelloOk: send heartbeat_frame after `interval` without writing anything, and treat
    // `idle_timeout` without receiving anything as a lost connection. Zero disables either.
    void set_liveness(std::chrono::milliseconds interval, std::chrono::milliseconds idle_timeout,
                      std::string heartbeat_frame);

    std::string peer_fingerprint() const;

private:
    bool run_until(const bool& done, Clock::time_point deadline, const std::function<void()>& cancel);
    void start_read();
    void on_read(const boost::system::error_code& ec, std::size_t n);
    void queue_write(std::string bytes);
    void start_write();
    void on_write(const boost::system::error_code& ec);
    void fail(ClientError error);
    void check_liveness(Clock::time_point now);

    using Stream = boost::asio::ssl::stream<boost::asio::ip::tcp::socket>;

    // Declared first so that it is destroyed last: the stream is registered with it.
    boost::asio::io_context io_;
    std::unique_ptr<PeerVerifier> verifier_;
    std::unique_ptr<Stream> stream_;
    std::string peer_;  // "host:port", for messages
    wire::FrameReader reader_;
    std::array<char, 16 * 1024> read_buffer_{};
    std::deque<std::string> received_;
    std::deque<std::string> write_queue_;
    bool writing_ = false;
    std::optional<ClientError> failure_;
    Clock::time_point last_write_{};
    Clock::time_point last_read_{};
    std::chrono::milliseconds heartbeat_interval_{0};
    std::chrono::milliseconds idle_timeout_{0};
    std::string heartbeat_frame_;
};

}  // namespace cti::client::detail
