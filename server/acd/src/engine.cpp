// AcdEngine's public events: configuration, callers, agents, timers and statistics.
#include <algorithm>

#include "engine_impl.h"

namespace cti::acd {
namespace {

std::unexpected<Error> no_agent(UserId id) {
    return fail(Errc::not_found, "agent " + std::to_string(id.value()) +
                                     " is not known to the ACD; add the agent first");
}

std::unexpected<Error> no_queue(QueueId id) {
    return fail(Errc::not_found, "queue " + std::to_string(id.value()) +
                                     " does not exist; check the queue number");
}

}  // namespace

AcdEngine::AcdEngine(std::uint64_t seed) : impl_(std::make_unique<Impl>()) { impl_->rng.seed(seed); }
AcdEngine::~AcdEngine() = default;
AcdEngine::AcdEngine(AcdEngine&&) noexcept = default;
AcdEngine& AcdEngine::operator=(AcdEngine&&) noexcept = default;

Result<void> AcdEngine::set_queue(QueueConfig q) {
    if (auto r = validate(q); !r) return r;
    auto [it, added] = impl_->queues.try_emplace(q.id);
    if (added) it->second.aht_seconds = double(q.default_handle_time.count());
    it->second.cfg = std::move(q);
    return {};
}

Result<void> AcdEngine::add_agent(UserId id, AgentSettings settings) {
    if (!id) return fail(Errc::invalid_argument, "an agent needs an id");
    auto [it, added] = impl_->agents.try_emplace(id);
    if (!added) return fail(Errc::already_exists, "agent " + std::to_string(id.value()) + " exists already");
    it->second.agent.id = id;
    it->second.agent.settings = std::move(settings);
    return {};
}

Result<Decisions> AcdEngine::update_agent(UserId id, AgentSettings settings, TimePoint now) {
    auto it = impl_->agents.find(id);
    if (it == impl_->agents.end()) return no_agent(id);
    it->second.agent.settings = std::move(settings);
    Decisions out;
    impl_->dispatch_for_agent(it->second, now, out);
    return out;
}

Result<void> AcdEngine::remove_agent(UserId id) {
    auto it = impl_->agents.find(id);
    if (it == impl_->agents.end()) return no_agent(id);
    if (it->second.agent.status != AgentStatus::logged_out)
        return fail(Errc::invalid_argument, "the agent is signed in; sign the agent out first");
    for (QueueId q : std::vector<QueueId>(it->second.queues)) (void)remove_tier(id, q);
    impl_->agents.erase(it);
    return {};
}

Result<Decisions> AcdEngine::set_tier(UserId agent, QueueId queue, int level, int position,
                                      TimePoint now) {
    auto a = impl_->agents.find(agent);
    if (a == impl_->agents.end()) return no_agent(agent);
    auto q = impl_->queues.find(queue);
    if (q == impl_->queues.end()) return no_queue(queue);
    if (level < 1) return fail(Errc::invalid_argument, "a tier level is 1 or more (1 is offered first)");
    AgentRec& ar = a->second;
    QueueRec& qr = q->second;
    auto& m = qr.members;
    auto old = std::find_if(m.begin(), m.end(), [&](const Candidate& c) { return c.agent == &ar.agent; });
    if (old != m.end()) {
        m.erase(old);
    } else {
        ar.queues.push_back(queue);
        if (ar.counted_offerable) ++qr.offerable_members;
    }
    const Candidate c{&ar.agent, level, position};
    auto at = std::upper_bound(m.begin(), m.end(), c, [](const Candidate& x, const Candidate& y) {
        return std::tuple(x.level, x.position, x.agent->id) < std::tuple(y.level, y.position, y.agent->id);
    });
    m.insert(at, c);
    Decisions out;
    impl_->dispatch_queue(qr, now, out);
    return out;
}

Result<void> AcdEngine::remove_tier(UserId agent, QueueId queue) {
    auto a = impl_->agents.find(agent);
    if (a == impl_->agents.end()) return no_agent(agent);
    auto q = impl_->queues.find(queue);
    if (q == impl_->queues.end()) return no_queue(queue);
    AgentRec& ar = a->second;
    auto& m = q->second.members;
    auto it = std::find_if(m.begin(), m.end(), [&](const Candidate& c) { return c.agent == &ar.agent; });
    if (it == m.end()) return fail(Errc::not_found, "the agent is not a member of this queue");
    m.erase(it);
    std::erase(ar.queues, queue);
    if (ar.counted_offerable) --q->second.offerable_members;
    return {};
}

Result<Decisions> AcdEngine::caller_arrived(const CallerInfo& info, TimePoint now) {
    auto& I = *impl_;
    auto q = I.queues.find(info.queue);
    if (q == I.queues.end()) return no_queue(info.queue);
    if (!info.call) return fail(Errc::invalid_argument, "a caller needs a call id");
    if (I.callers.contains(info.call))
        return fail(Errc::already_exists, "this call is already waiting in a queue");
    Caller c;
    c.call = info.call;
    c.queue = info.queue;
    c.priority = info.priority;
    c.vip_level = info.vip_level;
    c.skills = info.skills;
    c.callback = info.callback;
    c.arrived = info.original_arrival.value_or(now);
    c.seq = I.next_seq++;
    Decisions out;
    out.reserve(4);  // an offer and its agent changes, without regrowth
    if (info.blacklisted) {
        const Treatment& t = q->second.cfg.blacklist;
        out.emplace_back(ApplyTreatment{c.call, info.queue, t});
        if (t.kind == TreatmentKind::route_to_queue) {
            auto to = I.queues.find(t.queue);
            if (to != I.queues.end()) I.enqueue(std::move(c), to->second, now, out);
            else out.emplace_back(RejectCaller{c.call, info.queue, "blacklist queue does not exist"});
        }
        return out;
    }
    I.admit(std::move(c), q->second, now, out);
    return out;
}

Result<Decisions> AcdEngine::caller_left(CallId call, TimePoint now) {
    auto& I = *impl_;
    auto it = I.callers.find(call);
    if (it == I.callers.end()) return fail(Errc::not_found, "this call is not waiting in a queue");
    CallerRec& rec = it->second;
    QueueRec& q = I.queues.at(rec.c.queue);
    Decisions out;
    auto freed = I.cancel_offers(rec, now, out);
    ++q.today.abandoned;
    if (now - rec.c.entered <= q.cfg.service_level) ++q.today.abandoned_in_sl;
    Impl::stay_ended(rec.c, q, StayOutcome::abandoned, UserId{}, now, out);
    I.take(rec);
    for (AgentRec* ar : freed) I.dispatch_for_agent(*ar, now, out);
    return out;
}

Result<Decisions> AcdEngine::offer_result(CallId call, UserId agent, OfferOutcome outcome,
                                          TimePoint now) {
    auto& I = *impl_;
    auto it = I.callers.find(call);
    if (it == I.callers.end()) return fail(Errc::not_found, "this call is not waiting in a queue");
    CallerRec& rec = it->second;
    auto& ringing = rec.c.ringing;
    if (std::find(ringing.begin(), ringing.end(), agent) == ringing.end())
        return fail(Errc::invalid_argument, "this call was not offered to this agent");
    AgentRec& ar = I.agents.at(agent);
    QueueRec& q = I.queues.at(rec.c.queue);
    Decisions out;
    out.reserve(4);  // an offer and its agent changes, without regrowth
    if (outcome == OfferOutcome::answered) {
        if (auto r = I.apply(ar, AgentInput{AgentTrigger::offer_answered, {}, call}, now, out); !r)
            return std::unexpected(r.error());
        std::erase(ringing, agent);
        auto freed = I.cancel_offers(rec, now, out);
        const auto waited = std::chrono::duration_cast<Seconds>(now - rec.c.entered);
        ++q.today.answered;
        if (now - rec.c.entered <= q.cfg.service_level) ++q.today.answered_in_sl;
        q.today.wait_answered += waited;
        Impl::stay_ended(rec.c, q, StayOutcome::answered, agent, now, out);
        I.take(rec);
        for (AgentRec* f : freed) I.dispatch_for_agent(*f, now, out);
        return out;
    }
    const auto trig = outcome == OfferOutcome::no_answer ? AgentTrigger::offer_no_answer
                                                         : AgentTrigger::offer_rejected;
    if (auto r = I.apply(ar, AgentInput{trig, {}, call}, now, out); !r) return std::unexpected(r.error());
    ar.call_queue = QueueId{};
    std::erase(ringing, agent);
    rec.c.tried.push_back(agent);
    if (ringing.empty()) {
        if (rec.overflow_due) {
            I.timeout_overflow(rec, now, out);
        } else {
            I.dispatch_queue(q, now, out);
        }
    }
    I.dispatch_for_agent(ar, now, out);
    return out;
}

Result<Decisions> AcdEngine::offer_picked_up(CallId call, UserId picked_from, TimePoint now) {
    auto& I = *impl_;
    auto it = I.callers.find(call);
    if (it == I.callers.end()) return fail(Errc::not_found, "this call is not waiting in a queue");
    CallerRec& rec = it->second;
    auto& ringing = rec.c.ringing;
    Decisions out;
    out.reserve(4);
    std::vector<AgentRec*> freed;
    // (An offer the engine withdrew meanwhile is no longer in `ringing`: the caller leaves all the
    // same, since the call model has taken it out of the queue.)
    if (std::find(ringing.begin(), ringing.end(), picked_from) != ringing.end()) {
        AgentRec& ar = I.agents.at(picked_from);
        if (I.apply(ar, AgentInput{AgentTrigger::offer_cancelled, {}, call}, now, out)) freed.push_back(&ar);
        ar.call_queue = QueueId{};
        std::erase(ringing, picked_from);
    }
    for (AgentRec* f : I.cancel_offers(rec, now, out)) freed.push_back(f);
    I.picked.insert_or_assign(call, I.take(rec));
    for (AgentRec* f : freed) I.dispatch_for_agent(*f, now, out);
    return out;
}

Result<Decisions> AcdEngine::pickup_ended(CallId call, UserId picker, bool answered, TimePoint now) {
    auto& I = *impl_;
    auto it = I.picked.find(call);
    if (it == I.picked.end()) return fail(Errc::not_found, "this call was not picked up from a queue");
    const Caller c = std::move(it->second);
    I.picked.erase(it);
    auto q = I.queues.find(c.queue);
    Decisions out;
    if (q == I.queues.end()) return out;  // the queue was removed meanwhile
    auto& today = q->second.today;
    const bool in_sl = now - c.entered <= q->second.cfg.service_level;
    if (answered) {
        ++today.answered;
        if (in_sl) ++today.answered_in_sl;
        today.wait_answered += std::chrono::duration_cast<Seconds>(now - c.entered);
        Impl::stay_ended(c, q->second, StayOutcome::answered, picker, now, out);
    } else {
        ++today.abandoned;
        if (in_sl) ++today.abandoned_in_sl;
        Impl::stay_ended(c, q->second, StayOutcome::abandoned, UserId{}, now, out);
    }
    return out;
}

Result<Decisions> AcdEngine::Impl::agent_command(UserId id, const AgentInput& in, TimePoint now) {
    auto it = agents.find(id);
    if (it == agents.end()) return no_agent(id);
    AgentRec& ar = it->second;
    const CallId ringing_call = ar.agent.state == AgentState::reserved ? ar.agent.call : CallId{};
    Decisions out;
    out.reserve(4);  // an offer and its agent changes, without regrowth
    if (auto r = apply(ar, in, now, out); !r) return std::unexpected(r.error());
    // Signing out while a call rings at the agent withdraws that offer.
    if (ringing_call && ar.agent.state != AgentState::reserved) {
        ar.call_queue = QueueId{};
        if (auto c = callers.find(ringing_call); c != callers.end()) {
            CallerRec& rec = c->second;
            out.emplace_back(CancelOffer{ringing_call, id});
            std::erase(rec.c.ringing, id);
            if (rec.c.ringing.empty()) {
                if (rec.overflow_due) timeout_overflow(rec, now, out);
                else dispatch_queue(queues.at(rec.c.queue), now, out);
            }
        }
    }
    dispatch_for_agent(ar, now, out);
    return out;
}

Result<Decisions> AcdEngine::agent_sign_in(UserId id, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::sign_in}, now);
}
Result<Decisions> AcdEngine::agent_sign_out(UserId id, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::sign_out}, now);
}
Result<Decisions> AcdEngine::agent_ready(UserId id, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::set_ready}, now);
}
Result<Decisions> AcdEngine::agent_not_ready(UserId id, std::string reason, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::set_not_ready, std::move(reason)}, now);
}
Result<Decisions> AcdEngine::agent_away(UserId id, std::string reason, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::set_away, std::move(reason)}, now);
}
Result<Decisions> AcdEngine::agent_end_wrap_up(UserId id, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::wrap_up_done}, now);
}
Result<Decisions> AcdEngine::agent_dial_out(UserId id, CallId call, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::dial_out, {}, call}, now);
}
Result<Decisions> AcdEngine::agent_direct_call(UserId id, CallId call, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::direct_call, {}, call}, now);
}
Result<Decisions> AcdEngine::call_ended(UserId id, TimePoint now) {
    return impl_->agent_command(id, {AgentTrigger::call_ended}, now);
}
Result<Decisions> AcdEngine::set_phone_busy(UserId id, bool busy, TimePoint now) {
    auto it = impl_->agents.find(id);
    if (it == impl_->agents.end()) return no_agent(id);
    AgentRec& ar = it->second;
    Decisions out;
    if (ar.agent.phone_busy == busy) return out;
    ar.agent.phone_busy = busy;
    impl_->recount(ar);
    impl_->dispatch_for_agent(ar, now, out);
    return out;
}

