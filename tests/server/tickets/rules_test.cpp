// The work-order workflow state machine: every action from every state (allowed and refused),
// who may do what, required fields, countersign and parallel steps, restricted complaints.
#include <catch2/catch.hpp>

#include <map>

#include "cti/tickets/workflow.h"

using namespace cti;
using namespace cti::tickets;
using S = OrderState;
using A = Action;

namespace {

const DepartmentId kCallCenter{1};
const DepartmentId kComplaints{2};
const DepartmentId kRepair{3};

// A call-center agent who may dispatch and supervise and who also belongs to the department the
// fixture's tasks are with, so that only the state decides.
Actor everything() { return Actor{UserId(10), kComplaints, kCreate | kDispatch | kSupervise}; }
Actor system_actor() { return Actor{UserId(0), std::nullopt, kSystem}; }

Order in_state(S state) {
    Order o;
    o.id = TicketId(1);
    o.type = OrderType::consultation;
    o.state = state;
    o.creator = UserId(20);
    o.creator_department = kCallCenter;
    o.workflow = "default";
    if (state != S::open) o.step = 0;
    if (state == S::dispatched) o.tasks = {Task{1, 0, {kComplaints, {}}, TaskState::pending, {}, {}}};
    if (state == S::processing) o.tasks = {Task{1, 0, {kComplaints, {}}, TaskState::accepted, UserId(10), {}}};
    if (state == S::answered) o.tasks = {Task{1, 0, {kComplaints, {}}, TaskState::answered, UserId(10), "已处理"}};
    return o;
}

ActionRequest full_request(A action) {
    ActionRequest r;
    r.action = action;
    r.opinion = "意见";
    r.targets = {Assignee{action == A::transfer ? kRepair : kComplaints, std::nullopt}};
    r.satisfaction = Satisfaction::satisfied;
    return r;
}

// The specification: with a complete request and an actor who may do everything, in which states
// does each action succeed? (accept in processing: the one task is already accepted; resume:
// nothing is paused in these fixtures; escalate: only the server.)
const std::map<A, std::vector<S>> kAllowed{
    {A::create, {}},
    {A::dispatch, {S::open, S::returned}},
    {A::accept, {S::dispatched}},
    {A::transfer, {S::dispatched, S::processing}},
    {A::return_back, {S::dispatched, S::processing}},
    {A::answer, {S::processing}},
    {A::reply, {S::answered, S::visited}},
    {A::urge, {S::dispatched, S::processing}},
    {A::supervise, {S::dispatched, S::processing}},
    {A::pause, {S::dispatched, S::processing}},
    {A::resume, {}},
    {A::void_order, {S::open, S::returned}},
    {A::reopen, {S::answered, S::visited, S::closed}},
    {A::close, {S::open, S::answered, S::visited}},
    {A::visit, {S::answered}},
    {A::escalate, {}},
    {A::send_article, {S::open, S::dispatched, S::processing, S::returned, S::answered, S::visited, S::closed}},
};

// Where each successful action leaves the order.
S expected_state(A action, S from) {
    switch (action) {
        case A::dispatch: return S::dispatched;
        case A::accept: return S::processing;
        case A::transfer: return S::dispatched;  // the one task goes to another department, pending
        case A::return_back: return S::returned;
        case A::answer: return S::answered;
        case A::void_order: return S::voided;
        case A::reopen: return S::open;
        case A::close: return S::closed;
        case A::visit: return S::visited;
        default: return from;
    }
}

bool contains(const std::vector<S>& v, S s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("every action from every state: allowed where the table says, refused with a reason elsewhere",
          "[tickets][rules]") {
    const auto workflow = default_workflow();
    int allowed = 0, refused = 0;
    for (auto action : kAllActions) {
        for (auto state : kAllStates) {
            CAPTURE(to_string(action), to_string(state));
            const auto order = in_state(state);
            auto r = apply(order, workflow, everything(), full_request(action), {}, 1000);
            if (contains(kAllowed.at(action), state)) {
                REQUIRE(r.has_value());
                CHECK(r->order.state == expected_state(action, state));
                CHECK(r->record.action == action);
                CHECK(r->record.from_state == state);
                CHECK(r->record.to_state == r->order.state);
                CHECK(r->record.actor == UserId(10));
                ++allowed;
            } else {
                REQUIRE_FALSE(r.has_value());
                CHECK_FALSE(r.error().message.empty());
                ++refused;
            }
        }
    }
    CHECK(allowed == 32);
    CHECK(refused == 17 * 8 - 32);
}

TEST_CASE("a refusal by state names the state and where the action is allowed", "[tickets][rules]") {
    auto r = apply(in_state(S::closed), default_workflow(), everything(), full_request(A::dispatch), {}, 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Errc::invalid_argument);
    CHECK(r.error().message == "'dispatch' is not possible while the order is closed: it is allowed when the order is open, returned");
}

TEST_CASE("escalation is the server's alone", "[tickets][rules]") {
    auto r = apply(in_state(S::dispatched), default_workflow(), everything(), full_request(A::escalate), {}, 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Errc::permission_denied);
    auto s = apply(in_state(S::dispatched), default_workflow(), system_actor(), full_request(A::escalate), {}, 1);
    REQUIRE(s.has_value());
    CHECK_FALSE(s->record.actor.has_value());
}

TEST_CASE("who may act: departments, call-center staff, supervisors", "[tickets][rules][permissions]") {
    const auto w = default_workflow();
    const Actor repair_agent{UserId(30), kRepair, kCreate | kDispatch};
    const Actor complaint_handler{UserId(31), kComplaints, 0};
    const Actor agent{UserId(32), kCallCenter, kCreate | kDispatch};

    SECTION("only the department the order is with accepts, answers and returns it") {
        auto r = apply(in_state(S::dispatched), w, repair_agent, full_request(A::accept), {}, 1);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == Errc::permission_denied);
        CHECK(r.error().message == "only the department or person the order is with may 'accept' this order");
        auto ok = apply(in_state(S::dispatched), w, complaint_handler, full_request(A::accept), {}, 1);
        REQUIRE(ok.has_value());
        CHECK(ok->order.tasks[0].handler == UserId(31));
        CHECK_FALSE(apply(in_state(S::processing), w, agent, full_request(A::answer), {}, 1).has_value());
        CHECK_FALSE(apply(in_state(S::processing), w, agent, full_request(A::return_back), {}, 1).has_value());
    }
    SECTION("a department handler does not dispatch, close, void or visit") {
        for (auto [action, state] : {std::pair{A::dispatch, S::open}, {A::close, S::answered}, {A::void_order, S::open},
                                     {A::visit, S::answered}, {A::reply, S::answered}}) {
            auto r = apply(in_state(state), w, complaint_handler, full_request(action), {}, 1);
            REQUIRE_FALSE(r.has_value());
            CHECK(r.error().code == Errc::permission_denied);
        }
    }
    SECTION("only supervisors reopen and supervise") {
        auto r = apply(in_state(S::closed), w, agent, full_request(A::reopen), {}, 1);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().message == "only team leaders, supervisors and administrators may 'reopen' this order");
        CHECK_FALSE(apply(in_state(S::processing), w, agent, full_request(A::supervise), {}, 1).has_value());
        const Actor leader{UserId(40), kCallCenter, kCreate | kDispatch | kSupervise};
        CHECK(apply(in_state(S::closed), w, leader, full_request(A::reopen), {}, 1).has_value());
    }
    SECTION("a task assigned to one person is theirs, not their department's") {
        auto o = in_state(S::dispatched);
        o.tasks[0].assignee = Assignee{std::nullopt, UserId(31)};
        CHECK(apply(o, w, complaint_handler, full_request(A::accept), {}, 1).has_value());
        const Actor colleague{UserId(33), kComplaints, 0};
        CHECK_FALSE(apply(o, w, colleague, full_request(A::accept), {}, 1).has_value());
    }
    SECTION("the buttons a desktop shows are the actions allowed now") {
        auto actions = allowed_actions(in_state(S::dispatched), w, complaint_handler);
        CHECK(actions == std::vector<A>{A::accept, A::transfer, A::return_back, A::pause, A::send_article});
        auto center = allowed_actions(in_state(S::answered), w, agent);
        CHECK(center == std::vector<A>{A::reply, A::close, A::visit, A::send_article});
    }
}

