// ListKbCategories, SaveKbCategory, SaveKbArticle, GetKbArticle, SearchKb, KbFeedback,
// ListKbFeedback, ResolveKbFeedback, SendKbArticle.
#include "cti/core/logging.h"
#include "cti/gateway/knowledge.h"
#include "cti/gateway/orders.h"
#include "cti/tickets/knowledge.h"
#include "db_async.h"

namespace cti::gateway {

using storage::Database;
using detail::ConnPtr;
using detail::read_value;
using detail::reply_to;
using detail::send_failure;
using detail::write_value;

namespace {

auto log() {
    static auto l = cti::logger("knowledge");
    return l;
}

// The continuation that sends `ok` as the reply's body, or the failure prefixed with `failed`.
template <class Msg>
std::function<void(const ConnPtr&, Result<Msg>)> replier(const wire::Envelope& req, Msg* (wire::Envelope::*body)(),
                                                         std::string_view failed) {
    return [req, body, failed = std::string(failed)](const ConnPtr& conn, Result<Msg> r) {
        if (!r) return send_failure(conn, req, r.error(), failed);
        auto reply = reply_to(req);
        *(reply.*body)() = std::move(*r);
        conn->send(reply);
    };
}

std::string user_name(const tickets::NameBook& names, std::optional<UserId> id) {
    if (!id) return {};
    auto it = names.users.find(id->value());
    return it == names.users.end() ? std::string() : it->second;
}

wire::KbCategory to_wire(const tickets::KbCategory& c) {
    wire::KbCategory w;
    w.set_category_id(c.id);
    w.set_parent_id(c.parent.value_or(0));
    w.set_name(c.name);
    w.set_position(c.position);
    return w;
}

wire::KbArticle to_wire(const tickets::KbArticle& a, const std::string& author) {
    wire::KbArticle w;
    w.set_article_id(a.id);
    w.set_category_id(a.category);
    w.set_title(a.title);
    w.set_body(a.body);
    w.set_version(a.version);
    w.set_author(author);
    w.set_updated_ms(a.updated_ms);
    for (const auto& k : a.keywords) w.add_keywords(k);
    w.set_snippet(a.snippet);
    return w;
}

wire::KbFeedbackItem to_wire(const tickets::KbFeedback& f, const tickets::NameBook& names) {
    wire::KbFeedbackItem w;
    w.set_feedback_id(f.id);
    w.set_article_id(f.article);
    w.set_article_title(f.article_title);
    w.set_text(f.text);
    w.set_author(user_name(names, f.author));
    w.set_created_ms(f.created_ms);
    w.set_resolved(f.resolved);
    w.set_resolution(f.resolution);
    return w;
}

std::optional<std::int64_t> parent_of(std::int64_t id) {
    return id > 0 ? std::optional(id) : std::nullopt;
}

std::int64_t now_ms(Hub& hub) { return to_unix_ms(hub.services().clock.wall_now()); }

}  // namespace

void on_list_kb_categories(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    read_value<wire::ListKbCategoriesOk>(
        hub, c,
        [](Database& db) -> Result<wire::ListKbCategoriesOk> {
            auto all = tickets::kb_categories(db);
            if (!all) return std::unexpected(all.error());
            wire::ListKbCategoriesOk ok;
            for (const auto& cat : *all) *ok.add_categories() = to_wire(cat);
            return ok;
        },
        replier(req, &wire::Envelope::mutable_list_kb_categories_ok, "the categories could not be read"));
}

void on_save_kb_category(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_kb_category();
    if (auto ok = tickets::check_category_name(m.name()); !ok)
        return send_failure(c, req, ok.error(), "the category was not saved");
    if (m.category_id() < 0 || m.parent_id() < 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "category ids are positive (0: none)");
    const tickets::KbCategory cat{m.category_id(), parent_of(m.parent_id()), m.name(), m.position()};
    const auto who = c->session()->user.login;
    write_value<wire::SaveKbCategoryOk>(
        hub, c,
        [cat](Database& db) -> Result<wire::SaveKbCategoryOk> {
            auto saved = tickets::save_kb_category(db, cat);
            if (!saved) return std::unexpected(saved.error());
            wire::SaveKbCategoryOk ok;
            *ok.mutable_category() = to_wire(*saved);
            return ok;
        },
        [req, who, send = replier(req, &wire::Envelope::mutable_save_kb_category_ok, "the category was not saved")](
            const ConnPtr& conn, Result<wire::SaveKbCategoryOk> r) {
            if (r) log()->info("kb category {} saved by={}", r->category().category_id(), who);
            send(conn, std::move(r));
        });
}

void on_save_kb_article(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_kb_article();
    tickets::KbArticleFields f{m.category_id(), m.title(), m.body(), {m.keywords().begin(), m.keywords().end()}};
    if (auto ok = tickets::check_article(f); !ok) return send_failure(c, req, ok.error(), "the article was not saved");
    if (m.article_id() < 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "article ids are positive (0: a new article)");
    const auto& user = c->session()->user;
    write_value<wire::SaveKbArticleOk>(
        hub, c,
        [f = std::move(f), id = m.article_id(), author = user.id, name = user.display_name,
         now = now_ms(hub)](Database& db) -> Result<wire::SaveKbArticleOk> {
            auto saved = tickets::save_kb_article(db, id, f, author, now);
            if (!saved) return std::unexpected(saved.error());
            wire::SaveKbArticleOk ok;
            *ok.mutable_article() = to_wire(*saved, name);
            return ok;
        },
        [req, who = user.login, send = replier(req, &wire::Envelope::mutable_save_kb_article_ok,
                                               "the article was not saved")](const ConnPtr& conn,
                                                                             Result<wire::SaveKbArticleOk> r) {
            if (r) log()->info("kb article {} v{} saved by={}", r->article().article_id(), r->article().version(), who);
            send(conn, std::move(r));
        });
}

void on_get_kb_article(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.get_kb_article();
    if (m.article_id() <= 0 || m.version() < 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "name the article by its id (and a version ≥ 1)");
    read_value<wire::GetKbArticleOk>(
        hub, c,
        [id = m.article_id(), version = m.version()](Database& db) -> Result<wire::GetKbArticleOk> {
            auto a = tickets::load_kb_article(db, id, version ? std::optional(version) : std::nullopt);
            if (!a) return std::unexpected(a.error());
            if (!*a) {
                auto versions = tickets::kb_article_versions(db, id);
                if (versions && !versions->empty())
                    return fail(Errc::not_found, fmt::format("article {} has versions 1 to {}, not {}", id,
                                                             versions->back(), version));
                return fail(Errc::not_found, fmt::format("there is no article {}", id));
            }
            auto versions = tickets::kb_article_versions(db, id);
            if (!versions) return std::unexpected(versions.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::GetKbArticleOk ok;
            *ok.mutable_article() = to_wire(**a, user_name(*names, (*a)->author));
            for (int v : *versions) ok.add_versions(v);
            return ok;
        },
        replier(req, &wire::Envelope::mutable_get_kb_article_ok, "the article could not be read"));
}

void on_search_kb(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.search_kb();
    if (m.text().size() > tickets::kMaxKbQueryBytes || m.category_id() < 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("a search is limited to {} bytes of text", tickets::kMaxKbQueryBytes));
    tickets::KbSearch q{m.text(), parent_of(m.category_id()), m.limit() > 0 ? m.limit() : 20};
    read_value<wire::SearchKbOk>(
        hub, c,
        [q](Database& db) -> Result<wire::SearchKbOk> {
            auto found = tickets::search_kb(db, q);
            if (!found) return std::unexpected(found.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::SearchKbOk ok;
            for (const auto& a : *found) *ok.add_articles() = to_wire(a, user_name(*names, a.author));
            return ok;
        },
        replier(req, &wire::Envelope::mutable_search_kb_ok, "nothing was searched"));
}

void on_kb_feedback(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.kb_feedback();
    if (auto ok = tickets::check_feedback_text(m.text()); !ok)
        return send_failure(c, req, ok.error(), "the feedback was not sent");
    const auto& user = c->session()->user;
    write_value<wire::KbFeedbackOk>(
        hub, c,
        [article = m.article_id(), text = m.text(), author = user.id, now = now_ms(hub)](
            Database& db) -> Result<wire::KbFeedbackOk> {
            auto id = tickets::add_kb_feedback(db, article, author, text, now);
            if (!id) return std::unexpected(id.error());
            wire::KbFeedbackOk ok;
            ok.set_feedback_id(*id);
            return ok;
        },
        [req, who = user.login, send = replier(req, &wire::Envelope::mutable_kb_feedback_ok,
                                               "the feedback was not sent")](const ConnPtr& conn,
                                                                            Result<wire::KbFeedbackOk> r) {
            if (r) log()->info("kb feedback {} on article {} by={}", r->feedback_id(), req.kb_feedback().article_id(), who);
            send(conn, std::move(r));
        });
}

void on_list_kb_feedback(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    read_value<wire::ListKbFeedbackOk>(
        hub, c,
        [open_only = req.list_kb_feedback().open_only()](Database& db) -> Result<wire::ListKbFeedbackOk> {
            auto items = tickets::list_kb_feedback(db, open_only, 500);
            if (!items) return std::unexpected(items.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::ListKbFeedbackOk ok;
            for (const auto& f : *items) *ok.add_items() = to_wire(f, *names);
            return ok;
        },
        replier(req, &wire::Envelope::mutable_list_kb_feedback_ok, "the feedback could not be read"));
}

void on_resolve_kb_feedback(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.resolve_kb_feedback();
    const auto& user = c->session()->user;
    write_value<wire::ResolveKbFeedbackOk>(
        hub, c,
        [id = m.feedback_id(), note = m.note(), by = user.id, now = now_ms(hub)](
            Database& db) -> Result<wire::ResolveKbFeedbackOk> {
            if (auto r = tickets::resolve_kb_feedback(db, id, by, note, now); !r) return std::unexpected(r.error());
            return wire::ResolveKbFeedbackOk{};
        },
        replier(req, &wire::Envelope::mutable_resolve_kb_feedback_ok, "the feedback was not resolved"));
}

namespace {

struct Sent {
    tickets::Outcome outcome;
    tickets::NameBook names;
    std::int64_t delivery = 0;
};

// The line the order's history shows, e.g. 《如何缴费》 v3 → sms 13800138000. The caller's number
// of a restricted complaint is not written for someone who may not see it.
std::string sent_line(const tickets::KbArticle& a, tickets::KbChannel channel, std::string_view shown) {
    return fmt::format("《{}》 v{} → {} {}", a.title, a.version, tickets::to_string(channel), shown);
}

}  // namespace

void on_send_kb_article(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.send_kb_article();
    const auto channel = tickets::kb_channel_from_string(m.channel());
    if (!channel)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("'{}' is not a channel: use sms, fax or email", m.channel()));
    if (m.article_id() <= 0 || m.order_id() <= 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "name the article and the order by their ids");
    if (!m.to().empty())
        if (auto ok = tickets::check_destination(*channel, m.to()); !ok)
            return send_failure(c, req, ok.error(), "nothing was sent");
    const auto actor = actor_of(c->session()->user);
    write_value<Sent>(
        hub, c,
        [m, ch = *channel, actor, now = now_ms(hub)](Database& db) -> Result<Sent> {
            auto order = tickets::load_order(db, TicketId(m.order_id()));
            if (!order) return std::unexpected(order.error());
            if (!*order) return fail(Errc::not_found, fmt::format("there is no work order {}", m.order_id()));
            auto article = tickets::load_kb_article(db, m.article_id());
            if (!article) return std::unexpected(article.error());
            if (!*article) return fail(Errc::not_found, fmt::format("there is no article {}", m.article_id()));
            const bool defaulted = m.to().empty();
            const std::string to = defaulted ? (*order)->caller_number : m.to();
            if (to.empty())
                return fail(Errc::invalid_argument, "the order has no caller number: say where to send the article");
            if (auto ok = tickets::check_destination(ch, to); !ok) return std::unexpected(ok.error());
            const bool hidden = defaulted && !tickets::may_see_complainant(**order, actor);
            auto w = tickets::workflow_for(db, (*order)->workflow,
                                           (*order)->workflow_version ? std::optional((*order)->workflow_version)
                                                                      : std::nullopt);
            if (!w) return std::unexpected(w.error());
            // send_article changes no state and no deadline: no calendar is needed.
            tickets::ActionRequest request{tickets::Action::send_article,
                                           sent_line(**article, ch, hidden ? "the caller's number" : to), {}, {}};
            auto out = tickets::apply(**order, *w, actor, request, tickets::DeadlineContext{}, now);
            if (!out) return std::unexpected(out.error());
            if (auto saved = tickets::save_outcome(db, out->order, out->record); !saved)
                return std::unexpected(saved.error());
            auto delivery = tickets::queue_kb_delivery(
                db, tickets::KbDelivery{(*article)->id, (*article)->version, (*order)->id, ch, to, actor.user, now});
            if (!delivery) return std::unexpected(delivery.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            return Sent{std::move(*out), std::move(*names), *delivery};
        },
        [&hub, req, actor](const ConnPtr& conn, Result<Sent> r) {
            if (!r) {
                log()->info("kb send refused user={}: {}", actor.user.value(), r.error().message);
                return send_failure(conn, req, r.error(), "nothing was sent");
            }
            const auto& o = r->outcome.order;
            log()->info("kb article {} queued for order {} delivery={} by={}", req.send_kb_article().article_id(),
                        o.number, r->delivery, actor.user.value());
            auto reply = reply_to(req);
            reply.mutable_send_kb_article_ok()->set_delivery_id(r->delivery);
            *reply.mutable_send_kb_article_ok()->mutable_line() = to_wire(r->outcome.record, r->names);
            conn->send(reply);
            publish_order(hub, o, r->outcome.record, r->outcome.notify, "changed", r->names);
        });
}

}  // namespace cti::gateway
