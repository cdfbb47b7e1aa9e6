// CallManager: what the end of one leg does to its call, by where the call is (a queued caller
// leaving, an offer not taken, a survey starting, a transfer pulled back, a consultation ending,
// a conference or supervision shrinking, or the call ending).
#include <fmt/format.h>

#include "call_record.h"
#include "cti/core/logging.h"

namespace cti::calls {
namespace {
auto log() {
    static auto l = cti::logger("calls");
    return l;
}
}  // namespace

void CallManager::leg_gone(Call& c, Leg& l, const std::string& reason, bool by_remote) {
    const bool replaced = l.replaced;
    const Party party = l.party;
    const bool was_originator = l.sip == c.originator;
    const sip::LegId gone = l.sip;
    const std::optional<UserId> gone_user = l.user;
    const bool was_offer = l.offer && !l.answered;
    const bool was_answered = l.answered;
    const bool was_pickup = l.pickup && !l.answered;  // a picked-up queue call the picker never answered
    release_agent(c, l);
    media_.close_session(l.media);
    by_leg_.erase(l.sip);
    by_media_.erase(l.media);
    for (Leg* o : c.live())
        if (o->peer == gone) o->peer = {};
    std::erase_if(c.legs, [&](const auto& p) { return p->sip == gone; });
    follow_recording(c);
    if (replaced) return publish(c);
    log()->info("call {}: leg {} ({}) gone: {}", c.id.value(), gone.value(), to_string(party), reason);

    auto live = c.live();
    const std::string by = by_remote ? (party == Party::customer ? "caller" : "callee") : "agent";
    if (party == Party::supervisor || c.state == CallState::supervised)
        return supervision_leg_gone(c, party, was_answered, reason, by);
    if (c.in_ivr && was_originator) {
        const CallId id = c.id;
        end_call(c, "the caller hung up in the IVR", "caller");
        if (ivr_hooks_.ended) ivr_hooks_.ended(id);
        return;
    }
    if (c.queued && c.state == CallState::setup) {
        if (was_offer) {  // the agent did not take the offer: the queue decides what next
            const auto result = c.last_failure_status == 486 || c.last_failure_status == 603 ? OfferResult::rejected
                                                                                              : OfferResult::no_answer;
            const CallId id = c.id;
            // A callback has nobody else on the line: this attempt ends; the ACD offers it again.
            if (c.callback) end_call(c, "the agent did not take the callback: " + reason, "agent");
            else publish(c);
            if (hooks_.offer_result && gone_user) hooks_.offer_result(id, *gone_user, result);
            return;
        }
        if (was_originator) {  // the caller hung up while waiting
            const CallId id = c.id;
            end_call(c, "the caller hung up while queued", "caller");
            if (hooks_.caller_left) hooks_.caller_left(id);
            return;
        }
    }
    if (was_pickup && hooks_.offer_result && gone_user) hooks_.offer_result(c.id, *gone_user, OfferResult::pickup_failed);
    if (c.state == CallState::talking && party == Party::agent && !c.survey_flow.empty() && ivr_hooks_.started &&
        live.size() == 1 && live[0]->sip == c.originator && live[0]->state == LegState::up) {
        // The agent hung up: the caller stays for the survey (the agent is released already).
        c.in_ivr = true;
        const std::string flow = std::exchange(c.survey_flow, {});
        log()->info("call {}: the agent hung up, the caller enters the survey flow {}", c.id.value(), flow);
        publish(c);
        return ivr_hooks_.started(c.id, flow, c.caller, c.callee);
    }
    switch (c.state) {
        case CallState::setup:
            if (was_originator || live.empty()) return end_call(c, reason, by);
            // The phone rung did not take the call (busy, no answer, refused): tell the caller.
            if (live.size() == 1 && live[0]->state == LegState::offered) {
                const int status = c.last_failure_status >= 400 ? c.last_failure_status : 480;
                sip_.reject(live[0]->sip, status, status == 486 ? "Busy Here" : "Temporarily Unavailable");
                live[0]->state = LegState::ended;
                return end_call(c, reason, "callee");
            }
            if (live.size() < 2) return end_call(c, reason, by);
            return publish(c);
        case CallState::transferring:
            if (live.size() == 1 && live[0]->state == LegState::held && c.transfer_origin && !c.pulled_back) {
                // The transfer target did not answer: pull the caller back to the agent.
                c.pulled_back = true;
                if (const PartyInfo* p = party_by_user(*c.transfer_origin)) {
                    if (place_leg(c, Party::agent, p->extension, true, c.caller, "")) return publish(c);
                }
            }
            if (live.size() < 2) return end_call(c, reason, by);
            return publish(c);
        case CallState::consulting: {
            Leg* agent = c.leg(c.consulting_agent);
            Leg* held = nullptr;
            Leg* consult = nullptr;
            for (Leg* o : live) {
                if (o->state == LegState::held) held = o;
                else if (o != agent) consult = o;
            }
            if (agent && held && !consult) {  // the consulted party left: back to the caller
                media_.stop_music(held->media);
                held->state = LegState::up;
                bridge(*agent, *held);
                return transition(c, CallState::talking, "consultation ended");
            }
            if (!agent && held && consult) {  // the agent hung up: the two others are connected
                media_.stop_music(held->media);
                held->state = LegState::up;
                if (consult->state == LegState::up) bridge(*held, *consult);
                if (gone_user) c.transfer_origin = gone_user;
                return transition(c, consult->state == LegState::up ? CallState::talking : CallState::transferring,
                                  "transferred when the agent hung up");
            }
            if (agent && consult && !held) return transition(c, CallState::talking, "the caller left");
            return end_call(c, reason, by);
        }
        case CallState::conference:
            if (live.size() == 2) {
                unmix(c, *live[0], *live[1]);
                return transition(c, CallState::talking, "a party left the conference");
            }
            if (live.size() < 2) return end_call(c, reason, by);
            return publish(c);
        default:
            return end_call(c, reason, by);
    }
}

}  // namespace cti::calls
