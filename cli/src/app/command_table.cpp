#include "cti/cli/command_table.h"

#include <CLI/CLI.hpp>

#include <array>

#include "commands.h"

namespace cti::cli {

namespace {

void configure_snapshot(CLI::App& command, CommandArgs& args) {
    command.add_flag("--fresh", args.fresh,
                     "ask for a new snapshot (SnapshotRequest) instead of printing the one sent at login");
}

void configure_watch(CLI::App& command, CommandArgs& args) {
    command.add_option("--count", args.count, "stop after N events (the snapshot line does not count); 0: no limit")
        ->check(CLI::NonNegativeNumber);
    command.add_option("--for-ms", args.for_ms, "stop after N milliseconds; 0: no limit")
        ->check(CLI::NonNegativeNumber);
}

void configure_announce(CLI::App& command, CommandArgs& args) {
    command.add_option("title", args.title, "title of the announcement")->required();
    command.add_option("body", args.body, "text of the announcement")->required();
}

void configure_change_password(CLI::App& command, CommandArgs& args) {
    command.add_option("--new-password-file", args.new_password_file,
                       "file holding the new password (trailing line break ignored); - reads standard input")
        ->required();
}

// Every request of the protocol has a command here (Hello and Login are part of every run).
const std::array kCommands{
    CommandSpec{"snapshot", "print the snapshot of everything this user may see, as one JSON line",
                configure_snapshot, commands::snapshot},
    CommandSpec{"watch", "print the snapshot, then every event, one JSON line each, until interrupted",
                configure_watch, commands::watch, false, true},
    CommandSpec{"whoami", "print the logged-in user (LoginOk.user) as JSON", nullptr, commands::whoami},
    CommandSpec{"ping", "measure the round trip to the server (Ping/Pong)", nullptr, commands::ping},
    CommandSpec{"announce", "post an announcement (needs the announcement.post permission)", configure_announce,
                commands::announce},
    CommandSpec{"change-password", "change this user's password", configure_change_password,
                commands::change_password},
    CommandSpec{"logout", "log in and end the session explicitly (Logout/LogoutOk)", nullptr, commands::logout,
                true},
};

}  // namespace

std::span<const CommandSpec> command_table() { return kCommands; }

const CommandSpec* find_command(std::string_view name) {
    for (const auto& spec : kCommands)
        if (spec.name == name) return &spec;
    return nullptr;
}

}  // namespace cti::cli
