#pragma once
// The SIP side of cti-server: a registrar for agent phones and a B2BUA's legs, on sofia-sip.
// This header is all the rest of the server sees of SIP; sofia-sip headers are included only in
// server/sip/src/.
//
// Threads: sofia-sip runs on its own thread (the SIP thread), started by start(). Every public
// method is thread-safe and returns at once: commands are queued to the SIP thread. Events are
// delivered through the EventSink, which the SIP thread calls; the sink must only copy/post the
// event to the caller's own thread (the server's core io_context) and return.
//
// Contract for legs: every IncomingCall is eventually answered, rejected or ended by the stack
// itself (caller CANCEL or BYE -> LegEnded); every LegId the stack reports ends with exactly one
// LegEnded or LegFailed.
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cti/core/config.h"
#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/sip/sdp.h"

namespace cti::sip {

using LegId = StrongId<struct LegIdTag, std::uint64_t>;

enum class Transport { udp, tcp, tls };
std::string_view to_string(Transport t) noexcept;

struct Endpoint {
    std::string address;  // IP as text
    std::uint16_t port = 0;
    Transport transport = Transport::udp;
};

// SDES-SRTP for an extension's phone (sip_extensions.srtp). required: an INVITE from it without
// a usable a=crypto (RTP/SAVP) is refused 488, and calls to it offer only RTP/SAVP.
enum class SrtpPolicy { off, optional, required };
std::string_view to_string(SrtpPolicy p) noexcept;
std::optional<SrtpPolicy> srtp_policy_from_string(std::string_view s) noexcept;

// What the registrar and the INVITE admission need to know, loaded from the database by the core
// and swapped in as a whole (set_directory) whenever an administrator changes it.
struct ExtensionEntry {
    std::string extension;
    std::string ha1;          // MD5(extension:realm:password), lower-case hex
    bool srtp_required = false;  // kept for older callers: the same as srtp == required
    bool enabled = true;
    SrtpPolicy srtp = SrtpPolicy::off;
};
struct TrunkEntry {
    std::int64_t trunk_id = 0;
    std::string name;
    std::string host;
    std::uint16_t port = 5060;
    Transport transport = Transport::udp;
    std::vector<std::string> allow_from;  // IPs or CIDR blocks
    std::string dial_prefix;
    bool enabled = true;
};
struct Directory {
    std::map<std::string, ExtensionEntry, std::less<>> extensions;
    std::vector<TrunkEntry> trunks;
};

// A phone's current registration (RFC 3261 section 10), with where its requests really came from
// (received/rport): calls to it are sent there, so a phone behind NAT is reachable.
struct Registration {
    std::string extension;
    std::string contact;        // the Contact URI as registered
    Endpoint source;            // where the REGISTER came from (the NAT binding)
    std::string user_agent;
    std::chrono::steady_clock::time_point expires;
};

// ---- events (SIP thread -> sink) ----

// A new INVITE, already admitted: either from an authenticated extension (digest checked; the
// stack answered 407 before) or from a trunk's allowed address. The stack has sent 100 Trying.
struct IncomingCall {
    LegId leg;
    std::string sip_call_id;
    std::string from_user;          // user part of From (the caller's number or extension)
    std::string from_display;
    std::string to_user;            // user part of the Request-URI (the number dialled)
    std::optional<std::string> extension;  // set when the caller is an authenticated extension
    std::optional<std::int64_t> trunk_id;  // set when it came from a trunk
    Endpoint source;
    SessionDescription offer;       // the caller's SDP (an INVITE without SDP is refused 488 by the stack)
};
struct LegRinging {              // 180/183 on a leg we placed
    LegId leg;
    int status = 180;
};
struct LegAnswered {             // 200 OK (ACK sent) on a leg we placed
    LegId leg;
    SessionDescription answer;
};
struct LegFailed {               // a leg we placed was refused or timed out, or could not be sent
    LegId leg;
    int status = 0;              // the SIP status, or 0 when nothing answered (e.g. 408 locally)
    std::string reason;
};
struct LegEnded {                // an established or ringing leg ended (BYE, CANCEL, failure)
    LegId leg;
    bool by_remote = true;       // the far side hung up (false: we ended it)
    std::string reason;
};
struct RemoteMediaChanged {      // a re-INVITE/UPDATE from the peer, already answered by the stack
    LegId leg;
    SessionDescription offer;
};
struct DtmfInfo {                // SIP INFO application/dtmf-relay or application/dtmf
    LegId leg;
    char digit = 0;              // 0-9 * # A-D
    int duration_ms = 0;
};
// A binding began, changed, was refreshed (changed = false: the same contact and source, a
// later expiry; for those who keep bindings across restarts) or ended (registered = false).
struct RegistrationChanged {
    std::string extension;
    bool registered = false;     // false: expired or unregistered
    std::optional<Registration> registration;
    bool changed = true;
};

using Event = std::variant<IncomingCall, LegRinging, LegAnswered, LegFailed, LegEnded,
                           RemoteMediaChanged, DtmfInfo, RegistrationChanged>;
using EventSink = std::function<void(Event)>;

// ---- commands (any thread -> SIP thread) ----

// A call the server places: to a registered extension, or out through a trunk.
struct OutgoingCall {
    enum class Target { extension, trunk } target = Target::extension;
    std::string number;             // the extension, or the number to dial (prefix added by the stack)
    std::optional<std::int64_t> trunk_id;  // which trunk (Target::trunk); nullopt: the first enabled
    std::string from_user;          // shown to the callee (caller id)
    std::string from_display;
    SessionDescription offer;
    bool auto_answer = false;       // adds Call-Info answer-after=0 and Alert-Info auto-answer hints
    std::chrono::seconds ring_timeout{60};
};

struct StackStats {
    std::uint64_t requests = 0;
    std::uint64_t invites = 0;
    std::uint64_t registrations_ok = 0;
    std::uint64_t auth_failures = 0;
    std::uint64_t rate_limited = 0;   // 503 to a flooding address
    std::uint64_t overloaded = 0;     // 503 because of max_transactions / max calls
    std::uint64_t blocked = 0;        // 403 to a blocked address
    std::uint64_t active_legs = 0;
    std::uint64_t registered = 0;
};

class Stack {
public:
    // Binds UDP and TCP on config.bind:config.port (0 picks a free port, the same for both).
    // TLS when tls_cert/tls_key are given. Starts the SIP thread.
    struct Options {
        SipConfig config;
        std::string advertised_address;   // host written in Contact/Via when bind is 0.0.0.0
        std::string tls_cert, tls_key;    // empty: no SIP over TLS
        std::uint32_t max_calls = 0;      // concurrent legs; beyond, INVITE gets 503 (0: no limit)
        // Bindings from before a restart (UDP only), in place before the first request; no event.
        std::vector<Registration> restored;
    };
    static Result<std::unique_ptr<Stack>> start(Options options, Directory directory, EventSink sink);
    virtual ~Stack() = default;  // shuts down: ends every leg, waits for the SIP thread

