// CallManager: calls the system places to customers with no agent on them yet (outbound
// campaigns). The campaign decides what an answered call does next; here the call only waits in
// self-service until it does, so the answer costs no agent time (predictive dialling's point).
#include <fmt/format.h>

#include "call_record.h"
#include "cti/core/logging.h"
#include "cti/storage/telephony.h"

namespace cti::calls {
namespace {
auto log() {
    static auto l = cti::logger("calls");
    return l;
}
}  // namespace

// A call the system places to an outside number with no agent on it (a campaign's customer, a fax
// machine): routed like a phone's outside call, but never to our own queues or flows. `who` names
// the far end in the errors ("a customer"), `what` the call in the log ("fax call"); `fill` sets
// what the kind of call carries before its first leg is placed.
Result<CallId> CallManager::place_system_call(const std::string& number, const std::string& caller_id,
                                              std::chrono::seconds ring_timeout, std::string_view who,
                                              std::string_view what, const std::function<void(Call&)>& fill) {
    if (!valid_number(number)) return fail(Errc::invalid_argument, fmt::format("'{}' is not a number to dial", number));
    auto dest = resolve(number, routes_, parties_, true);
    if (!dest) return std::unexpected(dest.error());
    if (dest->kind == Destination::Kind::queue || dest->kind == Destination::Kind::ivr)
        return fail(Errc::invalid_argument,
                    fmt::format("{} leads to one of our own queues or flows, not to {}", number, who));
    auto call = std::make_unique<Call>();
    Call& c = *call;
    c.id = CallId(next_call_id_++);
    c.direction = Direction::outbound;
    c.caller = caller_id;
    c.callee = number;
    c.started_ms = to_unix_ms(clock_.wall_now());
    c.started = clock_.steady_now();
    c.ring_timeout = ring_timeout;
    fill(c);
    calls_[c.id] = std::move(call);
    const bool ext = dest->kind == Destination::Kind::extension;
    auto leg = place_leg(c, ext ? Party::agent : Party::customer, dest->target, false, caller_id, "");
    if (!leg) {
        calls_.erase(c.id);
        return std::unexpected(leg.error());
    }
    c.originator = (*leg)->sip;
    writer_.submit([id = c.id, rec = storage::NewCallRecord{std::string(to_string(c.direction)), c.caller, c.callee,
                                                             "", std::nullopt, std::nullopt, c.started_ms}](
                       storage::Database& db) { return storage::insert_call(db, id, rec); });
    log()->info("call {}: {} to {}", c.id.value(), what, number);
    publish(c);
    return c.id;
}

Result<CallId> CallManager::dial_customer(const std::string& number, const std::string& caller_id,
                                          std::map<std::string, std::string> data, std::chrono::seconds ring_timeout) {
    return place_system_call(number, caller_id, ring_timeout, "a customer", "outbound campaign call",
                             [&data](Call& c) {
                                 c.system_dial = true;
                                 c.data = std::move(data);
                             });
}

// The customer picked up: silence until the campaign gives the call a flow or a queue.
void CallManager::customer_answered(Call& c, Leg& l) {
    c.in_ivr = true;
    c.answered_ms = call_time_ms(c);
    write_answered(c, std::nullopt);
    (void)l;
    publish(c);
}

Result<void> CallManager::start_flow(CallId id, const std::string& flow) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    if (!c.in_ivr) return fail(Errc::invalid_argument, "the call is not in self-service");
    if (!ivr_hooks_.started) return fail(Errc::unavailable, "the IVR is not running");
    ivr_hooks_.started(c.id, flow, c.callee, c.caller);
    return {};
}

Result<void> CallManager::detect_machine(CallId id, media::AmdConfig cfg) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    if (!c.in_ivr) return fail(Errc::invalid_argument, "the call is not in self-service");
    return media_.detect_machine(c.legs.front()->media, cfg);
}

void CallManager::machine_detected(const media::MachineDetected& m) {
    Leg* l = nullptr;
    Call* c = call_of_media(m.session, &l);
    if (!c) return;
    log()->info("call {}: {} answered: {} ({})", c->id.value(), l->number, media::to_string(m.result.verdict),
                m.result.reason);
    for (auto& f : machine_listeners_) f(c->id, m.result);
}

}  // namespace cti::calls
