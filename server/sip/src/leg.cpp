#include "leg.h"

#include "cti/core/logging.h"

namespace cti::sip {

std::string_view to_string(LegState s) noexcept {
    switch (s) {
    case LegState::offered: return "offered";
    case LegState::early: return "early";
    case LegState::calling: return "calling";
    case LegState::ringing: return "ringing";
    case LegState::established: return "established";
    case LegState::cancelling: return "cancelling";
    case LegState::terminating: return "terminating";
    case LegState::ended: return "ended";
    }
    return "?";
}

void Leg::transition(LegState to, std::string_view why) {
    if (to == state) return;
    cti::logger("sip")->debug("leg={} {} -> {} ({})", id.value(), to_string(state), to_string(to), why);
    state = to;
}

Direction combine_answer(Direction ours, Direction offered) noexcept {
    const Direction peer = answer_direction(offered);  // what the answer allows us at most
    const bool we_send = (ours == Direction::sendrecv || ours == Direction::sendonly) &&
                         (peer == Direction::sendrecv || peer == Direction::sendonly);
    const bool we_recv = (ours == Direction::sendrecv || ours == Direction::recvonly) &&
                         (peer == Direction::sendrecv || peer == Direction::recvonly);
    if (we_send && we_recv) return Direction::sendrecv;
    if (we_send) return Direction::sendonly;
    if (we_recv) return Direction::recvonly;
    return Direction::inactive;
}

}  // namespace cti::sip
