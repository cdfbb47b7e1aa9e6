#pragma once
// Outbound campaigns and prompt upload on the wire (protocol 1.4). Campaign events go to every
// user who works campaigns (agents and up); writes need campaign.manage, except an agent's own
// preview and disposition (campaign.work); UploadPrompt needs prompt.edit.
#include <memory>

#include "cti.pb.h"
#include "cti/center/campaign_service.h"
#include "cti/storage/campaign.h"

namespace cti::gateway {

class Connection;
class Hub;

wire::CampaignInfo to_wire(const center::CampaignStatus& s);
wire::CampaignRecordInfo to_wire(const storage::CampaignRecordRow& r);
void publish_campaign(Hub& hub, const center::CampaignStatus& s);

void on_save_campaign(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_import_call_list(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_campaign_control(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_campaigns(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_campaign_records(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_preview_next(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_preview_decision(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_set_disposition(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_do_not_call(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_upload_prompt(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
