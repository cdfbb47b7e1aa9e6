#include "cti/center/acd_service.h"

#include "acd_callback.h"

#include <boost/asio/post.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cti/core/logging.h"
#include "cti/storage/acd.h"
#include "cti/storage/directory.h"

namespace cti::center {
namespace {

acd::AgentSettings settings_of(const storage::AgentSettingsRecord& a) {
    acd::AgentSettings s;
    s.mode = acd::agent_mode_from_string(a.mode).value_or(acd::AgentMode::continuous);
    s.auto_answer = a.auto_answer;
    s.wrap_up = acd::Seconds(a.wrap_up_s);
    s.wrap_up_manual = a.wrap_up_manual;
    s.max_no_answer = a.max_no_answer;
    for (const auto& [name, level] : a.skills) s.skills.push_back({name, level});
    return s;
}

auto log() {
    static auto l = cti::logger("acd");
    return l;
}
}  // namespace

std::string_view to_string(AgentCommand c) noexcept {
    switch (c) {
        case AgentCommand::sign_in: return "sign_in";
        case AgentCommand::sign_out: return "sign_out";
        case AgentCommand::ready: return "ready";
        case AgentCommand::not_ready: return "not_ready";
        case AgentCommand::away: return "away";
        case AgentCommand::end_wrap_up: return "end_wrap_up";
    }
    return "?";
}

AcdService::AcdService(boost::asio::any_io_executor core, calls::CallManager& calls, storage::Writer& writer,
                       const Clock& clock)
    : calls_(calls), writer_(writer), clock_(clock), timer_(core) {
    core_ = core;
}

AcdService::~AcdService() { stop(); }

Result<void> AcdService::take_queue(const storage::QueueSettingsRecord& q) {
    acd::QueueConfig c;
    c.id = q.id;
    c.name = q.name;
    c.strategy = acd::strategy_from_string(q.strategy).value_or(acd::Strategy::longest_idle);
    c.ring_timeout = acd::Seconds(q.ring_timeout_s);
    c.service_level = acd::Seconds(q.service_level_s);
    c.max_waiting = q.max_waiting;
    c.max_wait = acd::Seconds(q.max_wait_s);
    if (q.overflow_queue) {
        c.on_timeout = {acd::OverflowKind::queue, *q.overflow_queue, {}};
        c.when_full = c.on_timeout;
    } else if (q.overflow_action == "voicemail" || q.overflow_action == "callback") {
        const auto kind = q.overflow_action == "voicemail" ? acd::OverflowKind::voicemail : acd::OverflowKind::callback;
        c.when_full = {kind, {}, q.name};  // voicemail into the queue's own mailbox
        if (q.max_wait_s > 0) c.on_timeout = c.when_full;
    }
    c.announce_interval = acd::Seconds(q.announce_interval_s);
    auto skills = acd::skill_requirements_from_string(q.required_skills);
    if (!skills) return fail(Errc::config_error, fmt::format("queue {}: {}", q.name, skills.error().message));
    c.required_skills = std::move(*skills);
    if (q.relax_after_s > 0 && !c.required_skills.empty()) c.relax.push_back({acd::Seconds(q.relax_after_s), 0});
    if (auto r = engine_.set_queue(c); !r)
        return fail(Errc::config_error, fmt::format("queue {}: {}", q.name, r.error().message));
    if (auto old = queue_names_.find(q.id); old != queue_names_.end() && old->second != q.name) queue_ids_.erase(old->second);
    queue_ids_[q.name] = q.id;
    queue_names_[q.id] = q.name;
    if (q.survey_flow.empty()) survey_flows_.erase(q.id);
    else survey_flows_[q.id] = q.survey_flow;
    return {};
}

Result<void> AcdService::reload_queue(storage::Database& reader, QueueId queue) {
    auto queues = storage::list_queue_settings(reader);
    if (!queues) return std::unexpected(queues.error());
    for (const auto& q : *queues)
        if (q.id == queue) {
            if (auto r = take_queue(q); !r) return r;
            publish_queue(queue);
            return {};
        }
    return fail(Errc::not_found, fmt::format("there is no queue {}", queue.value()));
}

Result<void> AcdService::load(storage::Database& reader) {
    auto queues = storage::list_queue_settings(reader);
    if (!queues) return std::unexpected(queues.error());
    for (const auto& q : *queues)
        if (auto r = take_queue(q); !r) return r;
    auto agents = storage::list_agent_settings(reader);
    if (!agents) return std::unexpected(agents.error());
    for (const auto& a : *agents)
        if (auto r = engine_.add_agent(a.user, settings_of(a)); !r) return std::unexpected(r.error());
    auto members = storage::list_queue_members(reader);
    if (!members) return std::unexpected(members.error());
    for (const auto& m : *members)
        if (auto r = engine_.set_tier(m.user, m.queue, m.level, next_tier_position_++, now()); !r)
            log()->warn("tier of user {} in queue {} ignored: {}", m.user.value(), m.queue.value(),
                        r.error().message);

    calls::QueueHooks hooks;
    hooks.queued = [this](CallId call, const std::string& name) {
        auto it = queue_ids_.find(name);
        if (it == queue_ids_.end()) {
            log()->error("call {} routed to the unknown queue '{}': check the routes", call.value(), name);
            return calls_.reject_queued(call, "no such queue: " + name);
        }
        call_queue_[call] = it->second;
        if (auto survey = survey_flows_.find(it->second); survey != survey_flows_.end())
            calls_.set_survey_flow(call, survey->second);
        acd::CallerInfo info;
        info.call = call;
        info.queue = it->second;
        if (classify_caller_)
            if (auto view = calls_.find(call)) classify_caller_(view->caller, info);
        act(engine_.caller_arrived(info, now()), "caller arrived");
        publish_queue(it->second);
    };
    hooks.offer_result = [this](CallId call, UserId agent, calls::OfferResult r) {
        if (r == calls::OfferResult::picked_up) {
            act(engine_.offer_picked_up(call, agent, now()), "offer picked up");
            return publish_queue_of(call);
        }
        if (r == calls::OfferResult::pickup_answered || r == calls::OfferResult::pickup_failed) {
            act(engine_.pickup_ended(call, agent, r == calls::OfferResult::pickup_answered, now()), "pickup ended");
            if (call_queue_.contains(call)) return publish_queue_of(call);
            for (const auto& [id, name] : queue_names_) publish_queue(id);  // the call is gone: which queue is not known here
            return;
        }
        const auto outcome = r == calls::OfferResult::answered   ? acd::OfferOutcome::answered
                             : r == calls::OfferResult::rejected ? acd::OfferOutcome::rejected
                                                                 : acd::OfferOutcome::no_answer;
        if (callback_attempts_.contains(call)) {
            callback_offer_result(call, agent, outcome);
        } else {
            act(engine_.offer_result(call, agent, outcome, now()), "offer result");
        }
        if (outcome == acd::OfferOutcome::answered) phone_call_up(agent, call);
        if (callback_attempts_.contains(call)) return;
        publish_queue_of(call);
    };
    hooks.caller_left = [this](CallId call) {
        if (callback_attempts_.contains(call)) return;  // nobody waits on a callback's line
        act(engine_.caller_left(call, now()), "caller left");
        publish_queue_of(call);
        call_queue_.erase(call);
    };
    hooks.agent_released = [this](UserId agent, CallId call) {
        // Only the end of the call the ACD holds the agent for (a callback's attempt stands for
        // its callback) ends the busy state: a second call on the phone ending, e.g. a number
        // dialled on the handset beside a held queue call, leaves it. A held call already gone
        // is over whichever leg says so.
        if (auto p = phone_calls_.find(agent); p != phone_calls_.end()) {
            if (auto one = p->second.find(call); one != p->second.end()) p->second.erase(one);
            if (p->second.empty()) phone_calls_.erase(p);
        }
        const auto* a = engine_.agent(agent);
        const auto attempt = callback_attempts_.find(call);
        const CallId held = attempt == callback_attempts_.end() ? call : attempt->second;
        // (a->call is the call itself, or for a callback the callback's id; a held call already
        // gone — never a callback's id, which is no call — is over whichever leg says so.)
        const bool gone = !callbacks_.contains(a ? a->call : CallId{}) && a && !calls_.find(a->call);
        if (a && a->state == acd::AgentState::in_call && (a->call == call || a->call == held || gone))
            act(engine_.call_ended(agent, now()), "call ended");
        call_queue_.erase(call);
        sync_phone(agent);
    };
    hooks.agent_busy = [this](UserId agent, CallId call) {
        const auto* a = engine_.agent(agent);
        if (a && a->status != acd::AgentStatus::logged_out && a->state == acd::AgentState::idle &&
            !a->phone_busy) {
            act(engine_.agent_direct_call(agent, call, now()), "direct call");
            for (const auto& [id, name] : queue_names_) publish_queue(id);
        }
        phone_call_up(agent, call);
    };
    hooks.before_dial = [this](UserId agent) -> Result<void> {
        const auto* a = engine_.agent(agent);
        if (a && !acd::can_dial_out(*a))
            return fail(Errc::invalid_argument,
                        "dial out only when signed in and not ready (set yourself not ready first)");
        if (!a) return fail(Errc::invalid_argument, "you are not an agent with a phone");
        return {};
    };
    hooks.dialled = [this](UserId agent, CallId call) { act(engine_.agent_dial_out(agent, call, now()), "dial"); };
    calls_.set_queue_hooks(std::move(hooks));
    calls_.on_call_changed([this](const calls::CallView& v) {
        if (v.state == calls::CallState::ended && callback_attempts_.contains(v.id)) callback_call_ended(v);
    });
    arm_timer();
    log()->info("ACD: {} queues, {} agents", queue_ids_.size(), agents->size());
    // A restart (clean or not) keeps every agent's sign-in and status: the newest agent.state
    // event of each says where they were. What they were doing (a call, wrap-up) ended with the
    // server; they come back idle.
    auto last = storage::last_agent_statuses(reader);
    if (!last) return std::unexpected(last.error());
    int restored = 0;
    for (const auto& a : *last) {
        if (a.status == "logged_out" || !engine_.agent(a.user)) continue;
        act(engine_.agent_sign_in(a.user, now()), "restoring a sign-in");
        if (a.status == "available") act(engine_.agent_ready(a.user, now()), "restoring ready");
        else if (a.status == "not_ready") act(engine_.agent_not_ready(a.user, a.reason, now()), "restoring not ready");
        else if (a.status == "away") act(engine_.agent_away(a.user, a.reason, now()), "restoring away");
        ++restored;
    }
    if (restored > 0) log()->info("restored the sign-in and status of {} agents", restored);
    return {};
}

Result<AgentView> AcdService::command(UserId agent, AgentCommand command, const std::string& reason,
                                      std::optional<UserId> by) {
    if (!engine_.agent(agent)) return fail(Errc::not_found, "you are not an agent of any queue: ask an administrator");
    Result<acd::Decisions> r;
    switch (command) {
        case AgentCommand::sign_in: r = engine_.agent_sign_in(agent, now()); break;
        case AgentCommand::sign_out: r = engine_.agent_sign_out(agent, now()); break;
        case AgentCommand::ready: r = engine_.agent_ready(agent, now()); break;
        case AgentCommand::not_ready: r = engine_.agent_not_ready(agent, reason, now()); break;
        case AgentCommand::away: r = engine_.agent_away(agent, reason, now()); break;
        case AgentCommand::end_wrap_up: r = engine_.agent_end_wrap_up(agent, now()); break;
    }
    if (!r) return std::unexpected(r.error());
    if (by && *by != agent) forcing_ = std::pair{agent, *by};
    act(*r);  // the decisions are carried out here, the agent's change logged with who forced it
    forcing_.reset();
    arm_timer();
    for (const auto& [id, name] : queue_names_) publish_queue(id);
    return *this->agent(agent);
}

Result<void> AcdService::set_member(UserId agent, QueueId queue, int level) {
    // Tiers of one level are offered in the order they were added; a new one goes last.
    auto r = engine_.set_tier(agent, queue, level, next_tier_position_++, now());
    if (!r) return std::unexpected(r.error());
    act(*r);
    arm_timer();
    publish_queue(queue);
    return {};
}

Result<void> AcdService::remove_member(UserId agent, QueueId queue) {
    if (auto r = engine_.remove_tier(agent, queue); !r) return r;
    publish_queue(queue);
    return {};
}

std::optional<AgentView> AcdService::agent(UserId id) const {
    const auto* a = engine_.agent(id);
    if (!a) return std::nullopt;
    auto since = since_ms_.find(id);
    return AgentView{id, a->status, a->state, a->reason, a->call, since == since_ms_.end() ? 0 : since->second,
                     a->settings.wrap_up, a->settings.wrap_up_manual};
}

std::vector<QueueView> AcdService::queues() const {
    std::vector<QueueView> out;
    for (const auto& [id, name] : queue_names_)
        if (auto s = engine_.queue_stats(id, clock_.steady_now())) out.push_back({id, name, *s});
    return out;
}

std::optional<QueueView> AcdService::queue(const std::string& name) const {
    auto it = queue_ids_.find(name);
    if (it == queue_ids_.end()) return std::nullopt;
    auto s = engine_.queue_stats(it->second, clock_.steady_now());
    if (!s) return std::nullopt;
    return QueueView{it->second, name, *s};
}

Result<void> AcdService::take_back(CallId call) {
    auto q = call_queue_.find(call);
    if (q == call_queue_.end()) return fail(Errc::not_found, "the call is not waiting in a queue");
    const QueueId queue = q->second;
    call_queue_.erase(q);
    act(engine_.caller_left(call, now()), "taken back");
    publish_queue(queue);
    return calls_.self_service(call);
}

void AcdService::act(Result<acd::Decisions> decisions, const char* after) {
    if (!decisions) {
        log()->debug("ACD refused ({}): {}", after, decisions.error().message);
        return;
    }
    act(*decisions);
    arm_timer();
}

void AcdService::act(const acd::Decisions& decisions) {
    for (const auto& d : decisions) {
        std::visit(
            [this](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, acd::OfferCall>) {
                    if (x.callback) return dial_callback(x);
                    for (UserId agent : x.agents) {
                        const bool auto_answer =
                            std::find(x.auto_answer.begin(), x.auto_answer.end(), agent) != x.auto_answer.end();
                        if (auto r = calls_.offer(x.call, agent, auto_answer); !r) {
                            log()->warn("call {} could not be offered to agent {}: {}", x.call.value(),
                                        agent.value(), r.error().message);
                            act(engine_.offer_result(x.call, agent, acd::OfferOutcome::rejected, now()), "offer failed");
                        }
                    }
                } else if constexpr (std::is_same_v<T, acd::CancelOffer>) {
                    auto cb = callbacks_.find(x.call);
                    if (cb == callbacks_.end()) calls_.cancel_offer(x.call, x.agent);
                    else if (auto attempt = current_attempt(*cb->second)) calls_.cancel_offer(*attempt, x.agent);
                } else if constexpr (std::is_same_v<T, acd::Overflow>) {
                    overflow(x);
                } else if constexpr (std::is_same_v<T, acd::RejectCaller>) {
                    calls_.reject_queued(x.call, x.reason);
                } else if constexpr (std::is_same_v<T, acd::Announce>) {
                    if (announce_) announce_(x.call, x.position, x.expected_wait);
                } else if constexpr (std::is_same_v<T, acd::AgentChanged>) {
                    const auto& e = x.event;
                    const auto at = to_unix_ms(clock_.wall_now());
                    since_ms_[e.agent] = at;
                    nlohmann::json detail{{"trigger", acd::to_string(e.trigger)},
                                          {"from_status", acd::to_string(e.from_status)},
                                          {"from_state", acd::to_string(e.from_state)},
                                          {"status", acd::to_string(e.to_status)},
                                          {"state", acd::to_string(e.to_state)},
                                          {"reason", e.reason},
                                          {"call_id", e.call.value()}};
                    if (forcing_ && forcing_->first == e.agent) detail["by"] = forcing_->second.value();
                    writer_.submit([at, agent = e.agent, d = detail.dump()](storage::Database& db) -> Result<void> {
                        auto r = storage::append_event(db, at, "agent.state", agent, d);
                        if (!r) return std::unexpected(r.error());
                        return {};
                    });
                    publish_agent(e.agent);
                    // Idle again with a call still on the phone (a colleague's, taken during
                    // after-call work): busy on that one, once this change is settled.
                    if (e.to_state == acd::AgentState::idle && phone_calls_.contains(e.agent))
                        boost::asio::post(core_, [this, agent = e.agent] {
                            if (!stopped_) sync_phone(agent);
                        });
                } else if constexpr (std::is_same_v<T, acd::CallbackRequested>) {
                    register_callback(x);
                } else if constexpr (std::is_same_v<T, acd::QueueStayEnded>) {
                    record_stay(x);
                } else if constexpr (std::is_same_v<T, acd::ApplyTreatment>) {
                    if (x.treatment.kind != acd::TreatmentKind::route_to_queue)
                        calls_.reject_queued(x.call, "blacklisted");
                }
            },
            d);
    }
}

