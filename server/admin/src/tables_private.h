#pragma once
// Shared by the table files of cti_admin (not installed).
#include <string>
#include <string_view>
#include <vector>

#include "cti/admin/table.h"

namespace cti::admin {

std::vector<std::string> split_list(std::string_view text);  // comma separated, trimmed, empties dropped
std::string local_time(std::int64_t ms, int offset_min);      // "YYYY-MM-DD HH:MM" in that zone

Column text_column(std::string name, int max_chars, bool required = false);
Column int_column(std::string name, std::int64_t min, std::int64_t max, std::int64_t default_value);
Column choice_column(std::string name, std::vector<std::string> choices, bool required = true);
Column read_only_column(std::string name, ColumnType type = ColumnType::text, bool key = false);

// The tables of each file.
std::vector<Table> org_tables();       // skills, queues
std::vector<Table> role_tables();      // roles (role_tables.cpp)
std::vector<Table> calendar_tables();  // calendars
std::vector<Table> shift_tables();     // shifts, shift_members, on_duty
std::vector<Table> order_tables();     // deadlines, workflows, number_segments, vip
std::vector<Table> misc_tables();      // dictionaries, announcements, and parameter_tables()
std::vector<Table> parameter_tables(); // parameters (parameters.cpp)
std::vector<Table> telephony_tables(); // trunks, routes, extensions, agent_settings

// Runs a statement with the bindings given as name/value text pairs, or collects the rows of a
// query as records of the named columns.
Result<std::vector<Record>> query_records(storage::Database& db, std::string_view sql,
                                          const std::vector<std::pair<std::string, std::string>>& binds,
                                          const std::vector<std::string>& columns, std::string_view doing);
Result<void> execute(storage::Database& db, std::string_view sql,
                     const std::vector<std::pair<std::string, std::string>>& binds, std::string_view doing);
Result<std::int64_t> count_of(storage::Database& db, std::string_view sql,
                              const std::vector<std::pair<std::string, std::string>>& binds);

}  // namespace cti::admin