TEST_CASE("required fields are checked and named", "[tickets][rules]") {
    const auto w = default_workflow();
    auto bare = [](A a) { ActionRequest r; r.action = a; return r; };
    auto r = apply(in_state(S::processing), w, everything(), bare(A::return_back), {}, 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message == "'return' needs an opinion (why, or what was done)");
    CHECK(apply(in_state(S::processing), w, everything(), bare(A::transfer), {}, 1).error().message.find("opinion") !=
          std::string::npos);
    auto t = bare(A::transfer);
    t.opinion = "不属本部门";
    CHECK(apply(in_state(S::processing), w, everything(), t, {}, 1).error().message ==
          "'transfer' needs a department or person to send the order to");
    CHECK(apply(in_state(S::answered), w, everything(), bare(A::visit), {}, 1).error().message ==
          "a callback visit records the customer's satisfaction");
    CHECK(apply(in_state(S::open), w, everything(), bare(A::dispatch), {}, 1).error().message ==
          "the step '处理' goes to one department or person: name exactly one");
    CHECK(apply(in_state(S::open), w, everything(), bare(A::close), {}, 1).error().message.find("answer given") !=
          std::string::npos);
    auto same = full_request(A::transfer);
    same.targets = {Assignee{kComplaints, std::nullopt}};
    CHECK(apply(in_state(S::processing), w, everything(), same, {}, 1).error().message.find("already there") !=
          std::string::npos);
}

