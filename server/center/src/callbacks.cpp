// AcdService's callback requests. A request (the IVR's callback node, or a queue overflowing to
// callback) is stored, then waits in its queue like a caller, at the place of the original call,
// under an id of its own that is never a real call's (kCallbackBase + callback id). When the
// engine offers it to an agent, a real call is made: the agent's phone first, then the number.
// That call's offer outcome goes back to the engine under the callback's id; its end decides the
// request: answered → done; busy, no answer or failed → retry after a wait, until the attempts
// run out → failed. Core thread only.
#include <boost/asio/post.hpp>

#include <nlohmann/json.hpp>

#include "cti/calls/routing.h"
#include "acd_callback.h"
#include "cti/core/logging.h"

namespace cti::center {
namespace asio = boost::asio;
namespace {
auto log() {
    static auto l = cti::logger("acd");
    return l;
}

constexpr std::int64_t kCallbackBase = 1'000'000'000'000;  // above any real call id
CallId engine_call_of(std::int64_t callback_id) { return CallId(kCallbackBase + callback_id); }

std::map<std::string, std::string> data_of(const std::string& json) {
    std::map<std::string, std::string> out;
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) return out;
    for (const auto& [k, v] : j.items())
        if (v.is_string()) out[k] = v.get<std::string>();
    return out;
}
}  // namespace

std::optional<CallId> AcdService::current_attempt(const Callback& cb) const { return cb.attempt; }

Result<void> AcdService::load_callbacks(storage::Database& reader, CallbackOptions options) {
    callback_options_ = options;
    auto max = storage::max_callback_id(reader);
    if (!max) return std::unexpected(max.error());
    next_callback_id_ = *max + 1;
    auto pending = storage::list_callbacks(reader, "pending", 1'000'000);
    if (!pending) return std::unexpected(pending.error());
    const auto now_ms = to_unix_ms(clock_.wall_now());
    for (auto& r : *pending) {
        auto cb = std::make_unique<Callback>();
        cb->record = std::move(r);
        Callback& ref = *cb;
        callbacks_[engine_call_of(ref.record.id)] = std::move(cb);
        if (ref.record.retry_at_ms > now_ms) {
            ref.retry = std::make_unique<asio::steady_timer>(core_, std::chrono::milliseconds(ref.record.retry_at_ms - now_ms));
            ref.retry->async_wait([this, id = ref.record.id](const boost::system::error_code& ec) {
                if (ec || stopped_) return;
                if (auto it = callbacks_.find(engine_call_of(id)); it != callbacks_.end()) queue_callback(*it->second);
            });
        } else {
            queue_callback(ref);
        }
    }
    if (!pending->empty()) log()->info("{} pending callback requests restored", pending->size());
    return {};
}

void AcdService::save_callback(const storage::CallbackRecord& r, bool insert) {
    writer_.submit([r, insert](storage::Database& db) -> Result<void> {
        if (insert) {
            auto id = storage::insert_callback(db, r);
            if (!id) return std::unexpected(id.error());
            return {};
        }
        return storage::update_callback(db, r);
    });
    for (auto& f : callback_listeners_) f(r);
}

void AcdService::queue_callback(Callback& cb) {
    const CallId id = engine_call_of(cb.record.id);
    auto q = queue_ids_.find(cb.record.queue);
    if (q == queue_ids_.end()) {
        log()->error("callback {}: the queue '{}' no longer exists; the request fails", cb.record.id, cb.record.queue);
        cb.record.state = "failed";
        cb.record.last_result = "no such queue: " + cb.record.queue;
        cb.record.updated_ms = to_unix_ms(clock_.wall_now());
        save_callback(cb.record, false);
        callbacks_.erase(id);
        return;
    }
    acd::CallerInfo info;
    info.call = id;
    info.queue = q->second;
    info.priority = cb.record.priority;
    info.vip_level = cb.record.vip_level;
    info.callback = true;
    // The place in line of the original call, on the steady clock the engine runs on.
    const auto age = std::chrono::milliseconds(std::max<std::int64_t>(0, to_unix_ms(clock_.wall_now()) - cb.record.arrived_ms));
    info.original_arrival = now() - age;
    call_queue_[id] = q->second;
    act(engine_.caller_arrived(info, now()), "callback queued");
    publish_queue(q->second);
}

