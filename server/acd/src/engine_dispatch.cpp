// The engine's internal steps: agent changes, offers, queue entry and overflow, timers.
#include <algorithm>

#include "engine_impl.h"

namespace cti::acd {
namespace {

// Weight of the newest handle time in the queue's moving average: about the last 20 calls count,
// so the expected wait follows the shift's pace without jumping on one long call.
constexpr double aht_alpha = 0.05;

// A caller overflowing more often than this is in a loop of queues pointing at each other.
constexpr int max_hops = 8;

bool is_working(AgentState s) { return s == AgentState::in_call || s == AgentState::wrap_up; }

}  // namespace

void AcdEngine::Impl::schedule(std::optional<TimePoint>& slot, std::optional<TimePoint> at,
                               TimerKind kind, std::int64_t id) {
    if (slot) timers.erase(Timer{*slot, kind, id});
    slot = at;
    if (slot) timers.insert(Timer{*slot, kind, id});
}

Result<void> AcdEngine::Impl::apply(AgentRec& ar, const AgentInput& in, TimePoint now,
                                    Decisions& out) {
    const AgentState before_state = ar.agent.state;
    const TimePoint answered_at = ar.agent.answered_at;
    std::optional<TimePoint> wrap_slot =
        before_state == AgentState::wrap_up ? ar.agent.wrap_up_until : std::nullopt;
    auto ev = transition_in_place(ar.agent, in, now);
    if (!ev) return std::unexpected(ev.error());
    out.emplace_back(AgentChanged{std::move(*ev)});

    // A queue call's work is over: its handle time (talk + after-call work) feeds the average
    // the expected wait is computed from.
    if (is_working(before_state) && !is_working(ar.agent.state) && ar.call_queue) {
        if (auto q = queues.find(ar.call_queue); q != queues.end()) {
            const double handled = std::chrono::duration<double>(now - answered_at).count();
            q->second.aht_seconds += aht_alpha * (handled - q->second.aht_seconds);
        }
        ar.call_queue = QueueId{};
    }

    recount(ar);
    std::optional<TimePoint> wrap_at =
        ar.agent.state == AgentState::wrap_up ? ar.agent.wrap_up_until : std::nullopt;
    schedule(wrap_slot, wrap_at, TimerKind::wrap_up, ar.agent.id.value());
    return {};
}

void AcdEngine::Impl::recount(AgentRec& ar) {
    const bool off = offerable(ar.agent);
    if (off == ar.counted_offerable) return;
    for (QueueId qid : ar.queues) queues.at(qid).offerable_members += off ? 1 : -1;
    ar.counted_offerable = off;
}

void AcdEngine::Impl::offer(CallerRec& rec, QueueRec& q, const std::vector<UserId>& ids,
                            TimePoint now, Decisions& out) {
    // The offer goes first, the agents' changes after it; dropped if no agent could take it.
    const std::size_t at = out.size();
    out.emplace_back(OfferCall{rec.c.call, q.cfg.id, {}, q.cfg.ring_timeout, {}, rec.c.callback});
    std::vector<UserId> offered, auto_answer;
    offered.reserve(ids.size());
    for (UserId id : ids) {
        AgentRec& ar = agents.at(id);
        if (!apply(ar, AgentInput{AgentTrigger::offer, {}, rec.c.call}, now, out)) continue;
        ar.call_queue = q.cfg.id;
        rec.c.ringing.push_back(id);
        offered.push_back(id);
        if (ar.agent.settings.auto_answer) auto_answer.push_back(id);
        q.last_offered = id;
    }
    if (offered.empty()) {
        out.erase(out.begin() + std::ptrdiff_t(at));
        return;
    }
    auto& oc = std::get<OfferCall>(out[at]);
    oc.agents = std::move(offered);
    oc.auto_answer = std::move(auto_answer);
}

void AcdEngine::Impl::dispatch_queue(QueueRec& q, TimePoint now, Decisions& out) {
    if (q.offerable_members == 0 || q.line.empty()) return;
    // Callers in line order each take the agents the strategy gives them; a caller nobody can
    // take (skills) does not hold up those behind it.
    for (CallerRec* rec : q.line) {
        if (!rec->c.ringing.empty()) continue;
        auto ids = select_agents(q.cfg, rec->c, q.members, SelectContext{now, q.last_offered, &rng});
        // One agent dials a callback, even in a ring-all queue: ringing several for one
        // customer would leave all but one with nothing to do.
        if (rec->c.callback && ids.size() > 1) ids.resize(1);
        if (!ids.empty()) offer(*rec, q, ids, now, out);
        if (q.offerable_members == 0) break;
    }
}

void AcdEngine::Impl::dispatch_for_agent(AgentRec& ar, TimePoint now, Decisions& out) {
    if (!offerable(ar.agent)) return;
    if (ar.queues.size() == 1) {
        dispatch_queue(queues.at(ar.queues.front()), now, out);
        return;
    }
    // The agent's queues in the order of their first caller not yet ringing, so the caller who
    // has the best claim across the agent's queues is served first.
    std::vector<std::pair<const CallerRec*, QueueRec*>> order;
    for (QueueId qid : ar.queues) {
        QueueRec& q = queues.at(qid);
        for (const CallerRec* rec : q.line)
            if (rec->c.ringing.empty()) {
                order.emplace_back(rec, &q);
                break;
            }
    }
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return goes_before(a.first->c, b.first->c); });
    for (auto& [head, q] : order) {
        dispatch_queue(*q, now, out);
        if (!offerable(ar.agent)) break;
    }
}

