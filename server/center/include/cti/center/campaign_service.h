#pragma once
// CampaignService: outbound campaigns (server/campaign, pure decisions) wired to the call model,
// the ACD and storage. A running campaign keeps its records in memory; after every change of its
// inputs (an agent freed, a call answered or ended, a retry due, the hours opening; and twice a
// second anyway) it asks plan_dialing how many calls to place and places them:
//   preview      the agent asks for a record (preview_next), reads it, dials or skips it;
//   progressive  one call per free agent of the campaign's queue;
//   predictive   calls ahead of the agents, keeping abandoned answers under the cap;
//   agentless    an answered call runs the campaign's IVR flow (surveys, reminders).
// In the agent modes an answered call joins the campaign's queue at the front; if no agent has
// it within the grace, it is abandoned (told so, hung up) and counted against the cap.
// Every record change and attempt is persisted through the writer. Core thread only.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cti/campaign/dialer.h"
#include "cti/center/acd_service.h"
#include "cti/calls/manager.h"
#include "cti/core/clock.h"
#include "cti/storage/campaign.h"
#include "cti/storage/database.h"
#include "cti/storage/writer.h"

namespace cti::center {

struct CampaignOptions {
    std::chrono::seconds ring_timeout{30};          // an unanswered call is "no answer" after this
    std::chrono::milliseconds abandon_grace{2000};  // answered, no agent within this: abandoned
    int max_lines = 60;                             // trunk channels a campaign may hold at once
    int predictive_warmup = 50;                     // attempts measured before dialling ahead
    bool predictive_strict_start = true;            // ahead only once the window can take abandons
    bool detect_machines_agentless = false;         // answering-machine detection, agentless campaigns
    bool detect_machines_with_agents = false;       // ... and campaigns with agents
};

// What a desktop sees of a campaign: its settings, state and live figures.
struct CampaignStatus {
    storage::CampaignRow row;
    storage::CampaignFigures figures;
    int calls_in_progress = 0;
    std::string waiting_reason;  // why it does not dial now, if it does not
};

// A campaign's retry rules as stored: {"busy": {"max_attempts": 5, "retry_after_s": 120}, ...};
// outcomes not named keep the defaults (campaign/record.h). The error says what is wrong.
Result<campaign::RetryRules> retry_rules_from_json(const std::string& json);
std::string retry_rules_to_json(const campaign::RetryRules& rules);

class CampaignService {
public:
    CampaignService(boost::asio::any_io_executor core, calls::CallManager& calls, AcdService& acd,
                    storage::Writer& writer, const Clock& clock, CampaignOptions options);
    ~CampaignService();

    // Every campaign from the database; running ones resume (a record that was being dialled
    // when the server stopped counts as failed, and is retried per its rules).
    Result<void> load(storage::Database& reader);

    // A campaign was saved (created or edited) by an administrator: settings take effect at once.
    // Checks what the database cannot: the mode's needs (a queue, a flow), the retry rules.
    Result<void> check(const storage::CampaignRow& row) const;
    void saved(storage::Database& reader, const storage::CampaignRow& row);
    // Records were imported into a campaign: a running one picks them up.
    void records_added(storage::Database& reader, std::int64_t campaign);
    // start, pause, stop (finished for good), reopen (finished → paused, records kept).
    Result<CampaignStatus> control(storage::Database& reader, std::int64_t campaign, const std::string& action);

    std::vector<CampaignStatus> list() const;
    std::optional<CampaignStatus> status(std::int64_t campaign) const;

