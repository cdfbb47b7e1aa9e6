// CreateOrder, OrderAction, GetOrder, SearchOrders, Workbench.
#include <boost/asio/post.hpp>
#include <fmt/format.h>

#include "cti/admin/dictionaries.h"
#include "cti/core/logging.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/hub.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/requests.h"
#include "db_async.h"

namespace cti::gateway {

namespace asio = boost::asio;
using ConnPtr = std::shared_ptr<Connection>;
using storage::Database;

namespace {

using detail::read_value;
using detail::reply_to;
using detail::send_failure;
using detail::write_value;

constexpr std::size_t kMaxTargets = 20;

auto log() {
    static auto l = cti::logger("orders");
    return l;
}

template <class E>
Result<E> parse_name(std::string_view text, std::optional<E> (*from)(std::string_view) noexcept,
                     std::string_view what, std::string_view choices, std::optional<E> fallback = std::nullopt) {
    if (text.empty() && fallback) return *fallback;
    if (auto v = from(text)) return *v;
    return fail(Errc::invalid_argument, fmt::format("'{}' is not a {}: use one of {}", text, what, choices));
}

constexpr std::string_view kTypes = "business, consultation, repair, complaint, suggestion, praise, marketing";
constexpr std::string_view kStates = "open, dispatched, processing, returned, answered, visited, closed, voided";

// Targets by id or by name (department name, user login), resolved in the job's transaction.
Result<std::vector<tickets::Assignee>> resolve_targets(Database& db, const google::protobuf::RepeatedPtrField<wire::OrderTarget>& in) {
    std::vector<tickets::Assignee> out;
    std::optional<tickets::DirectoryNames> names;
    for (const auto& t : in) {
        tickets::Assignee a;
        if ((!t.department().empty() || !t.user().empty()) && !names) {
            auto n = tickets::directory_names(db);
            if (!n) return std::unexpected(n.error());
            names = std::move(*n);
        }
        if (t.department_id()) a.department = DepartmentId(t.department_id());
        else if (!t.department().empty()) {
            auto it = names->departments.find(t.department());
            if (it == names->departments.end())
                return fail(Errc::invalid_argument, fmt::format("there is no department named '{}'", t.department()));
            a.department = it->second;
        }
        if (t.user_id()) a.user = UserId(t.user_id());
        else if (!t.user().empty()) {
            auto it = names->users.find(t.user());
            if (it == names->users.end())
                return fail(Errc::invalid_argument, fmt::format("there is no user with the login '{}'", t.user()));
            a.user = it->second;
        }
        out.push_back(a);
    }
    return out;
}

Result<tickets::Order> find_order(Database& db, std::int64_t id, const std::string& number) {
    auto o = id ? tickets::load_order(db, TicketId(id)) : tickets::load_order_by_number(db, number);
    if (!o) return std::unexpected(o.error());
    if (!*o)
        return fail(Errc::not_found, id ? fmt::format("there is no work order {}", id)
                                        : fmt::format("there is no work order numbered '{}'", number));
    return std::move(**o);
}

std::string_view reason_of(tickets::Action a, const tickets::Outcome& out) {
    switch (a) {
        case tickets::Action::urge:
        case tickets::Action::supervise: return "urged";
        case tickets::Action::escalate: return "overdue";
        default: return out.record.to.empty() ? "changed" : "assigned";
    }
}

struct Acted {
    tickets::Outcome outcome;
    tickets::NameBook names;
};

// The administrator's lists (dictionaries order_types, order_urgencies, order_channels) may switch
// an item off: no new order with it, the ones already open go on.
Result<void> check_switched_on(Database& db, const tickets::NewOrder& n) {
    for (auto [dictionary, code, what] :
         {std::tuple{admin::kOrderTypes, tickets::to_string(n.type), "work-order type"},
          std::tuple{admin::kOrderUrgencies, tickets::to_string(n.urgency), "urgency"},
          std::tuple{admin::kOrderChannels, tickets::to_string(n.channel), "channel"}}) {
        auto on = admin::dictionary_allows(db, dictionary, code);
        if (!on) return std::unexpected(on.error());
        if (!*on)
            return fail(Errc::invalid_argument, fmt::format("the {} {} is switched off; choose another (an administrator "
                                                            "keeps the list under dictionaries)",
                                                            what, code));
    }
    return {};
}

}  // namespace

void on_create_order(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.create_order();
    auto type = parse_name(m.type(), tickets::order_type_from_string, "work-order type", kTypes);
    auto urgency = parse_name(m.urgency(), tickets::urgency_from_string, "urgency", "normal, urgent, very_urgent",
                              std::optional(tickets::Urgency::normal));
    auto channel = parse_name(m.channel(), tickets::channel_from_string, "channel", "phone, fax, sms, email, web",
                              std::optional(tickets::Channel::phone));
    if (!type) return send_failure(c, req, type.error(), "the order was not created");
    if (!urgency) return send_failure(c, req, urgency.error(), "the order was not created");
    if (!channel) return send_failure(c, req, channel.error(), "the order was not created");
    tickets::NewOrder n{*type, *urgency, *channel, m.title(), m.content(), m.caller_number(), m.contact_name(),
                        m.customer_id() ? std::optional(m.customer_id()) : std::nullopt,
                        m.call_id() ? std::optional(CallId(m.call_id())) : std::nullopt, m.restricted()};
    if (auto ok = tickets::check_new_order(n); !ok) return send_failure(c, req, ok.error(), "the order was not created");
    const auto actor = actor_of(c->session()->user);
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<Acted>(
        hub, c,
        [n, actor, now](Database& db) -> Result<Acted> {
            if (auto ok = check_switched_on(db, n); !ok) return std::unexpected(ok.error());
            auto name = tickets::default_workflow_name(db, n.type);
            if (!name) return std::unexpected(name.error());
            auto w = tickets::workflow_for(db, *name, std::nullopt);
            if (!w) return std::unexpected(w.error());
            auto cal = tickets::deadline_calendar(db, "default");
            if (!cal) return std::unexpected(cal.error());
            auto o = tickets::create_order(db, n, actor, *w, now, cal->utc_offset);
            if (!o) return std::unexpected(o.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            tickets::Outcome out{std::move(*o), {}, {}};
            return Acted{std::move(out), std::move(*names)};
        },
        [req, actor](const ConnPtr& conn, Result<Acted> r) {
            if (!r) return send_failure(conn, req, r.error(), "the order was not created");
            log()->info("order created number={} type={} by={}", r->outcome.order.number,
                        tickets::to_string(r->outcome.order.type), actor.user.value());
            auto reply = reply_to(req);
            *reply.mutable_create_order_ok()->mutable_order() = to_wire(r->outcome.order, r->names, actor);
            conn->send(reply);
        });
}

void on_order_action(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.order_action();
    auto action = parse_name(m.action(), tickets::action_from_string, "work-order action",
                             "dispatch, accept, transfer, return, answer, reply, urge, supervise, pause, resume, void, "
                             "reopen, close, visit");
    if (!action) return send_failure(c, req, action.error(), "nothing was changed");
    if (*action == tickets::Action::create)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "orders are created with CreateOrder");
    if (m.order_id() == 0 && (m.number().empty() || m.number().size() > 32))
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "name the order by its id or its number");
    if (tickets::utf8_length(m.opinion()) > tickets::kMaxOpinionChars || m.targets_size() > static_cast<int>(kMaxTargets))
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("an opinion is limited to {} characters and an action to {} targets",
                                         tickets::kMaxOpinionChars, kMaxTargets));
    std::optional<tickets::Satisfaction> satisfaction;
    if (!m.satisfaction().empty()) {
        satisfaction = tickets::satisfaction_from_string(m.satisfaction());
        if (!satisfaction)
            return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                                 "satisfaction is one of satisfied, basically_satisfied, unsatisfied");
    }
    const auto actor = actor_of(c->session()->user);
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    const auto act = *action;
    write_value<Acted>(
        hub, c,
        [m, act, satisfaction, actor, now](Database& db) -> Result<Acted> {
            auto order = find_order(db, m.order_id(), m.number());
            if (!order) return std::unexpected(order.error());
            auto targets = resolve_targets(db, m.targets());
            if (!targets) return std::unexpected(targets.error());
            auto w = tickets::workflow_for(db, order->workflow, order->workflow_version ? std::optional(order->workflow_version) : std::nullopt);
            if (!w) return std::unexpected(w.error());
            auto policy = tickets::deadline_policy(db, order->type, order->urgency);
            if (!policy) return std::unexpected(policy.error());
            auto cal = tickets::deadline_calendar(db, policy->calendar);
            if (!cal) return std::unexpected(cal.error());
            tickets::ActionRequest request{act, m.opinion(), std::move(*targets), satisfaction};
            auto out = tickets::apply(*order, *w, actor, request, tickets::DeadlineContext{&*cal, policy->policy}, now);
            if (!out) return std::unexpected(out.error());
            if (auto saved = tickets::save_outcome(db, out->order, out->record); !saved)
                return std::unexpected(saved.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            return Acted{std::move(*out), std::move(*names)};
        },
        [&hub, req, actor, act](const ConnPtr& conn, Result<Acted> r) {
            if (!r) {
                log()->info("order action refused user={} action={}: {}", actor.user.value(), tickets::to_string(act),
                            r.error().message);
                return send_failure(conn, req, r.error(), "nothing was changed");
            }
            const auto& o = r->outcome.order;
            log()->info("order {} {} by={} state={}", o.number, tickets::to_string(act), actor.user.value(),
                        tickets::to_string(o.state));
            auto reply = reply_to(req);
            *reply.mutable_order_action_ok()->mutable_order() = to_wire(o, r->names, actor);
            *reply.mutable_order_action_ok()->mutable_line() = to_wire(r->outcome.record, r->names);
            conn->send(reply);
            publish_order(hub, o, r->outcome.record, r->outcome.notify, reason_of(act, r->outcome), r->names);
            hub.order_deadlines().track(o);
            // Answered by the departments: the customer is to be called back (回访).
            if (o.state == tickets::OrderState::answered && !o.caller_number.empty())
                if (auto* campaigns = hub.services().campaigns)
                    campaigns->schedule_visit(o.caller_number, {{"order", o.number},
                                                                {"order_title", o.title},
                                                                {"order_type", std::string(tickets::to_string(o.type))}});
        });
}

