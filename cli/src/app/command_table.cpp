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

void configure_agent(CLI::App& command, CommandArgs& args) {
    command.add_option("--agent", args.agent_id, "another agent's user id: force their status (team leaders and up)")
        ->check(CLI::PositiveNumber);
}
void configure_reason(CLI::App& command, CommandArgs& args) {
    command.add_option("reason", args.reason, "reason code, e.g. 培训 or lunch")->required();
    configure_agent(command, args);
}

void configure_save_flow(CLI::App& command, CommandArgs& args) {
    command.add_option("file", args.flow_file, "the flow's JSON file (server/ivr/README.md)")->required();
}

void configure_order_create(CLI::App& command, CommandArgs& args) {
    command.add_option("type", args.order_type,
                       "business, consultation, repair, complaint, suggestion, praise or marketing")->required();
    command.add_option("title", args.title, "the order's title")->required();
    command.add_option("--content", args.content, "what the customer said, what is asked");
    command.add_option("--urgency", args.urgency, "normal (default), urgent or very_urgent");
    command.add_option("--channel", args.channel, "phone (default), fax, sms, email or web");
    command.add_option("--caller", args.caller_number, "the customer's number");
    command.add_option("--contact", args.contact_name, "the customer's name");
    command.add_option("--call", args.order_call_id, "the call the order comes from (call id)")->check(CLI::PositiveNumber);
    command.add_flag("--restricted", args.restricted, "a complaint whose complainant only permitted roles see");
}

void configure_order_action(CLI::App& command, CommandArgs& args) {
    command.add_option("order", args.order, "the order's id or number (GD...)")->required();
    command.add_option("action", args.action,
                       "dispatch, accept, transfer, return, answer, reply, urge, supervise, pause, resume, void, "
                       "reopen, close or visit")->required();
    command.add_option("--opinion", args.opinion, "why, or what was done (required by return, answer, void, ...)");
    command.add_option("--to", args.to_departments, "department to send the order to (repeat for several)");
    command.add_option("--to-user", args.to_users, "person (login) to send the order to");
    command.add_option("--satisfaction", args.satisfaction, "visit: satisfied, basically_satisfied or unsatisfied");
}

void configure_order_show(CLI::App& command, CommandArgs& args) {
    command.add_option("order", args.order, "the order's id or number (GD...)")->required();
}

void configure_order_search(CLI::App& command, CommandArgs& args) {
    command.add_option("text", args.text, "words to find (Chinese included); empty: filters only");
    command.add_option("--type", args.order_type, "only this type");
    command.add_option("--state", args.state, "only this state");
    command.add_option("--department", args.department, "only orders open in this department");
    command.add_option("--caller", args.caller_number, "only this caller number");
    command.add_option("--limit", args.limit, "at most N orders (1-200, default 50)")->check(CLI::Range(1, 200));
}

void configure_workbench(CLI::App& command, CommandArgs& args) {
    command.add_option("--limit", args.limit, "at most N orders (default 200)")->check(CLI::Range(1, 1000));
}

void configure_customer_save(CLI::App& command, CommandArgs& args) {
    command.add_option("--id", args.customer_id, "the customer to update; none: open a new account (开户)")
        ->check(CLI::PositiveNumber);
    command.add_option("--name", args.name, "the customer's name")->required();
    command.add_option("--phone", args.phones, "a phone number (repeat for several)")->required();
    command.add_option("--address", args.address, "address");
    command.add_option("--label", args.labels, "a label (repeat for several)");
    command.add_option("--vip", args.vip_level, "VIP level 0-9; 1 is the green channel (needs customer.manage)")
        ->check(CLI::Range(0, 9));
    command.add_flag("--blacklisted", args.blacklisted, "on the blacklist (needs customer.manage)");
    command.add_option("--account", args.accounts, "an account (户号) as NO[:KIND[:ADDRESS]], e.g. 3301001:电 (repeat)");
    command.add_option("--contact", args.contacts, "a contact as NAME[:PHONE[:RELATION]] (repeat)");
}

void configure_customer_id(CLI::App& command, CommandArgs& args) {
    command.add_option("customer", args.customer_id, "the customer id")->required()->check(CLI::PositiveNumber);
}

void configure_lookup(CLI::App& command, CommandArgs& args) {
    command.add_option("phone", args.number, "the caller's number");
    command.add_option("--account", args.account_no, "look up by account number (户号) instead");
}

