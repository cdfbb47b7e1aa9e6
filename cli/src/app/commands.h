#pragma once
// The run functions of the commands in command_table.cpp, one per command, each called once the
// session is logged in. They print results to context.out and return errors as values.
#include "cti/cli/command_table.h"

namespace cti::cli::commands {

client::Result<void> snapshot(CommandContext& context);
client::Result<void> watch(CommandContext& context);
client::Result<void> whoami(CommandContext& context);
client::Result<void> ping(CommandContext& context);
client::Result<void> announce(CommandContext& context);
client::Result<void> change_password(CommandContext& context);
client::Result<void> logout(CommandContext& context);
// Every call command (the action comes from the command's name).
client::Result<void> call_control(CommandContext& context);
// Every agent status command (the action comes from the command's name).
client::Result<void> agent_control(CommandContext& context);
client::Result<void> save_flow(CommandContext& context);

// An envelope as one JSON line naming its body: {"event":{...}}, {"snapshot":{...}}.
std::string envelope_line(const wire::Envelope& envelope);

}  // namespace cti::cli::commands
