// CallManager: what listeners and desktops see of the calls.
#include "call_record.h"

namespace cti::calls {

CallView CallManager::view(const Call& c) const {
    CallView v;
    v.id = c.id;
    v.state = c.state;
    v.direction = c.direction;
    v.caller = c.caller;
    v.callee = c.callee;
    v.reason = c.reason;
    v.started_ms = c.started_ms;
    v.answered_ms = c.answered_ms;
    v.users = c.users;
    v.queue = c.queue;
    v.data = c.data;
    for (const auto& l : c.legs)
        if (!l->replaced && l->state != LegState::ended)
            v.legs.push_back({l->sip.value(), l->party, l->state, l->number, l->user});
    return v;
}

void CallManager::publish(const Call& c) {
    const CallView v = view(c);
    for (auto& f : listeners_) f(v);
}

std::vector<CallView> CallManager::calls() const {
    std::vector<CallView> out;
    for (const auto& [id, c] : calls_) out.push_back(view(*c));
    return out;
}

std::optional<CallView> CallManager::find(CallId id) const {
    auto it = calls_.find(id);
    if (it == calls_.end()) return std::nullopt;
    return view(*it->second);
}

}  // namespace cti::calls
