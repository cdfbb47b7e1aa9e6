// CallManager: the commands desktops send. Each checks who may do it and in which state, then
// makes the transition; an error says what to do instead.
#include <fmt/format.h>

#include "call_record.h"
#include "cti/core/logging.h"
#include "cti/storage/telephony.h"

namespace cti::calls {
namespace {

std::unexpected<Error> not_now(const std::string& what, CallState state) {
    return fail(Errc::invalid_argument,
                fmt::format("cannot {} while the call is {}", what, to_string(state)));
}

}  // namespace

Result<CallManager::Call*> CallManager::call_for(const Actor& who, CallId id) {
    auto it = calls_.find(id);
    if (it == calls_.end())
        return fail(Errc::not_found, fmt::format("call {} does not exist or has ended", id.value()));
    Call& c = *it->second;
    if (!who.privileged && !leg_of_user(c, who.user))
        return fail(Errc::permission_denied, "you are not on this call");
    return &c;
}

Result<CallId> CallManager::dial(const Actor& who, const std::string& number, std::map<std::string, std::string> data) {
    if (!valid_number(number))
        return fail(Errc::invalid_argument, "a number is 1 to 32 digits (0-9, *, #, a leading +)");
    const PartyInfo* me = party_by_user(who.user);
    if (!me || me->extension.empty())
        return fail(Errc::invalid_argument, "you have no phone extension: ask an administrator to assign one");
    for (const auto& [id, c] : calls_)
        if (leg_of_user(*c, who.user)) return fail(Errc::invalid_argument, "hang up your current call first");
    auto dest = resolve(number, routes_, parties_, true);
    if (!dest) return std::unexpected(dest.error());
    if (dest->kind == Destination::Kind::extension && dest->target == me->extension)
        return fail(Errc::invalid_argument, "that is your own extension");
    if (dest->kind == Destination::Kind::trunk && !outbound_allowed(me->outbound, dest->target))
        return fail(Errc::permission_denied,
                    fmt::format("your extension may not dial {} (outbound calls allowed: {})", number, me->outbound));
    if (dest->kind == Destination::Kind::queue || dest->kind == Destination::Kind::ivr)
        return fail(Errc::unavailable, "that number leads to a queue or IVR flow: agents cannot dial it");
    if (hooks_.before_dial)
        if (auto ok = hooks_.before_dial(who.user); !ok) return std::unexpected(ok.error());

    // Click-to-dial: the agent's own phone first (answering itself where it honours the hint),
    // then the number once it is up.
    auto placed = place_outgoing(*me, who.user, number, *dest, true);
    if (!placed) return std::unexpected(placed.error());
    Call& c = **placed;
    c.leg(c.originator)->holds_agent = true;  // busy from the dial on, answered or not
    c.data = std::move(data);
    publish(c);
    if (hooks_.dialled) hooks_.dialled(who.user, c.id);
    return c.id;
}

Result<CallManager::Call*> CallManager::place_outgoing(const PartyInfo& agent_phone, UserId agent,
                                                       const std::string& number, const Destination& dest,
                                                       bool auto_answer) {
    auto call = std::make_unique<Call>();
    Call& c = *call;
    c.id = CallId(next_call_id_++);
    c.direction = dest.kind == Destination::Kind::extension ? Direction::internal : Direction::outbound;
    c.caller = agent_phone.extension;
    c.callee = number;
    c.started_ms = to_unix_ms(clock_.wall_now());
    c.started = clock_.steady_now();
    c.dial_target = dest.target;
    calls_[c.id] = std::move(call);
    // The agent's phone shows the number: this is the call it is about to make.
    auto leg = place_leg(c, Party::agent, agent_phone.extension, auto_answer, number, "");
    if (!leg) {
        calls_.erase(c.id);
        return std::unexpected(leg.error());
    }
    c.originator = (*leg)->sip;
    writer_.submit([id = c.id, rec = storage::NewCallRecord{std::string(to_string(c.direction)), c.caller, c.callee,
                                                             "", std::nullopt, agent, c.started_ms}](
                       storage::Database& db) { return storage::insert_call(db, id, rec); });
    return &c;
}

Result<void> CallManager::answer(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::setup || !l || (l->state != LegState::ringing && l->state != LegState::dialling))
        return fail(Errc::invalid_argument, "no call is ringing at your phone");
    // A phone cannot be told to pick up mid-ring: the ring is replaced by an INVITE carrying the
    // auto-answer hint, which phones that accept it answer at once.
    // The new leg is still the ACD's offer of a queued call: when it answers, the ACD must hear
    // it (agent in a call, then wrap-up), as it would had the phone been picked up.
    const bool offer = l->offer;
    l->replaced = true;
    sip_.hangup(l->sip, "answered from the desktop");
    auto placed = place_leg(call, l->party, l->number, true, call.caller, "");
    if (!placed) return std::unexpected(placed.error());
    (*placed)->offer = offer;
    publish(call);
    return {};
}

