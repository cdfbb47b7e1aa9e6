// The agent state machine: one function per trigger family, each checking the current state and
// refusing illegal changes with a message that tells the agent what to do instead.
#include "cti/acd/agent.h"

#include <string>
#include <utility>

namespace cti::acd {
namespace {

std::unexpected<Error> refuse(std::string message) {
    return fail(Errc::invalid_argument, std::move(message));
}

// The end of a call's work (call end without wrap-up, or wrap-up end): the agent is idle again;
// in intermittent mode an available agent goes to not_ready so it is not offered the next call
// before choosing to.
void finish_work(Agent& a, TimePoint now) {
    a.state = AgentState::idle;
    a.call = CallId{};
    a.wrap_up_until.reset();
    a.idle_since = now;
    if (a.settings.mode == AgentMode::intermittent && a.status == AgentStatus::available) {
        a.status = AgentStatus::not_ready;
        a.reason = std::string(reason::after_call);
    }
}

Result<void> status_change(Agent& a, const AgentInput& in, TimePoint now) {
    switch (in.trigger) {
        case AgentTrigger::set_ready:
            if (a.state == AgentState::in_call)
                return refuse("cannot go ready while on a call; hang up first");
            if (a.state == AgentState::reserved)
                return refuse("cannot go ready while a call is ringing; answer or reject it first");
            if (a.status == AgentStatus::available && a.state == AgentState::idle)
                return refuse("already ready");
            // Ready during after-call work ends it: the agent says the work is done.
            if (a.state == AgentState::wrap_up) {
                a.state = AgentState::idle;
                a.call = CallId{};
                a.wrap_up_until.reset();
            }
            a.status = AgentStatus::available;
            a.reason.clear();
            a.idle_since = now;
            return {};
        case AgentTrigger::set_not_ready:
        case AgentTrigger::set_away: {
            const bool away = in.trigger == AgentTrigger::set_away;
            std::string why = in.reason;
            if (why.empty()) {
                if (!away) return refuse("choose a reason code for not ready");
                why = "away";
            }
            const AgentStatus to = away ? AgentStatus::away : AgentStatus::not_ready;
            if (a.status == to && a.reason == why)
                return refuse(away ? "already away" : "already not ready with this reason");
            // Allowed in any state: during a call it takes effect when the call's work ends (the
            // agent will not be offered another call); a ringing offer may still be answered.
            a.status = to;
            a.reason = std::move(why);
            return {};
        }
        default:
            return refuse("internal: not a status trigger");
    }
}

Result<void> offer_change(Agent& a, const AgentInput& in, TimePoint now) {
    if (in.trigger == AgentTrigger::offer) {
        if (a.status != AgentStatus::available)
            return refuse("agent is " + std::string(to_string(a.status)) + ", not ready for calls");
        if (a.state != AgentState::idle)
            return refuse("agent is busy (" + std::string(to_string(a.state)) + ")");
        if (!in.call) return refuse("an offer needs a call id");
        a.state = AgentState::reserved;
        a.call = in.call;
        return {};
    }
    if (a.state != AgentState::reserved) return refuse("no call is ringing for this agent");
    if (in.call && in.call != a.call) return refuse("the ringing call is another call");
    switch (in.trigger) {
        case AgentTrigger::offer_answered:
            a.state = AgentState::in_call;
            a.answered_at = now;
            a.no_answer_count = 0;
            ++a.calls_today;
            return {};
        case AgentTrigger::offer_no_answer:
            a.state = AgentState::idle;
            a.call = CallId{};
            if (a.settings.max_no_answer > 0 && ++a.no_answer_count >= a.settings.max_no_answer) {
                // The agent has left the desk without saying so: stop offering calls to them.
                a.no_answer_count = 0;
                if (a.status == AgentStatus::available) {
                    a.status = AgentStatus::not_ready;
                    a.reason = std::string(reason::no_answer);
                }
            }
            return {};
        case AgentTrigger::offer_rejected:  // a deliberate refusal is not "no answer"
        case AgentTrigger::offer_cancelled:
            a.state = AgentState::idle;
            a.call = CallId{};
            return {};
        default:
            return refuse("internal: not an offer trigger");
    }
}

Result<void> call_change(Agent& a, const AgentInput& in, TimePoint now) {
    switch (in.trigger) {
        case AgentTrigger::dial_out:
            if (!can_dial_out(a)) {
                if (a.state == AgentState::in_call || a.state == AgentState::reserved)
                    return refuse("cannot dial out while on a call");
                if (a.state == AgentState::wrap_up)
                    return refuse("cannot dial out during after-call work; end it first");
                if (a.status == AgentStatus::available)
                    return refuse("cannot dial out while ready; set not ready first so that no "
                                  "queue call is offered during the dial");
                return refuse("cannot dial out while away; set not ready first");
            }
            if (!in.call) return refuse("dial out needs a call id");
            a.state = AgentState::in_call;
            a.call = in.call;
            a.answered_at = now;
            return {};
        case AgentTrigger::direct_call:
            // Only an idle agent: one with an offer ringing, a call or after-call work is busy
            // already, and the ACD's own call decides what follows.
            if (a.state != AgentState::idle) return refuse("the agent is busy already");
            if (!in.call) return refuse("a direct call needs a call id");
            a.state = AgentState::in_call;
            a.call = in.call;
            a.answered_at = now;
            a.direct = true;
            return {};
        case AgentTrigger::call_ended:
            if (a.state != AgentState::in_call) return refuse("the agent has no call to end");
            a.talk_today += std::chrono::duration_cast<Seconds>(now - a.answered_at);
            if (std::exchange(a.direct, false)) {
                // Not a queue call: no after-call work, no intermittent pause, and the agent keeps
                // their place for longest-idle routing.
                a.state = AgentState::idle;
                a.call = CallId{};
                return {};
            }
            if (a.settings.wrap_up_manual || a.settings.wrap_up > Seconds{0}) {
                a.state = AgentState::wrap_up;
                if (a.settings.wrap_up_manual)
                    a.wrap_up_until.reset();
                else
                    a.wrap_up_until = now + a.settings.wrap_up;
            } else {
                finish_work(a, now);
            }
            return {};
        case AgentTrigger::wrap_up_done:
            if (a.state != AgentState::wrap_up) return refuse("the agent is not in after-call work");
            finish_work(a, now);
            return {};
        case AgentTrigger::wrap_up_timer:
            if (a.state != AgentState::wrap_up || !a.wrap_up_until || now < *a.wrap_up_until)
                return refuse("internal: after-call work is not due to end");
            finish_work(a, now);
            return {};
        default:
            return refuse("internal: not a call trigger");
    }
}

}  // namespace

bool can_dial_out(const Agent& a) noexcept {
    return a.status == AgentStatus::not_ready && a.state == AgentState::idle;
}

Result<AgentEvent> transition_in_place(Agent& a, const AgentInput& in, TimePoint now) {
    // Every refusal below happens before the first change, so on error `a` is untouched.
    const AgentStatus from_status = a.status;
    const AgentState from_state = a.state;
    const CallId from_call = a.call;
    Result<void> r;
    if (a.status == AgentStatus::logged_out && in.trigger != AgentTrigger::sign_in)
        return refuse("agent is signed out; sign in first");
    switch (in.trigger) {
        case AgentTrigger::sign_in:
            if (a.status != AgentStatus::logged_out) return refuse("already signed in");
            // Signed in but not ready: the agent chooses when the first call may come.
            a.status = AgentStatus::not_ready;
            a.reason = std::string(reason::signed_in);
            a.state = AgentState::idle;
            a.no_answer_count = 0;
            break;
        case AgentTrigger::sign_out:
            if (a.state == AgentState::in_call)
                return refuse("cannot sign out during a call; hang up first");
            // From reserved the ringing offer is withdrawn by the engine; from wrap-up the work
            // simply ends.
            a.status = AgentStatus::logged_out;
            a.reason.clear();
            a.state = AgentState::idle;
            a.call = CallId{};
            a.wrap_up_until.reset();
            a.no_answer_count = 0;
            break;
        case AgentTrigger::set_ready:
        case AgentTrigger::set_not_ready:
        case AgentTrigger::set_away:
            r = status_change(a, in, now);
            break;
        case AgentTrigger::offer:
        case AgentTrigger::offer_answered:
        case AgentTrigger::offer_rejected:
        case AgentTrigger::offer_no_answer:
        case AgentTrigger::offer_cancelled:
            r = offer_change(a, in, now);
            break;
        case AgentTrigger::dial_out:
        case AgentTrigger::direct_call:
        case AgentTrigger::call_ended:
        case AgentTrigger::wrap_up_done:
        case AgentTrigger::wrap_up_timer:
            r = call_change(a, in, now);
            break;
    }
    if (!r) return std::unexpected(r.error());
    if (a.state != from_state) a.state_since = now;
    return AgentEvent{a.id,    in.trigger, from_status, from_state, a.status,
                      a.state, a.reason,   in.call ? in.call : from_call, now};
}

Result<AgentChange> transition(const Agent& agent, const AgentInput& in, TimePoint now) {
    Agent a = agent;
    auto ev = transition_in_place(a, in, now);
    if (!ev) return std::unexpected(ev.error());
    return AgentChange{std::move(a), std::move(*ev)};
}

}  // namespace cti::acd
