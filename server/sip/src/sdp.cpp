// A small, strict, bounded SDP (RFC 4566) parser and writer for one audio stream, and the
// RFC 3264 answer decisions. Everything here is pure: no sofia-sip, no I/O.
#include "cti/sip/sdp.h"

#include <algorithm>
#include <charconv>
#include <cctype>
#include <fmt/format.h>

namespace cti::sip {
namespace {

constexpr std::size_t kMaxBody = 16 * 1024;  // an SDP for one audio stream is a few hundred bytes
constexpr std::size_t kMaxLines = 200;
constexpr std::size_t kMaxPayloadTypes = 64;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::vector<std::string_view> split_ws(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

template <class T>
bool to_number(std::string_view s, T& out) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

bool valid_address_text(std::string_view a) {
    if (a.empty() || a.size() > 255) return false;
    return std::all_of(a.begin(), a.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == ':' || c == '-' ||
               c == '%';
    });
}

// c=IN IP4 addr / c=IN IP6 addr (a TTL or count suffix of multicast is accepted and dropped).
Result<std::string> parse_connection(std::string_view value) {
    auto f = split_ws(value);
    if (f.size() != 3 || f[0] != "IN" || (f[1] != "IP4" && f[1] != "IP6"))
        return fail(Errc::invalid_argument, fmt::format("SDP c= line '{}' is not 'IN IP4|IP6 address'", value));
    auto addr = f[2].substr(0, f[2].find('/'));
    if (!valid_address_text(addr))
        return fail(Errc::invalid_argument, fmt::format("SDP connection address '{}' is not valid", addr));
    return std::string(addr);
}

// a=crypto:TAG SUITE inline:KEY[|LIFETIME][|MKI:LENGTH] [SESSION-PARAMS] (RFC 4568 section 9.1).
// Usable: a suite of kSrtpSuites, one key of 30 bytes (40 base64 characters), no MKI (we neither
// send nor expect one), no session parameters (each changes the transform: UNENCRYPTED_SRTP,
// KDR...). A lifetime is accepted: a call never comes near 2^31 packets.
struct CryptoLine {
    int tag = 0;
    std::string suite;
    std::string key;
};
std::optional<CryptoLine> usable_crypto(std::string_view arg) {
    auto f = split_ws(arg);
    CryptoLine c;
    if (f.size() != 3 || f[0].size() > 9 || !to_number(f[0], c.tag) || c.tag < 0) return std::nullopt;
    if (std::find(std::begin(kSrtpSuites), std::end(kSrtpSuites), f[1]) == std::end(kSrtpSuites))
        return std::nullopt;
    std::string_view params = f[2];
    if (!params.starts_with("inline:") || params.find(';') != std::string_view::npos) return std::nullopt;
    params.remove_prefix(7);
    const auto bar = params.find('|');
    const std::string_view key = params.substr(0, bar);
    if (bar != std::string_view::npos) {
        std::string_view rest = params.substr(bar + 1);
        const auto bar2 = rest.find('|');
        const std::string_view lifetime = rest.substr(0, bar2);
        if (lifetime.find(':') != std::string_view::npos || bar2 != std::string_view::npos) return std::nullopt;  // MKI
    }
    const bool base64 = key.size() == 40 && std::all_of(key.begin(), key.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '+' || ch == '/';
    });
    if (!base64) return std::nullopt;
    c.suite = std::string(f[1]);
    c.key = std::string(key);
    return c;
}

std::optional<Direction> direction_attribute(std::string_view a) {
    if (a == "sendrecv") return Direction::sendrecv;
    if (a == "sendonly") return Direction::sendonly;
    if (a == "recvonly") return Direction::recvonly;
    if (a == "inactive") return Direction::inactive;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Direction d) noexcept {
    switch (d) {
    case Direction::sendrecv: return "sendrecv";
    case Direction::sendonly: return "sendonly";
    case Direction::recvonly: return "recvonly";
    case Direction::inactive: return "inactive";
    }
    return "sendrecv";
}

Result<SessionDescription> parse_sdp(std::string_view body) {
    if (body.empty()) return fail(Errc::invalid_argument, "SDP body is empty; an audio offer is required");
    if (body.size() > kMaxBody)
        return fail(Errc::invalid_argument, fmt::format("SDP body of {} bytes is larger than {} bytes", body.size(), kMaxBody));

    SessionDescription sdp;
    std::optional<std::string> session_c, media_c;
    std::optional<Direction> session_dir, media_dir;
    bool seen_v = false, seen_o = false, in_audio = false, audio_done = false, in_other_media = false;
    std::size_t lines = 0;

    std::size_t pos = 0;
    while (pos < body.size()) {
        std::size_t end = body.find('\n', pos);
        std::string_view line = body.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        pos = end == std::string_view::npos ? body.size() : end + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        if (++lines > kMaxLines) return fail(Errc::invalid_argument, "SDP has too many lines");
        if (line.size() < 2 || line[1] != '=' || !std::islower(static_cast<unsigned char>(line[0])))
            return fail(Errc::invalid_argument, fmt::format("SDP line '{}' is not 'x=value'", line.substr(0, 40)));
        if (std::any_of(line.begin(), line.end(), [](char c) { return c == '\0'; }))
            return fail(Errc::invalid_argument, "SDP contains a NUL byte");
        const char type = line[0];
        const std::string_view value = line.substr(2);

        if (!seen_v) {
            if (type != 'v' || value != "0")
                return fail(Errc::invalid_argument, "SDP must start with 'v=0'");
            seen_v = true;
            continue;
        }
        switch (type) {
        case 'o': {
            auto f = split_ws(value);
            if (f.size() != 6 || f[3] != "IN" || (f[4] != "IP4" && f[4] != "IP6"))
                return fail(Errc::invalid_argument, "SDP o= line must have 6 fields: user id version IN IP4|IP6 address");
            sdp.origin_user = std::string(f[0]);
            if (!to_number(f[1], sdp.session_id)) sdp.session_id = 0;  // some phones send huge ids
            if (!to_number(f[2], sdp.session_version)) sdp.session_version = 0;
            sdp.origin_address = std::string(f[5]);
            seen_o = true;
            break;
        }
        case 'c': {
            auto c = parse_connection(value);
            if (!c) return std::unexpected(c.error());
            if (in_audio) media_c = *c;
            else if (!in_other_media && !audio_done) session_c = *c;
            break;
        }
        case 'm': {
            in_audio = false;
            in_other_media = true;
            auto f = split_ws(value);
            if (f.size() < 3) return fail(Errc::invalid_argument, "SDP m= line needs media, port, protocol and formats");
            if (f[0] != "audio" || audio_done) break;
            in_other_media = false;
            in_audio = true;
            audio_done = true;
            auto port_text = f[1].substr(0, f[1].find('/'));
            unsigned port = 0;
            if (!to_number(port_text, port) || port > 65535)
                return fail(Errc::invalid_argument, fmt::format("SDP audio port '{}' is not a port number", f[1]));
            sdp.audio.port = static_cast<std::uint16_t>(port);
            if (f[2] == "RTP/AVP") sdp.audio.crypto = Crypto::none;
            else if (f[2] == "RTP/SAVP") sdp.audio.crypto = Crypto::srtp;
            else return fail(Errc::invalid_argument, fmt::format("SDP audio protocol '{}' is not RTP/AVP or RTP/SAVP", f[2]));
            if (f.size() - 3 > kMaxPayloadTypes) return fail(Errc::invalid_argument, "SDP audio stream lists too many formats");
            for (std::size_t i = 3; i < f.size(); ++i) {
                int pt = -1;
                if (!to_number(f[i], pt) || pt < 0 || pt > 127)
                    return fail(Errc::invalid_argument, fmt::format("SDP audio format '{}' is not an RTP payload type", f[i]));
                sdp.audio.payload_types.push_back(pt);
            }
            break;
        }
        case 'a': {
            if (in_other_media) break;
            auto colon = value.find(':');
            std::string_view name = value.substr(0, colon);
            std::string_view arg = colon == std::string_view::npos ? std::string_view{} : value.substr(colon + 1);
            if (auto d = direction_attribute(name)) {
                (in_audio ? media_dir : session_dir) = *d;
            } else if (!in_audio) {
                break;
            } else if (name == "rtpmap") {
                auto f = split_ws(arg);
                int pt = -1;
                if (f.size() < 2 || !to_number(f[0], pt) || pt < 0 || pt > 127)
                    return fail(Errc::invalid_argument, fmt::format("SDP a=rtpmap '{}' is malformed", arg));
                auto enc = f[1].substr(0, f[1].find('/'));
                if (iequals(enc, "telephone-event")) sdp.audio.telephone_event_pt = pt;
            } else if (name == "ptime") {
                int ms = 0;
                if (to_number(arg, ms) && ms > 0 && ms <= 1000) sdp.audio.ptime_ms = ms;
            } else if (name == "crypto") {
                if (sdp.audio.crypto_suite.empty()) {
                    if (auto c = usable_crypto(arg)) {
                        sdp.audio.crypto_tag = c->tag;
                        sdp.audio.crypto_suite = std::move(c->suite);
                        sdp.audio.crypto_key = std::move(c->key);
                    }
                }
            }
            break;
        }
        default:
            break;  // s=, t=, b=, i=, u=, e=, p=, z=, k=, r=: nothing a G.711 B2BUA needs
        }
    }
    if (!seen_v) return fail(Errc::invalid_argument, "SDP must start with 'v=0'");
    if (!seen_o) return fail(Errc::invalid_argument, "SDP has no o= line");
    if (!audio_done) return fail(Errc::invalid_argument, "SDP has no audio stream (m=audio)");
    if (sdp.audio.payload_types.empty()) return fail(Errc::invalid_argument, "SDP audio stream lists no formats");
    if (media_c) sdp.audio.address = *media_c;
    else if (session_c) sdp.audio.address = *session_c;
    else return fail(Errc::invalid_argument, "SDP has no connection address (c=) for the audio stream");
    sdp.audio.direction = media_dir.value_or(session_dir.value_or(Direction::sendrecv));
    if (sdp.audio.crypto == Crypto::srtp && sdp.audio.crypto_suite.empty())
        return fail(Errc::invalid_argument, "SDP offers RTP/SAVP without a usable a=crypto line "
                                            "(AES_CM_128_HMAC_SHA1_80 or _32, no MKI)");
    return sdp;
}

std::string write_sdp(const SessionDescription& sdp) {
    const auto family = [](const std::string& a) { return a.find(':') == std::string::npos ? "IP4" : "IP6"; };
    const std::string& origin = sdp.origin_address.empty() ? sdp.audio.address : sdp.origin_address;
    std::string out;
    out += "v=0\r\n";
    out += fmt::format("o={} {} {} IN {} {}\r\n", sdp.origin_user.empty() ? "-" : sdp.origin_user,
                       sdp.session_id, sdp.session_version, family(origin), origin);
    out += "s=cti\r\n";
    out += fmt::format("c=IN {} {}\r\n", family(sdp.audio.address), sdp.audio.address);
    out += "t=0 0\r\n";
    const auto& a = sdp.audio;
    out += fmt::format("m=audio {} {}", a.port, a.crypto == Crypto::srtp ? "RTP/SAVP" : "RTP/AVP");
    for (int pt : a.payload_types) out += fmt::format(" {}", pt);
    const bool te = a.telephone_event_pt >= 0 &&
                    std::find(a.payload_types.begin(), a.payload_types.end(), a.telephone_event_pt) == a.payload_types.end();
    if (te) out += fmt::format(" {}", a.telephone_event_pt);
    out += "\r\n";
    for (int pt : a.payload_types) {
        if (pt == kPcmu) out += "a=rtpmap:0 PCMU/8000\r\n";
        else if (pt == kPcma) out += "a=rtpmap:8 PCMA/8000\r\n";
    }
    if (a.telephone_event_pt >= 0) {
        out += fmt::format("a=rtpmap:{} telephone-event/8000\r\n", a.telephone_event_pt);
        out += fmt::format("a=fmtp:{} 0-15\r\n", a.telephone_event_pt);
    }
    out += fmt::format("a=ptime:{}\r\n", a.ptime_ms);
    if (a.crypto == Crypto::srtp)
        out += fmt::format("a=crypto:{} {} inline:{}\r\n", a.crypto_tag, a.crypto_suite, a.crypto_key);
    out += fmt::format("a={}\r\n", to_string(a.direction));
    return out;
}

std::optional<Negotiated> negotiate(const AudioOffer& offer) {
    for (int pt : offer.payload_types) {
        if (pt == kPcmu || pt == kPcma) {
            Negotiated n;
            n.payload_type = pt;
            const auto& pts = offer.payload_types;
            if (offer.telephone_event_pt >= 0 &&
                std::find(pts.begin(), pts.end(), offer.telephone_event_pt) != pts.end())
                n.telephone_event_pt = offer.telephone_event_pt;
            if (offer.crypto == Crypto::srtp && !offer.crypto_suite.empty()) {
                n.crypto = Crypto::srtp;
                n.crypto_suite = offer.crypto_suite;
                n.crypto_key = offer.crypto_key;
                n.crypto_tag = offer.crypto_tag;
            }
            return n;
        }
    }
    return std::nullopt;
}

Direction answer_direction(Direction offered) noexcept {
    switch (offered) {
    case Direction::sendonly: return Direction::recvonly;
    case Direction::recvonly: return Direction::sendonly;
    case Direction::inactive: return Direction::inactive;
    case Direction::sendrecv: return Direction::sendrecv;
    }
    return Direction::sendrecv;
}

}  // namespace cti::sip
