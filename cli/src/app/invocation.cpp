#include "cti/cli/invocation.h"

#include <CLI/CLI.hpp>

#include <sstream>

#include "cti/cli/command_table.h"
#include "cti/cli/exit_code.h"
#include "cti/client/fingerprint.h"

#ifndef CTI_VERSION
#define CTI_VERSION "0"
#endif

namespace cti::cli {

namespace {

ParseExit usage_error(std::string_view message) {
    return ParseExit{static_cast<int>(ExitCode::usage),
                     "cti-cli: " + std::string(message) + "\nRun 'cti-cli --help' for the options and commands.\n"};
}

std::string command_names() {
    std::string names;
    for (const auto& spec : command_table()) {
        if (!names.empty()) names += ", ";
        names += spec.name;
    }
    return names;
}

}  // namespace

std::expected<Invocation, ParseExit> parse_args(int argc, const char* const* argv) {
    Invocation invocation;
    GlobalArgs& global = invocation.global;
    std::string server;

    CLI::App app{"Headless client of cti-server's desktop protocol: one command per run, results "
                 "as JSON lines on stdout, errors on stderr.",
                 "cti-cli"};
    app.set_version_flag("--version", CTI_VERSION);
    app.get_formatter()->label("SUBCOMMAND", "COMMAND");
    app.get_formatter()->label("Subcommands", "Commands");
    app.footer("Exit codes: 0 success, 1 timeout or lost connection, 2 usage, 3 connect/TLS failure, "
               "4 authentication failed or rate limited, 5 error reply from the server.\n"
               "Example: cti-cli --server cti.example.org:7443 --pin SHA256:AB:...:EF --user alice "
               "--password-file ~/.cti-password watch");
    // Global options may also follow the command: `cti-cli watch --server ...`.
    app.fallthrough();
    app.require_subcommand(0, 1);
    app.add_option("--server", server, "HOST:PORT of cti-server's desktop port (port 7443 if left out)")
        ->required();
    app.add_option("--user", global.user, "login name")->required();
    app.add_option("--password-file", global.password_file,
                   "file holding the password (trailing line break ignored); - reads standard input")
        ->required();
    auto* ca = app.add_option("--ca", global.ca_file,
                              "trust the certificate(s) in this PEM file, e.g. the server's "
                              "<data>/tls/server.crt")
                   ->check(CLI::ExistingFile);
    auto* pin = app.add_option("--pin", global.pin,
                               "trust exactly the certificate with this SHA-256 fingerprint "
                               "(SHA256:AB:CD:..., colons optional)");
    auto* insecure = app.add_flag("--insecure", global.insecure, "accept any certificate (testing only)");
    ca->excludes(pin);
    ca->excludes(insecure);
    pin->excludes(insecure);
    app.add_option("--timeout-ms", global.timeout_ms, "limit for each network step, in milliseconds (default 10000)")
        ->check(CLI::Range(1, 3'600'000));

    for (const auto& spec : command_table()) {
        auto* command = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
        if (spec.configure) spec.configure(*command, invocation.args);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
            std::ostringstream out;
            std::ostringstream ignored;
            app.exit(e, out, ignored);
            return std::unexpected(ParseExit{0, out.str()});
        }
        return std::unexpected(usage_error(e.what()));
    }

    const auto chosen = app.get_subcommands();
    if (chosen.empty()) return std::unexpected(usage_error("give a command: " + command_names()));
    invocation.command = chosen.front()->get_name();

    auto address = parse_server_address(server);
    if (!address) return std::unexpected(usage_error(address.error()));
    global.server = std::move(*address);

    if (!global.pin.empty()) {
        auto normalized = client::normalize_fingerprint(global.pin);
        if (!normalized)
            return std::unexpected(usage_error("--pin " + global.pin +
                                               ": expected a SHA-256 fingerprint, 64 hex digits with "
                                               "or without colons, e.g. SHA256:AB:CD:...:EF"));
        global.pin = std::move(*normalized);
    }
    if (global.password_file == "-" && invocation.args.new_password_file == "-")
        return std::unexpected(usage_error(
            "--password-file and --new-password-file cannot both read standard input; give one as a file"));
    return invocation;
}

}  // namespace cti::cli