void configure_number_segment(CLI::App& command, CommandArgs& args) {
    command.add_option("prefix", args.prefix, "the number prefix, e.g. 0571 or 138")->required();
    command.add_option("department", args.department, "the responsible department; none: remove the segment");
}

void configure_kb_category_save(CLI::App& command, CommandArgs& args) {
    command.add_option("name", args.name, "the category's name (up to 50 characters)")->required();
    command.add_option("--id", args.kb_id, "the category to rename or move; none: a new category")
        ->check(CLI::PositiveNumber);
    command.add_option("--parent", args.kb_parent, "the category to put it under; none: the top level")
        ->check(CLI::PositiveNumber);
    command.add_option("--position", args.kb_position, "its place among its siblings; none: after them");
}

void configure_kb_article_save(CLI::App& command, CommandArgs& args) {
    command.add_option("title", args.title, "the article's title (up to 200 characters)")->required();
    command.add_option("--category", args.kb_category, "the category it belongs to (id)")
        ->required()
        ->check(CLI::PositiveNumber);
    command.add_option("--id", args.kb_id, "the article to store a new version of; none: a new article")
        ->check(CLI::PositiveNumber);
    auto* body = command.add_option("--body", args.body, "the article's text");
    command.add_option("--body-file", args.body_file, "read the text from this file (UTF-8; - is standard input)")
        ->excludes(body);
    command.add_option("--keywords", args.keywords, "search keywords, comma separated (up to 20)")
        ->delimiter(',')
        ->allow_extra_args(false);
}

void configure_kb_article(CLI::App& command, CommandArgs& args) {
    command.add_option("article", args.kb_id, "the article's id")->required()->check(CLI::PositiveNumber);
    command.add_option("--version", args.kb_version, "an older version; none: the newest")->check(CLI::PositiveNumber);
}

void configure_kb_search(CLI::App& command, CommandArgs& args) {
    command.add_option("text", args.text, "words to find, Chinese or English; empty: the newest articles");
    command.add_option("--category", args.kb_category, "only this category and those under it (id)")
        ->check(CLI::PositiveNumber);
    command.add_option("--limit", args.limit, "at most N articles (1-100, default 20)")->check(CLI::Range(1, 100));
}

void configure_kb_feedback(CLI::App& command, CommandArgs& args) {
    command.add_option("article", args.kb_id, "the article's id")->required()->check(CLI::PositiveNumber);
    command.add_option("text", args.text, "what is wrong or missing in it")->required();
}

void configure_kb_feedback_list(CLI::App& command, CommandArgs& args) {
    command.add_flag("--all", args.all, "resolved feedback too (newest first); default: the open ones, oldest first");
}

void configure_kb_feedback_resolve(CLI::App& command, CommandArgs& args) {
    command.add_option("feedback", args.kb_id, "the feedback's id")->required()->check(CLI::PositiveNumber);
    command.add_option("note", args.opinion, "what was done about it")->required();
}

void configure_kb_send(CLI::App& command, CommandArgs& args) {
    command.add_option("article", args.kb_id, "the article's id")->required()->check(CLI::PositiveNumber);
    command.add_option("--order", args.order, "the order it is sent for (id or number); recorded in its history")
        ->required();
    command.add_option("--channel", args.channel, "sms, fax or email")->required();
    command.add_option("--to", args.to, "number or e-mail address; default: the order's caller number");
}

