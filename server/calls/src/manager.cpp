// CallManager: lifecycle, SIP and media events, media topology. Desktop commands are in
// commands.cpp; what a leg's end does to its call in leg_gone.cpp.
#include <fmt/format.h>

#include <utility>

#include "call_record.h"
#include "cti/core/logging.h"
#include "cti/storage/telephony.h"

namespace cti::calls {
namespace {
auto log() {
    static auto l = cti::logger("calls");
    return l;
}
}  // namespace

CallManager::CallManager(sip::Stack& sip, media::Engine& media, storage::Writer& writer, const Clock& clock,
                         CallManagerOptions options, std::int64_t first_call_id)
    : sip_(sip), media_(media), writer_(writer), clock_(clock), options_(std::move(options)),
      next_call_id_(first_call_id) {}

CallManager::~CallManager() = default;

void CallManager::set_directory(std::vector<PartyInfo> parties, std::vector<Route> routes) {
    parties_ = std::move(parties);
    routes_ = std::move(routes);
}

const PartyInfo* CallManager::party_by_user(UserId u) const {
    for (const auto& p : parties_)
        if (p.user == u) return &p;
    return nullptr;
}

const PartyInfo* CallManager::party_by_extension(std::string_view ext) const {
    for (const auto& p : parties_)
        if (!p.extension.empty() && p.extension == ext) return &p;
    return nullptr;
}

CallManager::Call* CallManager::call_of_leg(sip::LegId leg, Leg** out) {
    auto it = by_leg_.find(leg);
    if (it == by_leg_.end()) return nullptr;
    auto c = calls_.find(it->second);
    if (c == calls_.end()) return nullptr;
    *out = c->second->leg(leg);
    return *out ? c->second.get() : nullptr;
}

CallManager::Call* CallManager::call_of_media(media::MediaSessionId m, Leg** out) {
    auto it = by_media_.find(m);
    if (it == by_media_.end()) return nullptr;
    auto c = calls_.find(it->second);
    if (c == calls_.end()) return nullptr;
    for (auto& l : c->second->legs)
        if (l->media == m) {
            *out = l.get();
            return c->second.get();
        }
    return nullptr;
}

Leg* CallManager::leg_of_user(Call& c, UserId user) {
    for (Leg* l : c.live())
        if (l->user == user) return l;
    return nullptr;
}

Leg* CallManager::other_party(Call& c, const Leg& l) {
    if (l.peer) return c.leg(l.peer);
    for (Leg* o : c.live())
        if (o != &l && o->state == LegState::held) return o;
    return nullptr;
}

// ---- SIP events ----

void CallManager::on_sip(const sip::Event& e) {
    std::visit(
        [this](const auto& ev) {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, sip::IncomingCall>) on_incoming(ev);
            else if constexpr (std::is_same_v<T, sip::LegRinging>) on_ringing(ev);
            else if constexpr (std::is_same_v<T, sip::LegAnswered>) on_answered(ev);
            else if constexpr (std::is_same_v<T, sip::LegFailed>) on_failed(ev);
            else if constexpr (std::is_same_v<T, sip::LegEnded>) on_ended(ev);
            else if constexpr (std::is_same_v<T, sip::RemoteMediaChanged>) on_remote_media(ev);
            else if constexpr (std::is_same_v<T, sip::DtmfInfo>) on_info_dtmf(ev);
        },
        e);
}