// Checks and stores a new request, then queues it. One pending request per number and queue: a
// caller who asks twice keeps the first (and its place).
Result<void> AcdService::add_callback(storage::CallbackRecord r) {
    if (!queue_ids_.contains(r.queue))
        return fail(Errc::not_found, "there is no queue named '" + r.queue + "': check the flow's callback node");
    if (!calls::valid_number(r.number))
        return fail(Errc::invalid_argument, "'" + r.number + "' is not a number that can be called back");
    for (const auto& [id, cb] : callbacks_)
        if (cb->record.number == r.number && cb->record.queue == r.queue) {
            log()->info("call {}: {} already waits for a callback from {} (request {})", r.call.value(), r.number,
                        r.queue, cb->record.id);
            return {};
        }
    r.id = next_callback_id_++;
    r.requested_ms = r.updated_ms = to_unix_ms(clock_.wall_now());
    log()->info("call {}: callback request {} for {} in queue {}", r.call.value(), r.id, r.number, r.queue);
    save_callback(r, true);
    auto cb = std::make_unique<Callback>();
    cb->record = std::move(r);
    Callback& ref = *cb;
    callbacks_[engine_call_of(ref.record.id)] = std::move(cb);
    queue_callback(ref);
    return {};
}

Result<void> AcdService::request_callback(CallId call, const std::string& queue, const std::string& number,
                                          const std::map<std::string, std::string>& data) {
    storage::CallbackRecord r;
    r.call = call;
    r.queue = queue;
    r.number = number;
    auto view = calls_.find(call);
    r.arrived_ms = view ? view->started_ms : to_unix_ms(clock_.wall_now());  // when the call came in
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [k, v] : data) j[k] = v;
    r.data = j.dump();
    if (classify_caller_) {
        acd::CallerInfo info;
        classify_caller_(number, info);
        r.vip_level = info.vip_level;
        r.priority = info.priority;
    }
    return add_callback(std::move(r));
}

// A queue let its caller go for a callback (the Overflow came just before): store it with the
// caller's place in this queue, thank the caller and hang up.
void AcdService::register_callback(const acd::CallbackRequested& x) {
    call_queue_.erase(x.call);
    auto view = calls_.find(x.call);
    if (!view) return;
    storage::CallbackRecord r;
    r.call = x.call;
    r.queue = queue_names_[x.queue];
    r.number = view->caller;
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now() - x.arrived).count();
    r.arrived_ms = to_unix_ms(clock_.wall_now()) - std::max<std::int64_t>(0, waited);
    r.priority = x.priority;
    r.vip_level = x.vip_level;
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [k, v] : view->data) j[k] = v;
    r.data = j.dump();
    if (auto ok = add_callback(std::move(r)); !ok) {
        log()->warn("call {}: no callback possible: {}", x.call.value(), ok.error().message);
        return calls_.reject_queued(x.call, "all agents are busy; no callback possible: " + ok.error().message);
    }
    if (self_service_.say_and_hang_up && calls_.self_service(x.call))
        self_service_.say_and_hang_up(x.call, "您好，坐席正忙，已为您登记回电，我们将尽快给您回电，再见。", "callback requested");
    else
        calls_.reject_queued(x.call, "callback requested");
}

void AcdService::dial_callback(const acd::OfferCall& x) {
    auto it = callbacks_.find(x.call);
    if (it == callbacks_.end() || x.agents.empty()) {
        act(engine_.caller_left(x.call, now()), "unknown callback");
        return;
    }
    Callback& cb = *it->second;
    const UserId agent = x.agents.front();
    const bool auto_answer = std::find(x.auto_answer.begin(), x.auto_answer.end(), agent) != x.auto_answer.end();
    auto data = data_of(cb.record.data);
    data["callback_id"] = std::to_string(cb.record.id);
    auto call = calls_.dial_callback(agent, cb.record.number, cb.record.queue, std::move(data), auto_answer);
    if (!call) {
        // The number cannot be dialled at all: no agent could do better. The request fails.
        log()->error("callback {}: {} cannot be dialled: {}", cb.record.id, cb.record.number, call.error().message);
        cb.record.state = "failed";
        cb.record.last_result = call.error().message;
        cb.record.updated_ms = to_unix_ms(clock_.wall_now());
        save_callback(cb.record, false);
        callbacks_.erase(it);
        call_queue_.erase(x.call);
        act(engine_.caller_left(x.call, now()), "callback failed");
        return;
    }
    cb.attempt = *call;
    cb.agent = agent;
    cb.agent_answered = false;
    callback_attempts_[*call] = x.call;
}

