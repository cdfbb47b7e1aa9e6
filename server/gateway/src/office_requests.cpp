// Work-order administration (workflows, deadline policies), summaries, templates and phrases,
// attachments, internal messages and the personal call history.
#include "cti/core/logging.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"
#include "cti/tickets/office.h"
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
    static auto l = cti::logger("orders");
    return l;
}

wire::DeadlinePolicyInfo to_wire(const tickets::PolicyInfo& p) {
    wire::DeadlinePolicyInfo w;
    w.set_type(std::string(tickets::to_string(p.type)));
    w.set_urgency(std::string(tickets::to_string(p.urgency)));
    w.set_accept_s(p.accept_s);
    w.set_process_s(p.process_s);
    w.set_calendar(p.calendar);
    w.set_escalate_role(p.escalate_role);
    return w;
}

wire::Phrase to_wire(const tickets::PhraseRecord& p) {
    wire::Phrase w;
    w.set_phrase_id(p.id);
    w.set_kind(p.kind);
    w.set_order_type(p.order_type);
    w.set_title(p.title);
    w.set_text(p.text);
    w.set_shared(!p.owner);
    return w;
}

wire::AttachmentInfo to_wire(const tickets::Attachment& a, const tickets::NameBook& names) {
    wire::AttachmentInfo w;
    w.set_attachment_id(a.id);
    w.set_name(a.name);
    w.set_mime_type(a.mime_type);
    w.set_size(a.size);
    w.set_sha256(a.sha256);
    if (a.uploader)
        if (auto it = names.users.find(a.uploader->value()); it != names.users.end()) w.set_uploader(it->second);
    w.set_created_ms(a.created_ms);
    return w;
}

std::string name_of(const std::map<std::int64_t, std::string>& m, std::int64_t id) {
    auto it = m.find(id);
    return it == m.end() ? std::string() : it->second;
}

wire::InternalMessage to_wire(const tickets::Message& m, const tickets::NameBook& names) {
    wire::InternalMessage w;
    w.set_message_id(m.id);
    w.set_from(name_of(names.users, m.from.value()));
    if (m.to_user) w.set_to_user(name_of(names.users, m.to_user->value()));
    if (m.to_department) w.set_to_department(name_of(names.departments, m.to_department->value()));
    w.set_text(m.text);
    w.set_created_ms(m.created_ms);
    return w;
}

// The order, if the user may see it with its attachments (restricted complaints: see order_wire).
Result<tickets::Order> visible_order(Database& db, TicketId id, const tickets::Actor& actor) {
    auto o = tickets::load_order(db, id);
    if (!o) return std::unexpected(o.error());
    if (!*o) return fail(Errc::not_found, fmt::format("there is no work order {}", id.value()));
    if (!tickets::may_see_complainant(**o, actor))
        return fail(Errc::permission_denied, "the attachments of this restricted complaint are for permitted roles only");
    return std::move(**o);
}

}  // namespace

