#pragma once
// Calls on the wire: the CallView of server/calls as the protocol's Call message, and the
// CallControl request.
#include <memory>

#include "cti.pb.h"
#include "cti/calls/call.h"
#include "cti/center/acd_service.h"

namespace cti::gateway {

class Connection;
class Hub;

wire::Call to_wire(const calls::CallView& call);
wire::AgentStatusInfo to_wire(const center::AgentView& agent);
wire::QueueStatus to_wire(const center::QueueView& queue);

// SaveIvrFlow: validated against this server's prompts, queues and calendars, stored as a new
// version, then run by new calls.
void on_save_ivr_flow(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_ivr_flows(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_get_ivr_flow(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// AgentControl: the session user's own status (sign in, ready, not ready, away...).
void on_agent_control(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// CallControl: checks the permission's scope (call.supervise acts on anyone's call), runs the
// command on the CallManager and answers CallControlOk or an Error that says what to do.
void on_call_control(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
