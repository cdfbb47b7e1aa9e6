// CallManager: what the contact-center services do with a call beyond queueing it — take a
// queued caller back for self-service, record a caller's voicemail, and dial a callback request
// (the agent first, then the customer).
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

Result<void> CallManager::self_service(CallId id) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    if (!c.queued) return fail(Errc::invalid_argument, "the call is not waiting in a queue");
    c.queued = false;
    c.in_ivr = true;
    c.survey_flow.clear();
    // Offers still ringing are withdrawn: the caller is no longer waiting for an agent.
    for (Leg* l : c.live())
        if (l->offer && !l->answered) {
            l->replaced = true;
            sip_.hangup(l->sip, "the caller left the queue");
        }
    Leg& caller = *c.legs.front();
    media_.stop_music(caller.media);
    media_.stop_playback(caller.media);
    publish(c);
    return {};
}

Result<media::RecordingId> CallManager::record_caller(CallId id, const std::filesystem::path& wav) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    auto r = media_.start_recording(wav, {c.legs.front()->media});
    if (!r) return std::unexpected(r.error());
    c.recordings.push_back(*r);
    return *r;
}

// Only a recording the call still runs: the end of the call stopped the others already.
void CallManager::stop_recording(CallId id, media::RecordingId rec) {
    auto it = calls_.find(id);
    if (it == calls_.end()) return;
    auto& running = it->second->recordings;
    if (std::erase(running, rec) > 0) media_.stop_recording(rec);
}

Result<CallId> CallManager::dial_callback(UserId agent, const std::string& number, const std::string& queue,
                                          std::map<std::string, std::string> data, bool auto_answer) {
    if (!valid_number(number)) return fail(Errc::invalid_argument, fmt::format("'{}' is not a number to call back", number));
    const PartyInfo* me = party_by_user(agent);
    if (!me || me->extension.empty()) return fail(Errc::invalid_argument, "the agent has no phone extension");
    auto dest = resolve(number, routes_, parties_, true);
    if (!dest) return std::unexpected(dest.error());
    if (dest->kind == Destination::Kind::queue || dest->kind == Destination::Kind::ivr)
        return fail(Errc::invalid_argument,
                    fmt::format("{} leads to a queue or IVR flow, not to a customer: the callback cannot dial it", number));
    auto placed = place_outgoing(*me, agent, number, *dest, auto_answer);
    if (!placed) return std::unexpected(placed.error());
    Call& c = **placed;
    c.queue = queue;
    c.queued = true;  // the agent's leg is an offer until answered
    c.callback = true;
    c.data = std::move(data);
    c.leg(c.originator)->offer = true;
    log()->info("call {}: callback of {} from queue {} offered to {}", c.id.value(), number, queue, me->extension);
    publish(c);
    return c.id;
}

}  // namespace cti::calls
