// SaveCustomer, CloseAccount, LookupCaller, SetNumberSegment.
#include "cti/core/logging.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"
#include "cti/tickets/customers.h"
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
    static auto l = cti::logger("customers");
    return l;
}

wire::CustomerInfo to_wire(const tickets::Customer& c) {
    wire::CustomerInfo w;
    w.set_customer_id(c.id);
    w.set_number(c.number);
    w.set_name(c.name);
    w.set_address(c.address);
    w.set_vip_level(c.vip_level);
    w.set_blacklisted(c.blacklisted);
    for (const auto& l : c.labels) w.add_labels(l);
    for (const auto& p : c.phones) w.add_phones(p);
    w.set_closed(c.closed);
    w.set_created_ms(c.created_ms);
    w.set_closed_ms(c.closed_ms);
    for (const auto& a : c.accounts) {
        auto* x = w.add_accounts();
        x->set_account_no(a.account_no);
        x->set_kind(a.kind);
        x->set_address(a.address);
    }
    for (const auto& k : c.contacts) {
        auto* x = w.add_contacts();
        x->set_name(k.name);
        x->set_phone(k.phone);
        x->set_relation(k.relation);
    }
    return w;
}

struct Saved {
    tickets::Customer customer;
};

}  // namespace

void on_save_customer(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_customer();
    tickets::CustomerFields f{m.name(), m.address(), {m.phones().begin(), m.phones().end()},
                              {m.labels().begin(), m.labels().end()}, m.vip_level(), m.blacklisted(), {}, {}};
    if (m.accounts_size() > 100 || m.contacts_size() > 100)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a customer has at most 20 accounts and 20 contacts");
    for (const auto& a : m.accounts()) f.accounts.push_back({a.account_no(), a.kind(), a.address()});
    for (const auto& k : m.contacts()) f.contacts.push_back({k.name(), k.phone(), k.relation()});
    if (auto ok = tickets::check_customer(f); !ok) return send_failure(c, req, ok.error(), "the customer was not saved");
    const bool may_manage = has_permission(c->session()->user, Permission::customer_manage);
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    const auto id = m.customer_id();
    write_value<tickets::Customer>(
        hub, c,
        [f, id, may_manage, now](Database& db) -> Result<tickets::Customer> {
            // VIP level and blacklist change who is served first and who is refused: managers only.
            int vip = 0;
            bool black = false;
            if (id) {
                auto current = tickets::find_customer(db, id);
                if (!current) return std::unexpected(current.error());
                if (!*current) return fail(Errc::not_found, fmt::format("there is no customer {}", id));
                vip = (*current)->vip_level;
                black = (*current)->blacklisted;
            }
            if (!may_manage && (f.vip_level != vip || f.blacklisted != black))
                return fail(Errc::permission_denied,
                            "only team leaders, supervisors and administrators change the VIP level or the blacklist "
                            "(customer.manage)");
            if (id) return tickets::update_customer(db, id, f);
            return tickets::open_account(db, f, now, std::chrono::hours(8));
        },
        [req, user = c->session()->user.login](const ConnPtr& conn, Result<tickets::Customer> r) {
            if (!r) return send_failure(conn, req, r.error(), "the customer was not saved");
            log()->info("customer {} saved by {} vip={} blacklisted={}", r->number, user, r->vip_level, r->blacklisted);
            auto reply = reply_to(req);
            *reply.mutable_save_customer_ok()->mutable_customer() = to_wire(*r);
            conn->send(reply);
        });
}

void on_close_account(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto id = req.close_account().customer_id();
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<tickets::Customer>(
        hub, c, [id, now](Database& db) { return tickets::close_account(db, id, now); },
        [req](const ConnPtr& conn, Result<tickets::Customer> r) {
            if (!r) return send_failure(conn, req, r.error(), "the account was not closed");
            auto reply = reply_to(req);
            *reply.mutable_close_account_ok()->mutable_customer() = to_wire(*r);
            conn->send(reply);
        });
}

