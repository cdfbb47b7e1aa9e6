// The registrar (RFC 3261 section 10) and the request admission in front of it: per-address
// blocking and rate limits, the overload window, digest authentication (RFC 2617 / 7616).
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_status.h>

#include <fmt/format.h>

#include "cti/core/logging.h"
#include "ingress.h"
#include "sofia_util.h"
#include "stack_impl.h"

namespace cti::sip {

bool StackImpl::admit(nua_handle_t* nh, msg_t* msg, const Source& src) {
    const auto now = Clock::now();
    bump([](StackStats& s) { ++s.requests; });
    auto refuse = [&](int status, const char* phrase, const char* retry_after) {
        nua_respond(nh, status, phrase, NUTAG_WITH(msg), TAG_IF(retry_after, SIPTAG_RETRY_AFTER_STR(retry_after)),
                    TAG_END());
        nua_handle_destroy(nh);
        return false;
    };
    if (failures_.blocked(src.key(), now)) {
        bump([](StackStats& s) { ++s.blocked; });
        return refuse(SIP_403_FORBIDDEN, nullptr);
    }
    if (!limiter_.allow(src.key(), now)) {
        bump([](StackStats& s) { ++s.rate_limited; });
        return refuse(SIP_503_SERVICE_UNAVAILABLE, "5");
    }
    if (!window_.admit(now)) {
        bump([](StackStats& s) { ++s.overloaded; });
        const std::string retry = std::to_string(window_.retry_after_s());
        return refuse(SIP_503_SERVICE_UNAVAILABLE, retry.c_str());
    }
    return true;
}

std::string StackImpl::challenge(bool stale) {
    return fmt::format("Digest realm=\"{}\", nonce=\"{}\", qop=\"auth\", algorithm=MD5{}", options_.config.realm,
                       nonces_->issue(Clock::now()), stale ? ", stale=true" : "");
}

void StackImpl::respond_auth(nua_handle_t* nh, msg_t* msg, bool proxy, const AuthResult& r) {
    if (r.outcome == AuthOutcome::blocked) {
        nua_respond(nh, SIP_403_FORBIDDEN, NUTAG_WITH(msg), TAG_END());
        return;
    }
    // A wrong password and an unknown user get the very same answer: a fresh challenge.
    const std::string ch = challenge(r.outcome == AuthOutcome::stale);
    if (proxy)
        nua_respond(nh, SIP_407_PROXY_AUTH_REQUIRED, NUTAG_WITH(msg), SIPTAG_PROXY_AUTHENTICATE_STR(ch.c_str()), TAG_END());
    else
        nua_respond(nh, SIP_401_UNAUTHORIZED, NUTAG_WITH(msg), SIPTAG_WWW_AUTHENTICATE_STR(ch.c_str()), TAG_END());
}

StackImpl::AuthResult StackImpl::authenticate(sip_t const* sip, const char* method, bool proxy, const Source& src,
                                              std::string_view expected_user) {
    const auto now = Clock::now();
    auto found = digest_credentials(proxy ? sip->sip_proxy_authorization : sip->sip_authorization, options_.config.realm);
    if (!found) return {AuthOutcome::challenge, {}};
    DigestCredentials cred = std::move(*found);

    auto failed = [&](std::string_view why) {
        bump([](StackStats& s) { ++s.auth_failures; });
        cti::logger("sip")->info("auth failed method={} user={} source={} reason={}", method, cred.username,
                                 src.endpoint.address, why);
        if (failures_.record_failure(src.key(), now)) {
            cti::logger("sip")->warn("address={} blocked for {} s after {} failed authentications", src.key(),
                                     options_.config.auth_block_s, options_.config.auth_failures_before_block);
            return AuthResult{AuthOutcome::blocked, {}};
        }
        return AuthResult{AuthOutcome::failed, {}};
    };
    if (!cred.algorithm.empty() && cred.algorithm != "MD5" && cred.algorithm != "md5") return {AuthOutcome::challenge, {}};
    if (!cred.qop.empty() && cred.qop != "auth") return {AuthOutcome::challenge, {}};
    if (cred.username.empty() || cred.response.empty() || cred.uri.empty()) return failed("incomplete credentials");
    if (!cred.qop.empty() && (cred.nc.empty() || cred.cnonce.empty())) return failed("qop without nc/cnonce");

    // Verify the response first (with a dummy HA1 for unknown users, so both cost the same),
    // then the nonce: a stale nonce with a right password gets stale=true.
    auto ext = directory_.extensions.find(cred.username);
    const bool known = ext != directory_.extensions.end() && ext->second.enabled;
    const std::string expected = digest_response(known ? ext->second.ha1 : dummy_ha1_, method, cred);
    const bool match = constant_time_equal(expected, cred.response);
    switch (nonces_->check_and_use(cred.nonce, cred.qop.empty() ? std::string_view{} : std::string_view(cred.nc), now)) {
    case NonceCheck::stale:
        if (match && known) return {AuthOutcome::stale, {}};
        return failed("stale nonce and wrong credentials");
    case NonceCheck::invalid: return failed("nonce not issued by us");
    case NonceCheck::replayed: return failed("nonce count reused (replay)");
    case NonceCheck::valid: break;
    }
    if (!known || !match) return failed("wrong password or unknown extension");
    if (!expected_user.empty() && cred.username != expected_user) return failed("credentials are for another extension");
    return {AuthOutcome::ok, cred.username};
}

// Bindings from before a restart (Options::restored): UDP only, in place before the first request.
void StackImpl::restore_bindings(std::vector<Registration> restored) {
    for (auto& r : restored) {
        if (r.source.transport != Transport::udp) continue;
        cti::logger("sip")->info("registration restored extension={} contact={}", r.extension, r.contact);
        bindings_.upsert(std::move(r));
    }
}

void StackImpl::on_i_options(nua_handle_t* nh, sip_t const* sip) {
    msg_t* msg = nua_current_request(nua_);
    const Source src{source_of(msg, sip)};
    if (!admit(nh, msg, src)) return;
    nua_respond(nh, SIP_200_OK, NUTAG_WITH(msg), SIPTAG_ACCEPT_STR("application/sdp"),
                SIPTAG_ALLOW_STR("INVITE, ACK, BYE, CANCEL, OPTIONS, INFO, REGISTER"), TAG_END());
    nua_handle_destroy(nh);
}

void StackImpl::on_i_register(nua_handle_t* nh, sip_t const* sip) {
    msg_t* msg = nua_current_request(nua_);
    const Source src{source_of(msg, sip)};
    auto log = cti::logger("sip");
    auto reply = [&](int status, const char* phrase, auto... extra) {
        nua_respond(nh, status, phrase, NUTAG_WITH(msg), extra..., TAG_END());
        nua_handle_destroy(nh);
    };
    if (!admit(nh, msg, src)) return;
    if (!sip || !sip->sip_to) return reply(SIP_400_BAD_REQUEST);
    const url_t* aor = sip->sip_to->a_url;
    if (aor->url_type != url_sip && aor->url_type != url_sips)  // RFC 4475 3.3.4
        return reply(SIP_404_NOT_FOUND);
    const std::string extension = str(aor->url_user);

    auto auth = authenticate(sip, "REGISTER", false, src, extension);
    if (auth.outcome != AuthOutcome::ok) {
        respond_auth(nh, msg, false, auth);
        nua_handle_destroy(nh);
        return;
    }

    // RFC 3261 10.3 step 6: "*" only alone and with Expires: 0.
    sip_contact_t const* contacts = sip->sip_contact;
    if (!contacts) {  // a query: answer with the current binding
        auto cur = bindings_.find(extension);
        if (!cur) return reply(SIP_200_OK);
        const auto left = std::chrono::duration_cast<std::chrono::seconds>(cur->expires - Clock::now()).count();
        const std::string c = fmt::format("<{}>;expires={}", cur->contact, std::max<long long>(left, 0));
        return reply(SIP_200_OK, SIPTAG_CONTACT_STR(c.c_str()));
    }
    const bool star = contacts->m_url->url_type == url_any;
    if (star) {
        if (contacts->m_next || !sip->sip_expires || sip->sip_expires->ex_delta != 0) return reply(SIP_400_BAD_REQUEST);
        if (bindings_.remove(extension)) {
            log->info("unregistered extension={}", extension);
            emit(RegistrationChanged{extension, false, std::nullopt});
        }
        bump([](StackStats& s) { ++s.registrations_ok; });
        return reply(SIP_200_OK);
    }
    // One binding per extension: the first Contact counts.
    const std::optional<std::uint32_t> asked = requested_expires(sip);
    const auto decision = decide_expires(asked, options_.config);
    if (decision.status == 423) {
        const std::string min = std::to_string(options_.config.register_min_expires_s);
        return reply(SIP_423_INTERVAL_TOO_BRIEF, SIPTAG_MIN_EXPIRES_STR(min.c_str()));
    }
    const std::string contact = url_string(contacts->m_url);
    if (contact.empty()) return reply(SIP_400_BAD_REQUEST);
    bump([](StackStats& s) { ++s.registrations_ok; });
    if (decision.granted == 0) {
        if (bindings_.remove(extension)) {
            log->info("unregistered extension={}", extension);
            emit(RegistrationChanged{extension, false, std::nullopt});
        }
        return reply(SIP_200_OK);
    }
    Registration r;
    r.extension = extension;
    r.contact = contact;
    r.source = src.endpoint;
    r.user_agent = sip->sip_user_agent ? str(sip->sip_user_agent->g_string) : "";
    r.expires = Clock::now() + std::chrono::seconds(decision.granted);
    const bool changed = bindings_.upsert(r);
    const std::string c = fmt::format("<{}>;expires={}", contact, decision.granted);
    reply(SIP_200_OK, SIPTAG_CONTACT_STR(c.c_str()));
    if (changed)
        log->info("registered extension={} contact={} source={}:{}/{} expires={}", extension, contact, r.source.address,
                  r.source.port, to_string(r.source.transport), decision.granted);
    emit(RegistrationChanged{extension, true, r, changed});
}

}  // namespace cti::sip
