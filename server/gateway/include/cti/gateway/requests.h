#pragma once
// What the server does with each message a client sends once TLS is up: one table maps each
// Envelope body to its handler, whether it needs a session, and the permission it needs.
#include <memory>

#include "cti.pb.h"
#include "cti/core/error.h"

namespace cti::gateway {

class Connection;
class Hub;

// Handles one parsed envelope from c. Replies (and errors) go out through c.
void dispatch(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// The protocol's error code for an error value of the server's modules.
wire::ErrorCode to_wire_code(Errc e);

}  // namespace cti::gateway