void configure_workflow_save(CLI::App& command, CommandArgs& args) {
    command.add_option("file", args.file, "the workflow's JSON (server/tickets/include/cti/tickets/workflow.h)")->required();
    command.add_option("--default-for", args.default_for, "order type that starts with this workflow (repeat)");
}
void configure_deadline_policy(CLI::App& command, CommandArgs& args) {
    command.add_option("type", args.order_type, "order type")->required();
    command.add_option("urgency", args.urgency, "normal, urgent or very_urgent")->required();
    command.add_option("accept_s", args.accept_s, "business seconds to accept")->required();
    command.add_option("process_s", args.process_s, "business seconds to finish")->required();
    command.add_option("--calendar", args.calendar, "the business calendar (default: default)");
    command.add_option("--escalate-to", args.escalate_role, "team_leader (default), supervisor or administrator");
}
void configure_order_summary(CLI::App& command, CommandArgs& args) {
    command.add_option("group_by", args.kind, "type, department, state, overdue or satisfaction")->required();
}
void configure_phrase_save(CLI::App& command, CommandArgs& args) {
    command.add_option("kind", args.kind, "template or phrase")->required();
    command.add_option("title", args.title, "its title")->required();
    command.add_option("--text", args.content, "the text");
    command.add_option("--type", args.order_type, "templates: the order type");
    command.add_option("--id", args.id, "change (or --remove) this one");
    command.add_flag("--shared", args.shared, "shared with everyone (administrators)");
    command.add_flag("--remove", args.remove, "remove it");
}
void configure_phrases(CLI::App& command, CommandArgs& args) {
    command.add_option("--kind", args.kind, "template or phrase (default: both)");
}
void configure_attach(CLI::App& command, CommandArgs& args) {
    command.add_option("order", args.order, "the order id")->required();
    command.add_option("file", args.file, "the file (at most 768 KiB)")->required();
    command.add_option("--mime", args.mime_type, "its type, e.g. image/jpeg");
}
void configure_attachments(CLI::App& command, CommandArgs& args) {
    command.add_option("order", args.order, "the order id")->required();
}
void configure_attachment(CLI::App& command, CommandArgs& args) {
    command.add_option("attachment", args.id, "the attachment id")->required();
    command.add_option("--out", args.out_file, "where to write the file")->required();
}
void configure_message(CLI::App& command, CommandArgs& args) {
    command.add_option("text", args.content, "the message")->required();
    command.add_option("--to", args.to_user, "to this user (login)");
    command.add_option("--to-department", args.department, "to everyone in this department");
}
void configure_limit(CLI::App& command, CommandArgs& args) {
    command.add_option("--limit", args.limit, "at most N")->check(CLI::Range(1, 500));
}
void configure_voicemails(CLI::App& command, CommandArgs& args) {
    command.add_option("--mailbox", args.mailbox, "one mailbox: a queue's name or an extension");
    command.add_flag("--unheard", args.unheard, "only messages nobody has heard yet");
    configure_limit(command, args);
}
void configure_voicemail(CLI::App& command, CommandArgs& args) {
    command.add_option("voicemail", args.id, "the voicemail id")->required()->check(CLI::PositiveNumber);
}
void configure_voicemail_fetch(CLI::App& command, CommandArgs& args) {
    configure_voicemail(command, args);
    command.add_option("--out", args.out_file, "where to write the WAV file")->required();
}
void configure_recording_fetch(CLI::App& command, CommandArgs& args) {
    command.add_option("call", args.id, "the call id")->required()->check(CLI::PositiveNumber);
    command.add_option("--out", args.out_file, "where to write the WAV file (stereo: customer left, agent right)")
        ->required();
}
void configure_callbacks(CLI::App& command, CommandArgs& args) {
    command.add_option("--state", args.state, "pending, done, failed or cancelled (default: every state)");
    configure_limit(command, args);
}
void configure_campaign_save(CLI::App& command, CommandArgs& args) {
    command.add_option("name", args.name, "the campaign's name")->required();
    command.add_option("--mode", args.mode, "preview, progressive, predictive or agentless")->required();
    command.add_option("--id", args.id, "change this campaign; none: a new one (a draft)");
    command.add_option("--queue", args.queue, "agent modes: the queue whose agents take the calls");
    command.add_option("--flow", args.flow, "agentless: the IVR flow an answered call runs");
    command.add_option("--caller-id", args.caller_id, "the number the called people see");
    command.add_option("--calendar", args.calendar, "calling hours: a business calendar (default: any time)");
    command.add_option("--first-day", args.first_day, "YYYY-MM-DD");
    command.add_option("--last-day", args.last_day, "YYYY-MM-DD");
    command.add_option("--abandon-cap", args.abandon_cap, "predictive: abandoned answers at most, e.g. 0.03");
    command.add_option("--lines", args.lines, "agentless: calls at once");
    command.add_option("--retry", args.retry_rules, "OUTCOME:ATTEMPTS:SECONDS, e.g. busy:5:120 (repeat)");
    command.add_option("--order-type", args.order_type, "a survey answer subscribe=1 makes a work order of this type");
}
void configure_campaign_id(CLI::App& command, CommandArgs& args) {
    command.add_option("campaign", args.id, "the campaign id")->required()->check(CLI::PositiveNumber);
}
void configure_campaign_import(CLI::App& command, CommandArgs& args) {
    configure_campaign_id(command, args);
    command.add_option("file", args.file, "the call list: CSV with a header row and a phone column (UTF-8 or GBK)")
        ->required();
    command.add_option("--encoding", args.encoding, "utf8 or gbk (default: detected)");
}
void configure_campaign_records(CLI::App& command, CommandArgs& args) {
    configure_campaign_id(command, args);
    command.add_option("--state", args.state, "pending, dialing, retry_wait, done, exhausted or do_not_call");
    command.add_option("--after", args.after_id, "records after this record id (paging)");
    command.add_option("--limit", args.limit, "at most N")->check(CLI::Range(1, 1000));
}
void configure_record_id(CLI::App& command, CommandArgs& args) {
    command.add_option("record", args.id, "the campaign record id")->required()->check(CLI::PositiveNumber);
}
void configure_disposition(CLI::App& command, CommandArgs& args) {
    configure_record_id(command, args);
    command.add_option("disposition", args.disposition, "e.g. success, refused, wrong_number, callback, do_not_call")
        ->required();
    command.add_option("--note", args.note, "a note");
    command.add_option("--callback-at-ms", args.callback_at_ms, "callback: when (Unix time in ms)");
}
void configure_dnc(CLI::App& command, CommandArgs& args) {
    command.add_option("--add", args.add_numbers, "a number to put on the list (repeat)");
    command.add_option("--remove", args.remove_numbers, "a number to take off the list (repeat)");
    command.add_option("--reason", args.reason, "why (kept with the added numbers)");
}
void configure_prompt_upload(CLI::App& command, CommandArgs& args) {
    command.add_option("prompt", args.prompt_id, "the prompt id, e.g. ivr/welcome")->required();
    command.add_option("file", args.file, "the recording: WAV, FLAC, OGG... (at most 10 MiB)")->required();
    command.add_option("--lang", args.language, "zh_CN or en")->required();
}
void configure_fax_send(CLI::App& command, CommandArgs& args) {
    command.add_option("number", args.number, "the fax number to dial")->required();
    command.add_option("file", args.file, "the document: a TIFF-F or a PDF (at most 10 MiB)")->required();
}
void configure_faxes(CLI::App& command, CommandArgs& args) {
    command.add_option("--direction", args.direction, "send or receive (default: both)")
        ->check(CLI::IsMember({"send", "receive"}));
    configure_limit(command, args);
}
void configure_department_save(CLI::App& command, CommandArgs& args) {
    command.add_option("name", args.name, "the department's name")->required();
    command.add_option("--id", args.id, "rename or move this department");
    command.add_option("--parent", args.parent_id, "the parent department's id");
}
void configure_user_save(CLI::App& command, CommandArgs& args) {
    command.add_option("--id", args.id, "change this user; none: a new user");
    command.add_option("--login", args.login, "the login (new users)");
    command.add_option("--name", args.name, "display name")->required();
    command.add_option("--role", args.role, "a role of the roles table (agent, team_leader, supervisor, administrator, maintainer or one defined)")->required();
    command.add_option("--department", args.department, "department name");
    command.add_option("--extension", args.extension, "SIP extension");
    command.add_flag("--disabled", args.disabled, "cannot log in");
    command.add_option("--group", args.groups, "a group (repeat)");
    command.add_option("--skill", args.skills, "a skill as NAME:LEVEL (1-10, repeat)");
    command.add_option("--new-password-file", args.password_file, "file with the password (new users: required)");
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
    CommandSpec{"monitor", "listen to a call silently (team leaders; your phone is rung; again: switch)",
                configure_call, commands::call_control},
    CommandSpec{"whisper", "talk to the call's agent only; the customer does not hear you", configure_call,
                commands::call_control},
    CommandSpec{"barge", "join a call: everyone hears everyone", configure_call, commands::call_control},
    // AgentControl, one command per action; each prints the agent's new status as JSON.
    CommandSpec{"sign-in", "sign in to your queues (status not ready until you go ready)", nullptr,
                commands::agent_control},
    CommandSpec{"sign-out", "sign out of your queues", configure_agent, commands::agent_control},
    CommandSpec{"ready", "ready: queue calls are offered to you", configure_agent, commands::agent_control},
    CommandSpec{"not-ready", "not ready, with a reason code", configure_reason, commands::agent_control},
    CommandSpec{"away", "away from the desk, with a reason code", configure_reason, commands::agent_control},
    CommandSpec{"end-wrap-up", "end after-call work now", configure_agent, commands::agent_control},
    CommandSpec{"save-flow", "save a new version of an IVR flow (checked first; needs ivr.edit)", configure_save_flow,
                commands::save_flow},
    // Work orders: each prints the server's reply as one JSON line.
    CommandSpec{"order-create", "register a work order (needs order.create)", configure_order_create,
                commands::order_create},
    CommandSpec{"order", "do a workflow action on a work order (the server's rules decide who may)",
                configure_order_action, commands::order_action},
    CommandSpec{"order-show", "print a work order and its whole history", configure_order_show, commands::order_show},
    CommandSpec{"order-search", "search work orders by text and fields", configure_order_search,
                commands::order_search},
    CommandSpec{"workbench", "my to-do: orders waiting for me or my department", configure_workbench,
                commands::workbench},
    // Customers.
    CommandSpec{"customer-save", "open a customer account (开户) or update one (--id)", configure_customer_save,
                commands::customer_save},
    CommandSpec{"customer-close", "close a customer account (销户; needs customer.manage)", configure_customer_id,
                commands::customer_close},
    CommandSpec{"lookup", "what the screen pop shows about a number: customer, department, recent calls and orders",
                configure_lookup, commands::lookup},
    CommandSpec{"number-segment", "bind a number prefix to the responsible department (号段; customer.manage)",
                configure_number_segment, commands::number_segment},
    // Knowledge base: each prints the server's reply as one JSON line.
    CommandSpec{"kb-categories", "print the knowledge base's category tree", nullptr, commands::kb_categories},
    CommandSpec{"kb-category-save", "create a category, or rename or move one (--id; needs kb.edit)",
                configure_kb_category_save, commands::kb_category_save},
    CommandSpec{"kb-article-save", "create an article, or store a new version of one (--id; needs kb.edit)",
                configure_kb_article_save, commands::kb_article_save},
    CommandSpec{"kb-article", "print an article (the newest version, or --version) and its versions",
                configure_kb_article, commands::kb_article},
    CommandSpec{"kb-search", "search the knowledge base in Chinese or English, best match first", configure_kb_search,
                commands::kb_search},
    CommandSpec{"kb-feedback", "send a correction (纠错) of an article to its maintainers", configure_kb_feedback,
                commands::kb_feedback},
    CommandSpec{"kb-feedback-list", "the corrections sent by agents (needs kb.edit)", configure_kb_feedback_list,
                commands::kb_feedback_list},
    CommandSpec{"kb-feedback-resolve", "mark a correction resolved, saying what was done (needs kb.edit)",
                configure_kb_feedback_resolve, commands::kb_feedback_resolve},
    CommandSpec{"kb-send", "send an article to an order's customer (queued; recorded on the order)", configure_kb_send,
                commands::kb_send},
    // Work-order administration and the office.
    CommandSpec{"workflow-save", "save a workflow definition as a new version (workflow.edit)", configure_workflow_save,
                commands::workflow_save},
    CommandSpec{"deadline-policy", "set the accept and processing deadlines of a type and urgency (workflow.edit)",
                configure_deadline_policy, commands::deadline_policy},
    CommandSpec{"deadline-policies", "list the deadline policies", nullptr, commands::deadline_policies},
    CommandSpec{"order-summary", "work-order summary (工单汇总) grouped by a field", configure_order_summary,
                commands::order_summary},
    CommandSpec{"phrase-save", "save a template (模板) or common phrase (常用词)", configure_phrase_save,
                commands::phrase_save},
    CommandSpec{"phrases", "list templates and common phrases", configure_phrases, commands::phrases},
    CommandSpec{"attach", "attach a file to a work order (at most 768 KiB)", configure_attach, commands::attach},
    CommandSpec{"attachments", "list a work order's attachments", configure_attachments, commands::attachments},
    CommandSpec{"attachment", "download an attachment", configure_attachment, commands::attachment},
    CommandSpec{"message", "send an internal message to a user or a department", configure_message, commands::message},
    CommandSpec{"messages", "my internal messages, newest first", configure_limit, commands::messages},
    CommandSpec{"my-calls", "my call history, newest first", configure_limit, commands::my_calls},
    CommandSpec{"voicemails", "voicemail in my mailboxes (my extension, my queues), newest first", configure_voicemails,
                commands::voicemails},
    CommandSpec{"voicemail-heard", "mark a voicemail heard", configure_voicemail, commands::voicemail_heard},
    CommandSpec{"voicemail-fetch", "download a voicemail's audio (WAV)", configure_voicemail_fetch,
                commands::voicemail_fetch},
    CommandSpec{"recording-fetch", "download a call's recording (WAV)", configure_recording_fetch,
                commands::recording_fetch},
    CommandSpec{"callbacks", "callback requests, oldest place in line first", configure_callbacks, commands::callbacks},
    CommandSpec{"campaign-save", "create or change an outbound campaign (campaign.manage)", configure_campaign_save,
                commands::campaign_save},
    CommandSpec{"campaign-import", "import a call list (CSV) into a campaign; bad rows are reported by line",
                configure_campaign_import, commands::campaign_import},
    CommandSpec{"campaign-start", "start (or resume) dialling a campaign", configure_campaign_id,
                commands::campaign_control},
    CommandSpec{"campaign-pause", "pause a campaign (calls in progress go on)", configure_campaign_id,
                commands::campaign_control},
    CommandSpec{"campaign-stop", "finish a campaign for good", configure_campaign_id, commands::campaign_control},
    CommandSpec{"campaign-reopen", "reopen a finished campaign (paused)", configure_campaign_id,
                commands::campaign_control},
    CommandSpec{"campaigns", "campaigns with their live figures", nullptr, commands::campaigns},
    CommandSpec{"campaign-records", "a campaign's records and their outcomes", configure_campaign_records,
                commands::campaign_records},
    CommandSpec{"preview-next", "preview campaigns: the next record to call, held for you", configure_campaign_id,
                commands::preview_next},
    CommandSpec{"preview-dial", "dial the previewed record (your phone rings first; be not ready)",
                configure_record_id, commands::preview_decision},
    CommandSpec{"preview-skip", "skip the previewed record (no attempt counted)", configure_record_id,
                commands::preview_decision},
    CommandSpec{"disposition", "record what came of a campaign call", configure_disposition, commands::disposition},
    CommandSpec{"dnc", "add to, remove from and list the do-not-call list", configure_dnc, commands::do_not_call},
    CommandSpec{"prompt-upload", "upload a recorded prompt (prompt.edit)", configure_prompt_upload,
                commands::prompt_upload},
    CommandSpec{"fax-send", "fax a document (TIFF-F or PDF) to a number; retried when busy (fax.send)",
                configure_fax_send, commands::fax_send},
    CommandSpec{"faxes", "faxes sent and received, newest first (fax.send)", configure_faxes, commands::faxes},
    CommandSpec{"department-save", "create, rename or move a department (admin.users)", configure_department_save,
                commands::department_save},
    CommandSpec{"user-save", "create or change a user: role, department, extension, groups, skills (admin.users)",
                configure_user_save, commands::user_save},
    CommandSpec{"users", "list users and departments (admin.users)", nullptr, commands::users},
    // Reports, supervision and review (protocol 1.6).
    CommandSpec{"report", "a report (报表) per queue, agent, order type... by period (report.view)",
                commands::configure_report, commands::report},
    CommandSpec{"report-save", "save (or --remove) a custom report (report.view)", commands::configure_report_save,
                commands::report_save},
    CommandSpec{"reports", "my saved reports and the shared ones (report.view)", nullptr, commands::reports},
    CommandSpec{"queue-member", "put an agent in a queue at a level, or --remove (agent.force)",
                commands::configure_queue_member, commands::queue_member},
    CommandSpec{"queue-members", "every agent's queues and levels (agent.force)", nullptr, commands::queue_members},
    CommandSpec{"recordings", "search call recordings, newest first (call.supervise)", commands::configure_recordings,
                commands::recordings},
    CommandSpec{"recording-score", "score a recording (质检; call.supervise)", commands::configure_recording_score,
                commands::recording_score},
    CommandSpec{"flows", "IVR flows, and the queues, prompts and calendars they may use (ivr.edit)", nullptr,
                commands::flows},
    CommandSpec{"flow-get", "print an IVR flow's definition (ivr.edit)", commands::configure_flow_get,
                commands::flow_get},
    // Administration tables (protocol 1.7).
    CommandSpec{"admin-tables", "the administration tables this user may open", nullptr, commands::admin_tables},
    CommandSpec{"admin-list", "an administration table: its columns and records", commands::configure_admin_list,
                commands::admin_list},
    CommandSpec{"admin-save", "save (or --remove) a record of an administration table", commands::configure_admin_save,
                commands::admin_save},
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
