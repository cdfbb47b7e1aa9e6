#pragma once
// Work orders (工单) as plain data: the order, the tasks of its current workflow step, and the
// recorded actions. Every enum has one name table (to_string / *_from_string) used by the
// database, the protocol, the logs and the desktops.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/ids.h"

namespace cti::tickets {

// MISSION.md: 业务受理, 咨询, 故障申告/报修, 投诉, 建议, 表扬, 营销预受理.
enum class OrderType { business, consultation, repair, complaint, suggestion, praise, marketing };
// 一般 / 紧急 / 非常紧急.
enum class Urgency { normal, urgent, very_urgent };
enum class Channel { phone, fax, sms, email, web };

// Where an order is in its life:
//   open       — registered at the call center, not sent anywhere (a consultation answered on the
//                call is closed from here)
//   dispatched — the current step's tasks wait for their department or person to accept
//   processing — at least one task of the current step was accepted
//   returned   — a handler returned it (退办) with an opinion; the call center decides again
//   answered   — every step answered (答复); back at the call center for the reply and the
//                callback visit (回访)
//   visited    — the customer was called back and gave a satisfaction result
//   closed, voided — final (closed can be reopened by a supervisor)
enum class OrderState { open, dispatched, processing, returned, answered, visited, closed, voided };

enum class Action {
    create, dispatch, accept, transfer, return_back, answer, reply, urge, supervise,
    pause, resume, void_order, reopen, close, visit, escalate, send_article,
};
inline constexpr Action kAllActions[] = {
    Action::create, Action::dispatch, Action::accept, Action::transfer, Action::return_back,
    Action::answer, Action::reply, Action::urge, Action::supervise, Action::pause,
    Action::resume, Action::void_order, Action::reopen, Action::close, Action::visit,
    Action::escalate, Action::send_article,
};
inline constexpr OrderState kAllStates[] = {
    OrderState::open, OrderState::dispatched, OrderState::processing, OrderState::returned,
    OrderState::answered, OrderState::visited, OrderState::closed, OrderState::voided,
};

enum class TaskState { pending, accepted, answered, cancelled };
// How the tasks of a step finish it: single (one assignee), parallel (each assignee answers its
// own part; the step is done when all have), countersign (会签: every assignee must agree; one
// return sends the whole order back).
enum class StepMode { single, parallel, countersign };
enum class Satisfaction { satisfied, basically_satisfied, unsatisfied };

std::string_view to_string(OrderType v) noexcept;
std::string_view to_string(Urgency v) noexcept;
std::string_view to_string(Channel v) noexcept;
std::string_view to_string(OrderState v) noexcept;
std::string_view to_string(Action v) noexcept;
std::string_view to_string(TaskState v) noexcept;
std::string_view to_string(StepMode v) noexcept;
std::string_view to_string(Satisfaction v) noexcept;
std::optional<OrderType> order_type_from_string(std::string_view s) noexcept;
std::optional<Urgency> urgency_from_string(std::string_view s) noexcept;
std::optional<Channel> channel_from_string(std::string_view s) noexcept;
std::optional<OrderState> order_state_from_string(std::string_view s) noexcept;
std::optional<Action> action_from_string(std::string_view s) noexcept;
std::optional<TaskState> task_state_from_string(std::string_view s) noexcept;
std::optional<StepMode> step_mode_from_string(std::string_view s) noexcept;
std::optional<Satisfaction> satisfaction_from_string(std::string_view s) noexcept;

// Who a task waits for: a department (any member may accept), or one person.
struct Assignee {
    std::optional<DepartmentId> department;
    std::optional<UserId> user;
    friend bool operator==(const Assignee&, const Assignee&) = default;
};

struct Task {
    std::int64_t task_id = 0;  // 0 until stored
    int step = 0;
    Assignee assignee;
    TaskState state = TaskState::pending;
    std::optional<UserId> handler;  // who accepted
    std::string opinion;            // the answer, once answered
};

// Overdue flags, each escalated once.
enum OverdueBits : unsigned { kAcceptOverdue = 1, kProcessOverdue = 2 };

struct Order {
    TicketId id;
    std::string number;  // GD + local date + sequence, shown to users and customers
    OrderType type = OrderType::consultation;
    Urgency urgency = Urgency::normal;
    Channel channel = Channel::phone;
    OrderState state = OrderState::open;
    std::string title;
    std::string content;
    std::string caller_number;
    std::string contact_name;
    std::optional<std::int64_t> customer_id;
    std::optional<CallId> call;
    bool restricted = false;  // complainant hidden from roles without restricted_view
    UserId creator;
    std::optional<DepartmentId> creator_department;
    std::string workflow;     // name of the workflow definition
    int workflow_version = 0;
    int step = -1;            // index of the current step; -1 before the first dispatch
    StepMode step_mode = StepMode::single;
    std::vector<Task> tasks;  // tasks of the current step
    std::int64_t created_ms = 0;
    std::int64_t updated_ms = 0;
    std::int64_t accept_due_ms = 0;   // 0: no deadline running
    std::int64_t process_due_ms = 0;
    std::int64_t paused_since_ms = 0; // 0: not paused (waiting on the customer)
    unsigned overdue = 0;             // OverdueBits
    int urge_count = 0;
    std::optional<Satisfaction> satisfaction;
    std::int64_t closed_ms = 0;
};

// One line of an order's history (every action is recorded).
struct ActionRecord {
    Action action = Action::create;
    std::optional<UserId> actor;  // empty: the system (escalation)
    OrderState from_state = OrderState::open;
    OrderState to_state = OrderState::open;
    std::vector<Assignee> to;     // where the order went (dispatch, transfer)
    std::string opinion;
    std::int64_t at_ms = 0;
};

}  // namespace cti::tickets
