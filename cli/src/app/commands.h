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

client::Result<void> order_create(CommandContext& context);
client::Result<void> order_action(CommandContext& context);
client::Result<void> order_show(CommandContext& context);
client::Result<void> order_search(CommandContext& context);
client::Result<void> workbench(CommandContext& context);
client::Result<void> customer_save(CommandContext& context);
client::Result<void> customer_close(CommandContext& context);
client::Result<void> lookup(CommandContext& context);
client::Result<void> number_segment(CommandContext& context);
client::Result<void> workflow_save(CommandContext& context);
client::Result<void> deadline_policy(CommandContext& context);
client::Result<void> deadline_policies(CommandContext& context);
client::Result<void> order_summary(CommandContext& context);
client::Result<void> phrase_save(CommandContext& context);
client::Result<void> phrases(CommandContext& context);
client::Result<void> attach(CommandContext& context);
client::Result<void> attachments(CommandContext& context);
client::Result<void> attachment(CommandContext& context);
client::Result<void> message(CommandContext& context);
client::Result<void> messages(CommandContext& context);
client::Result<void> my_calls(CommandContext& context);
client::Result<void> department_save(CommandContext& context);
client::Result<void> user_save(CommandContext& context);
client::Result<void> users(CommandContext& context);
void add_accounts_and_contacts(const CommandArgs& args, wire::SaveCustomer& message);
client::Result<void> kb_categories(CommandContext& context);
client::Result<void> kb_category_save(CommandContext& context);
client::Result<void> kb_article_save(CommandContext& context);
client::Result<void> kb_article(CommandContext& context);
client::Result<void> kb_search(CommandContext& context);
client::Result<void> kb_feedback(CommandContext& context);
client::Result<void> kb_feedback_list(CommandContext& context);
client::Result<void> kb_feedback_resolve(CommandContext& context);
client::Result<void> kb_send(CommandContext& context);
client::Result<void> voicemails(CommandContext& context);
client::Result<void> voicemail_heard(CommandContext& context);
client::Result<void> voicemail_fetch(CommandContext& context);
client::Result<void> recording_fetch(CommandContext& context);
client::Result<void> callbacks(CommandContext& context);
client::Result<void> campaign_save(CommandContext& context);
client::Result<void> campaign_import(CommandContext& context);
client::Result<void> campaign_control(CommandContext& context);  // start, pause, stop, reopen
client::Result<void> campaigns(CommandContext& context);
client::Result<void> campaign_records(CommandContext& context);
client::Result<void> preview_next(CommandContext& context);
client::Result<void> preview_decision(CommandContext& context);  // preview-dial, preview-skip
client::Result<void> disposition(CommandContext& context);
client::Result<void> do_not_call(CommandContext& context);
client::Result<void> prompt_upload(CommandContext& context);
client::Result<void> fax_send(CommandContext& context);
client::Result<void> faxes(CommandContext& context);

// The reply when it has the expected body, else a protocol error naming both.
client::Result<wire::Envelope> expect(client::Result<wire::Envelope> reply, bool (wire::Envelope::*has)() const,
                                      std::string_view expected);
void print_line(CommandContext& context, const std::string& line);
// A file the user named, whole, if it is no larger than max_bytes (else an error saying so).
client::Result<std::string> read_file(const std::string& path, std::size_t max_bytes);

// Reports, queue membership, recording review, IVR flows (report_commands.cpp), with their
// options (the configure functions of the command table).
client::Result<void> report(CommandContext& context);
client::Result<void> report_save(CommandContext& context);
client::Result<void> reports(CommandContext& context);
client::Result<void> queue_member(CommandContext& context);
client::Result<void> queue_members(CommandContext& context);
client::Result<void> recordings(CommandContext& context);
client::Result<void> recording_score(CommandContext& context);
client::Result<void> flows(CommandContext& context);
client::Result<void> flow_get(CommandContext& context);
void configure_report(CLI::App& command, CommandArgs& args);
// The administration tables (admin_commands.cpp, protocol minor 7).
client::Result<void> admin_tables(CommandContext& context);
client::Result<void> admin_list(CommandContext& context);
client::Result<void> admin_save(CommandContext& context);
void configure_admin_list(CLI::App& command, CommandArgs& args);
void configure_admin_save(CLI::App& command, CommandArgs& args);
void configure_report_save(CLI::App& command, CommandArgs& args);
void configure_queue_member(CLI::App& command, CommandArgs& args);
void configure_recordings(CLI::App& command, CommandArgs& args);
void configure_recording_score(CLI::App& command, CommandArgs& args);
void configure_flow_get(CLI::App& command, CommandArgs& args);

// An argument the server was never asked about is wrong (e.g. a malformed ITEM=POINTS).
client::ClientError usage_error(std::string message);

// An envelope as one JSON line naming its body: {"event":{...}}, {"snapshot":{...}}.
std::string envelope_line(const wire::Envelope& envelope);
// Sends the request and prints the reply as one envelope_line, when it has the expected body.
client::Result<void> print_reply(CommandContext& context, wire::Envelope request, bool (wire::Envelope::*has)() const,
                                 std::string_view expected);

}  // namespace cti::cli::commands
