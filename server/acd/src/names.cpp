// One name table per enum: logs, the protocol and the desktops use these names.
#include <array>
#include <utility>

#include "cti/core/name_table.h"

#include "cti/acd/decision.h"

namespace cti::acd {
namespace {

template <class E, std::size_t N>
using Table = NameTable<E, N>;

constexpr Table<AgentStatus, 4> statuses{{{AgentStatus::logged_out, "logged_out"},
                                          {AgentStatus::available, "available"},
                                          {AgentStatus::not_ready, "not_ready"},
                                          {AgentStatus::away, "away"}}};
constexpr Table<AgentState, 4> states{{{AgentState::idle, "idle"},
                                       {AgentState::reserved, "reserved"},
                                       {AgentState::in_call, "in_call"},
                                       {AgentState::wrap_up, "wrap_up"}}};
constexpr Table<AgentMode, 2> modes{{{AgentMode::continuous, "continuous"},
                                     {AgentMode::intermittent, "intermittent"}}};
constexpr Table<AgentTrigger, 15> triggers{{{AgentTrigger::sign_in, "sign_in"},
                                            {AgentTrigger::sign_out, "sign_out"},
                                            {AgentTrigger::set_ready, "set_ready"},
                                            {AgentTrigger::set_not_ready, "set_not_ready"},
                                            {AgentTrigger::set_away, "set_away"},
                                            {AgentTrigger::offer, "offer"},
                                            {AgentTrigger::offer_answered, "offer_answered"},
                                            {AgentTrigger::offer_rejected, "offer_rejected"},
                                            {AgentTrigger::offer_no_answer, "offer_no_answer"},
                                            {AgentTrigger::offer_cancelled, "offer_cancelled"},
                                            {AgentTrigger::dial_out, "dial_out"},
                                            {AgentTrigger::direct_call, "direct_call"},
                                            {AgentTrigger::call_ended, "call_ended"},
                                            {AgentTrigger::wrap_up_done, "wrap_up_done"},
                                            {AgentTrigger::wrap_up_timer, "wrap_up_timer"}}};
constexpr Table<Strategy, 8> strategies{{{Strategy::ring_all, "ring_all"},
                                         {Strategy::round_robin, "round_robin"},
                                         {Strategy::linear, "linear"},
                                         {Strategy::longest_idle, "longest_idle"},
                                         {Strategy::fewest_calls, "fewest_calls"},
                                         {Strategy::least_talk_time, "least_talk_time"},
                                         {Strategy::random, "random"},
                                         {Strategy::skills, "skills"}}};
constexpr Table<OverflowKind, 5> overflows{{{OverflowKind::none, "none"},
                                            {OverflowKind::queue, "queue"},
                                            {OverflowKind::voicemail, "voicemail"},
                                            {OverflowKind::callback, "callback"},
                                            {OverflowKind::reject, "reject"}}};
constexpr Table<TreatmentKind, 3> treatments{{{TreatmentKind::reject, "reject"},
                                              {TreatmentKind::play_message, "play_message"},
                                              {TreatmentKind::route_to_queue, "route_to_queue"}}};
constexpr Table<OfferOutcome, 3> outcomes{{{OfferOutcome::answered, "answered"},
                                           {OfferOutcome::no_answer, "no_answer"},
                                           {OfferOutcome::rejected, "rejected"}}};

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

}  // namespace

std::string_view to_string(AgentStatus v) noexcept { return name_of(statuses, v); }
std::string_view to_string(AgentState v) noexcept { return name_of(states, v); }
std::string_view to_string(AgentMode v) noexcept { return name_of(modes, v); }
std::string_view to_string(AgentTrigger v) noexcept { return name_of(triggers, v); }
std::string_view to_string(Strategy v) noexcept { return name_of(strategies, v); }
std::string_view to_string(OverflowKind v) noexcept { return name_of(overflows, v); }
std::string_view to_string(TreatmentKind v) noexcept { return name_of(treatments, v); }
std::string_view to_string(OfferOutcome v) noexcept { return name_of(outcomes, v); }

std::optional<AgentStatus> agent_status_from_string(std::string_view s) noexcept { return value_of(statuses, s); }
std::optional<AgentState> agent_state_from_string(std::string_view s) noexcept { return value_of(states, s); }
std::optional<AgentMode> agent_mode_from_string(std::string_view s) noexcept { return value_of(modes, s); }
std::optional<AgentTrigger> agent_trigger_from_string(std::string_view s) noexcept { return value_of(triggers, s); }
std::optional<Strategy> strategy_from_string(std::string_view s) noexcept { return value_of(strategies, s); }
std::optional<OverflowKind> overflow_kind_from_string(std::string_view s) noexcept { return value_of(overflows, s); }
std::optional<TreatmentKind> treatment_kind_from_string(std::string_view s) noexcept { return value_of(treatments, s); }
std::optional<OfferOutcome> offer_outcome_from_string(std::string_view s) noexcept { return value_of(outcomes, s); }

std::string_view to_string(StayOutcome v) noexcept {
    switch (v) {
        case StayOutcome::answered: return "answered";
        case StayOutcome::abandoned: return "abandoned";
        case StayOutcome::overflowed: return "overflowed";
        case StayOutcome::rejected: return "rejected";
    }
    return "answered";
}

std::string_view decision_name(const Decision& d) noexcept {
    return std::visit(Overloaded{
                          [](const OfferCall&) { return std::string_view("offer_call"); },
                          [](const CancelOffer&) { return std::string_view("cancel_offer"); },
                          [](const Overflow&) { return std::string_view("overflow"); },
                          [](const RejectCaller&) { return std::string_view("reject_caller"); },
                          [](const Announce&) { return std::string_view("announce"); },
                          [](const AgentChanged&) { return std::string_view("agent_changed"); },
                          [](const CallbackRequested&) { return std::string_view("callback_requested"); },
                          [](const ApplyTreatment&) { return std::string_view("apply_treatment"); },
                          [](const QueueStayEnded&) { return std::string_view("queue_stay_ended"); },
                      },
                      d);
}

}  // namespace cti::acd