    // Preview: the next record for `agent` (held for them until dialled or skipped); none when
    // nothing is due. The agent must be in the campaign's queue.
    Result<std::optional<storage::CampaignRecordRow>> preview_next(std::int64_t campaign, UserId agent);
    // Dial (the agent's phone rings, then the number; the agent must be not ready, as for any
    // dial-out) or skip (the record goes back, no attempt counted).
    Result<CallId> preview_decide(std::int64_t record, UserId agent, bool dial);
    // The agent's disposition of a record they called (leaders: any record). "callback" asks for
    // a call at callback_at; "do_not_call" puts the number on the list for good.
    Result<storage::CampaignRecordRow> set_disposition(std::int64_t record, const calls::Actor& who, const std::string& disposition,
                                                      const std::string& note, std::optional<WallTime> callback_at);
    // A survey answer keyed in on a campaign call (agentless flows): stored with the record.
    void survey_answer(CallId call, const std::string& question, const std::string& answer);
    // Callback visits (回访): a work order answered by the departments is to be followed by a
    // call to its customer. The order joins the preview campaign named kVisitCampaign (if the
    // administrator keeps one; the demo seeds it) as a record with the order's number and title.
    static constexpr std::string_view kVisitCampaign = "工单回访";
    void schedule_visit(const std::string& phone, std::map<std::string, std::string> data);
    // Numbers added to the do-not-call list: records of running campaigns stop at once.
    void do_not_call(const std::vector<std::string>& numbers);

    void on_changed(std::function<void(const CampaignStatus&)> f) { listeners_.push_back(std::move(f)); }
    // Abandoning an answered call: tell the person and hang up (set by the composition: the IVR
    // speaks). Without it the call is just hung up.
    void set_abandon_handler(std::function<void(CallId)> f) { abandon_ = std::move(f); }
    // "Press 1 to subscribe": a survey answer subscribe=1 on a campaign with an order type asks
    // for a work order (set by the composition: the tickets module registers it).
    using OrderMaker = std::function<void(const storage::CampaignRow&, const storage::CampaignRecordRow&)>;
    void set_order_maker(OrderMaker f) { order_maker_ = std::move(f); }

    void stop();

    struct Campaign;  // campaign_service.cpp

private:
    struct Attempt;
    void pump(Campaign& c);
    void pump_all();
    void arm_tick();
    void place_call(Campaign& c, std::size_t index);
    void call_changed(const calls::CallView& v);
    void customer_answered(Campaign& c, Attempt& a, const calls::CallView& v);
    void machine_detected(CallId call, const media::AmdResult& r);
    void live_answer(Campaign& c, Attempt& a, CallId call, const std::map<std::string, std::string>& data);
    void attempt_ended(Campaign& c, Attempt& a, const calls::CallView& v);
    void check_waiting(Campaign& c);
    void abandon(Campaign& c, Attempt& a);
    void apply(Campaign& c, std::size_t index, const campaign::RecordInput& input);
    void save_record(Campaign& c, std::size_t index);
    void load_records(storage::Database& reader, Campaign& c, std::int64_t after_id);
    campaign::PacingInput pacing_input(const Campaign& c) const;
    void publish(Campaign& c);
    Campaign* find(std::int64_t campaign);
    std::pair<Campaign*, std::size_t> find_record(std::int64_t record);
    CampaignStatus status_of(const Campaign& c) const;
    campaign::SteadyTime steady() const { return clock_.steady_now(); }
    WallTime wall() const { return clock_.wall_now(); }

    boost::asio::any_io_executor core_;
    calls::CallManager& calls_;
    AcdService& acd_;
    storage::Writer& writer_;
    const Clock& clock_;
    CampaignOptions options_;
    std::map<std::int64_t, std::unique_ptr<Campaign>> campaigns_;
    std::map<CallId, std::unique_ptr<Attempt>> attempts_;  // calls in progress, by call
    std::map<std::string, BusinessCalendar> calendars_;
    boost::asio::steady_timer tick_;
    std::vector<std::function<void(const CampaignStatus&)>> listeners_;
    std::function<void(CallId)> abandon_;
    OrderMaker order_maker_;
    bool stopped_ = false;
    bool listening_ = false;
    storage::Database* reader_ = nullptr;  // the core thread's read connection (from load)
};

}  // namespace cti::center