TEST_CASE("a complaint is closed only after the callback visit", "[tickets][rules]") {
    auto o = in_state(S::answered);
    o.type = OrderType::complaint;
    const auto w = default_workflow();
    auto r = apply(o, w, everything(), full_request(A::close), {}, 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().message.find("callback visit") != std::string::npos);
    auto visited = apply(o, w, everything(), full_request(A::visit), {}, 2);
    REQUIRE(visited.has_value());
    CHECK(visited->order.satisfaction == Satisfaction::satisfied);
    auto closed = apply(visited->order, w, everything(), full_request(A::close), {}, 3);
    REQUIRE(closed.has_value());
    CHECK(closed->order.state == S::closed);
    CHECK(closed->order.closed_ms == 3);
}

TEST_CASE("a countersign step needs every department, one return sends the order back", "[tickets][rules]") {
    DirectoryNames names;
    names.departments = {{"客服中心", kCallCenter}, {"投诉处理中心", kComplaints}, {"抢修调度中心", kRepair}};
    auto w = workflow_from_json(R"({"name":"会签流程","steps":[
        {"name":"初审","assign":"dispatch"},
        {"name":"会签","assign":{"departments":["投诉处理中心","抢修调度中心"]},"mode":"countersign"}]})",
                                names);
    REQUIRE(w.has_value());
    const Actor center{UserId(1), kCallCenter, kCreate | kDispatch};
    const Actor c{UserId(2), kComplaints, 0};
    const Actor r{UserId(3), kRepair, 0};
    auto act = [&](const Order& o, const Actor& who, A a, std::vector<Assignee> to = {}) {
        ActionRequest req;
        req.action = a;
        req.opinion = "同意";
        req.targets = std::move(to);
        auto out = apply(o, *w, who, req, {}, 1);
        REQUIRE(out.has_value());
        return out->order;
    };
    Order o = in_state(S::open);
    o.workflow = "会签流程";
    o = act(o, center, A::dispatch, {Assignee{kComplaints, {}}});
    o = act(o, c, A::accept);
    o = act(o, c, A::answer);
    REQUIRE(o.step == 1);
    CHECK(o.step_mode == StepMode::countersign);
    CHECK(o.state == S::dispatched);
    REQUIRE(o.tasks.size() == 2);
    o = act(o, c, A::accept);
    o = act(o, r, A::accept);
    o = act(o, c, A::answer);
    CHECK(o.state == S::processing);  // the repair center has not signed yet

    SECTION("all sign: answered") {
        o = act(o, r, A::answer);
        CHECK(o.state == S::answered);
    }
    SECTION("one returns: the whole order goes back; re-dispatch restarts the countersign") {
        o = act(o, r, A::return_back);
        CHECK(o.state == S::returned);
        o = act(o, center, A::dispatch);
        CHECK(o.step == 1);
        CHECK(o.tasks.size() == 2);
        CHECK(o.state == S::dispatched);
    }
}

