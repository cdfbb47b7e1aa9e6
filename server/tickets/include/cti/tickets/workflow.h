#pragma once
// Workflow definitions as data, and the rules of every work-order action as one table.
//
// A workflow is a list of serial steps; each step says who gets the order and how its tasks
// finish it (single, parallel, countersign). JSON form (departments and users by name; the
// server resolves names when the definition is saved, so a typo is refused then, not later):
//   { "name": "complaint_review",
//     "steps": [ { "name": "处理", "assign": "dispatch", "mode": "single" },
//                { "name": "会签", "assign": { "departments": ["投诉处理中心", "抢修调度中心"] },
//                  "mode": "countersign" },
//                { "name": "审核", "assign": "creator_department" },
//                { "name": "复核", "assign": { "user": "leader" } } ] }
// "dispatch": the departments (or person) the dispatcher picks; "creator_department": back to the
// department of whoever registered the order (relation); a fixed list of departments; one user.
#include <map>
#include <span>
#include <string>
#include <vector>

#include "cti/core/calendar.h"
#include "cti/core/error.h"
#include "cti/tickets/model.h"

namespace cti::tickets {

struct StepAssignment {
    enum class Kind { at_dispatch, departments, user, creator_department };
    Kind kind = Kind::at_dispatch;
    std::vector<DepartmentId> departments;
    std::optional<UserId> user;
};

struct Step {
    std::string name;
    StepAssignment assign;
    StepMode mode = StepMode::single;
};

struct Workflow {
    std::string name;
    int version = 0;
    std::vector<Step> steps;
};

// The workflow an order type gets when nothing else is configured: one step, sent where the
// dispatcher chooses.
Workflow default_workflow();

// Names the definition may use, from the directory.
struct DirectoryNames {
    std::map<std::string, DepartmentId, std::less<>> departments;
    std::map<std::string, UserId, std::less<>> users;
};
// Parses and checks a definition; every problem in one message. At most 20 steps.
Result<Workflow> workflow_from_json(std::string_view json, const DirectoryNames& names);

// ---- who is acting ----

enum Capability : unsigned {
    kCreate = 1,          // register orders (call-center staff)
    kDispatch = 2,        // dispatch, reply, visit, close, void (call-center staff)
    kSupervise = 4,       // urge, supervise, reopen (team leaders and up)
    kRestrictedView = 8,  // see the complainant of a restricted complaint
    kSystem = 16,         // the server itself (escalation)
};

struct Actor {
    UserId user;
    std::optional<DepartmentId> department;
    unsigned capabilities = 0;
};

// ---- the rules ----

// What a request carries besides the action; which parts are required depends on the action.
struct ActionRequest {
    Action action = Action::urge;
    std::string opinion;
    std::vector<Assignee> targets;          // dispatch, transfer
    std::optional<Satisfaction> satisfaction;  // visit
};

// Business time allowed to accept and to finish an order (per type and urgency), on a calendar.
struct DeadlinePolicy {
    std::chrono::seconds accept{std::chrono::hours(2)};
    std::chrono::seconds process{std::chrono::hours(24)};
};
struct DeadlineContext {
    const BusinessCalendar* calendar = nullptr;  // null: deadlines are not counted
    DeadlinePolicy policy;
};

struct Outcome {
    Order order;
    ActionRecord record;
    std::vector<Assignee> notify;  // whom to tell (new holders, urged holders, ...)
};

// Does the action to the order on behalf of the actor, or says why not (Errc::permission_denied
// for who, Errc::invalid_argument for the state or a missing field). Pure: no I/O, now is given.
Result<Outcome> apply(const Order& order, const Workflow& workflow, const Actor& actor,
                      const ActionRequest& request, const DeadlineContext& deadlines,
                      std::int64_t now_ms);

// The actions the actor may try on the order now (the desktop enables exactly these buttons).
std::vector<Action> allowed_actions(const Order& order, const Workflow& workflow, const Actor& actor);

// True when the actor is an assignee of one of the order's open tasks.
bool holds(const Order& order, const Actor& actor);
// True when the actor may see the complainant (caller number, contact name) of the order.
bool may_see_complainant(const Order& order, const Actor& actor);

// Escalations due at now: one `escalate` outcome per overdue kind not yet escalated. Paused
// orders do not go overdue.
std::vector<Outcome> escalations(const Order& order, std::int64_t now_ms);
// The earliest instant at which escalations() may find something, or 0 when none is pending.
std::int64_t next_deadline_ms(const Order& order);

}  // namespace cti::tickets
