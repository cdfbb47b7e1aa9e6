#include "cti/gateway/calls_wire.h"

#include <fmt/format.h>

#include "cti/core/logging.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/hub.h"
#include "cti/gateway/roles.h"

namespace cti::gateway {

wire::Call to_wire(const calls::CallView& v) {
    wire::Call w;
    w.set_call_id(v.id.value());
    w.set_state(std::string(calls::to_string(v.state)));
    w.set_direction(std::string(calls::to_string(v.direction)));
    w.set_caller(v.caller);
    w.set_callee(v.callee);
    w.set_started_ms(v.started_ms);
    w.set_answered_ms(v.answered_ms.value_or(0));
    w.set_reason(v.reason);
    w.set_queue(v.queue);
    for (const auto& [k, val] : v.data) (*w.mutable_data())[k] = val;
    for (const auto& l : v.legs) {
        auto* leg = w.add_legs();
        leg->set_leg_id(l.leg_id);
        leg->set_party(std::string(calls::to_string(l.party)));
        leg->set_state(std::string(calls::to_string(l.state)));
        leg->set_number(l.number);
        leg->set_user_id(l.user ? l.user->value() : 0);
    }
    return w;
}

wire::AgentStatusInfo to_wire(const center::AgentView& a) {
    wire::AgentStatusInfo w;
    w.set_user_id(a.user.value());
    w.set_status(std::string(acd::to_string(a.status)));
    w.set_state(std::string(acd::to_string(a.state)));
    w.set_reason(a.reason);
    w.set_call_id(a.call.value());
    w.set_since_ms(a.since_ms);
    return w;
}

wire::QueueStatus to_wire(const center::QueueView& q) {
    wire::QueueStatus w;
    const auto& s = q.stats;
    w.set_queue_id(q.id.value());
    w.set_name(q.name);
    w.set_waiting(s.waiting);
    w.set_longest_wait_s(static_cast<std::int32_t>(s.longest_wait.count()));
    w.set_entered(s.entered);
    w.set_answered(s.answered);
    w.set_abandoned(s.abandoned);
    w.set_service_level_percent(s.service_level_percent);
    w.set_average_speed_of_answer_s(static_cast<std::int32_t>(s.average_speed_of_answer.count()));
    w.set_agents_available(s.agents.available);
    w.set_agents_idle(s.agents.idle);
    w.set_agents_in_call(s.agents.in_call);
    w.set_agents_wrap_up(s.agents.wrap_up);
    w.set_agents_not_ready(s.agents.not_ready);
    w.set_agents_away(s.agents.away);
    return w;
}

namespace {

wire::ErrorCode code_of(Errc e) {
    switch (e) {
        case Errc::invalid_argument: return wire::INVALID_ARGUMENT;
        case Errc::not_found: return wire::NOT_FOUND;
        case Errc::permission_denied: return wire::PERMISSION_DENIED;
        case Errc::unavailable: return wire::UNAVAILABLE;
        default: return wire::INTERNAL;
    }
}

}  // namespace

void on_call_control(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& req) {
    auto* manager = hub.services().calls;
    if (!manager)
        return c->send_error(req.request_id(), wire::UNAVAILABLE,
                             "telephony is not running on this server: see the server log");
    const auto& msg = req.call_control();
    const auto& user = c->session()->user;
    const calls::Actor who{user.id, has_permission(user, Permission::call_supervise)};
    const CallId call(msg.call_id());
    if (msg.number().size() > 64 || msg.digits().size() > 64)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "number and digits are at most 32 characters");
    Result<void> done;
    CallId result = call;
    switch (msg.action()) {
        case wire::DIAL: {
            auto id = manager->dial(who, msg.number());
            if (id) result = *id;
            else done = std::unexpected(id.error());
            break;
        }
        case wire::ANSWER: done = manager->answer(who, call); break;
        case wire::HANGUP: done = manager->hangup(who, call); break;
        case wire::HOLD: done = manager->hold(who, call); break;
        case wire::RETRIEVE: done = manager->retrieve(who, call); break;
        case wire::TRANSFER: done = manager->transfer(who, call, msg.number()); break;
        case wire::CONSULT: done = manager->consult(who, call, msg.number()); break;
        case wire::COMPLETE_TRANSFER: done = manager->complete_transfer(who, call); break;
        case wire::CANCEL_CONSULT: done = manager->cancel_consult(who, call); break;
        case wire::CONFERENCE: done = manager->conference(who, call); break;
        case wire::PICKUP: done = manager->pickup(who, call); break;
        case wire::SEND_DTMF: done = manager->send_dtmf(who, call, msg.digits()); break;
        case wire::MONITOR: done = manager->supervise(who, call, calls::Supervision::monitor); break;
        case wire::WHISPER: done = manager->supervise(who, call, calls::Supervision::whisper); break;
        case wire::BARGE: done = manager->supervise(who, call, calls::Supervision::barge); break;
        default:
            return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                                 "unknown call action: update the client to match the server");
    }
    if (!done) {
        cti::logger("gateway")->info("call control refused user={} action={} call={}: {}", user.login,
                                     wire::CallAction_Name(msg.action()), msg.call_id(), done.error().message);
        return c->send_error(req.request_id(), code_of(done.error().code), done.error().message);
    }
    wire::Envelope reply;
    reply.set_request_id(req.request_id());
    reply.mutable_call_control_ok()->set_call_id(result.value());
    c->send(reply);
}

