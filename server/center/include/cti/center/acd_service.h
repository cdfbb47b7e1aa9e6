#pragma once
// AcdService: the ACD engine (server/acd, pure decisions) wired to the call model
// (server/calls): queued calls are offered to agents' phones, offer outcomes and hang-ups go back
// to the engine, agents' commands (sign in, ready, not ready...) come from the desktops, and every
// agent change is persisted to the event log and pushed to listeners. Core thread only.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <string>

#include "cti/acd/engine.h"
#include "cti/calls/manager.h"
#include "cti/core/clock.h"
#include "cti/storage/acd.h"
#include "cti/storage/database.h"
#include "cti/storage/voicemail.h"
#include "cti/storage/writer.h"

namespace cti::center {

enum class AgentCommand { sign_in, sign_out, ready, not_ready, away, end_wrap_up };
std::string_view to_string(AgentCommand c) noexcept;

struct AgentView {
    UserId user;
    acd::AgentStatus status = acd::AgentStatus::logged_out;
    acd::AgentState state = acd::AgentState::idle;
    std::string reason;
    CallId call;
    std::int64_t since_ms = 0;  // wall time of the last change
    // The after-call work the agent is configured for: this long, or until they end it (manual).
    std::chrono::seconds wrap_up{0};
    bool wrap_up_manual = false;
};

struct QueueView {
    QueueId id;
    std::string name;
    acd::QueueStats stats;
};

class AcdService {
public:
    AcdService(boost::asio::any_io_executor core, calls::CallManager& calls, storage::Writer& writer,
               const Clock& clock);
    ~AcdService();

    // Queues, tiers and agent settings from the database; hooks itself into the call manager.
    Result<void> load(storage::Database& reader);
    // An agent's settings and skills changed in the database (administration): the ACD takes
    // them at once; a new agent with an extension joins the ACD signed out.
    Result<void> reload_agent(storage::Database& reader, UserId agent);
    // A queue's settings changed or a queue was added (administration): the ACD takes them at
    // once; callers already waiting stay and are served by the new rules from the next decision.
    Result<void> reload_queue(storage::Database& reader, QueueId queue);

    // `by`: who asked, when not the agent (a team leader forcing the change); the event log's
    // agent.state record names them.
    Result<AgentView> command(UserId agent, AgentCommand command, const std::string& reason,
                              std::optional<UserId> by = std::nullopt);
    std::optional<AgentView> agent(UserId id) const;
    std::vector<QueueView> queues() const;
    std::optional<QueueView> queue(const std::string& name) const;
    // Queue membership changed (stored already): the agent takes calls from the queue at this
    // level from the next offer on (a waiting caller may be offered at once), or no longer.
    Result<void> set_member(UserId agent, QueueId queue, int level);
    Result<void> remove_member(UserId agent, QueueId queue);
    // A queued caller taken out of the queue for self-service (an outbound campaign abandoning
    // an answer no agent could take): the engine forgets it, the music stops.
    Result<void> take_back(CallId call);

    void on_agent_changed(std::function<void(const AgentView&)> f) { agent_listeners_.push_back(std::move(f)); }
    void on_queue_changed(std::function<void(const QueueView&)> f) { queue_listeners_.push_back(std::move(f)); }
    // A caller's position / expected wait, for the caller's announcements and desktops.
    // Fills in what the ACD orders and treats callers by (VIP level, blacklist) from the caller's
    // number when a call joins a queue; set by the composition (customer records).
    void set_caller_classifier(std::function<void(const std::string& caller, acd::CallerInfo&)> f) {
        classify_caller_ = std::move(f);
    }
    void on_announce(std::function<void(CallId, int position, std::optional<acd::Seconds>)> f) {
        announce_ = std::move(f);
    }