    virtual std::uint16_t port() const = 0;        // UDP and TCP
    virtual std::uint16_t tls_port() const = 0;    // 0 without TLS

    virtual void set_directory(Directory directory) = 0;

    virtual void ring(LegId leg) = 0;  // 180 Ringing on an IncomingCall
    virtual void answer(LegId leg, SessionDescription local) = 0;  // 200 OK with our SDP
    virtual void reject(LegId leg, int status, std::string reason) = 0;
    // Places a call; the id is returned at once, the outcome comes as events. Fails at once only
    // for a malformed request; an unregistered extension comes back as LegFailed 480.
    virtual Result<LegId> invite(OutgoingCall call) = 0;
    // Ends a leg in whatever state it is: BYE, CANCEL, or a final error to an unanswered INVITE.
    virtual void hangup(LegId leg, std::string reason = {}) = 0;
    // Sends a re-INVITE with a new local SDP (hold: sendonly; retrieve: sendrecv).
    virtual void update_media(LegId leg, SessionDescription local) = 0;

    // Thread-safe snapshots.
    virtual std::optional<Registration> registration(const std::string& extension) const = 0;
    virtual std::vector<Registration> registrations() const = 0;
    virtual StackStats stats() const = 0;
};

// HA1 for the stored credential: lower-case hex MD5("user:realm:password").
std::string digest_ha1(std::string_view user, std::string_view realm, std::string_view password);

}  // namespace cti::sip
