#pragma once
// Typed queries over the telephony tables of 0003_telephony.sql: SIP extensions, trunks, routes
// and call records. Plain functions over a Database, like directory.h.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct SipExtensionRecord {
    std::string extension;
    std::string ha1;                  // MD5(extension:realm:password), lower-case hex
    std::optional<UserId> user_id;
    std::string outbound = "local";   // none, local, national, any
    std::string srtp = "off";         // off, optional, required
    bool enabled = true;
};
Result<void> insert_sip_extension(Database& db, const SipExtensionRecord& e);  // already_exists
Result<std::vector<SipExtensionRecord>> list_sip_extensions(Database& db);   // by extension

struct TrunkRecord {
    std::int64_t trunk_id = 0;        // ignored on insert
    std::string name;
    std::string host;
    int port = 5060;
    std::string transport = "udp";
    std::string allow_from;           // comma-separated IPs / CIDR blocks
    std::string dial_prefix;
    int max_calls = 0;
    bool enabled = true;
};
Result<std::int64_t> insert_trunk(Database& db, const TrunkRecord& t);
Result<std::vector<TrunkRecord>> list_trunks(Database& db);  // by trunk_id

struct RouteRecord {
    std::string number;               // exact, or a prefix ending in '*'
    std::string target_kind;          // extension, queue, ivr, trunk
    std::string target;
};
Result<void> insert_route(Database& db, const RouteRecord& r);
Result<std::vector<RouteRecord>> list_routes(Database& db);

struct NewCallRecord {
    std::string direction;            // inbound, outbound, internal
    std::string caller;
    std::string callee;
    std::string sip_call_id;
    std::optional<std::int64_t> trunk_id;
    std::optional<UserId> agent_id;
    std::int64_t started_ms = 0;
};
// Written when the call starts, so that a crash still leaves a record (ended_ms NULL).
Result<void> insert_call(Database& db, CallId id, const NewCallRecord& c);
Result<void> mark_call_answered(Database& db, CallId id, std::int64_t answered_ms,
                                std::optional<UserId> agent);
Result<void> finish_call(Database& db, CallId id, std::int64_t ended_ms, std::string_view reason,
                         std::string_view hangup_by);

struct CallRecord {
    CallId id;
    std::string direction, caller, callee, sip_call_id;
    std::optional<std::int64_t> trunk_id;
    std::optional<UserId> agent_id;
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> answered_ms, ended_ms;
    std::string end_reason, hangup_by;
};
Result<std::optional<CallRecord>> find_call(Database& db, CallId id);
Result<std::vector<CallRecord>> recent_calls(Database& db, int limit);  // newest first
// The largest call id in use (0 when none): a restarted server continues after it.
Result<std::int64_t> max_call_id(Database& db);
// Calls a crash left open (ended_ms NULL): closed with the given reason at start-up.
Result<int> close_open_calls(Database& db, std::int64_t ended_ms, std::string_view reason);

}  // namespace cti::storage