void on_get_order(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.get_order();
    if (m.order_id() == 0 && (m.number().empty() || m.number().size() > 32))
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "name the order by its id or its number");
    const auto actor = actor_of(c->session()->user);
    read_value<wire::GetOrderOk>(
        hub, c,
        [m, actor](Database& db) -> Result<wire::GetOrderOk> {
            auto order = find_order(db, m.order_id(), m.number());
            if (!order) return std::unexpected(order.error());
            auto history = tickets::order_history(db, order->id);
            if (!history) return std::unexpected(history.error());
            auto names = tickets::name_book(db);
            if (!names) return std::unexpected(names.error());
            wire::GetOrderOk ok;
            *ok.mutable_order() = to_wire(*order, *names, actor);
            for (const auto& line : *history) *ok.add_history() = to_wire(line, *names);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::GetOrderOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the order could not be read");
            auto reply = reply_to(req);
            *reply.mutable_get_order_ok() = std::move(*r);
            conn->send(reply);
        });
}

namespace {

Result<wire::SearchOrdersOk> orders_reply(Database& db, Result<std::vector<tickets::Order>> orders,
                                          const tickets::Actor& actor) {
    if (!orders) return std::unexpected(orders.error());
    auto names = tickets::name_book(db);
    if (!names) return std::unexpected(names.error());
    wire::SearchOrdersOk ok;
    for (const auto& o : *orders) *ok.add_orders() = to_wire(o, *names, actor);
    return ok;
}

}  // namespace

