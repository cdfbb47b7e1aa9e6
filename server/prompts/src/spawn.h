#pragma once
// Runs a program as a child process: arguments as a vector (posix_spawnp, never a shell, so no
// text is ever interpreted), stdin/stdout/stderr on /dev/null, killed after `timeout`.
#include <chrono>
#include <string>
#include <vector>

#include "cti/core/error.h"

namespace cti::prompts {

// The exit status (0: success). unavailable when the program cannot be started (not installed),
// io_error when it had to be killed (timeout) or died of a signal.
Result<int> run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout);

}  // namespace cti::prompts
