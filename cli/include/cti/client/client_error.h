#pragma once
// The one error type of the client library: every operation returns std::expected<T, ClientError>
// so that callers (cti-cli, integration tests) decide what a failure means for them.
#include <cstdint>
#include <string>
#include <string_view>

#include "cti.pb.h"

namespace cti::client {

enum class ErrorKind {
    connect,   // name resolution or TCP connect failed
    tls,       // TLS handshake or certificate verification failed
    timeout,   // a step did not complete within ClientOptions::timeout
    closed,    // the connection is not open (never opened, closed by either side, or lost)
    protocol,  // the server sent something this client cannot accept (bad frame, wrong reply)
    server,    // the server replied with Error; server_code and message are the server's
};

std::string_view to_string(ErrorKind kind) noexcept;

struct ClientError {
    ErrorKind kind = ErrorKind::closed;
    // The server's code for kind == server; ERROR_UNSPECIFIED otherwise.
    wire::ErrorCode server_code = wire::ERROR_UNSPECIFIED;
    // For people: the server's own text for server errors, otherwise says what to do.
    std::string message;
    // From Error.retry_after_ms (RATE_LIMITED, UNAVAILABLE); 0 when the server gave none.
    std::uint32_t retry_after_ms = 0;
};

// A server Error message as a ClientError of kind server.
ClientError server_error(const wire::Error& error);

}  // namespace cti::client
