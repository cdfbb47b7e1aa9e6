#pragma once
// Runs a parsed invocation: reads the secrets, connects, says Hello, logs in, runs the command,
// logs out, and turns every failure into a "cti-cli: <message>" line and an exit code.
#include <functional>
#include <istream>
#include <ostream>

#include "cti/client/client.h"
#include "cti/cli/invocation.h"

namespace cti::cli {

client::ClientOptions client_options(const GlobalArgs& global);

// Returns the process exit code (see exit_code.h). `interrupted` is polled by long-running
// commands (watch).
int run_invocation(const Invocation& invocation, std::istream& standard_input, std::ostream& out,
                   std::ostream& err, const std::function<bool()>& interrupted);

}  // namespace cti::cli
