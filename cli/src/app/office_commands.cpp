// Administration and office commands: workflows, deadline policies, summaries, templates and
// phrases, attachments, internal messages, call history, departments and users.
#include <charconv>
#include <fstream>
#include <iostream>
#include <iterator>

#include "commands.h"
#include "cti/cli/secret_file.h"
#include "cti/client/json.h"

namespace cti::cli::commands {

namespace {

using client::ClientError;
using client::ErrorKind;
using client::Result;

std::unexpected<ClientError> usage(std::string message) { return std::unexpected(usage_error(std::move(message))); }


// "A:B:C" → up to three parts (the last keeps any further colons).
std::vector<std::string> parts(const std::string& text, std::size_t n) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (out.size() + 1 < n) {
        auto colon = text.find(':', start);
        if (colon == std::string::npos) break;
        out.push_back(text.substr(start, colon - start));
        start = colon + 1;
    }
    out.push_back(text.substr(start));
    out.resize(n);
    return out;
}

}  // namespace

Result<void> workflow_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    auto json = read_file(a.file, 64 * 1024);
    if (!json) return std::unexpected(json.error());
    wire::Envelope request;
    request.mutable_save_workflow()->set_definition(*json);
    for (const auto& t : a.default_for) request.mutable_save_workflow()->add_default_for(t);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_workflow_ok, "SaveWorkflowOk");
}

Result<void> deadline_policy(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* p = request.mutable_save_deadline_policy()->mutable_policy();
    p->set_type(a.order_type);
    p->set_urgency(a.urgency);
    p->set_accept_s(a.accept_s);
    p->set_process_s(a.process_s);
    p->set_calendar(a.calendar);
    p->set_escalate_role(a.escalate_role);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_deadline_policy_ok, "SaveDeadlinePolicyOk");
}

Result<void> deadline_policies(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_deadline_policies();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_deadline_policies_ok, "ListDeadlinePoliciesOk");
}

Result<void> order_summary(CommandContext& context) {
    wire::Envelope request;
    request.mutable_order_summary()->set_group_by(context.invocation.args.kind);
    return print_reply(context, std::move(request), &wire::Envelope::has_order_summary_ok, "OrderSummaryOk");
}

Result<void> phrase_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* p = request.mutable_save_phrase()->mutable_phrase();
    p->set_phrase_id(a.id);
    p->set_kind(a.kind);
    p->set_order_type(a.order_type);
    p->set_title(a.title);
    p->set_text(a.content);
    p->set_shared(a.shared);
    request.mutable_save_phrase()->set_remove(a.remove);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_phrase_ok, "SavePhraseOk");
}

Result<void> phrases(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_phrases()->set_kind(context.invocation.args.kind);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_phrases_ok, "ListPhrasesOk");
}

Result<void> attach(CommandContext& context) {
    const auto& a = context.invocation.args;
    // Up to what one protocol frame carries; the server's own limit (smaller) is its to say.
    auto data = read_file(a.file, 1000u * 1024);
    if (!data) return usage(data.error().message + " (the protocol carries at most 1000 KiB in one message)");
    wire::Envelope request;
    auto* m = request.mutable_attach_file();
    std::int64_t id = 0;
    std::from_chars(a.order.data(), a.order.data() + a.order.size(), id);
    m->set_order_id(id);
    m->set_name(a.file.substr(a.file.find_last_of('/') + 1));
    m->set_mime_type(a.mime_type.empty() ? "application/octet-stream" : a.mime_type);
    m->set_content(std::move(*data));
    return print_reply(context, std::move(request), &wire::Envelope::has_attach_file_ok, "AttachFileOk");
}

Result<void> attachments(CommandContext& context) {
    std::int64_t id = 0;
    const auto& order = context.invocation.args.order;
    std::from_chars(order.data(), order.data() + order.size(), id);
    wire::Envelope request;
    request.mutable_list_attachments()->set_order_id(id);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_attachments_ok, "ListAttachmentsOk");
}

Result<void> attachment(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    request.mutable_get_attachment()->set_attachment_id(a.id);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_get_attachment_ok,
                        "GetAttachmentOk");
    if (!reply) return std::unexpected(reply.error());
    std::ofstream out(a.out_file, std::ios::binary | std::ios::trunc);
    out << reply->get_attachment_ok().content();
    if (!out) return usage("cannot write " + a.out_file);
    print_line(context, client::to_json(reply->get_attachment_ok().attachment()));
    return {};
}

Result<void> message(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    request.mutable_send_message()->set_to_user(a.to_user);
    request.mutable_send_message()->set_to_department(a.department);
    request.mutable_send_message()->set_text(a.content);
    return print_reply(context, std::move(request), &wire::Envelope::has_send_message_ok, "SendMessageOk");
}

Result<void> messages(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_messages()->set_limit(context.invocation.args.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_messages_ok, "ListMessagesOk");
}

Result<void> my_calls(CommandContext& context) {
    wire::Envelope request;
    request.mutable_my_calls()->set_limit(context.invocation.args.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_my_calls_ok, "MyCallsOk");
}

Result<void> department_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* d = request.mutable_save_department()->mutable_department();
    d->set_department_id(a.id);
    d->set_name(a.name);
    d->set_parent_id(a.parent_id);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_department_ok, "SaveDepartmentOk");
}

Result<void> user_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_save_user();
    auto* u = m->mutable_user();
    u->set_user_id(a.id);
    u->set_login(a.login);
    u->set_display_name(a.name);
    u->set_role(a.role);
    u->set_department(a.department);
    u->set_extension(a.extension);
    u->set_enabled(!a.disabled);
    for (const auto& g : a.groups) u->add_groups(g);
    for (const auto& s : a.skills) {
        auto p = parts(s, 2);
        auto* sk = u->add_skills();
        sk->set_skill(p[0]);
        int level = 0;
        std::from_chars(p[1].data(), p[1].data() + p[1].size(), level);
        sk->set_proficiency(level);
    }
    if (!a.password_file.empty()) {
        auto pw = read_secret_file(a.password_file, "password file", std::cin);
        if (!pw) return usage(pw.error());
        m->set_password(*pw);
    }
    return print_reply(context, std::move(request), &wire::Envelope::has_save_user_ok, "SaveUserOk");
}

Result<void> users(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_users();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_users_ok, "ListUsersOk");
}

// Customer accounts and contacts from "NO:KIND:ADDRESS" and "NAME:PHONE:RELATION".
void add_accounts_and_contacts(const CommandArgs& a, wire::SaveCustomer& m) {
    for (const auto& text : a.accounts) {
        auto p = parts(text, 3);
        auto* x = m.add_accounts();
        x->set_account_no(p[0]);
        x->set_kind(p[1]);
        x->set_address(p[2]);
    }
    for (const auto& text : a.contacts) {
        auto p = parts(text, 3);
        auto* x = m.add_contacts();
        x->set_name(p[0]);
        x->set_phone(p[1]);
        x->set_relation(p[2]);
    }
}

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return usage("cannot read " + path);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.size() > max_bytes)
        return usage(path + " is larger than " + std::to_string(max_bytes / 1024) + " KiB: split or shrink it");
    return data;
}

}  // namespace cti::cli::commands
