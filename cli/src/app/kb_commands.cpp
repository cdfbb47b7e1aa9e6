// Knowledge-base commands: kb-categories, kb-category-save, kb-article-save, kb-article,
// kb-search, kb-feedback, kb-feedback-list, kb-feedback-resolve, kb-send. Each prints the
// server's reply as one JSON line.
#include <charconv>
#include <fstream>
#include <iostream>
#include <iterator>

#include "commands.h"

namespace cti::cli::commands {

namespace {

using client::ClientError;
using client::ErrorKind;
using client::Result;

// Below the server's 1 MiB frame; the server itself refuses more than 50,000 characters.
constexpr std::size_t kMaxBodyFileBytes = 900 * 1024;

Result<std::string> read_body(const std::string& file) {
    std::string text;
    if (file == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED, "cannot read " + file});
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (text.size() > kMaxBodyFileBytes)
        return std::unexpected(ClientError{ErrorKind::closed, wire::ERROR_UNSPECIFIED,
                                           file + " is larger than 900 KiB; an article holds at most 50,000 "
                                                  "characters: split it into several"});
    return text;
}

// The order's id: given as a number, or looked up by its number (GD...).
Result<std::int64_t> order_id(CommandContext& context, const std::string& text) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value > 0) return value;
    wire::Envelope request;
    request.mutable_get_order()->set_number(text);
    auto reply = expect(context.client.request(std::move(request)), &wire::Envelope::has_get_order_ok, "GetOrderOk");
    if (!reply) return std::unexpected(reply.error());
    return reply->get_order_ok().order().order_id();
}

}  // namespace

Result<void> kb_categories(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_kb_categories();
    return print_reply(context, std::move(request), &wire::Envelope::has_list_kb_categories_ok, "ListKbCategoriesOk");
}

Result<void> kb_category_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_save_kb_category();
    m->set_category_id(a.kb_id);
    m->set_parent_id(a.kb_parent);
    m->set_name(a.name);
    m->set_position(a.kb_position);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_kb_category_ok, "SaveKbCategoryOk");
}

Result<void> kb_article_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_save_kb_article();
    m->set_article_id(a.kb_id);
    m->set_category_id(a.kb_category);
    m->set_title(a.title);
    if (!a.body_file.empty()) {
        auto body = read_body(a.body_file);
        if (!body) return std::unexpected(body.error());
        m->set_body(std::move(*body));
    } else {
        m->set_body(a.body);
    }
    for (const auto& k : a.keywords) {  // "缴费, 电费": the spaces after the commas are not part of a keyword
        const auto b = k.find_first_not_of(' ');
        if (b != std::string::npos) m->add_keywords(k.substr(b, k.find_last_not_of(' ') - b + 1));
    }
    return print_reply(context, std::move(request), &wire::Envelope::has_save_kb_article_ok, "SaveKbArticleOk");
}

Result<void> kb_article(CommandContext& context) {
    wire::Envelope request;
    request.mutable_get_kb_article()->set_article_id(context.invocation.args.kb_id);
    request.mutable_get_kb_article()->set_version(context.invocation.args.kb_version);
    return print_reply(context, std::move(request), &wire::Envelope::has_get_kb_article_ok, "GetKbArticleOk");
}

Result<void> kb_search(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_search_kb();
    m->set_text(a.text);
    m->set_category_id(a.kb_category);
    m->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_search_kb_ok, "SearchKbOk");
}

Result<void> kb_feedback(CommandContext& context) {
    wire::Envelope request;
    request.mutable_kb_feedback()->set_article_id(context.invocation.args.kb_id);
    request.mutable_kb_feedback()->set_text(context.invocation.args.text);
    return print_reply(context, std::move(request), &wire::Envelope::has_kb_feedback_ok, "KbFeedbackOk");
}

Result<void> kb_feedback_list(CommandContext& context) {
    wire::Envelope request;
    request.mutable_list_kb_feedback()->set_open_only(!context.invocation.args.all);
    return print_reply(context, std::move(request), &wire::Envelope::has_list_kb_feedback_ok, "ListKbFeedbackOk");
}

Result<void> kb_feedback_resolve(CommandContext& context) {
    wire::Envelope request;
    request.mutable_resolve_kb_feedback()->set_feedback_id(context.invocation.args.kb_id);
    request.mutable_resolve_kb_feedback()->set_note(context.invocation.args.opinion);
    return print_reply(context, std::move(request), &wire::Envelope::has_resolve_kb_feedback_ok, "ResolveKbFeedbackOk");
}

Result<void> kb_send(CommandContext& context) {
    const auto& a = context.invocation.args;
    auto order = order_id(context, a.order);
    if (!order) return std::unexpected(order.error());
    wire::Envelope request;
    auto* m = request.mutable_send_kb_article();
    m->set_article_id(a.kb_id);
    m->set_order_id(*order);
    m->set_channel(a.channel);
    m->set_to(a.to);
    return print_reply(context, std::move(request), &wire::Envelope::has_send_kb_article_ok, "SendKbArticleOk");
}

}  // namespace cti::cli::commands