// The reports' record of the stay (queue_stays); the wall's figures are the engine's own.
void AcdService::record_stay(const acd::QueueStayEnded& x) {
    const auto left = to_unix_ms(clock_.wall_now());
    storage::QueueStayRecord r{x.call, x.queue, std::string(acd::to_string(x.outcome)), left - x.waited.count(), left,
                               x.within_service_level, std::nullopt};
    if (x.agent.value() != 0) r.agent = x.agent;
    writer_.submit([r = std::move(r)](storage::Database& db) { return storage::append_queue_stay(db, r); });
}

void AcdService::phone_call_up(UserId agent, CallId call) {
    if (!engine_.agent(agent)) return;
    phone_calls_[agent].insert(call);
    sync_phone(agent);
}

// Busy = a call on the phone other than the one the ACD holds the agent for. An agent idle with
// such a call (after-call work ended during a colleague's call) is busy on it, as a direct call.
void AcdService::sync_phone(UserId agent) {
    const auto* a = engine_.agent(agent);
    if (!a) return;
    const auto held = [&](CallId c) {  // the call the ACD holds the agent for (a callback: its attempt)
        if (a->state != acd::AgentState::in_call) return false;
        const auto attempt = callback_attempts_.find(c);
        return c == a->call || (attempt != callback_attempts_.end() && attempt->second == a->call);
    };
    std::optional<CallId> other;
    if (auto p = phone_calls_.find(agent); p != phone_calls_.end())
        for (CallId c : p->second)
            if (!held(c)) other = c;
    if (other.has_value() != a->phone_busy) {
        act(engine_.set_phone_busy(agent, other.has_value(), now()), "phone busy");
        for (const auto& [id, name] : queue_names_) publish_queue(id);  // its free agents changed
    }
    a = engine_.agent(agent);
    if (other && a && a->status != acd::AgentStatus::logged_out && a->state == acd::AgentState::idle) {
        act(engine_.agent_direct_call(agent, *other, now()), "direct call");
        sync_phone(agent);  // that call is the held one now: the phone is not busy beside it
        for (const auto& [id, name] : queue_names_) publish_queue(id);
    }
}

