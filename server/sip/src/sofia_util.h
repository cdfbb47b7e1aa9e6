#pragma once
// Small helpers to copy data out of sofia-sip structures (valid only inside the nua callback).
#include <sofia-sip/msg_addr.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/su_alloc.h>

#include <netdb.h>
#include <netinet/in.h>

#include <string>
#include <string_view>

#include "cti/sip/stack.h"

namespace cti::sip {

inline std::string str(const char* s) { return s ? std::string(s) : std::string(); }

inline std::string_view payload_of(sip_t const* sip) {
    if (!sip || !sip->sip_payload || !sip->sip_payload->pl_data) return {};
    return {sip->sip_payload->pl_data, sip->sip_payload->pl_len};
}

inline std::string url_string(url_t const* url) {
    if (!url) return {};
    su_home_t home[1] = {SU_HOME_INIT(home)};
    char* s = url_as_string(home, url);
    std::string out = str(s);
    su_home_deinit(home);
    return out;
}

inline std::string unquote_display(const char* d) {
    std::string s = str(d);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

// The packet's source address and transport (RFC 3581: what we answer and call back to).
inline Endpoint source_of(msg_t* msg, sip_t const* sip) {
    Endpoint e;
    if (!msg) return e;
    su_addrinfo_t* ai = msg_addrinfo(msg);
    if (!ai || !ai->ai_addr) return e;
    char host[NI_MAXHOST] = "", serv[NI_MAXSERV] = "";
    if (getnameinfo(ai->ai_addr, static_cast<socklen_t>(ai->ai_addrlen), host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
        e.address = host;
        e.port = static_cast<std::uint16_t>(std::atoi(serv));
    }
    e.transport = ai->ai_protocol == IPPROTO_TCP ? Transport::tcp : Transport::udp;
    if (e.transport == Transport::tcp && sip && sip->sip_via && sip->sip_via->v_protocol &&
        std::string_view(sip->sip_via->v_protocol).ends_with("TLS"))
        e.transport = Transport::tls;
    return e;
}

}  // namespace cti::sip
