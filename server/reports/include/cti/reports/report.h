#pragma once
// Reports (报表) computed from what the server stored: queue stays (0018), calls, agents'
// state changes (event_log agent.state) and work orders. One row per period and key; the total
// row sums the counts and recomputes averages and rates from the sums (never an average of
// averages).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::reports {

enum class Subject { queue, agent, ivr_node, order_type, department, overdue, satisfaction };
enum class Period { whole, m15, m30, m60, day, month, year };

std::optional<Subject> subject_from_string(std::string_view s) noexcept;
std::optional<Period> period_from_string(std::string_view s) noexcept;  // "" is whole
std::string_view to_string(Subject s) noexcept;
std::string_view to_string(Period p) noexcept;

struct ReportQuery {
    Subject subject = Subject::queue;
    Period period = Period::whole;
    std::string range;  // today, yesterday, last_7_days, this_month, last_month, this_year; "": from/to
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
    int utc_offset_min = 0;
    std::vector<std::string> columns;  // empty: every column of the subject
    std::vector<std::string> keys;     // empty: every key
};

struct ReportRow {
    std::string period;
    std::string key;
    std::vector<double> values;
};

struct ReportTable {
    std::vector<std::string> columns;
    std::vector<ReportRow> rows;
    ReportRow total;
    std::int64_t from_ms = 0;
    std::int64_t to_ms = 0;
};

// Every column of a subject, in the default order.
std::vector<std::string> columns_of(Subject s);

// [from, to) of a named range at `now_ms` in the zone utc_offset_min (pure).
Result<std::pair<std::int64_t, std::int64_t>> resolve_range(std::string_view range, int utc_offset_min,
                                                             std::int64_t now_ms);

// Checks the query (known columns, a range of at most 400 days, an offset within ±14 h, at most
// 3,000 periods) and fills from/to from `range`.
Result<ReportQuery> check_query(ReportQuery q, std::int64_t now_ms);

// Runs a checked query on a read connection.
Result<ReportTable> run_report(storage::Database& db, const ReportQuery& q, std::int64_t now_ms);

}  // namespace cti::reports
