#pragma once
// One desktop connection: TLS, framing, the Hello/Login handshake, heartbeats, and a bounded
// send queue. Every async step completes in an on_* method that starts with the error check.
// Runs on the core thread. Lifetime: shared_ptr held by the pending async operations.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <deque>
#include <memory>
#include <string>

#include "cti.pb.h"
#include "cti/gateway/hub.h"
#include "cti/wire/frame.h"

namespace cti::gateway {

class Connection : public std::enable_shared_from_this<Connection> {
public:
    enum class Phase { tls_handshake, awaiting_hello, awaiting_login, logging_in, ready, closed };

    Connection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context& tls, Hub& hub);
    ~Connection();

    void start();

    // Queues a frame. Over the send-queue limit the client is too slow: it is disconnected.
    void send(const wire::Envelope& envelope);
    // An encoded frame (wire::encode_frame), shared by every connection an event goes to.
    void send_frame(std::shared_ptr<const std::string> frame);
    void send_error(std::uint64_t request_id, wire::ErrorCode code, std::string message,
                    std::uint32_t retry_after_ms = 0);
    // Sends what is queued, then closes.
    void close_after_flush();
    // Closes now (queued frames are dropped).
    void close(std::string_view reason);

    Phase phase() const { return phase_; }
    void set_phase(Phase p);
    const std::string& remote_address() const { return remote_; }
    const std::shared_ptr<Session>& session() const { return session_; }
    void attach(std::shared_ptr<Session> s) { session_ = std::move(s); }

private:
    void on_peek(const boost::system::error_code& ec, std::size_t n);
    void refuse_plain_tcp();
    void on_handshake(const boost::system::error_code& ec);
    void do_read();
    void on_read(const boost::system::error_code& ec, std::size_t n);
    void do_write();
    void on_write(const boost::system::error_code& ec, std::size_t n);
    void arm_deadline();
    void on_deadline(const boost::system::error_code& ec);
    void arm_heartbeat();
    void on_heartbeat(const boost::system::error_code& ec);
    void handle_frame(std::string_view payload);
    void fail(const boost::system::error_code& ec, std::string_view what);

    boost::asio::ssl::stream<boost::asio::ip::tcp::socket> stream_;
    Hub& hub_;
    std::string remote_;
    Phase phase_ = Phase::tls_handshake;
    wire::FrameReader reader_;
    std::array<char, 16 * 1024> read_buffer_{};
    std::array<char, 1> peek_{};
    // Frames waiting to be written; events published to many connections share one encoding.
    std::deque<std::shared_ptr<const std::string>> send_queue_;
    std::string write_buffer_;  // the frames of the write in flight, coalesced into one TLS write
    std::size_t queued_bytes_ = 0;
    bool writing_ = false;
    bool close_when_flushed_ = false;
    bool sent_since_tick_ = false;
    std::chrono::steady_clock::time_point last_received_;
    boost::asio::steady_timer deadline_;   // TLS + Hello + Login must finish before it fires
    boost::asio::steady_timer heartbeat_;
    std::shared_ptr<Session> session_;
    bool counted_unauthenticated_ = true;  // the listener counted it in Hub::admit_unauthenticated
};

std::string_view to_string(Connection::Phase p) noexcept;

}  // namespace cti::gateway
