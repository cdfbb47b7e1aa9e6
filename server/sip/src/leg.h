#pragma once
// One call leg as a small state machine (STYLE.md 3). The stack owns legs on the SIP thread; the
// nua handle's magic points at the Leg. Every transition is logged from -> to.
#include <sofia-sip/nua.h>
#include <sofia-sip/su_wait.h>

#include <optional>
#include <string>
#include <string_view>

#include "cti/sip/stack.h"

namespace cti::sip {

enum class LegState {
    offered,      // incoming INVITE admitted, IncomingCall sent, nothing answered yet
    early,        // incoming: 180 sent
    calling,      // outgoing INVITE sent
    ringing,      // outgoing: 180/183 received
    established,  // 200 OK sent or received
    cancelling,   // outgoing: CANCEL sent (hangup or ring timeout), waiting for the final response
    terminating,  // BYE or a final error sent/received, waiting for nua to end the dialog
    ended,
};
std::string_view to_string(LegState s) noexcept;

struct Leg {
    LegId id;
    bool outgoing = false;
    LegState state = LegState::offered;
    nua_handle_t* nh = nullptr;
    su_timer_t* ring_timer = nullptr;
    SessionDescription local;          // our last SDP (answer or offer)
    bool has_local = false;
    std::optional<Event> final_event;  // what to report when the leg ends, if decided early
    bool reported = false;             // LegEnded/LegFailed already delivered
    int last_ringing = 0;              // last 18x reported
    void* owner = nullptr;             // the StackImpl (for timer callbacks)

    void transition(LegState to, std::string_view why);
};

// The direction we answer a peer's offer with, given our own last direction (RFC 3264 6.1):
// each side sends only if both want it.
Direction combine_answer(Direction ours, Direction offered) noexcept;

}  // namespace cti::sip
