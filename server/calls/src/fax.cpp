// CallManager: calls that carry a fax. dial_fax places a system call (no agent, like
// dial_customer); the answer turns the customer's media session into a fax machine
// (Engine::start_fax). A call to one of the fax numbers is answered at once and receives. Either
// way the fax's end (FaxDone) goes to the listeners and then ends the call: a fax call has
// nothing left to do once T.30 is over.
#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>

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

Result<CallId> CallManager::dial_fax(const std::string& number, const std::string& caller_id, media::FaxJob job,
                                     std::chrono::seconds ring_timeout) {
    return place_system_call(number, caller_id, ring_timeout, "a fax machine", "fax call",
                             [&job](Call& c) { c.fax_job = std::move(job); });
}

// The far end picked up: from here on its media session speaks T.30. No call recording: the
// fax itself is what is kept.
void CallManager::fax_answered(Call& c, Leg& l) {
    c.answered_ms = call_time_ms(c);
    writer_.submit([id = c.id, at = *c.answered_ms](storage::Database& db) {
        return storage::mark_call_answered(db, id, at, std::nullopt);
    });
    auto fax = media_.start_fax(l.media, *c.fax_job);
    if (!fax) {
        // The document was checked when the fax was queued; it may have gone since.
        log()->error("call {}: the fax could not start: {}", c.id.value(), fax.error().message);
        const FaxEnded failed{c.id, media::FaxDirection::send, c.callee,
                              media::FaxDone{l.media, media::FaxId(0), false, 0, fax.error().message,
                                             c.fax_job->file.string()}};
        for (auto& f : fax_listeners_) f(failed);
        return end_call(c, "the fax could not start: " + fax.error().message, "system");
    }
    fax_calls_[*fax] = RunningFax{c.id, media::FaxDirection::send, c.callee};
    transition(c, CallState::talking, "answered: faxing");
}

void CallManager::fax_done(const media::FaxDone& done) {
    auto it = fax_calls_.find(done.fax);
    if (it == fax_calls_.end()) return;
    const RunningFax running = it->second;
    fax_calls_.erase(it);
    log()->info("call {}: fax {} ({}) ended: {}, {} page(s){}{}", running.call.value(), done.fax.value(),
                media::to_string(running.direction), done.ok ? "ok" : "failed", done.pages,
                done.reason.empty() ? "" : ": ", done.reason);
    const FaxEnded ended{running.call, running.direction, running.peer, done};
    for (auto& f : fax_listeners_) f(ended);
    if (auto c = calls_.find(running.call); c != calls_.end())
        end_call(*c->second, done.ok ? "fax completed" : "fax failed: " + done.reason, "system");
}

Result<void> CallManager::fax_caller(CallId id, media::FaxJob job) {
    auto it = calls_.find(id);
    if (it == calls_.end() || it->second->legs.empty()) return fail(Errc::not_found, "the call has ended");
    Call& c = *it->second;
    if (!c.in_ivr) return fail(Errc::invalid_argument, "the call is not in self-service");
    Leg& caller = *c.legs.front();
    media_.stop_playback(caller.media);
    auto fax = media_.start_fax(caller.media, std::move(job));
    if (!fax) return std::unexpected(fax.error());
    fax_calls_[*fax] = RunningFax{c.id, media::FaxDirection::send, c.caller};
    log()->info("call {}: fax on demand to {}", c.id.value(), c.caller);
    return {};
}

bool CallManager::is_fax_number(const std::string& number) const {
    return std::find(options_.fax_numbers.begin(), options_.fax_numbers.end(), number) != options_.fax_numbers.end();
}

// A fax machine called one of our fax numbers: answered at once (it sends CNG and waits for our
// answer tone), the fax written under fax_dir, one folder a day.
void CallManager::receive_fax(const sip::IncomingCall& e, const sip::Negotiated& negotiated) {
    const auto day = fmt::format("{:%Y%m%d}", std::chrono::system_clock::now());
    std::error_code ec;
    std::filesystem::create_directories(options_.fax_dir / day, ec);
    if (ec) {
        log()->error("fax from {} refused: the folder {} cannot be made: {}", e.from_user,
                     (options_.fax_dir / day).string(), ec.message());
        return sip_.reject(e.leg, 503, "Service Unavailable");
    }
    auto opened = media_.open_session();
    if (!opened) {
        log()->error("no media port for a fax call: {}", opened.error().message);
        return sip_.reject(e.leg, 503, "Service Unavailable");
    }
    auto call = std::make_unique<Call>();
    Call& c = *call;
    c.id = CallId(next_call_id_++);
    c.direction = e.trunk_id ? Direction::inbound : Direction::internal;
    c.caller = e.extension ? *e.extension : e.from_user;
    c.callee = e.to_user;
    c.sip_call_id = e.sip_call_id;
    c.trunk_id = e.trunk_id;
    c.started_ms = to_unix_ms(clock_.wall_now());
    c.started = clock_.steady_now();
    auto a = std::make_unique<Leg>();
    a->sip = e.leg;
    a->media = opened->id;
    a->local_port = opened->local_port;
    a->party = Party::customer;
    a->state = LegState::offered;
    a->incoming = true;
    a->number = c.caller;
    a->srtp_key = media::generate_srtp_key();
    a->negotiated = negotiated;
    by_leg_[a->sip] = c.id;
    by_media_[a->media] = c.id;
    set_remote(*a, e.offer);
    c.originator = a->sip;
    c.legs.push_back(std::move(a));
    calls_[c.id] = std::move(call);
    writer_.submit([id = c.id, rec = storage::NewCallRecord{std::string(to_string(c.direction)), c.caller, c.callee,
                                                             c.sip_call_id, c.trunk_id, std::nullopt, c.started_ms}](
                       storage::Database& db) { return storage::insert_call(db, id, rec); });
    log()->info("call {}: fax from {} to {}", c.id.value(), c.caller, c.callee);

    Leg& leg = *c.legs.front();
    sip_.answer(leg.sip, local_sdp(leg));
    leg.state = LegState::up;
    leg.answered = true;
    c.answered_ms = call_time_ms(c);
    writer_.submit([id = c.id, at = *c.answered_ms](storage::Database& db) {
        return storage::mark_call_answered(db, id, at, std::nullopt);
    });
    const auto file = options_.fax_dir / day / fmt::format("call-{}.tif", c.id.value());
    auto fax = media_.start_fax(leg.media, media::FaxJob::receive(file));
    if (!fax) {
        log()->error("call {}: the fax could not be received: {}", c.id.value(), fax.error().message);
        return end_call(c, "the fax could not be received: " + fax.error().message, "system");
    }
    fax_calls_[*fax] = RunningFax{c.id, media::FaxDirection::receive, c.caller};
    transition(c, CallState::talking, "answered: receiving a fax");
}

}  // namespace cti::calls