std::vector<AgentRec*> AcdEngine::Impl::cancel_offers(CallerRec& rec, TimePoint now,
                                                      Decisions& out) {
    std::vector<AgentRec*> freed;
    for (UserId id : rec.c.ringing) {
        auto it = agents.find(id);
        if (it == agents.end()) continue;
        out.emplace_back(CancelOffer{rec.c.call, id});
        if (apply(it->second, AgentInput{AgentTrigger::offer_cancelled, {}, rec.c.call}, now, out))
            freed.push_back(&it->second);
    }
    rec.c.ringing.clear();
    return freed;
}

Caller AcdEngine::Impl::take(CallerRec& rec) {
    QueueRec& q = queues.at(rec.c.queue);
    q.line.erase(&rec);
    const std::int64_t id = rec.c.call.value();
    schedule(rec.overflow_at, std::nullopt, TimerKind::overflow, id);
    schedule(rec.relax_at, std::nullopt, TimerKind::relax, id);
    schedule(rec.announce_at, std::nullopt, TimerKind::announce, id);
    Caller c = std::move(rec.c);
    callers.erase(c.call);
    return c;
}

void AcdEngine::Impl::admit(Caller c, QueueRec& q, TimePoint now, Decisions& out) {
    // A callback request has nobody on the line: it waits for an agent whatever the queue's
    // overflow rules say (diverting it would ask the customer for a callback again).
    if (c.callback) return enqueue(std::move(c), q, now, out);
    if (q.cfg.max_waiting > 0 && int(q.line.size()) >= q.cfg.max_waiting &&
        q.cfg.when_full.kind != OverflowKind::none) {
        divert(std::move(c), q, q.cfg.when_full, "full", now, out);
        return;
    }
    if (q.cfg.when_no_agents.kind != OverflowKind::none &&
        std::none_of(q.members.begin(), q.members.end(), [](const Candidate& m) {
            return m.agent->status != AgentStatus::logged_out;
        })) {
        divert(std::move(c), q, q.cfg.when_no_agents, "no agents", now, out);
        return;
    }
    enqueue(std::move(c), q, now, out);
}

void AcdEngine::Impl::enqueue(Caller c, QueueRec& q, TimePoint now, Decisions& out) {
    c.queue = q.cfg.id;
    c.entered = now;
    c.ringing.clear();
    c.tried.clear();
    const CallId call = c.call;
    CallerRec& rec = callers.emplace(call, CallerRec{std::move(c)}).first->second;
    q.line.insert(&rec);
    ++q.today.entered;
    const std::int64_t id = call.value();
    if (q.cfg.max_wait > Seconds{0} && q.cfg.on_timeout.kind != OverflowKind::none && !rec.c.callback)
        schedule(rec.overflow_at, now + q.cfg.max_wait, TimerKind::overflow, id);
    schedule(rec.relax_at, next_relaxation(q.cfg, rec.c, now), TimerKind::relax, id);
    dispatch_queue(q, now, out);
    // Callers not offered at once hear their position now and at every interval.
    if (rec.c.ringing.empty() && q.cfg.announce_interval > Seconds{0} && !rec.c.callback) {
        announce(rec, q, out);
        schedule(rec.announce_at, now + q.cfg.announce_interval, TimerKind::announce, id);
    }
}

