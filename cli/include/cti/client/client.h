#pragma once
// A synchronous client of the desktop protocol (schema/PROTOCOL.md) for cti-cli and the
// integration tests. Every call blocks for at most ClientOptions::timeout (next_event and
// read_frame_raw: their own timeout) and returns a value or a ClientError; nothing throws and
// nothing waits forever.
//
// Threading: a Client is used from one thread at a time. It does I/O only inside its calls, so
// heartbeats go out only while a call is waiting: a caller that idles should wait in next_event.
#include <chrono>
#include <cstdint>
#include <deque>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cti.pb.h"
#include "cti/client/client_error.h"
#include "cti/wire/frame.h"

namespace cti::client {

namespace detail {
class Connection;
}

template <class T>
using Result = std::expected<T, ClientError>;

struct ClientOptions {
    std::string host;
    std::uint16_t port = 7443;
    // Trust: ca_file (PEM) verifies the chain and the host name against those certificates;
    // pin_sha256 accepts exactly the certificate with that fingerprint (see fingerprint.h);
    // neither: the system trust store. verify = false accepts any certificate (tests only).
    std::string ca_file;
    std::string pin_sha256;
    bool verify = true;
    std::chrono::milliseconds timeout{10000};
    std::string client_name = "cti-cli";
};

class Client {
public:
    explicit Client(ClientOptions options);
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    // TCP connect and TLS handshake, both within one timeout. A connection already open is
    // closed first, so the same Client can reconnect (e.g. to resume a session).
    Result<void> connect();

    // Hello → HelloOk. Also starts the heartbeats at the server's heartbeat_interval_ms and the
    // idle check at its idle_timeout_ms.
    Result<wire::HelloOk> hello();

    // Login → LoginOk. The Snapshot the server sends next is left for next_event.
    Result<wire::LoginOk> login(const std::string& user, const std::string& password,
                                const std::string& resume_token = "");

    // Sends the envelope under a fresh non-zero request_id (any id in it is replaced) and waits
    // for the reply with that id. An Error reply becomes a ClientError of kind server, as does an
    // Error with request_id 0 that arrives meanwhile (the server sends those just before it
    // closes the connection). Events arriving meanwhile stay buffered for next_event.
    Result<wire::Envelope> request(wire::Envelope envelope);

    // The next server-pushed envelope (Event, the post-login Snapshot, an Error with
    // request_id 0), in arrival order; nullopt if none arrived within the timeout. Heartbeats,
    // late replies to requests that timed out, and messages newer than this client are skipped.
    Result<std::optional<wire::Envelope>> next_event(std::chrono::milliseconds timeout);

    // For tests that inject bad input: writes the bytes as they are (no framing added).
    Result<void> send_raw(std::string_view bytes);

    // For tests: the payload of the next frame not yet taken by request or next_event,
    // including heartbeats and frames that are not valid Envelopes. A timeout is an error here.
    Result<std::string> read_frame_raw(std::chrono::milliseconds timeout);

    // Closes the connection without a Logout (the server keeps the session for resume).
    void close();

    bool is_open() const;
    const ClientOptions& options() const { return options_; }
    // From the last successful hello().
    const std::optional<wire::HelloOk>& hello_ok() const { return hello_ok_; }
    // "AB:CD:..." of the server's certificate on the current connection; empty before connect.
    std::string server_fingerprint() const;

private:
    struct Inbound {
        std::string payload;
        std::expected<wire::Envelope, wire::WireError> envelope;
        std::uint64_t request_id = 0;  // known even when the body is not
    };

    void absorb();
    std::optional<Result<wire::Envelope>> take_reply(std::uint64_t request_id);
    std::optional<Result<wire::Envelope>> take_event();
    Result<void> ensure_open() const;
    ClientError closing_error_or(ClientError error);

    ClientOptions options_;
    std::unique_ptr<detail::Connection> connection_;
    std::deque<Inbound> inbox_;
    std::uint64_t next_request_id_ = 1;
    std::optional<wire::HelloOk> hello_ok_;
};

}  // namespace cti::client
