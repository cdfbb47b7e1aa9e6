// One name table per enum: the database, the protocol and the logs use these names.
#include <array>
#include <utility>

#include "cti/tickets/model.h"

namespace cti::tickets {
namespace {

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E v) noexcept {
    for (const auto& [e, n] : table)
        if (e == v) return n;
    return "unknown";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) noexcept {
    for (const auto& [e, n] : table)
        if (n == s) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<OrderType, std::string_view>, 7> kTypes{{
    {OrderType::business, "business"}, {OrderType::consultation, "consultation"},
    {OrderType::repair, "repair"}, {OrderType::complaint, "complaint"},
    {OrderType::suggestion, "suggestion"}, {OrderType::praise, "praise"},
    {OrderType::marketing, "marketing"},
}};
constexpr std::array<std::pair<Urgency, std::string_view>, 3> kUrgencies{{
    {Urgency::normal, "normal"}, {Urgency::urgent, "urgent"}, {Urgency::very_urgent, "very_urgent"},
}};
constexpr std::array<std::pair<Channel, std::string_view>, 5> kChannels{{
    {Channel::phone, "phone"}, {Channel::fax, "fax"}, {Channel::sms, "sms"},
    {Channel::email, "email"}, {Channel::web, "web"},
}};
constexpr std::array<std::pair<OrderState, std::string_view>, 8> kStates{{
    {OrderState::open, "open"}, {OrderState::dispatched, "dispatched"},
    {OrderState::processing, "processing"}, {OrderState::returned, "returned"},
    {OrderState::answered, "answered"}, {OrderState::visited, "visited"},
    {OrderState::closed, "closed"}, {OrderState::voided, "voided"},
}};
constexpr std::array<std::pair<Action, std::string_view>, 17> kActions{{
    {Action::create, "create"}, {Action::dispatch, "dispatch"}, {Action::accept, "accept"},
    {Action::transfer, "transfer"}, {Action::return_back, "return"}, {Action::answer, "answer"},
    {Action::reply, "reply"}, {Action::urge, "urge"}, {Action::supervise, "supervise"},
    {Action::pause, "pause"}, {Action::resume, "resume"}, {Action::void_order, "void"},
    {Action::reopen, "reopen"}, {Action::close, "close"}, {Action::visit, "visit"},
    {Action::escalate, "escalate"}, {Action::send_article, "send_article"},
}};
constexpr std::array<std::pair<TaskState, std::string_view>, 4> kTaskStates{{
    {TaskState::pending, "pending"}, {TaskState::accepted, "accepted"},
    {TaskState::answered, "answered"}, {TaskState::cancelled, "cancelled"},
}};
constexpr std::array<std::pair<StepMode, std::string_view>, 3> kModes{{
    {StepMode::single, "single"}, {StepMode::parallel, "parallel"}, {StepMode::countersign, "countersign"},
}};
constexpr std::array<std::pair<Satisfaction, std::string_view>, 3> kSatisfaction{{
    {Satisfaction::satisfied, "satisfied"}, {Satisfaction::basically_satisfied, "basically_satisfied"},
    {Satisfaction::unsatisfied, "unsatisfied"},
}};

}  // namespace

std::string_view to_string(OrderType v) noexcept { return name_of(kTypes, v); }
std::string_view to_string(Urgency v) noexcept { return name_of(kUrgencies, v); }
std::string_view to_string(Channel v) noexcept { return name_of(kChannels, v); }
std::string_view to_string(OrderState v) noexcept { return name_of(kStates, v); }
std::string_view to_string(Action v) noexcept { return name_of(kActions, v); }
std::string_view to_string(TaskState v) noexcept { return name_of(kTaskStates, v); }
std::string_view to_string(StepMode v) noexcept { return name_of(kModes, v); }
std::string_view to_string(Satisfaction v) noexcept { return name_of(kSatisfaction, v); }
std::optional<OrderType> order_type_from_string(std::string_view s) noexcept { return value_of(kTypes, s); }
std::optional<Urgency> urgency_from_string(std::string_view s) noexcept { return value_of(kUrgencies, s); }
std::optional<Channel> channel_from_string(std::string_view s) noexcept { return value_of(kChannels, s); }
std::optional<OrderState> order_state_from_string(std::string_view s) noexcept { return value_of(kStates, s); }
std::optional<Action> action_from_string(std::string_view s) noexcept { return value_of(kActions, s); }
std::optional<TaskState> task_state_from_string(std::string_view s) noexcept { return value_of(kTaskStates, s); }
std::optional<StepMode> step_mode_from_string(std::string_view s) noexcept { return value_of(kModes, s); }
std::optional<Satisfaction> satisfaction_from_string(std::string_view s) noexcept { return value_of(kSatisfaction, s); }

}  // namespace cti::tickets
