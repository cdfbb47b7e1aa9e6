#pragma once
// The administration tables (schema/PROTOCOL.md "Administration tables"): each table says which
// columns its records have (so that one editor on the desktop serves them all), how it is
// listed, saved and removed. Records are plain text maps as on the wire; every save checks the
// values against the columns first (check_record, pure) and then the table's own rules, so a
// refusal names the field and what to do. Tables run on a storage connection (the writer's for
// saves, a read-only one for listing) and never touch the running services: what must reach a
// running service after a save is named by `Reload`, and the gateway does it on the core thread.
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::admin {

enum class ColumnType { text, multiline, integer, boolean, choice, time, date, list, json };
std::string_view to_string(ColumnType t) noexcept;

struct Column {
    std::string name;
    ColumnType type = ColumnType::text;
    bool key = false;
    bool required = false;
    bool read_only = false;
    std::int64_t min = 0;  // integer: range; text kinds: max is the longest length (characters)
    std::int64_t max = 0;
    std::vector<std::string> choices;  // choice / list: the allowed values
    std::string default_value;
};

using Record = std::map<std::string, std::string>;

struct TableData {
    std::vector<Column> columns;
    std::vector<Record> records;
    std::string note;
};

// Who called: for authorship, the event log and "now".
struct Context {
    UserId user;
    std::int64_t now_ms = 0;
    int utc_offset_min = 8 * 60;  // the server's business zone (China) for shifts on duty
};

// What a running service must take after a save (the gateway does it).
enum class Reload { none, queue, calendars, announcement, telephony, agent, roles };  // agent: the record's user_id

struct Table {
    std::string_view name;
    std::string_view read_permission;   // "" = every logged-in user
    std::string_view write_permission;  // as the gateway names permissions ("admin.system")
    bool may_add = true;
    bool may_remove = true;
    Reload reload = Reload::none;
    Result<TableData> (*list)(storage::Database& db, const Context& ctx) = nullptr;
    // Saves one record; returns it as stored (ids filled in). nullptr: read-only.
    Result<Record> (*save)(storage::Database& db, const Record& record, const Context& ctx) = nullptr;
    // Removes the record its key fields name. nullptr: no removal.
    Result<void> (*remove)(storage::Database& db, const Record& key, const Context& ctx) = nullptr;
};

// Every table of this module, by name (the gateway adds its own: prompts).
std::span<const Table> tables();
const Table* find_table(std::string_view name);

// Checks a record against the columns: required fields present, numbers in range, choices
// among the allowed, dates and times well formed, text within its length. Returns the record
// trimmed to the writable columns (read-only ones dropped, missing ones given their default);
// `is_new` lets a read-only key be empty. Every problem in one message ("field: what").
Result<Record> check_record(std::span<const Column> columns, const Record& record, bool is_new);

// Field access after check_record (the value is known to parse).
std::int64_t int_field(const Record& r, const std::string& name);
bool bool_field(const Record& r, const std::string& name);
std::string field(const Record& r, const std::string& name);  // "" when absent
std::vector<std::string> list_field(const Record& r, const std::string& name);
// "HH:MM" <-> minutes after midnight.
std::string format_minutes(int minutes);
int parse_minutes(std::string_view hhmm);  // after check_record

// Limits on what one save may carry (a stranger's record is refused before any parsing).
inline constexpr std::size_t kMaxFields = 40;
inline constexpr std::size_t kMaxValueBytes = 64 * 1024;
inline constexpr std::size_t kMaxRecords = 5000;  // listed per table

}  // namespace cti::admin
