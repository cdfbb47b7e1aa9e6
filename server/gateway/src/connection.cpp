#include "cti/gateway/connection.h"

#include <boost/asio/write.hpp>

#include "cti/core/logging.h"
#include "cti/gateway/requests.h"

namespace cti::gateway {

namespace asio = boost::asio;
using boost::system::error_code;

namespace {
// The first byte of a TLS ClientHello record (RFC 8446 section 5.1: ContentType.handshake).
constexpr unsigned char kTlsHandshakeRecord = 0x16;

auto log() {
    static auto l = cti::logger("gateway");
    return l;
}
}  // namespace

std::string_view to_string(Connection::Phase p) noexcept {
    switch (p) {
        case Connection::Phase::tls_handshake: return "tls_handshake";
        case Connection::Phase::awaiting_hello: return "awaiting_hello";
        case Connection::Phase::awaiting_login: return "awaiting_login";
        case Connection::Phase::logging_in: return "logging_in";
        case Connection::Phase::ready: return "ready";
        case Connection::Phase::closed: return "closed";
    }
    return "unknown";
}

Connection::Connection(asio::ip::tcp::socket socket, asio::ssl::context& tls, Hub& hub)
    : stream_(std::move(socket), tls),
      hub_(hub),
      reader_(hub.config().max_frame_bytes),
      deadline_(stream_.get_executor()),
      heartbeat_(stream_.get_executor()) {
    error_code ec;
    auto ep = stream_.next_layer().remote_endpoint(ec);
    remote_ = ec ? std::string("unknown") : ep.address().to_string();
    ++hub_.metrics().connections_open;
}

Connection::~Connection() { --hub_.metrics().connections_open; }

void Connection::set_phase(Phase p) {
    phase_ = p;
    if ((p == Phase::ready || p == Phase::closed) && counted_unauthenticated_) {
        counted_unauthenticated_ = false;
        hub_.release_unauthenticated(remote_);
    }
}

void Connection::start() {
    last_received_ = hub_.services().clock.steady_now();
    arm_deadline();
    // Peek at the first byte: a TLS client starts with a handshake record; anything else is a
    // plain-TCP client that gets a readable refusal instead of a handshake failure.
    stream_.next_layer().async_receive(
        asio::buffer(peek_), asio::ip::tcp::socket::message_peek,
        [self = shared_from_this()](const error_code& ec, std::size_t n) { self->on_peek(ec, n); });
}

void Connection::on_peek(const error_code& ec, std::size_t n) {
    if (ec || n == 0) return fail(ec ? ec : asio::error::eof, "waiting for the TLS handshake");
    if (static_cast<unsigned char>(peek_[0]) != kTlsHandshakeRecord) return refuse_plain_tcp();
    stream_.async_handshake(asio::ssl::stream_base::server,
                            [self = shared_from_this()](const error_code& e) { self->on_handshake(e); });
}

void Connection::refuse_plain_tcp() {
    ++hub_.metrics().tls_failures;
    log()->warn("plain TCP client on the TLS port refused addr={}", remote_);
    wire::Envelope e;
    e.mutable_error()->set_code(wire::TLS_REQUIRED);
    e.mutable_error()->set_message(
        "this port speaks the CTI protocol over TLS only: connect with TLS (cti-cli and the "
        "desktops do this by default)");
    auto frame = std::make_shared<std::string>(wire::encode_frame(e));
    set_phase(Phase::closed);
    asio::async_write(stream_.next_layer(), asio::buffer(*frame),
                      [self = shared_from_this(), frame](const error_code&, std::size_t) {
                          error_code ignored;
                          self->stream_.next_layer().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
                          self->close("plain TCP");
                      });
}

void Connection::on_handshake(const error_code& ec) {
    if (ec) {
        ++hub_.metrics().tls_failures;
        return fail(ec, "TLS handshake");
    }
    set_phase(Phase::awaiting_hello);
    arm_heartbeat();
    do_read();
}

void Connection::do_read() {
    stream_.async_read_some(asio::buffer(read_buffer_),
                            [self = shared_from_this()](const error_code& ec, std::size_t n) {
                                self->on_read(ec, n);
                            });
}

void Connection::on_read(const error_code& ec, std::size_t n) {
    if (ec) return fail(ec, "reading");
    if (phase_ == Phase::closed) return;
    last_received_ = hub_.services().clock.steady_now();
    reader_.append(std::string_view(read_buffer_.data(), n));
    while (phase_ != Phase::closed && !close_when_flushed_) {
        auto next = reader_.next();
        if (!next) {
            ++hub_.metrics().bad_frames;
            const auto err = next.error();
            log()->warn("bad frame from addr={}: {}", remote_, wire::to_string(err));
            if (err == wire::WireError::frame_too_large)
                send_error(0, wire::FRAME_TOO_LARGE,
                           fmt::format("frame larger than {} bytes; the connection is closed",
                                       hub_.config().max_frame_bytes));
            else
                send_error(0, wire::BAD_FRAME,
                           "received bytes that are not a protocol frame; the connection is closed");
            return close_after_flush();
        }
        if (!*next) break;
        ++hub_.metrics().frames_in;
        handle_frame(**next);
    }
    if (phase_ != Phase::closed && !close_when_flushed_) do_read();
}

void Connection::handle_frame(std::string_view payload) {
    wire::Envelope partial;
    auto envelope = wire::parse_envelope(payload, &partial);
    if (!envelope) {
        ++hub_.metrics().bad_frames;
        if (envelope.error() == wire::WireError::unknown_message) {
            log()->info("unknown message from addr={} request_id={}", remote_, partial.request_id());
            return send_error(partial.request_id(), wire::UNKNOWN_MESSAGE,
                              "this server does not know that message; update the server or "
                              "use a client of the same protocol version");
        }
        log()->warn("undecodable frame from addr={}", remote_);
        send_error(0, wire::BAD_FRAME, "the frame is not a protocol message; the connection is closed");
        return close_after_flush();
    }
    if (envelope->has_heartbeat()) return;
    dispatch(hub_, shared_from_this(), *envelope);
}

void Connection::send(const wire::Envelope& envelope) {
    send_frame(std::make_shared<const std::string>(wire::encode_frame(envelope)));
}

void Connection::send_frame(std::shared_ptr<const std::string> frame) {
    if (phase_ == Phase::closed || close_when_flushed_) return;
    if (queued_bytes_ + frame->size() > hub_.config().send_queue_max_bytes) {
        ++hub_.metrics().slow_clients_dropped;
        log()->warn("slow client dropped addr={} queued_bytes={}", remote_, queued_bytes_);
        return close("send queue full");
    }
    queued_bytes_ += frame->size();
    send_queue_.push_back(std::move(frame));
    sent_since_tick_ = true;
    ++hub_.metrics().frames_out;
    if (!writing_) do_write();
}

void Connection::send_error(std::uint64_t request_id, wire::ErrorCode code, std::string message,
                            std::uint32_t retry_after_ms) {
    wire::Envelope e;
    e.set_request_id(request_id);
    auto* err = e.mutable_error();
    err->set_code(code);
    err->set_message(std::move(message));
    err->set_retry_after_ms(retry_after_ms);
    send(e);
}

void Connection::do_write() {
    // Every frame queued meanwhile goes out in one write (one TLS record, one system call) rather
    // than one write per frame: with hundreds of desktops a burst of events costs per connection
    // one write, not one per event (bench/wall_bench --agent-links).
    constexpr std::size_t kMaxWriteBytes = 256 * 1024;
    writing_ = true;
    write_buffer_.clear();
    while (!send_queue_.empty() &&
           (write_buffer_.empty() || write_buffer_.size() + send_queue_.front()->size() <= kMaxWriteBytes)) {
        write_buffer_ += *send_queue_.front();
        send_queue_.pop_front();
    }
    asio::async_write(stream_, asio::buffer(write_buffer_),
                      [self = shared_from_this()](const error_code& ec, std::size_t n) {
                          self->on_write(ec, n);
                      });
}

void Connection::on_write(const error_code& ec, std::size_t) {
    writing_ = false;
    if (ec) return fail(ec, "writing");
    queued_bytes_ -= write_buffer_.size();
    write_buffer_.clear();
    if (!send_queue_.empty()) return do_write();
    if (close_when_flushed_) close("closed after the last reply");
}

void Connection::close_after_flush() {
    if (phase_ == Phase::closed) return;
    close_when_flushed_ = true;
    if (!writing_ && send_queue_.empty()) close("closed");
}

void Connection::close(std::string_view reason) {
    if (phase_ == Phase::closed && !stream_.next_layer().is_open()) return;
    const bool was_open = phase_ != Phase::closed;
    set_phase(Phase::closed);
    deadline_.cancel();
    heartbeat_.cancel();
    error_code ignored;
    stream_.next_layer().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    stream_.next_layer().close(ignored);
    if (was_open) log()->debug("connection closed addr={} reason={}", remote_, reason);
    if (session_) hub_.detach(session_, this);
    session_.reset();
    hub_.remove(this);
}

void Connection::arm_deadline() {
    deadline_.expires_after(std::chrono::milliseconds(hub_.config().handshake_timeout_ms));
    deadline_.async_wait([self = shared_from_this()](const error_code& ec) { self->on_deadline(ec); });
}

void Connection::on_deadline(const error_code& ec) {
    if (ec == asio::error::operation_aborted || phase_ == Phase::ready || phase_ == Phase::closed) return;
    ++hub_.metrics().timeouts;
    log()->warn("connection timed out in phase={} addr={}", to_string(phase_), remote_);
    if (phase_ == Phase::tls_handshake) return close("handshake timeout");
    send_error(0, wire::TIMEOUT,
               "Hello and Login must complete within the handshake timeout; the connection is closed");
    close_after_flush();
}

void Connection::arm_heartbeat() {
    heartbeat_.expires_after(std::chrono::milliseconds(hub_.config().heartbeat_interval_ms));
    heartbeat_.async_wait([self = shared_from_this()](const error_code& ec) { self->on_heartbeat(ec); });
}

void Connection::on_heartbeat(const error_code& ec) {
    if (ec == asio::error::operation_aborted || phase_ == Phase::closed) return;
    const auto silent = hub_.services().clock.steady_now() - last_received_;
    if (silent > std::chrono::milliseconds(hub_.config().idle_timeout_ms)) {
        ++hub_.metrics().timeouts;
        log()->info("peer silent for {} ms, closing addr={}",
                    std::chrono::duration_cast<std::chrono::milliseconds>(silent).count(), remote_);
        send_error(0, wire::TIMEOUT, "no data or heartbeat within the idle timeout; reconnect");
        return close_after_flush();
    }
    if (!sent_since_tick_) {
        wire::Envelope hb;
        hb.mutable_heartbeat();
        send(hb);
    }
    sent_since_tick_ = false;
    arm_heartbeat();
}

void Connection::fail(const error_code& ec, std::string_view what) {
    if (ec == asio::error::operation_aborted) return;
    if (phase_ != Phase::closed)
        log()->debug("connection ended while {} addr={}: {}", what, remote_, ec.message());
    close(what);
}

}  // namespace cti::gateway
