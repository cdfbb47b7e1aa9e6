// The rules of every work-order action: one table says in which states an action is allowed,
// who may do it and what it needs; apply() checks the table, then does the transition.
#include <fmt/format.h>

#include <algorithm>

#include "cti/tickets/workflow.h"

namespace cti::tickets {

namespace {

using S = OrderState;
constexpr unsigned bit(OrderState s) { return 1u << static_cast<unsigned>(s); }
constexpr unsigned kActive = bit(S::dispatched) | bit(S::processing);

enum class Who { dispatcher, holder, holder_or_dispatcher, dispatcher_or_supervisor, supervisor, system };
enum Needs : unsigned { kOpinion = 1, kTargets = 2, kSatisfaction = 4 };

struct Rule {
    Action action;
    unsigned states;
    Who who;
    unsigned needs;
};

// create has no row that allows it: an order is created by the store, never from a state.
constexpr Rule kRules[] = {
    {Action::create, 0, Who::dispatcher, 0},
    {Action::dispatch, bit(S::open) | bit(S::returned), Who::dispatcher, 0},
    {Action::accept, kActive, Who::holder, 0},
    {Action::transfer, kActive, Who::holder_or_dispatcher, kOpinion | kTargets},
    {Action::return_back, kActive, Who::holder, kOpinion},
    {Action::answer, bit(S::processing), Who::holder, kOpinion},
    {Action::reply, bit(S::answered) | bit(S::visited), Who::dispatcher, kOpinion},
    {Action::urge, kActive, Who::dispatcher_or_supervisor, 0},
    {Action::supervise, kActive, Who::supervisor, kOpinion},
    {Action::pause, kActive, Who::holder_or_dispatcher, kOpinion},
    {Action::resume, kActive, Who::holder_or_dispatcher, 0},
    {Action::void_order, bit(S::open) | bit(S::returned), Who::dispatcher, kOpinion},
    {Action::reopen, bit(S::answered) | bit(S::visited) | bit(S::closed), Who::supervisor, kOpinion},
    {Action::close, bit(S::open) | bit(S::answered) | bit(S::visited), Who::dispatcher, 0},
    {Action::visit, bit(S::answered), Who::dispatcher, kSatisfaction},
    {Action::escalate, kActive, Who::system, 0},
    // A knowledge article sent to the customer (SMS, fax, email): recorded, nothing changes.
    {Action::send_article, ~bit(S::voided) & 0xFFu, Who::holder_or_dispatcher, kOpinion},
};

const Rule& rule_of(Action a) {
    for (const auto& r : kRules)
        if (r.action == a) return r;
    return kRules[0];
}

bool matches(const Assignee& a, const Actor& actor) {
    if (a.user) return *a.user == actor.user;
    return a.department && actor.department && *a.department == *actor.department;
}

bool holds_task(const Order& o, const Actor& actor, std::initializer_list<TaskState> states) {
    return std::any_of(o.tasks.begin(), o.tasks.end(), [&](const Task& t) {
        return matches(t.assignee, actor) && std::find(states.begin(), states.end(), t.state) != states.end();
    });
}

bool may(Who who, const Order& o, const Actor& actor) {
    const bool dispatcher = actor.capabilities & kDispatch;
    const bool supervisor = actor.capabilities & kSupervise;
    const bool holder = holds(o, actor);
    switch (who) {
        case Who::dispatcher: return dispatcher;
        case Who::holder: return holder;
        case Who::holder_or_dispatcher: return holder || dispatcher;
        case Who::dispatcher_or_supervisor: return dispatcher || supervisor;
        case Who::supervisor: return supervisor;
        case Who::system: return actor.capabilities & kSystem;
    }
    return false;
}

std::string_view who_text(Who who) {
    switch (who) {
        case Who::dispatcher: return "call-center staff who dispatch orders";
        case Who::holder: return "the department or person the order is with";
        case Who::holder_or_dispatcher: return "the department the order is with, or the call center";
        case Who::dispatcher_or_supervisor: return "the call center or a supervisor";
        case Who::supervisor: return "team leaders, supervisors and administrators";
        case Who::system: return "the server itself";
    }
    return "";
}

std::string allowed_states_text(unsigned states) {
    std::string out;
    for (auto s : kAllStates)
        if (states & bit(s)) out += (out.empty() ? "" : ", ") + std::string(to_string(s));
    return out.empty() ? "no state (orders are created, not changed into existence)" : out;
}

bool requires_visit(OrderType t) { return t == OrderType::complaint; }

bool all_answered(const Order& o) {
    return std::all_of(o.tasks.begin(), o.tasks.end(),
                       [](const Task& t) { return t.state == TaskState::answered || t.state == TaskState::cancelled; });
}
bool any_pending(const Order& o) {
    return std::any_of(o.tasks.begin(), o.tasks.end(), [](const Task& t) { return t.state == TaskState::pending; });
}
bool any_accepted(const Order& o) {
    return std::any_of(o.tasks.begin(), o.tasks.end(), [](const Task& t) { return t.state == TaskState::accepted; });
}

std::int64_t to_ms(WallTime t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}
WallTime from_ms(std::int64_t ms) { return WallTime(std::chrono::milliseconds(ms)); }

std::int64_t due_after(const DeadlineContext& d, std::int64_t now, std::chrono::seconds amount) {
    if (!d.calendar) return 0;
    auto due = add_business_time(*d.calendar, from_ms(now), amount);
    return due ? to_ms(*due) : 0;  // a calendar with no open time: no deadline rather than a wrong one
}

// The tasks a step starts with. targets: where the dispatcher (or the answering handler) sends it.
Result<std::vector<Task>> start_step(const Order& o, const Workflow& w, int index, const std::vector<Assignee>& targets) {
    const Step& step = w.steps.at(static_cast<std::size_t>(index));
    std::vector<Assignee> to;
    switch (step.assign.kind) {
        case StepAssignment::Kind::at_dispatch:
            for (const auto& t : targets)
                if (!t.department && !t.user) return fail(Errc::invalid_argument, "a target needs a department or a person");
            if (step.mode == StepMode::single && targets.size() != 1)
                return fail(Errc::invalid_argument,
                            fmt::format("the step '{}' goes to one department or person: name exactly one", step.name));
            if (step.mode != StepMode::single && targets.size() < 2)
                return fail(Errc::invalid_argument,
                            fmt::format("the step '{}' is {}: name at least two departments", step.name,
                                        to_string(step.mode)));
            to = targets;
            break;
        case StepAssignment::Kind::departments:
            for (auto d : step.assign.departments) to.push_back(Assignee{d, std::nullopt});
            break;
        case StepAssignment::Kind::user: to.push_back(Assignee{std::nullopt, step.assign.user}); break;
        case StepAssignment::Kind::creator_department:
            if (!o.creator_department)
                return fail(Errc::invalid_argument,
                            fmt::format("the step '{}' goes back to the creator's department, and the creator has none",
                                        step.name));
            to.push_back(Assignee{o.creator_department, std::nullopt});
            break;
    }
    std::vector<Task> tasks;
    for (const auto& a : to) tasks.push_back(Task{0, index, a, TaskState::pending, std::nullopt, {}});
    return tasks;
}

void enter_step(Order& o, const Workflow& w, int index, std::vector<Task> tasks, const DeadlineContext& d, std::int64_t now) {
    o.step = index;
    o.step_mode = w.steps.at(static_cast<std::size_t>(index)).mode;
    o.tasks = std::move(tasks);
    o.state = S::dispatched;
    o.accept_due_ms = due_after(d, now, d.policy.accept);
    o.overdue &= ~kAcceptOverdue;
    if (o.process_due_ms == 0) o.process_due_ms = due_after(d, now, d.policy.process);
}

std::vector<Assignee> open_assignees(const Order& o) {
    std::vector<Assignee> out;
    for (const auto& t : o.tasks)
        if (t.state == TaskState::pending || t.state == TaskState::accepted) out.push_back(t.assignee);
    return out;
}

}  // namespace

bool holds(const Order& order, const Actor& actor) {
    return holds_task(order, actor, {TaskState::pending, TaskState::accepted});
}

bool may_see_complainant(const Order& order, const Actor& actor) {
    if (!order.restricted) return true;
    return (actor.capabilities & kRestrictedView) || actor.user == order.creator;
}

Result<Outcome> apply(const Order& order, const Workflow& w, const Actor& actor, const ActionRequest& req,
                      const DeadlineContext& d, std::int64_t now) {
    const Rule& rule = rule_of(req.action);
    if (!(rule.states & bit(order.state)))
        return fail(Errc::invalid_argument,
                    fmt::format("'{}' is not possible while the order is {}: it is allowed when the order is {}",
                                to_string(req.action), to_string(order.state), allowed_states_text(rule.states)));
    if (!may(rule.who, order, actor))
        return fail(Errc::permission_denied,
                    fmt::format("only {} may '{}' this order", who_text(rule.who), to_string(req.action)));
    if ((rule.needs & kOpinion) && req.opinion.empty())
        return fail(Errc::invalid_argument, fmt::format("'{}' needs an opinion (why, or what was done)", to_string(req.action)));
    if ((rule.needs & kTargets) && req.targets.empty())
        return fail(Errc::invalid_argument, fmt::format("'{}' needs a department or person to send the order to", to_string(req.action)));
    if ((rule.needs & kSatisfaction) && !req.satisfaction)
        return fail(Errc::invalid_argument, "a callback visit records the customer's satisfaction");

    Outcome out{order, ActionRecord{req.action, actor.user, order.state, order.state, req.targets, req.opinion, now}, {}};
    if (actor.capabilities & kSystem) out.record.actor.reset();
    Order& o = out.order;
    o.updated_ms = now;
    switch (req.action) {
        case Action::create:
        case Action::escalate:
            break;  // create never passes the table; escalate is made by escalations()
        case Action::dispatch: {
            const int index = std::max(order.step, 0);
            if (w.steps.empty()) return fail(Errc::invalid_argument, "the order's workflow has no steps");
            auto tasks = start_step(o, w, index, req.targets);
            if (!tasks) return std::unexpected(tasks.error());
            enter_step(o, w, index, std::move(*tasks), d, now);
            out.record.to = open_assignees(o);
            out.notify = out.record.to;
            break;
        }
        case Action::accept: {
            auto it = std::find_if(o.tasks.begin(), o.tasks.end(), [&](const Task& t) {
                return t.state == TaskState::pending && matches(t.assignee, actor);
            });
            if (it == o.tasks.end()) return fail(Errc::invalid_argument, "you have already accepted your part of this order");
            it->state = TaskState::accepted;
            it->handler = actor.user;
            o.state = S::processing;
            if (!any_pending(o)) o.accept_due_ms = 0;
            break;
        }
        case Action::transfer: {
            if (req.targets.size() != 1 || (!req.targets[0].department && !req.targets[0].user))
                return fail(Errc::invalid_argument, "a transfer goes to exactly one department or person");
            auto mine = std::find_if(o.tasks.begin(), o.tasks.end(), [&](const Task& t) {
                return (t.state == TaskState::pending || t.state == TaskState::accepted) && matches(t.assignee, actor);
            });
            if (mine == o.tasks.end()) {
                auto open = open_assignees(o);
                if (open.size() != 1)
                    return fail(Errc::invalid_argument,
                                "the order is with several departments: the holder of one part transfers it");
                mine = std::find_if(o.tasks.begin(), o.tasks.end(), [](const Task& t) {
                    return t.state == TaskState::pending || t.state == TaskState::accepted;
                });
            }
            if (mine->assignee == req.targets[0])
                return fail(Errc::invalid_argument, "the order is already there: choose another department or person");
            mine->assignee = req.targets[0];
            mine->state = TaskState::pending;
            mine->handler.reset();
            o.state = any_accepted(o) ? S::processing : S::dispatched;
            o.accept_due_ms = due_after(d, now, d.policy.accept);
            o.overdue &= ~kAcceptOverdue;
            out.notify = req.targets;
            break;
        }
        case Action::return_back:
            for (auto& t : o.tasks)
                if (t.state == TaskState::pending || t.state == TaskState::accepted) t.state = TaskState::cancelled;
            o.state = S::returned;
            o.accept_due_ms = 0;
            o.paused_since_ms = 0;
            break;
        case Action::answer: {
            auto it = std::find_if(o.tasks.begin(), o.tasks.end(), [&](const Task& t) {
                return t.state == TaskState::accepted && matches(t.assignee, actor);
            });
            if (it == o.tasks.end()) return fail(Errc::invalid_argument, "accept your part of the order before answering it");
            it->state = TaskState::answered;
            it->opinion = req.opinion;
            if (!all_answered(o)) break;  // parallel / countersign: the others are still working
            if (o.step + 1 < static_cast<int>(w.steps.size())) {
                auto tasks = start_step(o, w, o.step + 1, req.targets);
                if (!tasks) return std::unexpected(tasks.error());
                enter_step(o, w, o.step + 1, std::move(*tasks), d, now);
                out.record.to = open_assignees(o);
                out.notify = out.record.to;
            } else {
                o.state = S::answered;
                o.accept_due_ms = 0;
                o.paused_since_ms = 0;
            }
            break;
        }
        case Action::reply:
        case Action::send_article: break;
        case Action::urge:
        case Action::supervise:
            if (req.action == Action::urge) ++o.urge_count;
            out.notify = open_assignees(o);
            break;
        case Action::pause:
            if (o.paused_since_ms) return fail(Errc::invalid_argument, "the order is already waiting on the customer");
            o.paused_since_ms = now;
            break;
        case Action::resume: {
            if (!o.paused_since_ms) return fail(Errc::invalid_argument, "the order is not paused");
            if (d.calendar) {
                const auto paused = business_time_between(*d.calendar, from_ms(o.paused_since_ms), from_ms(now));
                for (auto* due : {&o.accept_due_ms, &o.process_due_ms}) {
                    if (*due == 0) continue;
                    auto shifted = add_business_time(*d.calendar, from_ms(*due), paused);
                    if (shifted) *due = to_ms(*shifted);
                }
            }
            o.paused_since_ms = 0;
            break;
        }
        case Action::void_order:
            o.state = S::voided;
            o.tasks.clear();
            o.accept_due_ms = o.process_due_ms = 0;
            o.closed_ms = now;
            break;
        case Action::reopen:
            o.state = S::open;
            o.step = -1;
            o.tasks.clear();
            o.satisfaction.reset();
            o.closed_ms = 0;
            o.accept_due_ms = o.process_due_ms = 0;
            o.overdue = 0;
            break;
        case Action::close:
            if (order.state == S::answered && requires_visit(order.type))
                return fail(Errc::invalid_argument, "a complaint is closed after the callback visit (回访): record the visit first");
            if (order.state == S::open && req.opinion.empty())
                return fail(Errc::invalid_argument, "closing an order that was never dispatched needs the answer given to the customer");
            o.state = S::closed;
            o.closed_ms = now;
            o.accept_due_ms = o.process_due_ms = 0;
            break;
        case Action::visit:
            o.satisfaction = req.satisfaction;
            o.state = S::visited;
            break;
    }
    out.record.to_state = o.state;
    return out;
}

std::vector<Action> allowed_actions(const Order& order, const Workflow&, const Actor& actor) {
    std::vector<Action> out;
    for (const auto& r : kRules) {
        if (!(r.states & bit(order.state)) || !may(r.who, order, actor) || r.who == Who::system) continue;
        if (r.action == Action::pause && order.paused_since_ms) continue;
        if (r.action == Action::resume && !order.paused_since_ms) continue;
        if (r.action == Action::accept && !holds_task(order, actor, {TaskState::pending})) continue;
        if (r.action == Action::answer && !holds_task(order, actor, {TaskState::accepted})) continue;
        if (r.action == Action::close && order.state == S::answered && requires_visit(order.type)) continue;
        out.push_back(r.action);
    }
    return out;
}

std::vector<Outcome> escalations(const Order& order, std::int64_t now) {
    std::vector<Outcome> out;
    if (!(kActive & bit(order.state)) || order.paused_since_ms) return out;
    Order o = order;
    auto escalate = [&](unsigned flag, std::int64_t due, std::string_view what) {
        if (due == 0 || now < due || (o.overdue & flag)) return;
        o.overdue |= flag;
        o.updated_ms = now;
        Outcome x{o, ActionRecord{Action::escalate, std::nullopt, o.state, o.state, {}, std::string(what), now},
                  open_assignees(o)};
        out.push_back(std::move(x));
    };
    escalate(kAcceptOverdue, o.accept_due_ms, "accept_overdue");
    escalate(kProcessOverdue, o.process_due_ms, "process_overdue");
    return out;
}

std::int64_t next_deadline_ms(const Order& o) {
    if (!(kActive & bit(o.state)) || o.paused_since_ms) return 0;
    std::int64_t next = 0;
    if (o.accept_due_ms && !(o.overdue & kAcceptOverdue)) next = o.accept_due_ms;
    if (o.process_due_ms && !(o.overdue & kProcessOverdue) && (next == 0 || o.process_due_ms < next))
        next = o.process_due_ms;
    return next;
}

}  // namespace cti::tickets
