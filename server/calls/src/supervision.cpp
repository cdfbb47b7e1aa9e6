// CallManager: supervision of a two-party call by a team leader — silent monitor, whisper and
// barge, switched at will. The supervisor's leg is rung like a click-to-dial (auto-answer hint);
// when it answers, customer, agent and supervisor are mixed and the media engine's mix audience
// decides who hears the supervisor: nobody (monitor), the agent (whisper) or everyone (barge).
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

Result<void> CallManager::supervise(const Actor& who, CallId id, Supervision mode) {
    if (!who.privileged)
        return fail(Errc::permission_denied, "only team leaders and supervisors may monitor, whisper or barge");
    auto found = call_for(who, id);
    if (!found) return std::unexpected(found.error());
    Call& c = **found;
    if (Leg* mine = leg_of_user(c, who.user)) {
        if (mine->party != Party::supervisor)
            return fail(Errc::invalid_argument, "you are a party to this call: supervise calls of others");
        c.supervision = mode;  // switching while on the call
        if (c.state == CallState::supervised) apply_supervision(c);
        log()->info("call {}: supervision switched to {}", c.id.value(), to_string(mode));
        publish(c);
        return {};
    }
    if (c.state != CallState::talking)
        return fail(Errc::invalid_argument,
                    fmt::format("the call is {}: only a call where two parties talk can be supervised",
                                to_string(c.state)));
    for (Leg* l : c.live())
        if (l->party == Party::supervisor)
            return fail(Errc::invalid_argument, "another supervisor is already on this call");
    const PartyInfo* me = party_by_user(who.user);
    if (!me || me->extension.empty())
        return fail(Errc::invalid_argument, "you have no phone extension: ask an administrator to assign one");
    c.supervision = mode;
    auto leg = place_leg(c, Party::supervisor, me->extension, true, c.caller, "");
    if (!leg) return std::unexpected(leg.error());
    c.add_user(who.user);
    log()->info("call {}: {} rings {} to {}", c.id.value(), me->extension, to_string(mode), c.caller);
    publish(c);
    return {};
}

void CallManager::supervisor_up(Call& c, Leg& l) {
    std::vector<Leg*> talkers;
    for (Leg* o : c.live())
        if (o != &l && o->state == LegState::up) talkers.push_back(o);
    if (c.state != CallState::talking || talkers.size() != 2) {
        sip_.hangup(l.sip, "the call is no longer two parties talking");  // LegEnded follows
        return;
    }
    c.mix = media_.create_mix();
    for (Leg* o : talkers) {
        o->peer = {};
        media_.join_mix(o->media, *c.mix);
    }
    media_.join_mix(l.media, *c.mix);
    apply_supervision(c);
    transition(c, CallState::supervised, std::string(to_string(c.supervision)));
    follow_recording(c);
}

void CallManager::apply_supervision(Call& c) {
    Leg* supervisor = nullptr;
    Leg* agent = nullptr;
    for (Leg* o : c.live()) {
        if (o->party == Party::supervisor) supervisor = o;
        else if (o->party != Party::customer) agent = o;
    }
    if (!supervisor) return;
    switch (c.supervision) {
        case Supervision::monitor: media_.set_mix_audience(supervisor->media, media::MixAudience::nobody()); break;
        case Supervision::whisper:
            media_.set_mix_audience(supervisor->media, agent ? media::MixAudience::one(agent->media)
                                                             : media::MixAudience::nobody());
            break;
        case Supervision::barge: media_.set_mix_audience(supervisor->media, media::MixAudience::everyone()); break;
    }
}

void CallManager::supervision_leg_gone(Call& c, Party party, bool answered, const std::string& reason,
                                       const std::string& by) {
    auto live = c.live();
    if (party == Party::supervisor && c.state != CallState::supervised) {
        // The supervisor's phone did not answer, or left before the mix: the call goes on.
        log()->info("call {}: the supervisor's leg ended before joining ({})", c.id.value(), answered ? "left" : reason);
        return publish(c);
    }
    if (live.size() == 2) {
        // Two are left: back to a plain bridge. The supervisor left (supervision ends), or the
        // agent did (the supervisor has taken the call over and is heard again by the customer).
        unmix(c, *live[0], *live[1]);
        const bool customer_left =
            std::none_of(live.begin(), live.end(), [](const Leg* o) { return o->party == Party::customer; });
        if (customer_left) return end_call(c, reason, by);  // the customer's call is over
        return transition(c, CallState::talking,
                          party == Party::supervisor ? "supervision ended" : "taken over by the supervisor");
    }
    if (live.size() < 2) return end_call(c, reason, by);
    publish(c);
}

}  // namespace cti::calls
