#pragma once
// Custom reports (自定义报表) kept on the server (0018 saved_reports): a name and a query, seen
// by their owner, or by everyone when shared.
#include <cstdint>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/reports/report.h"
#include "cti/storage/database.h"

namespace cti::reports {

struct SavedReport {
    std::int64_t id = 0;  // 0: new
    std::string name;
    ReportQuery query;
    UserId owner;
    std::string owner_login;
    bool shared = false;
    std::int64_t updated_ms = 0;
};

std::string query_to_json(const ReportQuery& q);
Result<ReportQuery> query_from_json(std::string_view json);

// Saves (new or the owner's own; `admin` may change anyone's and share), returns it as stored.
Result<SavedReport> save_report(storage::Database& db, SavedReport r, bool admin, std::int64_t now_ms);
Result<void> remove_report(storage::Database& db, std::int64_t id, UserId by, bool admin);
// The user's own reports and the shared ones, by name.
Result<std::vector<SavedReport>> list_reports(storage::Database& db, UserId user);

}  // namespace cti::reports
