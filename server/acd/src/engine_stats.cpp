// Inspection: real-time queue statistics, agents and callers.
#include "engine_impl.h"

namespace cti::acd {

Result<QueueStats> AcdEngine::queue_stats(QueueId queue, TimePoint now) const {
    auto it = impl_->queues.find(queue);
    if (it == impl_->queues.end())
        return fail(Errc::not_found, "queue " + std::to_string(queue.value()) + " does not exist");
    const QueueRec& q = it->second;
    QueueStats s;
    s.queue = queue;
    s.waiting = int(q.line.size());
    for (const CallerRec* rec : q.line)
        s.longest_wait = std::max(s.longest_wait, std::chrono::duration_cast<Seconds>(now - rec->c.entered));
    const QueueDay& d = q.today;
    s.entered = d.entered;
    s.answered = d.answered;
    s.answered_within_service_level = d.answered_in_sl;
    s.abandoned = d.abandoned;
    s.abandoned_within_service_level = d.abandoned_in_sl;
    s.overflowed = d.overflowed;
    s.rejected = d.rejected;
    const int counted = d.answered + (d.abandoned - d.abandoned_in_sl);
    if (counted > 0) s.service_level_percent = 100.0 * d.answered_in_sl / counted;
    if (d.answered > 0) s.average_speed_of_answer = d.wait_answered / d.answered;
    s.average_handle_time = Seconds{static_cast<Seconds::rep>(q.aht_seconds + 0.5)};
    for (const Candidate& m : q.members) {
        const Agent& a = *m.agent;
        switch (a.status) {
            case AgentStatus::logged_out: ++s.agents.logged_out; continue;
            case AgentStatus::available: ++s.agents.available; break;
            case AgentStatus::not_ready: ++s.agents.not_ready; break;
            case AgentStatus::away: ++s.agents.away; break;
        }
        switch (a.state) {
            case AgentState::idle: ++s.agents.idle; break;
            case AgentState::reserved: ++s.agents.reserved; break;
            case AgentState::in_call: ++s.agents.in_call; break;
            case AgentState::wrap_up: ++s.agents.wrap_up; break;
        }
        if (offerable(a)) ++s.agents.free;
    }
    return s;
}

const Agent* AcdEngine::agent(UserId id) const {
    auto it = impl_->agents.find(id);
    return it == impl_->agents.end() ? nullptr : &it->second.agent;
}

const Caller* AcdEngine::caller(CallId call) const {
    auto it = impl_->callers.find(call);
    return it == impl_->callers.end() ? nullptr : &it->second.c;
}

std::optional<int> AcdEngine::position(CallId call) const {
    auto it = impl_->callers.find(call);
    if (it == impl_->callers.end()) return std::nullopt;
    return impl_->position(it->second, impl_->queues.at(it->second.c.queue));
}

std::size_t AcdEngine::waiting_callers() const { return impl_->callers.size(); }

void AcdEngine::start_new_day() {
    for (auto& [id, ar] : impl_->agents) {
        ar.agent.calls_today = 0;
        ar.agent.talk_today = Seconds{0};
    }
    for (auto& [id, q] : impl_->queues) q.today = {};
}

}  // namespace cti::acd
