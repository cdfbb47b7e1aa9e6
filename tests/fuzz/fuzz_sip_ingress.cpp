// Fuzzes what the server does with a request from outside once sofia-sip has parsed it: the
// checks and copies of server/sip/src/ingress.h that the nua handlers run (INVITE offer checks,
// SIP INFO DTMF, Digest credentials against our nonces, REGISTER expiry, From/To/Call-ID copies).
// The input is a whole SIP message; sofia-sip's parser (msg_make, as the transport does) turns
// it into the sip_t our handlers see, and only messages nta would pass on (sip_sanity_check) go
// further. Seeds: the RFC 4475 torture messages (tests/fuzz/README.md).
#include <sofia-sip/msg.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_util.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "cti/core/config.h"
#include "ingress.h"
#include "registrar.h"
#include "sofia_util.h"

using namespace cti::sip;

namespace {

bool valid_digit(char c) { return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D'); }

void check_dtmf(std::string_view body, bool relay) {
    auto d = parse_dtmf(body, relay);
    if (d && (!valid_digit(d->digit) || d->duration_ms <= 0)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static NonceService nonces("cti", std::chrono::seconds(300), "fuzz-secret");
    msg_t* msg = msg_make(sip_default_mclass(), 0, data, static_cast<ssize_t>(size));
    if (!msg) return 0;
    sip_t const* sip = sip_object(msg);
    if (sip && sip->sip_request && sip_sanity_check(sip) == 0) {
        (void)request_parties(sip);
        (void)url_string(sip->sip_to->a_url);
        (void)url_string(sip->sip_request->rq_url);

        auto offer = check_invite_offer(sip);
        if (offer.status == 0) {
            if (!offer.offer) std::abort();
            if (!parse_sdp(write_sdp(*offer.offer))) std::abort();
        } else if (offer.offer || !offer.phrase || offer.status < 400 || offer.status > 699) {
            std::abort();
        }

        const auto body = payload_of(sip);
        (void)is_content_type(sip, "application/dtmf-relay");
        check_dtmf(body, true);
        check_dtmf(body, false);

        const auto now = std::chrono::steady_clock::now();
        for (auto const* list : {sip->sip_authorization, sip->sip_proxy_authorization}) {
            auto cred = digest_credentials(list, "cti");
            if (!cred) continue;
            (void)digest_response(md5_hex("1001:cti:secret"), "INVITE", *cred);
            (void)constant_time_equal(cred->response, "0123456789abcdef0123456789abcdef");
            (void)nonces.check_and_use(cred->nonce, cred->qop.empty() ? std::string_view{} : std::string_view(cred->nc), now);
        }
        nonces.prune(now);

        const auto asked = requested_expires(sip);
        const auto decision = decide_expires(asked, cti::SipConfig{});
        if (decision.status != 200 && decision.status != 423) std::abort();
        if (decision.granted > cti::SipConfig{}.register_max_expires_s) std::abort();
    }
    msg_destroy(msg);
    return 0;
}
