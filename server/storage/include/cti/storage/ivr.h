#pragma once
// Typed queries over ivr_flows (0005_ivr_flows.sql) and business_calendars (0006).
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct IvrFlowRecord {
    std::string name;
    int version = 0;
    std::string definition;  // JSON
    std::int64_t created_ms = 0;
    std::string author;  // login of who saved it; empty when seeded
};

// Saves a new version (the next number for the name); returns it.
Result<int> save_ivr_flow(Database& db, std::string_view name, std::string_view definition,
                          std::optional<UserId> author, std::int64_t created_ms);
// The newest version of every flow.
Result<std::vector<IvrFlowRecord>> latest_ivr_flows(Database& db);
// One version of a flow (0: the newest); empty when there is none.
Result<std::optional<IvrFlowRecord>> find_ivr_flow(Database& db, std::string_view name, int version);

// The IVR nodes a call entered, in order, at one time (0018 ivr_visits).
Result<void> append_ivr_visits(Database& db, CallId call, std::string_view flow, const std::vector<std::string>& nodes,
                               std::int64_t at_ms);

// Business calendars (0006_calendars.sql): name -> JSON definition.
Result<void> save_calendar(Database& db, std::string_view name, std::string_view definition, std::int64_t updated_ms);
Result<std::vector<std::pair<std::string, std::string>>> list_calendars(Database& db);  // by name

}  // namespace cti::storage