void AcdService::arm_timer() {
    if (stopped_) return;
    auto deadline = engine_.next_deadline();
    timer_.cancel();
    if (!deadline) return;
    timer_.expires_at(*deadline);
    timer_.async_wait([this](const boost::system::error_code& ec) {
        if (ec || stopped_) return;
        act(engine_.tick(now()));
        for (const auto& [id, name] : queue_names_) publish_queue(id);
        arm_timer();
    });
}

void AcdService::publish_agent(UserId id) {
    auto v = agent(id);
    if (!v) return;
    for (auto& f : agent_listeners_) f(*v);
}

void AcdService::publish_queue(QueueId id) {
    auto s = engine_.queue_stats(id, now());
    if (!s) return;
    const QueueView v{id, queue_names_[id], *s};
    for (auto& f : queue_listeners_) f(v);
}

void AcdService::publish_queue_of(CallId call) {
    if (auto it = call_queue_.find(call); it != call_queue_.end()) publish_queue(it->second);
}

void AcdService::stop() {
    stopped_ = true;
    timer_.cancel();
}

Result<void> AcdService::reload_agent(storage::Database& reader, UserId agent) {
    auto agents = storage::list_agent_settings(reader);
    if (!agents) return std::unexpected(agents.error());
    for (const auto& a : *agents) {
        if (a.user != agent) continue;
        if (engine_.agent(agent)) {
            act(engine_.update_agent(agent, settings_of(a), now()), "agent settings changed");
            publish_agent(agent);
            return {};
        }
        return engine_.add_agent(agent, settings_of(a));
    }
    return {};  // no extension: not an ACD agent
}

}  // namespace cti::center
