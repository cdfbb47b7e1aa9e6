// The administration tables (protocol minor 7): admin-tables, admin-list, admin-save. Each
// prints the server's reply as one JSON line; admin-save takes the record as FIELD=VALUE words
// (a value may hold '=' and spaces when quoted by the shell).
#include <CLI/CLI.hpp>

#include "commands.h"

namespace cti::cli::commands {

using client::Result;

void configure_admin_list(CLI::App& command, CommandArgs& args) {
    command.add_option("table", args.kind, "skills, queues, calendars, shifts, shift_members, on_duty, deadlines, "
                                           "workflows, number_segments, vip, announcements, dictionaries, parameters, "
                                           "roles or prompts")
        ->required();
}

void configure_admin_save(CLI::App& command, CommandArgs& args) {
    configure_admin_list(command, args);
    command.add_option("fields", args.items, "FIELD=VALUE ... (the key fields name the record; see admin-list)")
        ->required();
    command.add_flag("--remove", args.remove, "remove the record the key fields name");
}

Result<void> admin_tables(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_admin_tables();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_admin_tables_ok, "ListAdminTablesOk");
}

Result<void> admin_list(CommandContext& context) {
    wire::Envelope request;
    request.mutable_admin_list()->set_table(context.invocation.args.kind);
    return print_reply(context, std::move(request), &wire::Envelope::has_admin_list_ok, "AdminListOk");
}

Result<void> admin_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_admin_save();
    m->set_table(a.kind);
    m->set_remove(a.remove);
    for (const auto& item : a.items) {
        const auto eq = item.find('=');
        if (eq == std::string::npos || eq == 0) return std::unexpected(usage_error("each field is FIELD=VALUE: '" + item + "' is not"));
        (*m->mutable_record()->mutable_fields())[item.substr(0, eq)] = item.substr(eq + 1);
    }
    return print_reply(context, std::move(request), &wire::Envelope::has_admin_save_ok, "AdminSaveOk");
}

}  // namespace cti::cli::commands