void on_save_workflow(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_workflow();
    if (m.definition().empty() || m.definition().size() > 64 * 1024 || m.default_for_size() > 7)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a workflow definition is 1 byte to 64 KiB of JSON");
    std::vector<tickets::OrderType> types;
    for (const auto& t : m.default_for()) {
        auto type = tickets::order_type_from_string(t);
        if (!type) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, fmt::format("'{}' is not an order type", t));
        types.push_back(*type);
    }
    const auto author = c->session()->user.id;
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<wire::SaveWorkflowOk>(
        hub, c,
        [json = m.definition(), types, author, now](Database& db) -> Result<wire::SaveWorkflowOk> {
            auto names = tickets::directory_names(db);
            if (!names) return std::unexpected(names.error());
            // Checked against the directory as it is now: a typo in a department is refused here.
            auto w = tickets::workflow_from_json(json, *names);
            if (!w) return std::unexpected(w.error());
            auto version = tickets::save_workflow(db, w->name, json, author, now);
            if (!version) return std::unexpected(version.error());
            for (auto t : types)
                if (auto r = tickets::set_default_workflow(db, t, w->name); !r) return std::unexpected(r.error());
            wire::SaveWorkflowOk ok;
            ok.set_name(w->name);
            ok.set_version(*version);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::SaveWorkflowOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the workflow was not saved (orders keep theirs)");
            log()->info("workflow {} v{} saved", r->name(), r->version());
            auto reply = reply_to(req);
            *reply.mutable_save_workflow_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_save_deadline_policy(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& p = req.save_deadline_policy().policy();
    auto type = tickets::order_type_from_string(p.type());
    auto urgency = tickets::urgency_from_string(p.urgency());
    if (!type || !urgency)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "name the order type and the urgency of the policy");
    tickets::PolicyInfo info{*type, *urgency, p.accept_s(), p.process_s(), p.calendar().empty() ? "default" : p.calendar(),
                             p.escalate_role().empty() ? "team_leader" : p.escalate_role()};
    write_value<tickets::PolicyInfo>(
        hub, c,
        [info](Database& db) -> Result<tickets::PolicyInfo> {
            if (auto r = tickets::save_policy(db, info); !r) return std::unexpected(r.error());
            return info;
        },
        [req](const ConnPtr& conn, Result<tickets::PolicyInfo> r) {
            if (!r) return send_failure(conn, req, r.error(), "the deadline policy was not saved");
            auto reply = reply_to(req);
            *reply.mutable_save_deadline_policy_ok()->mutable_policy() = to_wire(*r);
            conn->send(reply);
        });
}

void on_list_deadline_policies(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    read_value<wire::ListDeadlinePoliciesOk>(
        hub, c,
        [](Database& db) -> Result<wire::ListDeadlinePoliciesOk> {
            auto all = tickets::list_policies(db);
            if (!all) return std::unexpected(all.error());
            wire::ListDeadlinePoliciesOk ok;
            for (const auto& p : *all) *ok.add_policies() = to_wire(p);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListDeadlinePoliciesOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the deadline policies could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_deadline_policies_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_order_summary(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.order_summary();
    auto by = tickets::summary_by_from_string(m.group_by());
    if (!by)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "group by type, department, state, overdue or satisfaction");
    read_value<wire::OrderSummaryOk>(
        hub, c,
        [by = *by, from = m.from_ms(), to = m.to_ms()](Database& db) -> Result<wire::OrderSummaryOk> {
            auto rows = tickets::summarize(db, by, from, to);
            if (!rows) return std::unexpected(rows.error());
            wire::OrderSummaryOk ok;
            for (const auto& r : *rows) {
                auto* w = ok.add_rows();
                w->set_key(r.key);
                w->set_orders(r.orders);
                w->set_open(r.open);
                w->set_overdue(r.overdue);
                w->set_satisfied(r.satisfied);
                w->set_unsatisfied(r.unsatisfied);
            }
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::OrderSummaryOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the summary could not be made");
            auto reply = reply_to(req);
            *reply.mutable_order_summary_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_save_phrase(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_phrase();
    const auto& user = c->session()->user;
    const bool admin = has_permission(user, Permission::workflow_edit);
    if (m.phrase().shared() && !admin)
        return c->send_error(req.request_id(), wire::PERMISSION_DENIED,
                             "shared templates and phrases are written by administrators; save a personal one");
    tickets::PhraseRecord p{m.phrase().phrase_id(), m.phrase().kind(), m.phrase().order_type(), m.phrase().title(),
                            m.phrase().text(), m.phrase().shared() ? std::nullopt : std::optional(user.id)};
    if (!m.remove())
        if (auto ok = tickets::check_phrase(p); !ok) return send_failure(c, req, ok.error(), "nothing was saved");
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<tickets::PhraseRecord>(
        hub, c,
        [p, remove = m.remove(), now](Database& db) -> Result<tickets::PhraseRecord> {
            if (remove) {
                if (auto r = tickets::remove_phrase(db, p.id, p.owner); !r) return std::unexpected(r.error());
                return p;
            }
            return tickets::save_phrase(db, p, now);
        },
        [req](const ConnPtr& conn, Result<tickets::PhraseRecord> r) {
            if (!r) return send_failure(conn, req, r.error(), "nothing was saved");
            auto reply = reply_to(req);
            *reply.mutable_save_phrase_ok()->mutable_phrase() = to_wire(*r);
            conn->send(reply);
        });
}

void on_list_phrases(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto kind = req.list_phrases().kind();
    if (!kind.empty() && kind != "template" && kind != "phrase")
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "kind is template, phrase or empty (both)");
    read_value<wire::ListPhrasesOk>(
        hub, c,
        [user = c->session()->user.id, kind](Database& db) -> Result<wire::ListPhrasesOk> {
            auto all = tickets::list_phrases(db, user, kind);
            if (!all) return std::unexpected(all.error());
            wire::ListPhrasesOk ok;
            for (const auto& p : *all) *ok.add_phrases() = to_wire(p);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListPhrasesOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the templates and phrases could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_phrases_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_attach_file(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.attach_file();
    if (m.content().size() > tickets::kMaxAttachmentBytes)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("the file is {} KiB; attachments are limited to {} KiB",
                                         m.content().size() / 1024, tickets::kMaxAttachmentBytes / 1024));
    const auto actor = actor_of(c->session()->user);
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<wire::AttachmentInfo>(
        hub, c,
        [m, actor, now](Database& db) -> Result<wire::AttachmentInfo> {
            auto o = visible_order(db, TicketId(m.order_id()), actor);
            if (!o) return std::unexpected(o.error());
            auto a = tickets::attach(db, o->id, m.name(), m.mime_type(), m.content(), actor.user, now);
            if (!a) return std::unexpected(a.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            return to_wire(*a, *names);
        },
        [req](const ConnPtr& conn, Result<wire::AttachmentInfo> r) {
            if (!r) return send_failure(conn, req, r.error(), "the file was not attached");
            auto reply = reply_to(req);
            *reply.mutable_attach_file_ok()->mutable_attachment() = std::move(*r);
            conn->send(reply);
        });
}

void on_list_attachments(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto actor = actor_of(c->session()->user);
    read_value<wire::ListAttachmentsOk>(
        hub, c,
        [id = req.list_attachments().order_id(), actor](Database& db) -> Result<wire::ListAttachmentsOk> {
            auto o = visible_order(db, TicketId(id), actor);
            if (!o) return std::unexpected(o.error());
            auto all = tickets::list_attachments(db, o->id);
            if (!all) return std::unexpected(all.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::ListAttachmentsOk ok;
            for (const auto& a : *all) *ok.add_attachments() = to_wire(a, *names);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListAttachmentsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the attachments could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_attachments_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_get_attachment(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto actor = actor_of(c->session()->user);
    read_value<wire::GetAttachmentOk>(
        hub, c,
        [id = req.get_attachment().attachment_id(), actor](Database& db) -> Result<wire::GetAttachmentOk> {
            auto a = tickets::read_attachment(db, id);
            if (!a) return std::unexpected(a.error());
            if (!*a) return fail(Errc::not_found, fmt::format("there is no attachment {}", id));
            if (auto o = visible_order(db, (*a)->first.order, actor); !o) return std::unexpected(o.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::GetAttachmentOk ok;
            *ok.mutable_attachment() = to_wire((*a)->first, *names);
            ok.set_content(std::move((*a)->second));
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::GetAttachmentOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the attachment could not be read");
            auto reply = reply_to(req);
            *reply.mutable_get_attachment_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_send_message(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.send_message();
    if (m.to_user().empty() == m.to_department().empty())
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "send a message to one user or one department");
    if (m.to_user().size() > 64 || m.to_department().size() > 200)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "no such recipient");
    const auto from = c->session()->user.id;
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    struct Sent {
        tickets::Message message;
        tickets::NameBook names;
    };
    write_value<Sent>(
        hub, c,
        [m, from, now](Database& db) -> Result<Sent> {
            auto names = tickets::directory_names(db);
            if (!names) return std::unexpected(names.error());
            tickets::Message msg{0, from, std::nullopt, std::nullopt, m.text(), now};
            if (!m.to_user().empty()) {
                auto it = names->users.find(m.to_user());
                if (it == names->users.end())
                    return fail(Errc::invalid_argument, fmt::format("there is no user with the login '{}'", m.to_user()));
                msg.to_user = it->second;
            } else {
                auto it = names->departments.find(m.to_department());
                if (it == names->departments.end())
                    return fail(Errc::invalid_argument, fmt::format("there is no department named '{}'", m.to_department()));
                msg.to_department = it->second;
            }
            auto sent = tickets::send_message(db, msg);
            if (!sent) return std::unexpected(sent.error());
            auto book = tickets::name_book(db);
            if (!book) return std::unexpected(book.error());
            return Sent{std::move(*sent), std::move(*book)};
        },
        [&hub, req](const ConnPtr& conn, Result<Sent> r) {
            if (!r) return send_failure(conn, req, r.error(), "the message was not sent");
            auto w = to_wire(r->message, r->names);
            auto reply = reply_to(req);
            *reply.mutable_send_message_ok()->mutable_message() = w;
            conn->send(reply);
            const auto msg = r->message;
            wire::Event e;
            *e.mutable_message() = std::move(w);
            hub.publish_to(std::move(e), [msg](const SessionUser& u) {
                return (msg.to_user && *msg.to_user == u.id) ||
                       (msg.to_department && u.department_id && *msg.to_department == *u.department_id);
            });
        });
}

void on_list_messages(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& user = c->session()->user;
    const int limit = req.list_messages().limit() > 0 ? req.list_messages().limit() : 100;
    read_value<wire::ListMessagesOk>(
        hub, c,
        [id = user.id, dept = user.department_id, limit](Database& db) -> Result<wire::ListMessagesOk> {
            auto all = tickets::messages_for(db, id, dept, limit);
            if (!all) return std::unexpected(all.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::ListMessagesOk ok;
            for (const auto& m : *all) *ok.add_messages() = to_wire(m, *names);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListMessagesOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the messages could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_messages_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_my_calls(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const int limit = req.my_calls().limit() > 0 ? req.my_calls().limit() : 50;
    read_value<wire::MyCallsOk>(
        hub, c,
        [id = c->session()->user.id, limit](Database& db) -> Result<wire::MyCallsOk> {
            auto calls = tickets::calls_of(db, id, limit);
            if (!calls) return std::unexpected(calls.error());
            wire::MyCallsOk ok;
            for (const auto& call : *calls) {
                auto* s = ok.add_calls();
                s->set_call_id(call.id.value());
                s->set_direction(call.direction);
                s->set_caller(call.caller);
                s->set_callee(call.callee);
                s->set_started_ms(call.started_ms);
                s->set_answered_ms(call.answered_ms);
                s->set_ended_ms(call.ended_ms);
            }
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::MyCallsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the call history could not be read");
            auto reply = reply_to(req);
            *reply.mutable_my_calls_ok() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
