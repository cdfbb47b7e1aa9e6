#include "cti/cli/exit_code.h"

namespace cti::cli {

ExitCode exit_code_for(const client::ClientError& error, Stage stage) {
    using client::ErrorKind;
    if (error.kind == ErrorKind::server &&
        (error.server_code == wire::AUTH_FAILED || error.server_code == wire::RATE_LIMITED))
        return ExitCode::auth;
    // Until Hello succeeds nothing of the session exists: whatever went wrong, the user has to
    // fix how cti-cli reaches the server (address, certificate, version).
    if (stage == Stage::connect) return ExitCode::connect;
    if (error.kind == ErrorKind::server) return ExitCode::server_error;
    return ExitCode::failure;
}

}  // namespace cti::cli