void CallManager::on_incoming(const sip::IncomingCall& e) {
    auto negotiated = sip::negotiate(e.offer.audio);
    if (!negotiated) return sip_.reject(e.leg, 488, "no common codec: this server speaks PCMU and PCMA");
    const PartyInfo* caller = e.extension ? party_by_extension(*e.extension) : nullptr;
    if (caller && caller->srtp == "required" && negotiated->crypto != sip::Crypto::srtp)
        return sip_.reject(e.leg, 488, "SRTP required: offer RTP/SAVP with a=crypto");
    if (is_fax_number(e.to_user)) return receive_fax(e, *negotiated);
    auto dest = resolve(e.to_user, routes_, parties_, e.extension.has_value());
    if (!dest) {
        log()->info("incoming call from {} to {} refused: {}", e.from_user, e.to_user, dest.error().message);
        return sip_.reject(e.leg, 404, "Not Found");
    }
    if ((dest->kind == Destination::Kind::ivr && !ivr_hooks_.started) ||
        (dest->kind == Destination::Kind::queue && !hooks_.queued)) {
        // IVR flows and queues need their hosts attached.
        log()->warn("number {} routes to {} {}, which this build cannot serve yet", e.to_user,
                    to_string(dest->kind), dest->target);
        return sip_.reject(e.leg, 480, "Temporarily Unavailable");
    }
    if (dest->kind == Destination::Kind::trunk && caller && !outbound_allowed(caller->outbound, dest->target)) {
        log()->info("extension {} may not dial {} (outbound policy {})", caller->extension, dest->target,
                    caller->outbound);
        return sip_.reject(e.leg, 403, "Forbidden");
    }
    auto opened = media_.open_session();
    if (!opened) {
        log()->error("no media port for a new call: {}", opened.error().message);
        return sip_.reject(e.leg, 503, "Service Unavailable");
    }

    auto call = std::make_unique<Call>();
    Call& c = *call;
    c.id = CallId(next_call_id_++);
    c.direction = e.trunk_id ? Direction::inbound
                             : (dest->kind == Destination::Kind::trunk ? Direction::outbound : Direction::internal);
    c.caller = e.extension ? *e.extension : e.from_user;
    c.callee = e.to_user;
    c.sip_call_id = e.sip_call_id;
    c.trunk_id = e.trunk_id;
    c.started_ms = to_unix_ms(clock_.wall_now());
    c.started = clock_.steady_now();

    auto a = std::make_unique<Leg>();
    a->sip = e.leg;
    a->media = opened->id;
    a->local_port = opened->local_port;
    a->party = caller ? Party::agent : Party::customer;
    a->state = LegState::offered;
    a->incoming = true;
    a->number = c.caller;
    a->srtp_policy = caller ? caller->srtp : "off";
    a->srtp_key = media::generate_srtp_key();
    if (caller) a->user = caller->user;
    a->negotiated = negotiated;
    c.add_user(a->user);
    by_leg_[a->sip] = c.id;
    by_media_[a->media] = c.id;
    set_remote(*a, e.offer);
    c.originator = a->sip;
    c.legs.push_back(std::move(a));
    calls_[c.id] = std::move(call);

    writer_.submit([id = c.id, rec = storage::NewCallRecord{std::string(to_string(c.direction)), c.caller, c.callee,
                                                             c.sip_call_id, c.trunk_id, std::nullopt, c.started_ms}](
                       storage::Database& db) { return storage::insert_call(db, id, rec); });
    log()->info("call {} {} from {} to {} -> {} {}", c.id.value(), to_string(c.direction), c.caller, c.callee,
                to_string(dest->kind), dest->target);

    if (dest->kind == Destination::Kind::queue) return enqueue(c, dest->target);
    if (dest->kind == Destination::Kind::ivr) {
        Leg& caller = *c.legs.front();
        sip_.answer(caller.sip, local_sdp(caller));
        caller.state = LegState::up;
        c.in_ivr = true;
        c.answered_ms = call_time_ms(c);
        write_answered(c, std::nullopt);
        publish(c);
        return ivr_hooks_.started(c.id, dest->target, c.caller, c.callee);
    }
    const Party far = dest->kind == Destination::Kind::extension ? Party::agent : Party::customer;
    auto placed = place_leg(c, far, dest->target, false, c.caller, e.from_display);
    if (!placed) {
        sip_.reject(e.leg, 480, "Temporarily Unavailable");
        return end_call(c, placed.error().message, "system");
    }
    sip_.ring(e.leg);
    publish(c);
}

void CallManager::on_ringing(const sip::LegRinging& e) {
    Leg* l = nullptr;
    Call* c = call_of_leg(e.leg, &l);
    if (!c || l->state != LegState::dialling) return;
    l->state = LegState::ringing;
    publish(*c);
}

void CallManager::on_answered(const sip::LegAnswered& e) {
    Leg* l = nullptr;
    Call* c = call_of_leg(e.leg, &l);
    if (!c) return sip_.hangup(e.leg, "no such call");
    if (!set_remote(*l, e.answer)) return sip_.hangup(e.leg, "unusable answer SDP");  // LegEnded follows
    leg_up(*c, *l);
}

