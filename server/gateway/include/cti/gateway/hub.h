#pragma once
// The shared state of the desktop protocol server (the "shared_state" of the Beast examples):
// sessions, connections, the event sequence, login throttling, and the services requests use.
// Everything here runs on the core thread; slow work (Argon2id, SQLite writes) is handed to
// other threads and its result posted back.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "cti.pb.h"
#include "cti/calls/manager.h"
#include "cti/center/acd_service.h"
#include "cti/center/campaign_service.h"
#include "cti/center/fax_service.h"
#include "cti/center/ivr_service.h"
#include "cti/core/clock.h"
#include "cti/core/config.h"
#include "cti/core/password.h"
#include "cti/gateway/login_throttle.h"
#include "cti/gateway/metrics.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"
#include "cti/gateway/session.h"
#include "cti/lookup/http_lookup.h"
#include "cti/prompts/store.h"
#include "cti/storage/database.h"
#include "cti/storage/writer.h"

namespace cti::gateway {

class Connection;

struct HubServices {
    boost::asio::any_io_executor core;      // the core thread's executor
    boost::asio::thread_pool& slow_work;    // Argon2id hashing
    storage::Database& reader;              // read connection, core thread only
    storage::Writer& writer;
    const Clock& clock;
    calls::CallManager* calls = nullptr;    // null when telephony is not running
    center::AcdService* acd = nullptr;      // null when telephony is not running
    center::IvrService* ivr = nullptr;      // null when telephony is not running
    std::function<bool(const std::string& extension)> phone_registered;  // may be empty
    lookup::HttpLookups* lookups = nullptr;  // outside systems for the screen pop; may be null
    std::filesystem::path data_dir;          // voicemail and recordings are files under it
    center::CampaignService* campaigns = nullptr;  // null when telephony is not running
    prompts::PromptStore* prompts = nullptr;       // null when telephony is not running
    center::FaxService* faxes = nullptr;           // null when telephony is not running
    // Trunks, routes or extensions changed in the database: the SIP stack and call model re-read
    // them. Empty when telephony is not running.
    std::function<Result<void>()> reload_telephony;
};

class Hub {
public:
    Hub(const GatewayConfig& gateway, const AuthConfig& auth, HubServices services);
    ~Hub();

    const GatewayConfig& config() const { return config_; }
    HubServices& services() { return services_; }
    GatewayMetrics& metrics() { return metrics_; }
    LoginThrottle& throttle() { return throttle_; }
    OrderDeadlines& order_deadlines() { return *order_deadlines_; }
    PasswordStrength password_strength() const { return strength_; }
    const RoleBook& roles() const { return roles_; }
    // Re-reads the roles (an administrator saved one) and gives every open session its role's
    // kind and permissions at once; a session whose permissions changed gets a fresh snapshot,
    // so that its desktop's menus follow at once.
    Result<void> reload_roles();
    // A user's role changed (SaveUser): their open sessions take the new role at once.
    void set_user_role(UserId user, const std::string& role_name);

    // Connections register themselves while open (for broadcast and shutdown).
    void add(const std::shared_ptr<Connection>& c);
    void remove(Connection* c);
    std::size_t connection_count() const { return connections_.size(); }
    // Connections from an address that have not logged in yet (bounded per address).
    bool admit_unauthenticated(const std::string& address);
    void release_unauthenticated(const std::string& address);

    // After a successful login: resumes the session named by resume_token when it is alive and
    // belongs to the same user, else starts a new one. The session is attached to c; a
    // connection still attached to a resumed session is closed.
    std::shared_ptr<Session> open_session(const std::shared_ptr<Connection>& c,
                                          SessionUser user, const std::string& resume_token,
                                          bool& resumed);
    // The connection went away: the session waits for resume_grace_ms, then ends.
    void detach(const std::shared_ptr<Session>& s, Connection* c);
    // Logout: the session ends now.
    void close_session(const std::shared_ptr<Session>& s);
    std::size_t session_count() const { return sessions_.size(); }
    bool user_online(UserId id) const;

    // Sends the event to every logged-in connection, with the next sequence number.
    void publish(wire::Event event);
    // Sends the event only to the sessions for which visible(user) holds; each numbers it in its
    // own sequence.
    void publish_to(wire::Event event, const std::function<bool(const SessionUser&)>& visible);
    // A call changed / a digit was heard: to the users on the call and to supervising roles.
    void publish_call(const calls::CallView& call);
    void publish_dtmf(CallId call, const std::vector<UserId>& users, char digit, std::string_view source);
    // An agent's status or state changed: at once to the agent and to the supervising roles, to
    // the other desktops as the latest state per agent every kAgentEventInterval.
    void publish_agent(wire::Event event, UserId agent);
    // A queue's figures changed: the same, at once to the supervising roles (the wall), to the
    // other desktops as the latest figures per queue every kAgentEventInterval.
    void publish_queue(wire::Event event, std::int64_t queue_id);
    static constexpr std::chrono::milliseconds kAgentEventInterval{1000};

    // A server alarm (kind "storage", "recording"...) raised or cleared: published to every
    // desktop when it changes, and kept for the snapshots of those that log in meanwhile.
    // Raising an active alarm again only updates its message (no event).
    void set_alarm(const std::string& kind, bool active, const std::string& message);
    const std::map<std::string, wire::Alarm>& alarms() const { return alarms_; }

    // Everything the session's role may see, read now.
    Result<wire::Snapshot> build_snapshot(const Session& s);

    // Ends every connection (shutdown).
    void close_all();

private:
    void end_session(const std::shared_ptr<Session>& s);
    // Gives the session the role's kind and permissions; when they changed, a fresh snapshot.
    void apply_role(Session& s, const std::string& role_name);
    void publish_presence(const SessionUser& user, bool online);

    GatewayConfig config_;
    HubServices services_;
    PasswordStrength strength_;
    LoginThrottle throttle_;
    GatewayMetrics metrics_;
    RoleBook roles_;
    std::unordered_map<Connection*, std::weak_ptr<Connection>> connections_;
    std::unordered_map<std::string, std::shared_ptr<Session>> sessions_;  // by resume token
    std::unordered_map<std::string, std::uint32_t> unauthenticated_;      // by address
    std::unordered_map<UserId, int> online_count_;  // sessions per user
    std::uint64_t next_session_id_ = 1;
    std::unique_ptr<OrderDeadlines> order_deadlines_;
    std::map<std::string, wire::Alarm> alarms_;  // active ones, by kind
    // Sends the event at once to the sessions `at_once` holds for; the others get the latest
    // event of each key when the flush timer fires.
    void publish_coalesced(wire::Event event, std::string key, std::function<bool(const SessionUser&)> at_once);
    void flush_coalesced();
    struct Coalesced {
        wire::Event event;
        std::function<bool(const SessionUser&)> at_once;  // those who had it already
    };
    std::map<std::string, Coalesced> pending_;  // the latest change per agent or queue, for the others
    boost::asio::steady_timer agent_flush_;
    bool agent_flush_armed_ = false;
};

}  // namespace cti::gateway
