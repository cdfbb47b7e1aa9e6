#pragma once
// CampaignService's state of one campaign and of one call in progress (private to
// campaign_service.cpp and campaign_dialer.cpp).
#include <map>
#include <optional>
#include <vector>

#include "cti/campaign/dialer.h"
#include "cti/campaign/stats.h"
#include "cti/center/campaign_service.h"

namespace cti::center {

struct CampaignService::Campaign {
    storage::CampaignRow row;
    campaign::PacingMode mode = campaign::PacingMode::progressive;
    campaign::RetryRules rules;
    campaign::CampaignSchedule schedule;
    // Records in memory while the campaign runs (loaded at its first start): the pure record,
    // and the persisted row (data, disposition, answers) at the same index.
    bool loaded = false;
    std::vector<campaign::Record> records;
    std::vector<storage::CampaignRecordRow> rows;
    std::map<std::int64_t, std::size_t> index;  // record id -> index
    std::int64_t max_record_id = 0;
    campaign::PacingState pacing;
    campaign::AbandonWindow window;
    storage::CampaignFigures figures;
    std::map<UserId, std::size_t> previews;  // preview: the record each agent holds
    int in_progress = 0;
    std::string waiting_reason;
};

struct CampaignService::Attempt {
    std::int64_t campaign = 0;
    std::size_t index = 0;
    CallId call;
    campaign::SteadyTime dialled{};
    std::int64_t dialled_ms = 0;
    std::optional<campaign::SteadyTime> answered;  // the customer picked up
    std::optional<std::int64_t> answered_ms;
    std::optional<campaign::SteadyTime> connected;  // an agent has the call (agent modes), the flow runs (agentless)
    bool abandoned = false;
    bool detecting = false;  // answered; answering-machine detection runs
    bool machine = false;    // a machine answered: hung up, outcome answering_machine
    std::optional<UserId> agent;
    bool preview = false;  // the agent dialled it (their phone first)
};

// The call data a campaign call carries for the screen pop (campaign_dialer.cpp): the record's
// columns, "campaign", "campaign_record" and "phone".
std::map<std::string, std::string> screen_pop_data(const storage::CampaignRow& c, const storage::CampaignRecordRow& r);

}  // namespace cti::center