void on_lookup_caller(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto phone = req.lookup_caller().phone();
    const auto account = req.lookup_caller().account_no();
    if ((phone.empty() && account.empty()) || phone.size() > 32 || account.size() > 32)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "give the number or the account number (户号) to look up (up to 32 characters)");
    const auto actor = actor_of(c->session()->user);
    read_value<wire::LookupCallerOk>(
        hub, c,
        [phone, account, actor](Database& db) mutable -> Result<wire::LookupCallerOk> {
            if (phone.empty()) {
                // By account: the profile of the customer's first phone.
                auto owner = tickets::find_customer_by_account(db, account);
                if (!owner) return std::unexpected(owner.error());
                if (!*owner) return fail(Errc::not_found, fmt::format("no customer has the account {}", account));
                phone = (*owner)->phones.empty() ? std::string() : (*owner)->phones.front();
            }
            auto p = tickets::caller_profile(db, phone);
            if (!p) return std::unexpected(p.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::LookupCallerOk ok;
            if (p->customer) *ok.mutable_customer() = to_wire(*p->customer);
            if (p->responsible)
                if (auto it = names->departments.find(p->responsible->value()); it != names->departments.end())
                    ok.set_responsible_department(it->second);
            for (const auto& call : p->recent_calls) {
                auto* s = ok.add_recent_calls();
                s->set_call_id(call.id.value());
                s->set_direction(call.direction);
                s->set_callee(call.callee);
                s->set_started_ms(call.started_ms);
                s->set_answered_ms(call.answered_ms);
                s->set_ended_ms(call.ended_ms);
                if (call.agent)
                    if (auto it = names->users.find(call.agent->value()); it != names->users.end()) s->set_agent(it->second);
            }
            // A restricted complaint is not shown to whoever may not see its complainant: listing
            // it under the caller's number would name them.
            for (const auto& o : p->recent_orders)
                if (tickets::may_see_complainant(o, actor)) *ok.add_recent_orders() = to_wire(o, *names, actor);
            return ok;
        },
        [&hub, req, key = phone.empty() ? account : phone](const ConnPtr& conn, Result<wire::LookupCallerOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the caller could not be looked up");
            auto reply = std::make_shared<wire::Envelope>(reply_to(req));
            *reply->mutable_lookup_caller_ok() = std::move(*r);
            auto* lookups = hub.services().lookups;
            if (!lookups || lookups->empty()) return conn->send(*reply);
            // The outside systems, all at once; each answers or times out on its own.
            lookups->ask_all(key, [weak = std::weak_ptr<Connection>(conn), reply](std::vector<lookup::Answer> answers) {
                auto c2 = weak.lock();
                if (!c2) return;
                for (auto& a : answers) {
                    auto* e = reply->mutable_lookup_caller_ok()->add_external();
                    e->set_name(a.name);
                    e->set_ok(a.fields.has_value());
                    if (a.fields)
                        for (auto& [k, v] : *a.fields) (*e->mutable_fields())[k] = v;
                    else
                        e->set_error(a.fields.error().message);
                }
                c2->send(*reply);
            });
        });
}

void on_set_number_segment(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.set_number_segment();
    if (m.prefix().size() > 20 || m.department().size() > 200)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a number segment is 1 to 20 digits");
    write_value<bool>(
        hub, c,
        [m](Database& db) -> Result<bool> {
            std::optional<DepartmentId> dept;
            if (!m.department().empty()) {
                auto names = tickets::directory_names(db);
                if (!names) return std::unexpected(names.error());
                auto it = names->departments.find(m.department());
                if (it == names->departments.end())
                    return fail(Errc::invalid_argument, fmt::format("there is no department named '{}'", m.department()));
                dept = it->second;
            }
            auto r = tickets::set_number_segment(db, m.prefix(), dept);
            if (!r) return std::unexpected(r.error());
            return true;
        },
        [req](const ConnPtr& conn, Result<bool> r) {
            if (!r) return send_failure(conn, req, r.error(), "the number segment was not saved");
            auto reply = reply_to(req);
            reply.mutable_set_number_segment_ok();
            conn->send(reply);
        });
}

}  // namespace cti::gateway