Result<void> CallManager::hangup(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (!l) {
        end_call(call, "ended by a supervisor", "system");
        return {};
    }
    sip_.hangup(l->sip, "hung up from the desktop");
    leg_gone(call, *l, "the agent hung up", false);
    return {};
}

Result<void> CallManager::hold(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::talking || !l) return not_now("hold", call.state);
    Leg* other = other_party(call, *l);
    if (!other) return not_now("hold", call.state);
    music(*other);
    call.consulting_agent = l->sip;
    transition(call, CallState::held, "held by the agent");
    return {};
}

Result<void> CallManager::retrieve(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::held || !l) return not_now("retrieve", call.state);
    Leg* other = other_party(call, *l);
    if (!other) return not_now("retrieve", call.state);
    media_.stop_music(other->media);
    other->state = LegState::up;
    bridge(*l, *other);
    transition(call, CallState::talking, "retrieved");
    return {};
}

Result<void> CallManager::consult(const Actor& who, CallId id, const std::string& target) {
    if (!valid_number(target)) return fail(Errc::invalid_argument, "the number to consult is not a valid number");
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if ((call.state != CallState::talking && call.state != CallState::held) || !l)
        return not_now("consult", call.state);
    auto dest = resolve(target, routes_, parties_, true);
    if (!dest) return std::unexpected(dest.error());
    if (const PartyInfo* me = party_by_user(who.user);
        dest->kind == Destination::Kind::trunk && (!me || !outbound_allowed(me->outbound, dest->target)))
        return fail(Errc::permission_denied, "your extension may not dial " + target);
    if (call.state == CallState::talking) {
        Leg* other = other_party(call, *l);
        if (!other) return not_now("consult", call.state);
        music(*other);
    }
    call.consulting_agent = l->sip;
    auto placed = place_leg(call, Party::consult, dest->target, false, l->number, "");
    if (!placed) return std::unexpected(placed.error());
    transition(call, CallState::consulting, "consulting " + target);
    return {};
}

namespace {
struct ConsultLegs {
    Leg* agent = nullptr;
    Leg* held = nullptr;
    Leg* consult = nullptr;
};
}  // namespace

Result<void> CallManager::complete_transfer(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::consulting || !l || l->sip != call.consulting_agent)
        return not_now("complete a transfer", call.state);
    ConsultLegs p{l};
    for (Leg* o : call.live()) {
        if (o->state == LegState::held) p.held = o;
        else if (o != l) p.consult = o;
    }
    if (!p.held || !p.consult || p.consult->state != LegState::up)
        return fail(Errc::invalid_argument, "the consulted party has not answered yet: wait, or cancel the consultation");
    media_.stop_music(p.held->media);
    p.held->state = LegState::up;
    bridge(*p.held, *p.consult);
    l->replaced = true;
    sip_.hangup(l->sip, "transferred");
    call.add_user(p.consult->user);
    leg_gone(call, *l, "transferred", false);
    transition(call, CallState::talking, "transfer completed");
    return {};
}

Result<void> CallManager::cancel_consult(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::consulting || !l || l->sip != call.consulting_agent)
        return not_now("cancel a consultation", call.state);
    for (Leg* o : call.live())
        if (o != l && o->state != LegState::held) {
            sip_.hangup(o->sip, "consultation cancelled");
            leg_gone(call, *o, "consultation cancelled", false);  // back to the caller
            return {};
        }
    return not_now("cancel a consultation", call.state);
}

