#pragma once
// The checks every request from outside goes through once sofia-sip has parsed it, as functions
// over the parsed message only (no nua, no handle, no socket): what the handlers decide from the
// headers and the body before anything reaches the call model. Kept apart from the handlers so the
// same code can be fed arbitrary messages (tests/fuzz/fuzz_sip_ingress.cpp).
#include <sofia-sip/sip.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cti/sip/sdp.h"
#include "cti/sip/stack.h"
#include "digest.h"

namespace cti::sip {

// Content-Type is exactly `type` (compared without case; parameters are not part of c_type).
bool is_content_type(sip_t const* sip, std::string_view type);

// SIP INFO DTMF: application/dtmf-relay ("Signal=5\r\nDuration=160") or application/dtmf ("5").
// nullopt when the body names no valid digit. The leg is not set.
std::optional<DtmfInfo> parse_dtmf(std::string_view body, bool relay);

// The body checks of a new INVITE, in the order the README's admission rules give (5.): an
// application/sdp body (415 with Accept otherwise, 488 when there is none), an Accept that allows
// SDP (406), an SDP that parses (488) and shares a codec (488 with a Warning). status 0: accepted,
// with the parsed offer. Phrases and header values are static strings (nua keeps the pointers).
struct OfferCheck {
    int status = 0;
    const char* phrase = nullptr;
    const char* accept = nullptr;   // Accept header to send with the refusal, or null
    const char* warning = nullptr;  // Warning header to send with the refusal, or null
    std::string why;                // for the log
    std::optional<SessionDescription> offer;
};
OfferCheck check_invite_offer(sip_t const* sip);

// The Digest credentials for our realm among Authorization / Proxy-Authorization headers, or
// nullopt when none is for us (then the request is challenged).
std::optional<DigestCredentials> digest_credentials(msg_auth_t const* list, std::string_view realm);

// REGISTER: the expiry the phone asks for, from its first Contact's expires parameter (a value
// that is not a number counts as 3600, RFC 3261 10.2.1.1's default) or else the Expires header;
// nullopt when it gives neither.
std::optional<std::uint32_t> requested_expires(sip_t const* sip);

// Copies of what the handlers keep from a request: From's user and display name (unquoted), the
// Request-URI's user, the Call-ID; empty strings where the message has none.
struct RequestParties {
    std::string call_id, from_user, from_display, to_user;
};
RequestParties request_parties(sip_t const* sip);

}  // namespace cti::sip
