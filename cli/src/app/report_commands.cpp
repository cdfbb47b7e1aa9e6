// Reports, custom reports, queue membership, recording review and IVR flows (protocol minor 6):
// each prints the server's reply as one JSON line.
#include <CLI/CLI.hpp>

#include <charconv>

#include "commands.h"

namespace cti::cli::commands {

using client::Result;

namespace {
void set_query(const CommandArgs& a, wire::ReportQuery& q) {
    q.set_subject(a.kind);
    q.set_period(a.period);
    q.set_range(a.range);
    q.set_from_ms(a.from_ms);
    q.set_to_ms(a.to_ms);
    q.set_utc_offset_min(a.utc_offset_min);
    for (const auto& c : a.columns) q.add_columns(c);
    for (const auto& k : a.keys) q.add_keys(k);
}

void add_query_options(CLI::App& command, CommandArgs& args) {
    command.add_option("subject", args.kind, "queue, agent, order_type, department, overdue or satisfaction")
        ->required();
    command.add_option("--period", args.period, "15m, 30m, 60m, day, month or year (default: the whole range)");
    command.add_option("--range", args.range, "today, yesterday, last_7_days, this_month, last_month or this_year");
    command.add_option("--from", args.from_ms, "start, Unix ms (without --range)");
    command.add_option("--to", args.to_ms, "end, Unix ms, exclusive (without --range)");
    command.add_option("--utc-offset", args.utc_offset_min, "minutes east of UTC periods start in (China: 480)");
    command.add_option("--column", args.columns, "only these columns, in this order");
    command.add_option("--key", args.keys, "only these rows (queue names, \"login name\" of agents, ...)");
}
}  // namespace

void configure_report(CLI::App& command, CommandArgs& args) { add_query_options(command, args); }

void configure_report_save(CLI::App& command, CommandArgs& args) {
    command.add_option("name", args.name, "the report's name")->required();
    add_query_options(command, args);
    command.add_option("--id", args.id, "change (or --remove) this saved report");
    command.add_flag("--shared", args.shared, "everyone sees it (administrators)");
    command.add_flag("--remove", args.remove, "delete it");
}

void configure_queue_member(CLI::App& command, CommandArgs& args) {
    command.add_option("agent", args.agent_id, "the agent's user id")->required()->check(CLI::PositiveNumber);
    command.add_option("queue", args.queue, "the queue's name")->required();
    command.add_option("--level", args.level, "1 (offered first) to 99")->check(CLI::Range(1, 99));
    command.add_flag("--remove", args.remove, "take the agent out of the queue");
}

void configure_recordings(CLI::App& command, CommandArgs& args) {
    command.add_option("--number", args.number, "the caller's or callee's number contains these digits");
    command.add_option("--agent", args.agent_id, "the agent's user id");
    command.add_option("--from", args.from_ms, "started at or after, Unix ms");
    command.add_option("--to", args.to_ms, "started before, Unix ms");
    command.add_option("--order", args.order, "the work order (number GD...) registered on the call");
    command.add_option("--limit", args.limit, "1 to 500 (default 100)");
}

void configure_recording_score(CLI::App& command, CommandArgs& args) {
    command.add_option("recording", args.id, "the recording's id")->required()->check(CLI::PositiveNumber);
    command.add_option("items", args.items,
                       "ITEM=POINTS: greeting (10), accuracy (30), attitude (20), compliance (20), resolution (20)")
        ->required();
    command.add_option("--comment", args.note, "up to 500 characters");
}

void configure_flow_get(CLI::App& command, CommandArgs& args) {
    command.add_option("name", args.flow, "the flow's name")->required();
    command.add_option("--version", args.version, "this version (default: the newest)");
}

Result<void> report(CommandContext& context) {
    wire::Envelope request;
    set_query(context.invocation.args, *request.mutable_run_report()->mutable_query());
    return print_reply(context, std::move(request), &wire::Envelope::has_run_report_ok, "RunReportOk");
}

Result<void> report_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* r = request.mutable_save_report()->mutable_report();
    r->set_report_id(a.id);
    r->set_name(a.name);
    r->set_shared(a.shared);
    set_query(a, *r->mutable_query());
    request.mutable_save_report()->set_remove(a.remove);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_report_ok, "SaveReportOk");
}

Result<void> reports(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_reports();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_reports_ok, "ListReportsOk");
}

Result<void> queue_member(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_set_queue_member();
    m->mutable_member()->set_agent_id(a.agent_id);
    m->mutable_member()->set_queue(a.queue);
    m->mutable_member()->set_level(a.level);
    m->set_remove(a.remove);
    return print_reply(context, std::move(request), &wire::Envelope::has_set_queue_member_ok, "SetQueueMemberOk");
}

Result<void> queue_members(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_queue_members();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_queue_members_ok, "ListQueueMembersOk");
}

Result<void> recordings(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* s = request.mutable_search_recordings();
    s->set_number(a.number);
    s->set_agent_id(a.agent_id);
    s->set_from_ms(a.from_ms);
    s->set_to_ms(a.to_ms);
    s->set_order_no(a.order);
    s->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_search_recordings_ok, "SearchRecordingsOk");
}

Result<void> recording_score(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* s = request.mutable_score_recording();
    s->set_recording_id(a.id);
    s->set_comment(a.note);
    for (const auto& item : a.items) {
        const auto eq = item.find('=');
        int points = -1;
        if (eq == std::string::npos ||
            std::from_chars(item.data() + eq + 1, item.data() + item.size(), points).ec != std::errc{})
            return std::unexpected(usage_error("score items are ITEM=POINTS, e.g. greeting=8: " + item));
        auto* i = s->add_items();
        i->set_item(item.substr(0, eq));
        i->set_points(points);
    }
    return print_reply(context, std::move(request), &wire::Envelope::has_score_recording_ok, "ScoreRecordingOk");
}

Result<void> flows(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_ivr_flows();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_ivr_flows_ok, "ListIvrFlowsOk");
}

Result<void> flow_get(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    request.mutable_get_ivr_flow()->set_name(a.flow);
    request.mutable_get_ivr_flow()->set_version(a.version);
    return print_reply(context, std::move(request), &wire::Envelope::has_get_ivr_flow_ok, "GetIvrFlowOk");
}

}  // namespace cti::cli::commands