void AcdService::callback_offer_result(CallId attempt, UserId agent, acd::OfferOutcome outcome) {
    const CallId id = callback_attempts_.at(attempt);
    auto it = callbacks_.find(id);
    if (outcome == acd::OfferOutcome::answered) {
        if (it != callbacks_.end()) it->second->agent_answered = true;
    } else {
        callback_attempts_.erase(attempt);  // the attempt's call has ended; the engine offers again
        if (it != callbacks_.end()) it->second->attempt.reset();
    }
    act(engine_.offer_result(id, agent, outcome, now()), "callback offer result");
}

void AcdService::callback_call_ended(const calls::CallView& call) {
    const CallId id = callback_attempts_.at(call.id);
    auto it = callbacks_.find(id);
    if (it == callbacks_.end()) return;
    Callback& cb = *it->second;
    if (!cb.agent_answered) {
        // The agent did not take it: offer_result comes right after this and settles it. If it
        // does not (the call was ended otherwise), the offer counts as unanswered.
        asio::post(core_, [this, attempt = call.id, agent = cb.agent] {
            if (callback_attempts_.contains(attempt)) callback_offer_result(attempt, agent, acd::OfferOutcome::no_answer);
        });
        return;
    }
    callback_attempts_.erase(call.id);
    cb.attempt.reset();
    call_queue_.erase(id);
    auto& r = cb.record;
    r.attempts += 1;
    r.last_call = call.id;
    r.agent = cb.agent;
    r.updated_ms = to_unix_ms(clock_.wall_now());
    if (call.answered_ms) {
        r.state = "done";
        r.last_result = "answered";
    } else {
        r.last_result = call.reason.empty() ? "not answered" : call.reason;
        if (r.attempts >= callback_options_.max_attempts) {
            r.state = "failed";
        } else {
            r.retry_at_ms = r.updated_ms + std::chrono::duration_cast<std::chrono::milliseconds>(callback_options_.retry).count();
            cb.retry = std::make_unique<asio::steady_timer>(core_, callback_options_.retry);
            cb.retry->async_wait([this, rid = r.id](const boost::system::error_code& ec) {
                if (ec || stopped_) return;
                if (auto again = callbacks_.find(engine_call_of(rid)); again != callbacks_.end())
                    queue_callback(*again->second);
            });
        }
    }
    log()->info("callback {} to {}: attempt {} {} ({})", r.id, r.number, r.attempts, r.state, r.last_result);
    save_callback(r, false);
    if (r.state != "pending") callbacks_.erase(it);
}

void AcdService::overflow(const acd::Overflow& x) {
    log()->info("call {} overflows from queue {} to {} ({})", x.call.value(), x.from.value(), acd::to_string(x.target.kind),
                x.reason);
    switch (x.target.kind) {
        case acd::OverflowKind::queue: call_queue_[x.call] = x.target.queue; return;
        case acd::OverflowKind::callback: return;  // CallbackRequested follows
        case acd::OverflowKind::voicemail: {
            call_queue_.erase(x.call);
            const std::string mailbox = x.target.mailbox.empty() ? queue_names_[x.from] : x.target.mailbox;
            if (self_service_.take_voicemail && calls_.self_service(x.call))
                return self_service_.take_voicemail(
                    x.call, "您好，坐席正忙，请在提示音后留言，留言完毕请按井号键。", mailbox);
            return calls_.reject_queued(x.call, "all agents are busy (" + x.reason + "); voicemail is not available");
        }
        case acd::OverflowKind::none:
        case acd::OverflowKind::reject: return calls_.reject_queued(x.call, "all agents are busy (" + x.reason + ")");
    }
}

}  // namespace cti::center