Result<void> CallManager::conference(const Actor& who, CallId id) {
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if (call.state != CallState::consulting || !l) return not_now("start a conference", call.state);
    auto live = call.live();
    for (Leg* o : live)
        if (o->state != LegState::up && o->state != LegState::held)
            return fail(Errc::invalid_argument, "everyone must have answered before the conference starts");
    call.mix = media_.create_mix();
    for (Leg* o : live) {
        if (o->state == LegState::held) media_.stop_music(o->media);
        o->state = LegState::up;
        o->peer = {};
        media_.join_mix(o->media, *call.mix);
        call.add_user(o->user);
    }
    transition(call, CallState::conference, "three-party conference");
    return {};
}

Result<void> CallManager::transfer(const Actor& who, CallId id, const std::string& target) {
    if (!valid_number(target)) return fail(Errc::invalid_argument, "the transfer target is not a valid number");
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    if ((call.state != CallState::talking && call.state != CallState::held) || !l)
        return not_now("transfer", call.state);
    auto dest = resolve(target, routes_, parties_, true);
    if (!dest) return std::unexpected(dest.error());
    if (dest->kind == Destination::Kind::extension && l->number == dest->target)
        return fail(Errc::invalid_argument, "that is your own extension");
    if (const PartyInfo* me = party_by_user(who.user);
        dest->kind == Destination::Kind::trunk && (!me || !outbound_allowed(me->outbound, dest->target)))
        return fail(Errc::permission_denied, "your extension may not dial " + target);
    Leg* other = other_party(call, *l);
    if (!other) return not_now("transfer", call.state);
    if (other->state != LegState::held) music(*other);
    const bool ext = dest->kind == Destination::Kind::extension;
    auto placed = place_leg(call, ext ? Party::agent : Party::consult, dest->target, false, call.caller, "");
    if (!placed) return std::unexpected(placed.error());
    call.transfer_origin = who.user;
    l->replaced = true;
    sip_.hangup(l->sip, "blind transfer");
    leg_gone(call, *l, "blind transfer", false);
    transition(call, CallState::transferring, "blind transfer to " + target);
    return {};
}

Result<void> CallManager::pickup(const Actor& who, CallId id) {
    const PartyInfo* me = party_by_user(who.user);
    if (!me || me->extension.empty())
        return fail(Errc::invalid_argument, "you have no phone extension: ask an administrator to assign one");
    auto it = calls_.find(id);
    if (it == calls_.end()) return fail(Errc::not_found, fmt::format("call {} does not exist or has ended", id.value()));
    Call& call = *it->second;
    Leg* ringing = nullptr;
    for (Leg* o : call.live())
        if (o->party == Party::agent && !o->incoming && !o->replaced &&  // (a withdrawn offer is replaced)
            (o->state == LegState::ringing || o->state == LegState::dialling) && o->user != who.user)
            ringing = o;
    if (call.state != CallState::setup || !ringing || call.dial_target || ringing->sip == call.originator)
        return fail(Errc::invalid_argument, "that call is not ringing at another agent");
    for (const auto& [cid, other] : calls_)
        if (leg_of_user(*other, who.user)) return fail(Errc::invalid_argument, "hang up your current call first");
    // The picker's phone first: if it cannot be rung, nothing has changed.
    auto placed = place_leg(call, Party::agent, me->extension, true, call.caller, "");
    if (!placed) return std::unexpected(placed.error());
    ringing->replaced = true;
    sip_.hangup(ringing->sip, "picked up by " + me->login);
    // A queue's offer picked up: the call leaves the queue now, and the agent it rang at is free
    // again (the ACD would otherwise keep them reserved for a call they no longer have). The
    // queue counts it once the picker's phone answers or gives up (Leg::pickup).
    if (ringing->offer && call.queued && ringing->user) {
        (*placed)->pickup = true;
        call.queued = false;
        if (hooks_.offer_result) hooks_.offer_result(id, *ringing->user, OfferResult::picked_up);
    }
    publish(call);
    return {};
}

Result<void> CallManager::send_dtmf(const Actor& who, CallId id, const std::string& digits) {
    if (!valid_dtmf(digits)) return fail(Errc::invalid_argument, "DTMF digits are 0-9, *, #, A-D (at most 32)");
    auto c = call_for(who, id);
    if (!c) return std::unexpected(c.error());
    Call& call = **c;
    Leg* l = leg_of_user(call, who.user);
    Leg* other = l ? other_party(call, *l) : nullptr;
    if (!other || other->state != LegState::up) return not_now("send DTMF", call.state);
    for (char d : digits) media_.send_dtmf(other->media, d);
    return {};
}

}  // namespace cti::calls