void AcdEngine::Impl::divert(Caller c, QueueRec& from, const OverflowTarget& target,
                             std::string reason, TimePoint now, Decisions& out) {
    switch (target.kind) {
        case OverflowKind::none:
            enqueue(std::move(c), from, now, out);
            return;
        case OverflowKind::reject:
            ++from.today.rejected;
            stay_ended(c, from, StayOutcome::rejected, UserId{}, now, out);
            out.emplace_back(RejectCaller{c.call, from.cfg.id, "queue " + reason});
            return;
        case OverflowKind::voicemail:
            ++from.today.overflowed;
            stay_ended(c, from, StayOutcome::overflowed, UserId{}, now, out);
            out.emplace_back(Overflow{c.call, from.cfg.id, target, std::move(reason)});
            return;
        case OverflowKind::callback:
            ++from.today.overflowed;
            stay_ended(c, from, StayOutcome::overflowed, UserId{}, now, out);
            out.emplace_back(Overflow{c.call, from.cfg.id, target, std::move(reason)});
            out.emplace_back(CallbackRequested{c.call, from.cfg.id, c.arrived, c.priority,
                                               c.vip_level, std::move(c.skills)});
            return;
        case OverflowKind::queue: {
            auto to = queues.find(target.queue);
            if (to == queues.end() || ++c.hops > max_hops) {
                ++from.today.rejected;
                stay_ended(c, from, StayOutcome::rejected, UserId{}, now, out);
                out.emplace_back(RejectCaller{c.call, from.cfg.id,
                                              to == queues.end() ? "overflow queue does not exist"
                                                                 : "overflow loop"});
                return;
            }
            ++from.today.overflowed;
            stay_ended(c, from, StayOutcome::overflowed, UserId{}, now, out);
            out.emplace_back(Overflow{c.call, from.cfg.id, target, std::move(reason)});
            admit(std::move(c), to->second, now, out);
            return;
        }
    }
}

void AcdEngine::Impl::stay_ended(const Caller& c, const QueueRec& q, StayOutcome outcome, UserId agent,
                                 TimePoint now, Decisions& out) {
    // A caller refused at the door never entered `q`: its `entered` is another queue's, or unset.
    const bool entered_here = c.queue == q.cfg.id && c.entered != TimePoint{};
    const auto waited = entered_here ? std::chrono::duration_cast<std::chrono::milliseconds>(now - c.entered)
                                     : std::chrono::milliseconds{0};
    out.emplace_back(QueueStayEnded{c.call, q.cfg.id, outcome, waited, waited <= q.cfg.service_level, agent});
}

void AcdEngine::Impl::timeout_overflow(CallerRec& rec, TimePoint now, Decisions& out) {
    QueueRec& q = queues.at(rec.c.queue);
    divert(take(rec), q, q.cfg.on_timeout, "timeout", now, out);
}

int AcdEngine::Impl::position(const CallerRec& rec, const QueueRec& q) const {
    // Callers ahead whose offer is ringing are as good as answered and do not count. Linear in
    // the queue's length; announcements are seconds apart per caller.
    int pos = 1;
    for (const CallerRec* r : q.line) {
        if (r == &rec) return pos;
        if (r->c.ringing.empty()) ++pos;
    }
    return pos;
}

int AcdEngine::Impl::available_members(const QueueRec& q) const {
    return int(std::count_if(q.members.begin(), q.members.end(), [](const Candidate& m) {
        return m.agent->status == AgentStatus::available;
    }));
}

void AcdEngine::Impl::announce(CallerRec& rec, QueueRec& q, Decisions& out) {
    const int pos = position(rec, q);
    const Seconds aht{static_cast<Seconds::rep>(q.aht_seconds + 0.5)};
    out.emplace_back(Announce{rec.c.call, q.cfg.id, pos, expected_wait(pos, aht, available_members(q))});
}

}  // namespace cti::acd
