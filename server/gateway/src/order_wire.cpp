// Work orders as protocol messages, and who hears about a change.
#include <algorithm>

#include "cti/gateway/hub.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"

namespace cti::gateway {

namespace {

std::string name_in(const std::map<std::int64_t, std::string>& names, std::int64_t id) {
    auto it = names.find(id);
    return it == names.end() ? std::string() : it->second;
}

wire::OrderTarget to_wire(const tickets::Assignee& a, const tickets::NameBook& names) {
    wire::OrderTarget t;
    if (a.department) {
        t.set_department_id(a.department->value());
        t.set_department(name_in(names.departments, a.department->value()));
    }
    if (a.user) {
        t.set_user_id(a.user->value());
        t.set_user(name_in(names.users, a.user->value()));
    }
    return t;
}

bool concerns(const SessionUser& u, const tickets::Assignee& a) {
    if (a.user) return *a.user == u.id;
    return a.department && u.department_id && *a.department == *u.department_id;
}

}  // namespace

tickets::Actor actor_of(const SessionUser& user) {
    tickets::Actor a{user.id, user.department_id, 0};
    if (has_permission(user, Permission::order_create)) a.capabilities |= tickets::kCreate;
    if (has_permission(user, Permission::order_dispatch)) a.capabilities |= tickets::kDispatch;
    if (has_permission(user, Permission::order_supervise)) a.capabilities |= tickets::kSupervise;
    if (has_permission(user, Permission::order_restricted)) a.capabilities |= tickets::kRestrictedView;
    return a;
}

wire::WorkOrder to_wire(const tickets::Order& o, const tickets::NameBook& names, const tickets::Actor& viewer) {
    using tickets::to_string;
    wire::WorkOrder w;
    w.set_order_id(o.id.value());
    w.set_number(o.number);
    w.set_type(std::string(to_string(o.type)));
    w.set_urgency(std::string(to_string(o.urgency)));
    w.set_channel(std::string(to_string(o.channel)));
    w.set_state(std::string(to_string(o.state)));
    w.set_title(o.title);
    w.set_content(o.content);
    const bool see = tickets::may_see_complainant(o, viewer);
    w.set_complainant_hidden(!see);
    if (see) {
        w.set_caller_number(o.caller_number);
        w.set_contact_name(o.contact_name);
    }
    if (o.customer_id && see) w.set_customer_id(*o.customer_id);
    if (o.call) w.set_call_id(o.call->value());
    w.set_restricted(o.restricted);
    w.set_creator(name_in(names.users, o.creator.value()));
    if (o.creator_department) w.set_creator_department(name_in(names.departments, o.creator_department->value()));
    w.set_workflow(o.workflow);
    w.set_step(o.step);
    w.set_step_mode(std::string(to_string(o.step_mode)));
    for (const auto& t : o.tasks) {
        auto* wt = w.add_tasks();
        wt->set_task_id(t.task_id);
        wt->set_step(t.step);
        *wt->mutable_assignee() = to_wire(t.assignee, names);
        wt->set_state(std::string(to_string(t.state)));
        if (t.handler) wt->set_handler(name_in(names.users, t.handler->value()));
        wt->set_opinion(t.opinion);
    }
    w.set_created_ms(o.created_ms);
    w.set_updated_ms(o.updated_ms);
    w.set_accept_due_ms(o.accept_due_ms);
    w.set_process_due_ms(o.process_due_ms);
    w.set_paused(o.paused_since_ms != 0);
    w.set_accept_overdue(o.overdue & tickets::kAcceptOverdue);
    w.set_process_overdue(o.overdue & tickets::kProcessOverdue);
    w.set_urge_count(o.urge_count);
    if (o.satisfaction) w.set_satisfaction(std::string(to_string(*o.satisfaction)));
    w.set_closed_ms(o.closed_ms);
    for (auto a : tickets::allowed_actions(o, tickets::Workflow{}, viewer))
        w.add_allowed_actions(std::string(to_string(a)));
    return w;
}

wire::OrderHistoryLine to_wire(const tickets::ActionRecord& r, const tickets::NameBook& names) {
    using tickets::to_string;
    wire::OrderHistoryLine l;
    l.set_action(std::string(to_string(r.action)));
    if (r.actor) l.set_actor(name_in(names.users, r.actor->value()));
    l.set_from_state(std::string(to_string(r.from_state)));
    l.set_to_state(std::string(to_string(r.to_state)));
    for (const auto& t : r.to) *l.add_to() = to_wire(t, names);
    l.set_opinion(r.opinion);
    l.set_at_ms(r.at_ms);
    return l;
}

void publish_order(Hub& hub, const tickets::Order& order, const tickets::ActionRecord& line,
                   const std::vector<tickets::Assignee>& notify, std::string_view reason,
                   const tickets::NameBook& names, std::optional<wire::Role> escalate_to) {
    auto is_concerned = [&](const SessionUser& u) {
        if (u.id == order.creator) return true;
        if (line.action == tickets::Action::escalate &&
            (u.role == escalate_to.value_or(wire::TEAM_LEADER) || u.role == wire::ADMINISTRATOR))
            return true;
        if (std::any_of(notify.begin(), notify.end(), [&](const auto& a) { return concerns(u, a); })) return true;
        return std::any_of(order.tasks.begin(), order.tasks.end(), [&](const tickets::Task& t) {
            return (t.state == tickets::TaskState::pending || t.state == tickets::TaskState::accepted) &&
                   concerns(u, t.assignee);
        });
    };
    // Two versions of the event: with and without the complainant of a restricted complaint.
    for (bool sees : {true, false}) {
        if (!sees && !order.restricted) break;
        auto visible = [&](const SessionUser& u) {
            return is_concerned(u) && tickets::may_see_complainant(order, actor_of(u)) == sees;
        };
        // The viewer-specific part (allowed actions) is left for GetOrder: one event for all.
        tickets::Actor neutral{UserId(0), std::nullopt, sees ? unsigned(tickets::kRestrictedView) : 0u};
        wire::Event e;
        auto* oe = e.mutable_order();
        *oe->mutable_order() = to_wire(order, names, neutral);
        oe->mutable_order()->clear_allowed_actions();
        *oe->mutable_line() = to_wire(line, names);
        oe->set_reason(std::string(reason));
        hub.publish_to(std::move(e), visible);
    }
}

}  // namespace cti::gateway
