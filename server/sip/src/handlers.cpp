// nua events, one handler each (named after the event). Runs on the SIP thread; everything needed
// is copied out of sip_t here, because it is valid only during the callback.
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_tag_io.h>

#include <fmt/format.h>

#include "cti/core/logging.h"
#include "ingress.h"
#include "sofia_util.h"
#include "stack_impl.h"

namespace cti::sip {

void StackImpl::on_event(nua_event_t event, int status, char const* phrase, nua_handle_t* nh, Leg* leg,
                         sip_t const* sip, tagi_t tags[]) {
    auto log = cti::logger("sip");
    log->trace("nua event={} status={} phrase={} leg={}", nua_event_name(event), status, phrase ? phrase : "",
               leg ? leg->id.value() : 0);
    switch (event) {
    case nua_i_invite: on_i_invite(nh, leg, sip); break;
    case nua_i_register: on_i_register(nh, sip); break;
    case nua_i_options: on_i_options(nh, sip); break;
    case nua_i_info: on_i_info(nh, leg, sip); break;
    case nua_r_invite: if (leg) on_r_invite(status, phrase, *leg, sip); break;
    case nua_i_bye: if (leg) on_i_bye(*leg); break;
    case nua_i_cancel: if (leg) on_i_cancel(*leg); break;
    case nua_i_state: if (leg) on_i_state(status, phrase, *leg, tags); break;
    case nua_r_shutdown: on_r_shutdown(status); break;
    case nua_r_get_params: on_r_get_params(tags); break;
    case nua_r_options:  // our NAT keep-alive pings
        if (!leg && status >= 200) nua_handle_destroy(nh);
        break;
    case nua_i_terminated:
        if (!leg && nh) nua_handle_destroy(nh);
        break;
    case nua_i_error:
        log->warn("sip: nua error status={} phrase={}", status, phrase ? phrase : "");
        break;
    default:
        // Requests nua answered itself (MESSAGE, SUBSCRIBE, ...): drop the handle it created.
        if (!leg && nh && nua_event_is_incoming_request(event)) nua_handle_destroy(nh);
        break;
    }
}

void StackImpl::on_i_invite(nua_handle_t* nh, Leg* existing, sip_t const* sip) {
    if (existing) {
        on_i_reinvite(*existing, sip);
        return;
    }
    msg_t* msg = nua_current_request(nua_);
    const Source src{source_of(msg, sip)};
    auto reply = [&](int status, const char* phrase, auto... extra) {
        nua_respond(nh, status, phrase, NUTAG_WITH(msg), extra..., TAG_END());
        nua_handle_destroy(nh);
    };
    if (shutting_down_) return reply(SIP_503_SERVICE_UNAVAILABLE, SIPTAG_RETRY_AFTER_STR("30"));
    if (!admit(nh, msg, src)) return;
    bump([](StackStats& s) { ++s.invites; });
    if (!sip || !sip->sip_from || !sip->sip_to || !sip->sip_request) return reply(SIP_400_BAD_REQUEST);
    if (options_.max_calls && legs_.size() >= options_.max_calls) {
        bump([](StackStats& s) { ++s.overloaded; });
        return reply(SIP_503_SERVICE_UNAVAILABLE, SIPTAG_RETRY_AFTER_STR("10"));
    }
    auto offer = check_invite_offer(sip);
    if (offer.status) {
        if (offer.status == 488) cti::logger("sip")->info("invite from={} refused 488: {}", src.endpoint.address, offer.why);
        return reply(offer.status, offer.phrase, TAG_IF(offer.accept, SIPTAG_ACCEPT_STR(offer.accept)),
                     TAG_IF(offer.warning, SIPTAG_WARNING_STR(offer.warning)));
    }

    IncomingCall in;
    auto parties = request_parties(sip);
    in.sip_call_id = std::move(parties.call_id);
    in.from_user = std::move(parties.from_user);
    in.from_display = std::move(parties.from_display);
    in.to_user = std::move(parties.to_user);
    in.source = src.endpoint;
    in.offer = std::move(*offer.offer);
    if (auto trunk = trunk_for(src.endpoint.address)) {
        in.trunk_id = trunk;
    } else {
        auto auth = authenticate(sip, "INVITE", true, src, {});
        if (auth.outcome != AuthOutcome::ok) {
            respond_auth(nh, msg, true, auth);
            nua_handle_destroy(nh);
            return;
        }
        in.extension = auth.user;
        // RFC 4568: a phone that must use SRTP and offers plain RTP is refused, not downgraded.
        auto ext = directory_.extensions.find(*in.extension);
        const bool srtp_required = ext != directory_.extensions.end() &&
                                   (ext->second.srtp_required || ext->second.srtp == SrtpPolicy::required);
        if (srtp_required && in.offer.audio.crypto != Crypto::srtp) {
            cti::logger("sip")->info("invite from extension={} refused 488: SRTP is required for it and the "
                                     "offer has no usable a=crypto", *in.extension);
            return reply(SIP_488_NOT_ACCEPTABLE,
                         SIPTAG_WARNING_STR("399 cti \"SRTP required: offer RTP/SAVP with a=crypto "
                                            "AES_CM_128_HMAC_SHA1_80\""));
        }
    }
    auto leg = std::make_unique<Leg>();
    leg->id = LegId(next_leg_++);
    leg->nh = nh;
    leg->owner = this;
    leg->state = LegState::offered;
    in.leg = leg->id;
    nua_handle_bind(nh, leg.get());
    if (in.extension) {
        // The phone may sit behind NAT: in-dialog requests go where its INVITE came from.
        const std::string proxy = proxy_uri(src.endpoint);
        nua_set_hparams(nh, NUTAG_PROXY(proxy.c_str()), TAG_END());
    }
    nua_respond(nh, SIP_100_TRYING, NUTAG_WITH(msg), TAG_END());
    cti::logger("sip")->info("leg={} incoming from={} to={} source={}:{} {}", leg->id.value(), in.from_user, in.to_user,
                             src.endpoint.address, src.endpoint.port,
                             in.trunk_id ? fmt::format("trunk={}", *in.trunk_id) : fmt::format("extension={}", *in.extension));
    bump([](StackStats& s) { ++s.active_legs; });
    legs_.emplace(leg->id.value(), std::move(leg));
    emit(std::move(in));
}

void StackImpl::on_i_reinvite(Leg& leg, sip_t const* sip) {
    auto body = payload_of(sip);
    std::optional<SessionDescription> offer;
    if (!body.empty()) {
        auto parsed = parse_sdp(body);
        if (!parsed || !negotiate(parsed->audio)) {
            nua_respond(leg.nh, SIP_488_NOT_ACCEPTABLE, NUTAG_WITH_THIS(nua_), TAG_END());
            return;
        }
        offer = std::move(*parsed);
    }
    SessionDescription local = leg.local;
    ++local.session_version;
    if (offer) local.audio.direction = combine_answer(leg.local.audio.direction, offer->audio.direction);
    leg.local.session_version = local.session_version;
    const std::string sdp = write_sdp(local);
    nua_respond(leg.nh, SIP_200_OK, NUTAG_WITH_THIS(nua_), SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                SIPTAG_PAYLOAD_STR(sdp.c_str()), TAG_END());
    if (offer) emit(RemoteMediaChanged{leg.id, std::move(*offer)});
}

void StackImpl::on_r_invite(int status, char const* phrase, Leg& leg, sip_t const* sip) {
    const std::string why = fmt::format("{} {}", status, phrase ? phrase : "");
    switch (leg.state) {
    case LegState::calling:
    case LegState::ringing:
        if (status == 180 || status == 183) {
            if (leg.last_ringing != status) emit(LegRinging{leg.id, status});
            leg.last_ringing = status;
            leg.transition(LegState::ringing, why);
        } else if (status >= 200 && status < 300) {
            if (leg.ring_timer) su_timer_reset(leg.ring_timer);
            auto answer = parse_sdp(payload_of(sip));
            if (!answer) {
                cti::logger("sip")->warn("leg={} answer SDP unusable: {}", leg.id.value(), answer.error().message);
                nua_bye(leg.nh, TAG_END());
                leg.transition(LegState::terminating, "bad answer SDP");
                finish(leg, LegFailed{leg.id, 488, "the answer's SDP is unusable: " + answer.error().message});
                return;
            }
            leg.transition(LegState::established, why);
            emit(LegAnswered{leg.id, std::move(*answer)});
        } else if (status >= 300) {
            leg.transition(LegState::terminating, why);
            finish(leg, LegFailed{leg.id, status, phrase ? phrase : ""});
        }
        break;
    case LegState::cancelling:
        if (status >= 200 && status < 300) nua_bye(leg.nh, TAG_END());  // answered while we cancelled
        if (status >= 200) {
            leg.transition(LegState::terminating, why);
            if (leg.final_event) finish(leg, *leg.final_event);
        }
        break;
    case LegState::established:  // answer to our re-INVITE (update_media)
        if (status >= 300) cti::logger("sip")->warn("leg={} re-INVITE refused: {}", leg.id.value(), why);
        break;
    default:
        break;
    }
}

void StackImpl::on_i_info(nua_handle_t* nh, Leg* leg, sip_t const* sip) {
    msg_t* msg = nua_current_request(nua_);
    if (!leg) {
        nua_respond(nh, SIP_481_NO_TRANSACTION, NUTAG_WITH(msg), TAG_END());
        nua_handle_destroy(nh);
        return;
    }
    const bool relay = is_content_type(sip, "application/dtmf-relay");
    const bool plain = is_content_type(sip, "application/dtmf");
    if (!relay && !plain) {
        if (payload_of(sip).empty()) nua_respond(nh, SIP_200_OK, NUTAG_WITH(msg), TAG_END());
        else nua_respond(nh, SIP_415_UNSUPPORTED_MEDIA, NUTAG_WITH(msg),
                         SIPTAG_ACCEPT_STR("application/dtmf-relay, application/dtmf"), TAG_END());
        return;
    }
    auto d = parse_dtmf(payload_of(sip), relay);
    if (!d) {
        nua_respond(nh, SIP_400_BAD_REQUEST, NUTAG_WITH(msg), TAG_END());
        return;
    }
    nua_respond(nh, SIP_200_OK, NUTAG_WITH(msg), TAG_END());
    d->leg = leg->id;
    emit(*d);
}

void StackImpl::on_i_bye(Leg& leg) {
    leg.transition(LegState::terminating, "BYE received");
    finish(leg, LegEnded{leg.id, true, "BYE"});
}

void StackImpl::on_i_cancel(Leg& leg) {
    leg.transition(LegState::terminating, "CANCEL received");
    finish(leg, LegEnded{leg.id, true, "CANCEL"});
}

void StackImpl::on_i_state(int status, char const* phrase, Leg& leg, tagi_t tags[]) {
    int callstate = -1;
    tl_gets(tags, NUTAG_CALLSTATE_REF(callstate), TAG_END());
    if (callstate != nua_callstate_terminated) return;
    if (!leg.reported && !leg.final_event) {
        const std::string why = fmt::format("{} {}", status, phrase ? phrase : "");
        if (leg.outgoing && leg.state != LegState::established) leg.final_event = LegFailed{leg.id, status, why};
        else leg.final_event = LegEnded{leg.id, true, why};
    }
    release(leg);
}

}  // namespace cti::sip