// A leg we placed answered: what it joins depends on where the call is.
void CallManager::leg_up(Call& c, Leg& l) {
    l.state = LegState::up;
    l.answered = true;
    if (l.party == Party::supervisor) return supervisor_up(c, l);
    if (l.user) {
        l.holds_agent = true;
        // An offer's answer is the ACD's own news (offer_result below).
        if (!l.offer && hooks_.agent_busy) hooks_.agent_busy(*l.user, c.id);
    }
    switch (c.state) {
        case CallState::setup: {
            if (c.fax_job && l.sip == c.originator) return fax_answered(c, l);
            if (c.system_dial && l.sip == c.originator) return customer_answered(c, l);
            if (c.dial_target && l.sip == c.originator) {
                // Click-to-dial: the agent's own phone is up; now call the number.
                const std::string number = *std::exchange(c.dial_target, std::nullopt);
                if (l.offer && c.queued) {  // a callback: the agent took it
                    c.queued = false;
                    if (hooks_.offer_result && l.user) hooks_.offer_result(c.id, *l.user, OfferResult::answered);
                }
                auto dest = resolve(number, routes_, parties_, true);
                const bool ext = dest && dest->kind == Destination::Kind::extension;
                auto placed = place_leg(c, ext ? Party::agent : Party::customer,
                                        dest ? dest->target : number, false, l.number, "");
                if (!placed) return end_call(c, placed.error().message, "system");
                return publish(c);
            }
            Leg* partner = nullptr;
            for (Leg* o : c.live())
                if (o != &l && (o->state == LegState::offered || o->state == LegState::up ||
                                o->state == LegState::held))
                    partner = o;
            if (!partner) return end_call(c, "the other party left", "system");
            if (partner->state == LegState::offered) {
                sip_.answer(partner->sip, local_sdp(*partner));
                partner->state = LegState::up;
            } else if (partner->state == LegState::held) {  // a queued caller hearing music
                media_.stop_playback(partner->media);      // or an announcement
                media_.stop_music(partner->media);
                partner->state = LegState::up;
            }
            if (l.offer && c.queued) {
                c.queued = false;
                if (hooks_.offer_result && l.user) hooks_.offer_result(c.id, *l.user, OfferResult::answered);
            }
            if (std::exchange(l.pickup, false) && hooks_.offer_result && l.user)
                hooks_.offer_result(c.id, *l.user, OfferResult::pickup_answered);
            if (partner->user && !partner->holds_agent) {  // an agent's handset called out
                partner->holds_agent = true;
                if (hooks_.agent_busy) hooks_.agent_busy(*partner->user, c.id);
            }
            bridge(*partner, l);
            c.answered_ms = call_time_ms(c);
            std::optional<UserId> agent = l.user ? l.user : partner->user;
            write_answered(c, agent);
            transition(c, CallState::talking, "answered");
            break;
        }
        case CallState::consulting: {
            if (Leg* a = c.leg(c.consulting_agent)) bridge(*a, l);
            publish(c);
            break;
        }
        case CallState::transferring: {
            Leg* customer = nullptr;
            for (Leg* o : c.live())
                if (o->state == LegState::held) customer = o;
            if (!customer) return end_call(c, "the caller left during the transfer", "system");
            media_.stop_music(customer->media);
            customer->state = LegState::up;
            bridge(*customer, l);
            c.add_user(l.user);
            transition(c, CallState::talking, "transferred");
            break;
        }
        default:
            publish(c);
    }
}

void CallManager::on_failed(const sip::LegFailed& e) {
    Leg* l = nullptr;
    Call* c = call_of_leg(e.leg, &l);
    if (!c) return;
    c->last_failure_status = e.status;
    leg_gone(*c, *l, fmt::format("{} {}", e.status, e.reason), true);
}

void CallManager::on_ended(const sip::LegEnded& e) {
    Leg* l = nullptr;
    Call* c = call_of_leg(e.leg, &l);
    if (!c) return;
    leg_gone(*c, *l, e.reason.empty() ? std::string("hung up") : e.reason, e.by_remote);
}

void CallManager::on_remote_media(const sip::RemoteMediaChanged& e) {
    Leg* l = nullptr;
    if (call_of_leg(e.leg, &l) && !set_remote(*l, e.offer)) sip_.hangup(e.leg, "unusable SDP in a re-INVITE");
}

void CallManager::on_info_dtmf(const sip::DtmfInfo& e) {
    Leg* l = nullptr;
    Call* c = call_of_leg(e.leg, &l);
    if (!c) return;
    for (auto& f : dtmf_listeners_) f(c->id, c->users, e.digit, media::DtmfSource::sip_info);
    if (c->in_ivr && ivr_hooks_.dtmf) ivr_hooks_.dtmf(c->id, e.digit);
}

