#pragma once
// Reports, custom reports, queue membership and recording review (protocol minor 6).
#include <memory>

#include "cti.pb.h"

namespace cti::gateway {

class Hub;
class Connection;

void on_run_report(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_report(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_reports(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_set_queue_member(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_queue_members(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_search_recordings(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_score_recording(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
