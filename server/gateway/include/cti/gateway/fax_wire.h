#pragma once
// Faxes on the wire (protocol 1.4): SendFax, ListFaxes and Event.fax, all for users with
// fax.send (agents and up).
#include <memory>

#include "cti.pb.h"
#include "cti/storage/fax.h"

namespace cti::gateway {

class Connection;
class Hub;

wire::FaxInfo to_wire(const storage::FaxRecord& f);
// Pushes a fax's change to the users with fax.send.
void publish_fax(Hub& hub, const storage::FaxRecord& f);

void on_send_fax(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_faxes(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
