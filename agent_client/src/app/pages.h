#pragma once
// The pages of the agent desktop's tabs and the models behind them, as AgentApp made them.
#include "models/campaign_model.h"
#include "models/voicemail_model.h"
#include "models/workbench_model.h"
#include "widgets/call_history_panel.h"
#include "widgets/campaign_panel.h"
#include "widgets/knowledge_panel.h"
#include "widgets/order_detail.h"
#include "widgets/order_form.h"
#include "widgets/voicemail_panel.h"
#include "widgets/workbench_panel.h"

namespace cti::agent {

struct Pages {
    WorkbenchModel workbenchModel;
    VoicemailModel voicemailModel;
    CampaignModel campaignModel;
    // Owned by the window's tab widget.
    WorkbenchPanel* workbench = nullptr;
    OrderForm* orderForm = nullptr;
    OrderDetail* orderDetail = nullptr;
    KnowledgePanel* knowledge = nullptr;
    CallHistoryPanel* history = nullptr;
    VoicemailPanel* voicemail = nullptr;
    CampaignPanel* campaigns = nullptr;
};

}  // namespace cti::agent
