#include "cti/calls/call.h"

namespace cti::calls {

std::string_view to_string(Party p) noexcept {
    switch (p) {
        case Party::customer: return "customer";
        case Party::agent: return "agent";
        case Party::consult: return "consult";
        case Party::supervisor: return "supervisor";
    }
    return "?";
}

std::string_view to_string(LegState s) noexcept {
    switch (s) {
        case LegState::offered: return "offered";
        case LegState::dialling: return "dialling";
        case LegState::ringing: return "ringing";
        case LegState::up: return "up";
        case LegState::held: return "held";
        case LegState::ended: return "ended";
    }
    return "?";
}

std::string_view to_string(CallState s) noexcept {
    switch (s) {
        case CallState::setup: return "setup";
        case CallState::talking: return "talking";
        case CallState::held: return "held";
        case CallState::consulting: return "consulting";
        case CallState::conference: return "conference";
        case CallState::supervised: return "supervised";
        case CallState::transferring: return "transferring";
        case CallState::ended: return "ended";
    }
    return "?";
}

std::string_view to_string(Direction d) noexcept {
    switch (d) {
        case Direction::inbound: return "inbound";
        case Direction::outbound: return "outbound";
        case Direction::internal: return "internal";
    }
    return "?";
}

std::string_view to_string(Supervision s) noexcept {
    switch (s) {
        case Supervision::monitor: return "monitor";
        case Supervision::whisper: return "whisper";
        case Supervision::barge: return "barge";
    }
    return "?";
}

}  // namespace cti::calls
