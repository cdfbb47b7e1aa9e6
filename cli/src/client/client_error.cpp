#include "cti/client/client_error.h"

namespace cti::client {

std::string_view to_string(ErrorKind kind) noexcept {
    switch (kind) {
        case ErrorKind::connect: return "connect";
        case ErrorKind::tls: return "tls";
        case ErrorKind::timeout: return "timeout";
        case ErrorKind::closed: return "closed";
        case ErrorKind::protocol: return "protocol";
        case ErrorKind::server: return "server";
    }
    return "unknown";
}

ClientError server_error(const wire::Error& error) {
    std::string message = error.message();
    // The protocol promises a message for people; if a server leaves it out, the code still
    // tells the user something.
    if (message.empty()) message = "the server refused the request (" + wire::ErrorCode_Name(error.code()) + ")";
    return ClientError{ErrorKind::server, error.code(), std::move(message), error.retry_after_ms()};
}

}  // namespace cti::client
