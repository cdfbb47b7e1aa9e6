// CallManager: the side of a call the contact-center logic drives — the ACD's offers and queued
// callers, and the IVR's self-service (prompts, leaving for a queue or an extension with what the
// caller keyed in). The lifecycle and the media topology are in manager.cpp.
#include "call_record.h"

namespace cti::calls {

void CallManager::release_agent(Call& c, const Leg& l) {
    if (l.holds_agent && l.user && hooks_.agent_released) hooks_.agent_released(*l.user, c.id);
}

void CallManager::enqueue(Call& c, const std::string& queue) {
    Leg& caller = *c.legs.front();
    if (caller.state == LegState::offered) sip_.answer(caller.sip, local_sdp(caller));
    caller.state = LegState::up;
    music(caller);  // until an agent answers
    c.queue = queue;
    c.queued = true;
    c.answered_ms = call_time_ms(c);
    write_answered(c, std::nullopt);
    publish(c);
    hooks_.queued(c.id, queue);
}

void CallManager::set_survey_flow(CallId id, std::string flow) {
    if (auto it = calls_.find(id); it != calls_.end()) it->second->survey_flow = std::move(flow);
}

Result<media::PlaybackId> CallManager::play(CallId id, const std::vector<std::string>& files, bool barge_in) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    return media_.play_prompt(it->second->legs.front()->media, files, media::PlayOptions{.barge_in = barge_in});
}

void CallManager::stop_playback(CallId id) {
    auto it = calls_.find(id);
    if (it != calls_.end() && !it->second->legs.empty()) media_.stop_playback(it->second->legs.front()->media);
}

Result<void> CallManager::enqueue_call(CallId id, const std::string& queue, std::map<std::string, std::string> data) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return fail(Errc::not_found, "the call has ended");
    if (!hooks_.queued) return fail(Errc::unavailable, "queues are not running");
    Call& c = *it->second;
    c.in_ivr = false;
    c.data = std::move(data);
    media_.stop_playback(c.legs.front()->media);
    enqueue(c, queue);
    return {};
}

Result<void> CallManager::transfer_call(CallId id, const std::string& extension, std::map<std::string, std::string> data) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    c.in_ivr = false;
    c.data = std::move(data);
    media_.stop_playback(c.legs.front()->media);
    music(*c.legs.front());  // until the extension answers
    auto leg = place_leg(c, Party::agent, extension, false, c.caller, "");
    if (!leg) {
        end_call(c, leg.error().message, "system");
        return std::unexpected(leg.error());
    }
    publish(c);
    return {};
}

void CallManager::hangup_call(CallId id, const std::string& reason) {
    auto it = calls_.find(id);
    if (it != calls_.end()) end_call(*it->second, reason, "system");
}

Result<void> CallManager::offer(CallId id, UserId agent, bool auto_answer) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    if (!c.queued) return fail(Errc::invalid_argument, "the call is not waiting in a queue");
    const PartyInfo* p = party_by_user(agent);
    if (!p || p->extension.empty()) return fail(Errc::invalid_argument, "the agent has no phone extension");
    auto leg = place_leg(c, Party::agent, p->extension, auto_answer, c.caller, "");
    if (!leg) return std::unexpected(leg.error());
    (*leg)->offer = true;
    publish(c);
    return {};
}

void CallManager::cancel_offer(CallId id, UserId agent) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return;
    Call& c = *it->second;
    for (Leg* l : c.live())
        if (l->offer && !l->answered && l->user == agent) {
            l->replaced = true;
            sip_.hangup(l->sip, "offer withdrawn");
        }
    publish(c);
}

void CallManager::reject_queued(CallId id, const std::string& reason) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return;
    end_call(*it->second, reason, "system");
}

std::string_view to_string(OfferResult r) noexcept {
    switch (r) {
        case OfferResult::answered: return "answered";
        case OfferResult::no_answer: return "no_answer";
        case OfferResult::rejected: return "rejected";
        case OfferResult::picked_up: return "picked_up";
        case OfferResult::pickup_answered: return "pickup_answered";
        case OfferResult::pickup_failed: return "pickup_failed";
    }
    return "?";
}

}  // namespace cti::calls