TEST_CASE("a parallel step is done when every part is answered", "[tickets][rules]") {
    Workflow w;
    w.name = "parallel";
    w.steps.push_back(Step{"并行", {}, StepMode::parallel});
    const Actor center{UserId(1), kCallCenter, kDispatch};
    const Actor c{UserId(2), kComplaints, 0};
    const Actor r{UserId(3), kRepair, 0};
    ActionRequest d{A::dispatch, "", {Assignee{kComplaints, {}}}, {}};
    CHECK(apply(in_state(S::open), w, center, d, {}, 1).error().message.find("at least two") != std::string::npos);
    d.targets.push_back(Assignee{kRepair, {}});
    auto o = apply(in_state(S::open), w, center, d, {}, 1).value().order;
    for (const Actor* who : {&c, &r}) o = apply(o, w, *who, ActionRequest{A::accept, "", {}, {}}, {}, 2).value().order;
    o = apply(o, w, c, ActionRequest{A::answer, "投诉部分已处理", {}, {}}, {}, 3).value().order;
    CHECK(o.state == S::processing);
    o = apply(o, w, r, ActionRequest{A::answer, "已修复", {}, {}}, {}, 4).value().order;
    CHECK(o.state == S::answered);
}

TEST_CASE("workflow definitions are checked when saved", "[tickets][workflow]") {
    DirectoryNames names;
    names.departments = {{"投诉处理中心", kComplaints}};
    names.users = {{"leader", UserId(5)}};
    auto bad = workflow_from_json(R"({"name":"x","steps":[
        {"assign":{"departments":["不存在的部门"]}},
        {"assign":{"user":"nobody"}},
        {"assign":"creator_department","mode":"countersign"},
        {"mode":"sideways"}]})",
                                  names);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().message ==
          "step 1: no department named '不存在的部门'; step 2: no user with the login 'nobody'; step 3: a parallel or "
          "countersign step needs several departments; step 4: \"mode\" must be single, parallel or countersign");
    CHECK_FALSE(workflow_from_json("[1,2]", names).has_value());
    CHECK_FALSE(workflow_from_json(R"({"name":"x","steps":[]})", names).has_value());
    auto ok = workflow_from_json(R"({"name":"复核","steps":[{"assign":{"user":"leader"}}]})", names);
    REQUIRE(ok.has_value());
    CHECK(ok->steps[0].assign.user == UserId(5));
}

TEST_CASE("restricted complaints hide the complainant from those without the right", "[tickets][rules]") {
    auto o = in_state(S::dispatched);
    o.type = OrderType::complaint;
    o.restricted = true;
    CHECK_FALSE(may_see_complainant(o, Actor{UserId(2), kComplaints, 0}));
    CHECK(may_see_complainant(o, Actor{UserId(2), kComplaints, kRestrictedView}));
    CHECK(may_see_complainant(o, Actor{UserId(20), kCallCenter, 0}));  // who registered it
    o.restricted = false;
    CHECK(may_see_complainant(o, Actor{UserId(2), kComplaints, 0}));
}
