// Outbound campaign commands (protocol 1.4): save, import a call list, start/pause/stop/reopen,
// list campaigns and records, preview and dispositions, the do-not-call list; and prompt upload.
#include <charconv>

#include "commands.h"

namespace cti::cli::commands {

namespace {
using client::ClientError;
using client::ErrorKind;
using client::Result;

// A call list may be large, but not larger than the server takes (64 MiB) nor a prompt 10 MiB.
constexpr std::size_t kMaxCallListBytes = 64u << 20;
constexpr std::size_t kMaxPromptBytes = 10u << 20;

ClientError usage(std::string message) { return usage_error(std::move(message)); }

// OUTCOME:ATTEMPTS:SECONDS, e.g. busy:5:120.
Result<void> add_retry_rule(wire::CampaignInfo& c, const std::string& text) {
    const auto a = text.find(':');
    const auto b = a == std::string::npos ? a : text.find(':', a + 1);
    int attempts = 0, seconds = 0;
    if (b == std::string::npos ||
        std::from_chars(text.data() + a + 1, text.data() + b, attempts).ec != std::errc() ||
        std::from_chars(text.data() + b + 1, text.data() + text.size(), seconds).ec != std::errc())
        return std::unexpected(usage("--retry is OUTCOME:ATTEMPTS:SECONDS, e.g. busy:5:120"));
    auto* r = c.add_retry_rules();
    r->set_outcome(text.substr(0, a));
    r->set_max_attempts(attempts);
    r->set_retry_after_s(seconds);
    return {};
}
}  // namespace

Result<void> campaign_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* c = request.mutable_save_campaign()->mutable_campaign();
    c->set_campaign_id(a.id);
    c->set_name(a.name);
    c->set_mode(a.mode);
    c->set_queue(a.queue);
    c->set_flow(a.flow);
    c->set_caller_id(a.caller_id);
    c->set_calendar(a.calendar);
    c->set_first_day(a.first_day);
    c->set_last_day(a.last_day);
    c->set_abandon_cap(a.abandon_cap);
    c->set_lines(a.lines);
    c->set_order_type(a.order_type);
    for (const auto& r : a.retry_rules)
        if (auto ok = add_retry_rule(*c, r); !ok) return ok;
    return print_reply(context, std::move(request), &wire::Envelope::has_save_campaign_ok, "SaveCampaignOk");
}

Result<void> campaign_import(CommandContext& context) {
    const auto& a = context.invocation.args;
    auto csv = read_file(a.file, kMaxCallListBytes);
    if (!csv) return std::unexpected(csv.error());
    wire::Envelope request;
    auto* m = request.mutable_import_call_list();
    m->set_campaign_id(a.id);
    m->set_csv(std::move(*csv));
    m->set_encoding(a.encoding);
    return print_reply(context, std::move(request), &wire::Envelope::has_import_call_list_ok, "ImportCallListOk");
}

// campaign-start, campaign-pause, campaign-stop, campaign-reopen: the action is the name's end.
Result<void> campaign_control(CommandContext& context) {
    wire::Envelope request;
    auto* m = request.mutable_campaign_control();
    m->set_campaign_id(context.invocation.args.id);
    m->set_action(context.invocation.command.substr(std::string_view("campaign-").size()));
    return print_reply(context, std::move(request), &wire::Envelope::has_campaign_control_ok, "CampaignControlOk");
}

Result<void> campaigns(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_campaigns();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_campaigns_ok, "ListCampaignsOk");
}

Result<void> campaign_records(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_list_campaign_records();
    m->set_campaign_id(a.id);
    m->set_state(a.state);
    m->set_limit(a.limit);
    m->set_after_record_id(a.after_id);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_campaign_records_ok,
                       "ListCampaignRecordsOk");
}

Result<void> preview_next(CommandContext& context) {
    wire::Envelope request;
    request.mutable_preview_next()->set_campaign_id(context.invocation.args.id);
    return print_reply(context, std::move(request), &wire::Envelope::has_preview_next_ok, "PreviewNextOk");
}

// preview-dial, preview-skip.
Result<void> preview_decision(CommandContext& context) {
    wire::Envelope request;
    auto* m = request.mutable_preview_decision();
    m->set_record_id(context.invocation.args.id);
    m->set_dial(context.invocation.command == "preview-dial");
    return print_reply(context, std::move(request), &wire::Envelope::has_preview_decision_ok, "PreviewDecisionOk");
}

Result<void> disposition(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_set_disposition();
    m->set_record_id(a.id);
    m->set_disposition(a.disposition);
    m->set_note(a.note);
    m->set_callback_at_ms(a.callback_at_ms);
    return print_reply(context, std::move(request), &wire::Envelope::has_set_disposition_ok, "SetDispositionOk");
}

Result<void> do_not_call(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_do_not_call();
    for (const auto& n : a.add_numbers) m->add_add(n);
    for (const auto& n : a.remove_numbers) m->add_remove(n);
    m->set_reason(a.reason);
    return print_reply(context, std::move(request), &wire::Envelope::has_do_not_call_ok, "DoNotCallOk");
}

Result<void> prompt_upload(CommandContext& context) {
    const auto& a = context.invocation.args;
    auto audio = read_file(a.file, kMaxPromptBytes);
    if (!audio) return std::unexpected(audio.error());
    wire::Envelope request;
    auto* m = request.mutable_upload_prompt();
    m->set_prompt_id(a.prompt_id);
    m->set_language(a.language);
    m->set_audio(std::move(*audio));
    return print_reply(context, std::move(request), &wire::Envelope::has_upload_prompt_ok, "UploadPromptOk");
}

}  // namespace cti::cli::commands
