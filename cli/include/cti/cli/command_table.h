#pragma once
// The commands of cti-cli, one table entry each: name, help, arguments and what it does after
// login. Adding a command means adding its fields to CommandArgs, its run function, and one
// entry in command_table.cpp; parsing, help and the runner pick it up from there.
#include <functional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "cti.pb.h"
#include "cti/client/client.h"
#include "cti/cli/invocation.h"

namespace CLI {
class App;
}

namespace cti::cli {

// Secrets read before connecting, so that a missing file fails fast with the usage exit code.
struct Secrets {
    std::string password;
    std::string new_password;  // change-password only
};

// What a command gets once the session is logged in.
struct CommandContext {
    client::Client& client;
    const Invocation& invocation;
    const Secrets& secrets;
    const wire::LoginOk& login;
    std::ostream& out;                  // one JSON line per result; flushed per line by watch
    std::function<bool()> interrupted;  // true once SIGINT/SIGTERM arrived
};

struct CommandSpec {
    std::string_view name;
    std::string_view summary;
    // Registers the command's own options and positionals; nullptr when it has none.
    void (*configure)(CLI::App& command, CommandArgs& args);
    client::Result<void> (*run)(CommandContext& context);
    // The command ends the session itself, so the runner must not send Logout afterwards.
    bool ends_session = false;
    // SIGINT/SIGTERM are the normal way to stop the command (exit 0) rather than an abort.
    bool stops_on_interrupt = false;
};

std::span<const CommandSpec> command_table();
const CommandSpec* find_command(std::string_view name);

}  // namespace cti::cli
