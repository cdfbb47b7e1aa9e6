#pragma once
// cti-cli's exit codes, the contract scripts rely on (documented in cli/README.md).
#include "cti/client/client_error.h"

namespace cti::cli {

enum class ExitCode : int {
    ok = 0,
    failure = 1,       // timeout, lost connection or protocol violation after the session began
    usage = 2,         // bad arguments, unreadable or empty password file
    connect = 3,       // cannot connect, TLS or certificate failure, Hello refused
    auth = 4,          // AUTH_FAILED or RATE_LIMITED
    server_error = 5,  // any other Error reply (PERMISSION_DENIED, INVALID_ARGUMENT...)
};

// How far the run had come when the error happened.
enum class Stage {
    connect,  // TCP, TLS, Hello
    login,
    command,
};

ExitCode exit_code_for(const client::ClientError& error, Stage stage);

}  // namespace cti::cli
