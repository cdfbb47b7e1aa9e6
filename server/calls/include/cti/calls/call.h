#pragma once
// The call model: a call is a set of legs the server terminates (B2BUA), each with its own RTP
// session on the server; the call decides which sessions hear which (bridge, music, mix).
// Plain data here; the transitions live in CallManager.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/ids.h"
#include "cti/media/engine.h"
#include "cti/sip/stack.h"

namespace cti::calls {

// What a leg is to the call. The customer is the outside party (or the caller of an internal
// call); agent legs are phones of users; consult is the third party an agent brought in.
enum class Party { customer, agent, consult, supervisor };
std::string_view to_string(Party p) noexcept;

enum class LegState {
    offered,    // an incoming INVITE not answered yet
    dialling,   // an INVITE we sent, no answer yet
    ringing,    // 180/183 received
    up,         // answered; media flows per the call's topology
    held,       // up, hearing hold music
    ended,
};
std::string_view to_string(LegState s) noexcept;

enum class CallState {
    setup,         // routing, the agent's phone ringing
    talking,       // two parties bridged
    held,          // the customer hears music
    consulting,    // the customer hears music, the agent talks to the consult party
    conference,    // everyone mixed
    supervised,    // customer and agent mixed with a supervisor (monitor, whisper or barge)
    transferring,  // blind transfer: the customer hears music, the target rings
    ended,
};
std::string_view to_string(CallState s) noexcept;

// How a supervisor takes part in a call: silent monitor (hears both, nobody hears them), whisper
// (the agent hears them, the customer does not), barge (everyone hears everyone).
enum class Supervision { monitor, whisper, barge };
std::string_view to_string(Supervision s) noexcept;

enum class Direction { inbound, outbound, internal };
std::string_view to_string(Direction d) noexcept;

struct Leg {
    sip::LegId sip;
    media::MediaSessionId media;
    Party party = Party::customer;
    LegState state = LegState::dialling;
    std::string number;             // the extension or outside number of this leg's far end
    std::optional<UserId> user;     // the user behind the extension, if any
    bool incoming = false;          // the far end called us
    // Ended on purpose by a transition (e.g. a ringing leg replaced by an auto-answer one):
    // its end does not end the call.
    bool replaced = false;
    std::uint16_t local_port = 0;            // our RTP port for this leg (in our SDP)
    std::optional<sip::Negotiated> negotiated;  // codec agreed with the far end
    sip::LegId peer;                         // the leg it is bridged with (0: none)
    // SDES-SRTP (RFC 4568): the phone's policy (PartyInfo::srtp; "off" for outside numbers) and
    // our master key||salt for this leg (base64), fresh per leg. SRTP is in use when
    // negotiated->crypto says so; before an answer, optional and required offer RTP/SAVP.
    std::string srtp_policy = "off";
    std::string srtp_key;
    bool offer = false;                      // placed by the ACD for a queued call
    // Placed for an agent picking up a queue's offer: its answer (or its loss) is the queue's news.
    bool pickup = false;
    bool answered = false;                   // was up at some point
    bool holds_agent = false;                // its agent counts as busy until the leg ends
};

// What listeners (the gateway) see of a call after every change.
struct LegView {
    std::uint64_t leg_id = 0;
    Party party = Party::customer;
    LegState state = LegState::dialling;
    std::string number;
    std::optional<UserId> user;
};
struct CallView {
    CallId id;
    CallState state = CallState::setup;
    Direction direction = Direction::inbound;
    std::string caller;
    std::string callee;
    std::string reason;             // why the call ended or a step failed
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> answered_ms;
    std::vector<LegView> legs;      // live legs only
    std::vector<UserId> users;      // everyone who is or was on the call (who may see it)
    std::string queue;              // the queue the call went through, if any
    std::map<std::string, std::string> data;  // keyed in by the caller (IVR), for the screen pop
};

}  // namespace cti::calls