void CallManager::on_media(const media::Event& e) {
    if (auto* d = std::get_if<media::DtmfDetected>(&e)) {
        Leg* l = nullptr;
        Call* c = call_of_media(d->session, &l);
        if (!c) return;
        log()->debug("call {}: DTMF {} ({}) from {}", c->id.value(), d->digit, to_string(d->source), l->number);
        if (c->in_ivr && ivr_hooks_.dtmf) ivr_hooks_.dtmf(c->id, d->digit);
        for (auto& f : dtmf_listeners_) f(c->id, c->users, d->digit, d->source);
    } else if (auto* pd = std::get_if<media::PlaybackDone>(&e)) {
        Leg* l = nullptr;
        Call* c = call_of_media(pd->session, &l);
        if (c && c->in_ivr && ivr_hooks_.playback_done)
            ivr_hooks_.playback_done(c->id, pd->playback, pd->reason == media::PlaybackEnd::finished);
    } else if (auto* rd = std::get_if<media::RecordingDone>(&e)) {
        for (auto& [id, c] : calls_) std::erase(c->recordings, rd->id);
        recording_done(*rd);
        for (auto& f : recording_listeners_) f(*rd);
    } else if (auto* fd = std::get_if<media::FaxDone>(&e)) {
        fax_done(*fd);
    } else if (auto* md = std::get_if<media::MachineDetected>(&e)) {
        machine_detected(*md);
    } else if (auto* p = std::get_if<media::PeerLatched>(&e)) {
        log()->info("media session {} latched to {}:{} (symmetric RTP)", p->session.value(), p->address, p->port);
    } else if (auto* t = std::get_if<media::MediaTimeout>(&e)) {
        Leg* l = nullptr;
        if (Call* c = call_of_media(t->session, &l)) end_call(*c, "no media from " + l->number, "system");
    }
}

void CallManager::tick() {
    if (options_.max_call_duration.count() == 0) return;
    const auto now = clock_.steady_now();
    std::vector<Call*> expired;
    for (auto& [id, c] : calls_)
        if (now - c->started > options_.max_call_duration) expired.push_back(c.get());
    for (Call* c : expired) end_call(*c, "maximum call duration reached", "system");
}

// ---- legs and media ----

Result<Leg*> CallManager::place_leg(Call& c, Party party, const std::string& number, bool auto_answer,
                                    const std::string& from_user, const std::string& from_display) {
    auto opened = media_.open_session();
    if (!opened) return std::unexpected(opened.error());
    auto leg = std::make_unique<Leg>();
    leg->media = opened->id;
    leg->local_port = opened->local_port;
    leg->party = party;
    leg->state = LegState::dialling;
    leg->number = number;
    const PartyInfo* p = party_by_extension(number);
    if (p) leg->user = p->user;
    leg->srtp_policy = p ? p->srtp : "off";  // trunks: plain RTP
    leg->srtp_key = media::generate_srtp_key();
    sip::OutgoingCall out;
    out.target = p ? sip::OutgoingCall::Target::extension : sip::OutgoingCall::Target::trunk;
    out.number = number;
    out.from_user = from_user;
    out.from_display = from_display;
    out.offer = local_sdp(*leg);
    out.auto_answer = auto_answer;
    out.ring_timeout = c.ring_timeout.value_or(options_.ring_timeout);
    auto id = sip_.invite(std::move(out));
    if (!id) {
        media_.close_session(leg->media);
        return std::unexpected(id.error());
    }
    leg->sip = *id;
    by_leg_[leg->sip] = c.id;
    by_media_[leg->media] = c.id;
    c.add_user(leg->user);
    c.legs.push_back(std::move(leg));
    return c.legs.back().get();
}

sip::SessionDescription CallManager::local_sdp(const Leg& l, sip::Direction d) {
    sip::SessionDescription s;
    s.session_id = l.media.value();
    s.session_version = 1;
    s.origin_address = options_.media_address;
    s.audio.address = options_.media_address;
    s.audio.port = l.local_port;
    s.audio.direction = d;
    if (l.negotiated) {
        s.audio.payload_types = {l.negotiated->payload_type};
        s.audio.telephone_event_pt = l.negotiated->telephone_event_pt;
    } else {
        s.audio.payload_types = {sip::kPcmu, sip::kPcma};
        s.audio.telephone_event_pt = 101;
    }
    // SRTP: answer RTP/SAVP only to RTP/SAVP (echoing its suite and tag, RFC 4568 7.1.2); offer it
    // when the phone's policy is optional or required.
    const bool srtp = l.negotiated ? l.negotiated->crypto == sip::Crypto::srtp : l.srtp_policy != "off";
    if (srtp) {
        s.audio.crypto = sip::Crypto::srtp;
        s.audio.crypto_suite = l.negotiated ? l.negotiated->crypto_suite : std::string(sip::kSrtpSuites[0]);
        s.audio.crypto_tag = l.negotiated ? l.negotiated->crypto_tag : 1;
        s.audio.crypto_key = l.srtp_key;
    }
    return s;
}

