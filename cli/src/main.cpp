// cti-cli: parses the command line, wires signals, and hands over to the runner. All behaviour
// lives in the cti_cli_app library so that tests reach it without a process.
#include <csignal>
#include <iostream>

#include "cti/cli/command_table.h"
#include "cti/cli/invocation.h"
#include "cti/cli/runner.h"

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void on_interrupt(int) { g_interrupted = 1; }

}  // namespace

int main(int argc, char** argv) {
    auto invocation = cti::cli::parse_args(argc, argv);
    if (!invocation) {
        (invocation.error().exit_code == 0 ? std::cout : std::cerr) << invocation.error().text << std::flush;
        return invocation.error().exit_code;
    }
    // Only commands that run until stopped treat Ctrl-C as "done"; for the others the default
    // action (terminate at once) is what the user wants.
    const auto* spec = cti::cli::find_command(invocation->command);
    if (spec && spec->stops_on_interrupt) {
        std::signal(SIGINT, on_interrupt);
        std::signal(SIGTERM, on_interrupt);
    }
    return cti::cli::run_invocation(*invocation, std::cin, std::cout, std::cerr,
                                    [] { return g_interrupted != 0; });
}