void on_search_orders(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.search_orders();
    tickets::SearchQuery q;
    q.text = m.text();
    if (q.text.size() > tickets::kMaxQueryBytes || m.caller_number().size() > 32 || m.department().size() > 200)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("a search is limited to {} bytes of text", tickets::kMaxQueryBytes));
    if (!m.type().empty()) {
        auto t = parse_name(m.type(), tickets::order_type_from_string, "work-order type", kTypes);
        if (!t) return send_failure(c, req, t.error(), "nothing was searched");
        q.type = *t;
    }
    if (!m.state().empty()) {
        auto s = parse_name(m.state(), tickets::order_state_from_string, "work-order state", kStates);
        if (!s) return send_failure(c, req, s.error(), "nothing was searched");
        q.state = *s;
    }
    q.caller_number = m.caller_number();
    q.from_ms = m.from_ms();
    q.to_ms = m.to_ms();
    q.limit = m.limit() > 0 ? m.limit() : 50;
    const auto actor = actor_of(c->session()->user);
    q.restricted_visible = actor.capabilities & tickets::kRestrictedView;
    read_value<wire::SearchOrdersOk>(
        hub, c,
        [q, actor, department = m.department()](Database& db) mutable -> Result<wire::SearchOrdersOk> {
            if (!department.empty()) {
                auto names = tickets::directory_names(db);
                if (!names) return std::unexpected(names.error());
                auto it = names->departments.find(department);
                if (it == names->departments.end())
                    return fail(Errc::invalid_argument, fmt::format("there is no department named '{}'", department));
                q.department = it->second;
            }
            return orders_reply(db, tickets::search_orders(db, q), actor);
        },
        [req](const ConnPtr& conn, Result<wire::SearchOrdersOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "nothing was searched");
            auto reply = reply_to(req);
            *reply.mutable_search_orders_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_workbench(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto actor = actor_of(c->session()->user);
    const int limit = req.workbench().limit() > 0 ? std::min(req.workbench().limit(), 1000) : 200;
    read_value<wire::SearchOrdersOk>(
        hub, c,
        [actor, limit](Database& db) { return orders_reply(db, tickets::workbench(db, actor, limit), actor); },
        [req](const ConnPtr& conn, Result<wire::SearchOrdersOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the workbench could not be read");
            auto reply = reply_to(req);
            reply.mutable_workbench_ok()->mutable_orders()->Swap(r->mutable_orders());
            conn->send(reply);
        });
}

}  // namespace cti::gateway