    // Voicemail and callback overflow: what the ACD asks of the self-service side when a queue
    // lets a caller go (set by the composition: the IVR speaks, then takes a message or hangs up).
    struct SelfService {
        std::function<void(CallId, const std::string& text, const std::string& mailbox)> take_voicemail;
        std::function<void(CallId, const std::string& text, const std::string& reason)> say_and_hang_up;
    };
    void set_self_service(SelfService s) { self_service_ = std::move(s); }

    // Callback requests (callbacks.cpp). Pending ones from the database join their queues at the
    // place of the original call; an agent the queue picks is rung, then the number dialled.
    struct CallbackOptions {
        int max_attempts = 3;
        std::chrono::seconds retry{300};
    };
    Result<void> load_callbacks(storage::Database& reader, CallbackOptions options);
    // A caller asks for a callback (the IVR's callback node): stored, then waiting in `queue`.
    Result<void> request_callback(CallId call, const std::string& queue, const std::string& number,
                                  const std::map<std::string, std::string>& data);
    void on_callback_changed(std::function<void(const storage::CallbackRecord&)> f) {
        callback_listeners_.push_back(std::move(f));
    }

    void stop();

private:
    Result<void> take_queue(const storage::QueueSettingsRecord& q);  // into the engine and the name maps
    struct Callback;
    SelfService self_service_;
    std::map<CallId, std::unique_ptr<Callback>> callbacks_;  // by the id the engine knows them by
    std::map<CallId, CallId> callback_attempts_;             // a dialled call -> its callback's id
    std::int64_t next_callback_id_ = 1;
    CallbackOptions callback_options_;
    std::vector<std::function<void(const storage::CallbackRecord&)>> callback_listeners_;
    boost::asio::any_io_executor core_;
    void queue_callback(Callback& cb);
    void dial_callback(const acd::OfferCall& offer);
    void callback_offer_result(CallId attempt, UserId agent, acd::OfferOutcome outcome);
    void callback_call_ended(const calls::CallView& call);
    void save_callback(const storage::CallbackRecord& r, bool insert);
    // The engine's id for a call: a callback attempt's call maps to its callback.
    std::optional<CallId> current_attempt(const Callback& cb) const;
    void overflow(const acd::Overflow& o);
    void register_callback(const acd::CallbackRequested& r);
    Result<void> add_callback(storage::CallbackRecord r);
    std::function<void(const std::string& caller, acd::CallerInfo&)> classify_caller_;
    // The calls on each agent's phone (a leg of theirs up), from the call model's hooks: a call
    // beside the one the ACD holds them for makes the phone busy (AcdEngine::set_phone_busy).
    std::map<UserId, std::multiset<CallId>> phone_calls_;
    void phone_call_up(UserId agent, CallId call);
    void record_stay(const acd::QueueStayEnded& x);
    void sync_phone(UserId agent);
    void act(Result<acd::Decisions> decisions, const char* after);
    void act(const acd::Decisions& decisions);
    void arm_timer();
    void publish_agent(UserId id);
    void publish_queue(QueueId id);
    void publish_queue_of(CallId call);
    acd::TimePoint now() const { return clock_.steady_now(); }

    calls::CallManager& calls_;
    storage::Writer& writer_;
    const Clock& clock_;
    acd::AcdEngine engine_;
    boost::asio::steady_timer timer_;
    std::map<std::string, QueueId, std::less<>> queue_ids_;
    std::map<QueueId, std::string> queue_names_;
    std::map<QueueId, std::string> survey_flows_;  // queues whose callers are surveyed after the agent
    std::map<CallId, QueueId> call_queue_;
    std::map<UserId, std::int64_t> since_ms_;
    // While command() acts for a team leader: the agent changed and who forced it.
    std::optional<std::pair<UserId, UserId>> forcing_;
    std::vector<std::function<void(const AgentView&)>> agent_listeners_;
    std::vector<std::function<void(const QueueView&)>> queue_listeners_;
    std::function<void(CallId, int, std::optional<acd::Seconds>)> announce_;
    bool stopped_ = false;
    int next_tier_position_ = 0;
};

}  // namespace cti::center
