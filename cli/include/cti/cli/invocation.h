#pragma once
// What the user asked for on the command line, parsed without side effects so that tests can
// check every usage error: parse_args reads no files and opens no connections.
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>

namespace cti::cli {

inline constexpr std::uint16_t kDefaultPort = 7443;

struct ServerAddress {
    std::string host;
    std::uint16_t port = kDefaultPort;
};

// "host:port", "host", "[v6]:port", "[v6]" or a bare IPv6 address; the port defaults to 7443.
std::expected<ServerAddress, std::string> parse_server_address(std::string_view text);

// Options before the command, shared by every command.
struct GlobalArgs {
    ServerAddress server;
    std::string user;
    std::string password_file;  // "-" is standard input
    std::string ca_file;
    std::string pin;  // canonical "AB:CD:..." once parsed
    bool insecure = false;
    int timeout_ms = 10000;
};

// The arguments of all commands; each command reads only its own. A new command adds its
// fields here and registers them in its entry of the command table.
struct CommandArgs {
    // snapshot
    bool fresh = false;
    // watch
    int count = 0;
    int for_ms = 0;
    // announce
    std::string title;
    std::string body;
    // change-password
    std::string new_password_file;
    // call control (dial, answer, hangup, hold, ... dtmf)
    std::int64_t call_id = 0;
    std::string number;
    std::string digits;
    // agent status (not-ready, away)
    std::string reason;
    // save-flow
    std::string flow_file;
};

struct Invocation {
    GlobalArgs global;
    std::string command;
    CommandArgs args;
};

// Parsing ended without a command to run: help or --version (exit_code 0, text for stdout) or a
// usage error (exit_code 2, text for stderr, starting "cti-cli: ").
struct ParseExit {
    int exit_code = 0;
    std::string text;
};

std::expected<Invocation, ParseExit> parse_args(int argc, const char* const* argv);

}  // namespace cti::cli