bool CallManager::set_remote(Leg& l, const sip::SessionDescription& sdp) {
    auto n = sip::negotiate(sdp.audio);
    if (!n) {
        log()->warn("leg {}: the far end's SDP has no codec we speak", l.sip.value());
        return false;
    }
    std::optional<media::SrtpParams> srtp;
    if (n->crypto == sip::Crypto::srtp) {
        auto suite = media::srtp_suite_from_string(n->crypto_suite);
        auto theirs = media::decode_srtp_key(n->crypto_key);
        auto ours = media::decode_srtp_key(l.srtp_key);
        if (!suite || !theirs || !ours) {
            log()->warn("leg {}: the far end's a=crypto is unusable", l.sip.value());
            return false;
        }
        srtp = media::SrtpParams{*suite, *ours, *theirs};
    } else if (l.srtp_policy == "required") {
        log()->warn("leg {}: extension {} requires SRTP and its SDP has no a=crypto", l.sip.value(), l.number);
        return false;
    }
    l.negotiated = n;
    media::RemotePeer peer;
    peer.address = sdp.audio.address;
    peer.port = sdp.audio.port;
    peer.codec = n->payload_type == sip::kPcma ? media::Codec::pcma : media::Codec::pcmu;
    peer.telephone_event_pt = n->telephone_event_pt;
    peer.srtp = srtp;
    media_.set_remote(l.media, peer);
    return true;
}

void CallManager::bridge(Leg& a, Leg& b) {
    media_.bridge(a.media, b.media);
    a.peer = b.sip;
    b.peer = a.sip;
    if (auto it = by_leg_.find(a.sip); it != by_leg_.end())
        if (auto c = calls_.find(it->second); c != calls_.end()) follow_recording(*c->second);
}

// Two parties left of a mix (conference, supervision): the mix goes, the two are bridged.
void CallManager::unmix(Call& c, Leg& a, Leg& b) {
    if (c.mix) {
        media_.leave_mix(a.media);
        media_.leave_mix(b.media);
        media_.destroy_mix(*c.mix);
        c.mix.reset();
    }
    bridge(a, b);
}

void CallManager::music(Leg& l) {
    if (l.peer) {
        media_.unbridge(l.media);
        for (auto& [id, c] : calls_)
            if (Leg* o = c->leg(l.peer)) o->peer = {};
        l.peer = {};
    }
    media_.play_music(l.media);
    l.state = LegState::held;
}

void CallManager::transition(Call& c, CallState to, const std::string& why) {
    if (c.state != to)
        log()->info("call {}: {} -> {}{}{}", c.id.value(), to_string(c.state), to_string(to), why.empty() ? "" : ": ",
                    why);
    c.state = to;
    publish(c);
}

std::int64_t CallManager::call_time_ms(const Call& c) const {
    return c.started_ms +
           std::chrono::duration_cast<std::chrono::milliseconds>(clock_.steady_now() - c.started).count();
}

void CallManager::end_call(Call& c, const std::string& reason, const std::string& hangup_by) {
    std::vector<UserId> pickers;  // of a picked-up queue call still ringing: the caller was lost
    for (auto& l : c.legs) {
        if (l->pickup && !l->answered && l->user) pickers.push_back(*l->user);
        release_agent(c, *l);
        if (l->state == LegState::offered) sip_.reject(l->sip, 480, "Temporarily Unavailable");
        else if (l->state != LegState::ended) sip_.hangup(l->sip, reason);
        media_.close_session(l->media);
        by_leg_.erase(l->sip);
        by_media_.erase(l->media);
    }
    c.legs.clear();
    for (auto r : c.recordings) media_.stop_recording(r);  // RecordingDone follows
    if (c.mix) media_.destroy_mix(*c.mix);
    c.reason = reason;
    const std::int64_t ended = call_time_ms(c);
    writer_.submit([id = c.id, ended, reason, hangup_by](storage::Database& db) {
        return storage::finish_call(db, id, ended, reason, hangup_by);
    });
    const CallId id = c.id;
    transition(c, CallState::ended, reason);
    calls_.erase(id);  // c is gone from here on
    if (hooks_.offer_result)
        for (UserId picker : pickers) hooks_.offer_result(id, picker, OfferResult::pickup_failed);
}

void CallManager::end_all(const std::string& reason) {
    while (!calls_.empty()) end_call(*calls_.begin()->second, reason, "system");
}

void CallManager::write_answered(Call& c, std::optional<UserId> agent) {
    start_call_recording(c);
    writer_.submit([id = c.id, at = *c.answered_ms, agent](storage::Database& db) {
        return storage::mark_call_answered(db, id, at, agent);
    });
}

}  // namespace cti::calls