Decisions AcdEngine::tick(TimePoint now) {
    auto& I = *impl_;
    Decisions out;
    while (!I.timers.empty() && I.timers.begin()->at <= now) {
        const Timer t = *I.timers.begin();
        I.timers.erase(I.timers.begin());
        if (t.kind == TimerKind::wrap_up) {
            // The spent timer is gone already; apply's attempt to erase it again is harmless.
            AgentRec& ar = I.agents.at(UserId{t.id});
            if (I.apply(ar, AgentInput{AgentTrigger::wrap_up_timer}, now, out))
                I.dispatch_for_agent(ar, now, out);
            continue;
        }
        CallerRec& rec = I.callers.at(CallId{t.id});
        QueueRec& q = I.queues.at(rec.c.queue);
        switch (t.kind) {
            case TimerKind::overflow:
                rec.overflow_at.reset();
                if (!rec.c.ringing.empty()) rec.overflow_due = true;
                else I.timeout_overflow(rec, now, out);
                break;
            case TimerKind::relax:
                rec.relax_at.reset();
                I.schedule(rec.relax_at, next_relaxation(q.cfg, rec.c, now), TimerKind::relax, t.id);
                I.dispatch_queue(q, now, out);
                break;
            case TimerKind::announce:
                rec.announce_at.reset();
                if (rec.c.ringing.empty()) I.announce(rec, q, out);
                // Next one strictly after now, even if this tick came late.
                I.schedule(rec.announce_at,
                           t.at + q.cfg.announce_interval > now ? t.at + q.cfg.announce_interval
                                                                : now + q.cfg.announce_interval,
                           TimerKind::announce, t.id);
                break;
            case TimerKind::wrap_up:
                break;
        }
    }
    return out;
}

std::optional<TimePoint> AcdEngine::next_deadline() const {
    if (impl_->timers.empty()) return std::nullopt;
    return impl_->timers.begin()->at;
}

}  // namespace cti::acd