void on_agent_control(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& req) {
    auto* acd = hub.services().acd;
    if (!acd)
        return c->send_error(req.request_id(), wire::UNAVAILABLE,
                             "queues are not running on this server: see the server log");
    const auto& msg = req.agent_control();
    if (msg.reason().size() > 96)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a reason code is at most 32 characters");
    center::AgentCommand command;
    switch (msg.action()) {
        case wire::SIGN_IN: command = center::AgentCommand::sign_in; break;
        case wire::SIGN_OUT: command = center::AgentCommand::sign_out; break;
        case wire::READY: command = center::AgentCommand::ready; break;
        case wire::NOT_READY: command = center::AgentCommand::not_ready; break;
        case wire::AWAY: command = center::AgentCommand::away; break;
        case wire::END_WRAP_UP: command = center::AgentCommand::end_wrap_up; break;
        default:
            return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                                 "unknown agent action: update the client to match the server");
    }
    const auto& user = c->session()->user;
    UserId target = user.id;
    if (msg.agent_id() != 0 && msg.agent_id() != user.id.value()) {
        // A team leader forcing an agent's status: checked here, since every user has agent.status.
        if (!has_permission(user, Permission::agent_force))
            return c->send_error(req.request_id(), wire::PERMISSION_DENIED,
                                 "only team leaders and supervisors may change another agent's status");
        if (command == center::AgentCommand::sign_in)
            return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                                 "agents sign in themselves; you may sign them out, or set them ready, not ready "
                                 "or away");
        target = UserId{msg.agent_id()};
    }
    auto r = acd->command(target, command, msg.reason(), user.id);
    if (!r) {
        cti::logger("gateway")->info("agent control refused user={} agent={} action={}: {}", user.login,
                                     target.value(), wire::AgentAction_Name(msg.action()), r.error().message);
        auto message = r.error().message;
        if (target != user.id && r.error().code == Errc::not_found) message = "that user is not an agent of any queue";
        return c->send_error(req.request_id(), code_of(r.error().code), message);
    }
    if (target != user.id)
        cti::logger("gateway")->info("agent {} set {} by {}{}", target.value(), wire::AgentAction_Name(msg.action()),
                                     user.login, msg.reason().empty() ? "" : " (" + msg.reason() + ")");
    wire::Envelope reply;
    reply.set_request_id(req.request_id());
    *reply.mutable_agent_control_ok()->mutable_agent() = to_wire(*r);
    c->send(reply);
}

}  // namespace cti::gateway
