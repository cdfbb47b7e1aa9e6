// Checks on a parsed request (see ingress.h): content types, the INVITE's offer, SIP INFO DTMF,
// Digest credentials, REGISTER expiry, and the copies the handlers keep.
#include "ingress.h"

#include <sofia-sip/sip_status.h>

#include <charconv>
#include <cctype>
#include <vector>

#include "sofia_util.h"

namespace cti::sip {

bool is_content_type(sip_t const* sip, std::string_view type) {
    if (!sip || !sip->sip_content_type || !sip->sip_content_type->c_type) return false;
    std::string_view t(sip->sip_content_type->c_type);
    if (t.size() != type.size()) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(t[i])) != type[i]) return false;
    return true;
}

std::optional<DtmfInfo> parse_dtmf(std::string_view body, bool relay) {
    auto valid = [](char c) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return std::isdigit(static_cast<unsigned char>(c)) || c == '*' || c == '#' || (c >= 'A' && c <= 'D');
    };
    DtmfInfo d;
    d.duration_ms = 160;
    if (!relay) {
        while (!body.empty() && std::isspace(static_cast<unsigned char>(body.back()))) body.remove_suffix(1);
        while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
        if (body.size() != 1 || !valid(body[0])) return std::nullopt;
        d.digit = static_cast<char>(std::toupper(static_cast<unsigned char>(body[0])));
        return d;
    }
    std::size_t pos = 0;
    bool have = false;
    while (pos < body.size()) {
        auto end = body.find('\n', pos);
        auto line = body.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        pos = end == std::string_view::npos ? body.size() : end + 1;
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
        auto eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        auto name = line.substr(0, eq);
        auto value = line.substr(eq + 1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        std::string lname;
        for (char c : name) lname += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lname == "signal" && value.size() == 1 && valid(value[0])) {
            d.digit = static_cast<char>(std::toupper(static_cast<unsigned char>(value[0])));
            have = true;
        } else if (lname == "signal" && value == "10") {
            d.digit = '*', have = true;
        } else if (lname == "signal" && value == "11") {
            d.digit = '#', have = true;
        } else if (lname == "duration") {
            int ms = 0;
            for (char c : value) {
                if (!std::isdigit(static_cast<unsigned char>(c)) || ms > 100000) break;
                ms = ms * 10 + (c - '0');
            }
            if (ms > 0) d.duration_ms = ms;
        }
    }
    if (!have) return std::nullopt;
    return d;
}

OfferCheck check_invite_offer(sip_t const* sip) {
    OfferCheck r;
    const auto body = payload_of(sip);
    // Only an SDP offer is accepted: this also keeps multipart bodies (which Debian's sofia-sip
    // may mis-parse when a part has no payload) away from any parser.
    if (!sip || (!sip->sip_content_type && body.empty())) {
        r.status = 488, r.phrase = "SDP Offer Required", r.accept = "application/sdp", r.why = "no body";
        return r;
    }
    if (!is_content_type(sip, "application/sdp")) {
        r.status = 415, r.phrase = sip_415_Unsupported_media, r.accept = "application/sdp";
        r.why = "the body is not application/sdp";
        return r;
    }
    if (sip->sip_accept) {  // RFC 3261 21.4.7 / RFC 4475 3.3.15: the answer must be acceptable
        bool ok = false;
        for (sip_accept_t const* a = sip->sip_accept; a; a = a->ac_next)
            if (a->ac_type && (std::string_view(a->ac_type) == "application/sdp" || std::string_view(a->ac_type) == "*/*" ||
                               std::string_view(a->ac_type) == "application/*"))
                ok = true;
        if (!ok) {
            r.status = 406, r.phrase = sip_406_Not_acceptable, r.why = "Accept does not allow application/sdp";
            return r;
        }
    }
    auto offer = parse_sdp(body);
    if (!offer) {
        r.status = 488, r.phrase = sip_488_Not_acceptable, r.why = offer.error().message;
        return r;
    }
    if (!negotiate(offer->audio)) {
        r.status = 488, r.phrase = sip_488_Not_acceptable, r.warning = "304 cti \"no common codec (PCMU, PCMA)\"";
        r.why = "no common codec";
        return r;
    }
    r.offer = std::move(*offer);
    return r;
}

std::optional<DigestCredentials> digest_credentials(msg_auth_t const* list, std::string_view realm) {
    for (auto const* a = list; a; a = a->au_next) {
        if (!a->au_scheme || std::string_view(a->au_scheme) != "Digest") continue;
        std::vector<std::string_view> params;
        for (auto p = a->au_params; p && *p; ++p) params.emplace_back(*p);
        auto c = parse_digest_params(params);
        if (c.realm != realm) continue;
        return c;
    }
    return std::nullopt;
}

std::optional<std::uint32_t> requested_expires(sip_t const* sip) {
    sip_contact_t const* contact = sip ? sip->sip_contact : nullptr;
    if (contact && contact->m_expires) {
        std::uint32_t v = 0;
        std::string_view e(contact->m_expires);
        auto [p, ec] = std::from_chars(e.data(), e.data() + e.size(), v);
        return (ec == std::errc{} && p == e.data() + e.size()) ? v : 3600u;
    }
    if (sip && sip->sip_expires)
        return static_cast<std::uint32_t>(std::min<unsigned long>(sip->sip_expires->ex_delta, 0xffffffffUL));
    return std::nullopt;
}

RequestParties request_parties(sip_t const* sip) {
    RequestParties p;
    if (!sip) return p;
    if (sip->sip_call_id) p.call_id = str(sip->sip_call_id->i_id);
    if (sip->sip_from) {
        p.from_user = str(sip->sip_from->a_url->url_user);
        p.from_display = unquote_display(sip->sip_from->a_display);
    }
    if (sip->sip_request) p.to_user = str(sip->sip_request->rq_url->url_user);
    return p;
}

}  // namespace cti::sip
