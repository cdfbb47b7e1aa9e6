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

void configure_call(CLI::App& command, CommandArgs& args) {
    command.add_option("call", args.call_id, "the call id (from snapshot or watch)")->required()->check(CLI::PositiveNumber);
}
void configure_call_number(CLI::App& command, CommandArgs& args) {
    configure_call(command, args);
    command.add_option("number", args.number, "extension or outside number")->required();
}
void configure_dial(CLI::App& command, CommandArgs& args) {
    command.add_option("number", args.number, "extension or outside number (the outbound prefix is added by the server)")
        ->required();
}
void configure_dtmf(CLI::App& command, CommandArgs& args) {
    configure_call(command, args);
    command.add_option("digits", args.digits, "digits to send: 0-9 * # A-D")->required();
}

void configure_reason(CLI::App& command, CommandArgs& args) {
    command.add_option("reason", args.reason, "reason code, e.g. 培训 or lunch")->required();
}

void configure_save_flow(CLI::App& command, CommandArgs& args) {
    command.add_option("file", args.flow_file, "the flow's JSON file (server/ivr/README.md)")->required();
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
    // CallControl, one command per action; each prints CallControlOk as JSON.
    CommandSpec{"dial", "dial out or call an extension: your phone rings first, then the number", configure_dial,
                commands::call_control},
    CommandSpec{"answer", "answer the call ringing at your phone (phones that accept auto-answer)", configure_call,
                commands::call_control},
    CommandSpec{"hangup", "hang up your leg of a call (a supervisor: end any call)", configure_call,
                commands::call_control},
    CommandSpec{"hold", "put the other party on hold (they hear music)", configure_call, commands::call_control},
    CommandSpec{"retrieve", "take the held party back", configure_call, commands::call_control},
    CommandSpec{"transfer", "blind transfer the other party to a number", configure_call_number,
                commands::call_control},
    CommandSpec{"consult", "hold the other party and call a number to consult", configure_call_number,
                commands::call_control},
    CommandSpec{"complete-transfer", "after consult: connect the held party with the consulted one", configure_call,
                commands::call_control},
    CommandSpec{"cancel-consult", "after consult: hang up the consulted party, back to the held one", configure_call,
                commands::call_control},
    CommandSpec{"conference", "after consult: everyone together (three-party conference)", configure_call,
                commands::call_control},
    CommandSpec{"pickup", "take a call ringing at another agent to your phone", configure_call,
                commands::call_control},
    CommandSpec{"dtmf", "send DTMF digits to the other party", configure_dtmf, commands::call_control},
    // AgentControl, one command per action; each prints the agent's new status as JSON.
    CommandSpec{"sign-in", "sign in to your queues (status not ready until you go ready)", nullptr,
                commands::agent_control},
    CommandSpec{"sign-out", "sign out of your queues", nullptr, commands::agent_control},
    CommandSpec{"ready", "ready: queue calls are offered to you", nullptr, commands::agent_control},
    CommandSpec{"not-ready", "not ready, with a reason code", configure_reason, commands::agent_control},
    CommandSpec{"away", "away from the desk, with a reason code", configure_reason, commands::agent_control},
    CommandSpec{"end-wrap-up", "end after-call work now", nullptr, commands::agent_control},
    CommandSpec{"save-flow", "save a new version of an IVR flow (checked first; needs ivr.edit)", configure_save_flow,
                commands::save_flow},
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
