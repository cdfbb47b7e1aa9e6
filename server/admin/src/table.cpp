#include "cti/admin/table.h"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "cti/core/calendar.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

std::size_t utf8_chars(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return std::string(s);
}

bool parse_int(std::string_view s, std::int64_t& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

bool valid_hhmm(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return false;
    std::int64_t h = 0, m = 0;
    return parse_int(s.substr(0, 2), h) && parse_int(s.substr(3, 2), m) && h >= 0 && h < 24 && m >= 0 && m < 60;
}

// The problem with one value, or "" when it is fine.
std::string check_value(const Column& c, const std::string& v) {
    switch (c.type) {
        case ColumnType::integer: {
            std::int64_t n = 0;
            if (!parse_int(v, n)) return "a whole number is needed";
            if (c.min < c.max && (n < c.min || n > c.max)) return fmt::format("from {} to {}", c.min, c.max);
            return {};
        }
        case ColumnType::boolean:
            return v == "0" || v == "1" ? std::string() : "1 (yes) or 0 (no)";
        case ColumnType::choice:
            if (std::ranges::find(c.choices, v) == c.choices.end())
                return c.choices.size() <= 12 ? fmt::format("one of: {}", fmt::join(c.choices, ", "))
                                               : "not one of the allowed values";
            return {};
        case ColumnType::time:
            return valid_hhmm(v) ? std::string() : "a time as HH:MM (00:00 to 23:59)";
        case ColumnType::date:
            return parse_date(v) ? std::string() : "a date as YYYY-MM-DD";
        case ColumnType::list:
            if (!c.choices.empty())
                for (const auto& item : split_list(v))
                    if (std::ranges::find(c.choices, item) == c.choices.end()) {
                        // "skill:level" items are checked against the name before the colon.
                        auto name = item.substr(0, item.rfind(':'));
                        if (std::ranges::find(c.choices, name) == c.choices.end())
                            return fmt::format("'{}' is not one of the allowed values", item);
                    }
            [[fallthrough]];
        case ColumnType::text:
        case ColumnType::multiline:
        case ColumnType::json:
            if (c.max > 0 && utf8_chars(v) > static_cast<std::size_t>(c.max))
                return fmt::format("at most {} characters", c.max);
            return {};
    }
    return {};
}

}  // namespace

std::string_view to_string(ColumnType t) noexcept {
    switch (t) {
        case ColumnType::text: return "text";
        case ColumnType::multiline: return "multiline";
        case ColumnType::integer: return "int";
        case ColumnType::boolean: return "bool";
        case ColumnType::choice: return "choice";
        case ColumnType::time: return "time";
        case ColumnType::date: return "date";
        case ColumnType::list: return "list";
        case ColumnType::json: return "json";
    }
    return "text";
}

std::vector<std::string> split_list(std::string_view text) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto comma = text.find(',', pos);
        if (comma == std::string_view::npos) comma = text.size();
        auto item = trim(text.substr(pos, comma - pos));
        if (!item.empty()) out.push_back(std::move(item));
        pos = comma + 1;
    }
    return out;
}

Result<Record> check_record(std::span<const Column> columns, const Record& record, bool is_new) {
    if (record.size() > kMaxFields) return fail(Errc::invalid_argument, "the record has too many fields");
    std::vector<std::string> problems;
    for (const auto& [name, value] : record) {
        if (value.size() > kMaxValueBytes) problems.push_back(fmt::format("{}: the value is too long", name));
        if (std::ranges::none_of(columns, [&](const Column& c) { return c.name == name; }))
            problems.push_back(fmt::format("{}: this table has no such field", name));
    }
    Record out;
    for (const auto& c : columns) {
        auto it = record.find(c.name);
        std::string v = it == record.end() ? std::string() : trim(it->second);
        if (c.read_only) {
            // A read-only key names the record being changed; empty on a new one.
            if (c.key && !v.empty()) {
                std::int64_t n = 0;
                if (c.type == ColumnType::integer && !parse_int(v, n)) problems.push_back(c.name + ": a whole number is needed");
                out[c.name] = v;
            } else if (c.key && !is_new) {
                problems.push_back(c.name + ": name the record to change");
            }
            continue;
        }
        if (it == record.end() && is_new) v = c.default_value;
        if (v.empty()) {
            if (c.required) problems.push_back(c.name + ": required");
            else if (c.type == ColumnType::integer || c.type == ColumnType::boolean) v = c.default_value.empty() ? "0" : c.default_value;
            if (v.empty()) {
                out[c.name] = v;
                continue;
            }
        }
        if (auto p = check_value(c, v); !p.empty()) problems.push_back(fmt::format("{}: {}", c.name, p));
        out[c.name] = v;
    }
    if (!problems.empty()) return fail(Errc::invalid_argument, fmt::format("{}", fmt::join(problems, "; ")));
    return out;
}

std::string field(const Record& r, const std::string& name) {
    auto it = r.find(name);
    return it == r.end() ? std::string() : it->second;
}

std::int64_t int_field(const Record& r, const std::string& name) {
    std::int64_t n = 0;
    auto v = field(r, name);
    parse_int(v, n);
    return n;
}

bool bool_field(const Record& r, const std::string& name) { return field(r, name) == "1"; }

std::vector<std::string> list_field(const Record& r, const std::string& name) { return split_list(field(r, name)); }

std::string format_minutes(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

int parse_minutes(std::string_view hhmm) {
    std::int64_t h = 0, m = 0;
    if (!valid_hhmm(hhmm)) return 0;
    parse_int(hhmm.substr(0, 2), h);
    parse_int(hhmm.substr(3, 2), m);
    return static_cast<int>(h * 60 + m);
}

std::string local_time(std::int64_t ms, int offset_min) {
    const auto t = std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(ms)) +
                   std::chrono::minutes(offset_min);
    return fmt::format("{:%Y-%m-%d %H:%M}", std::chrono::floor<std::chrono::minutes>(t));
}

Column text_column(std::string name, int max_chars, bool required) {
    return Column{.name = std::move(name), .type = ColumnType::text, .required = required, .max = max_chars};
}

Column int_column(std::string name, std::int64_t min, std::int64_t max, std::int64_t default_value) {
    return Column{.name = std::move(name), .type = ColumnType::integer, .required = true, .min = min, .max = max,
                  .default_value = std::to_string(default_value)};
}

Column choice_column(std::string name, std::vector<std::string> choices, bool required) {
    Column c{.name = std::move(name), .type = ColumnType::choice, .required = required, .choices = std::move(choices)};
    if (!c.choices.empty()) c.default_value = c.choices.front();
    return c;
}

Column read_only_column(std::string name, ColumnType type, bool key) {
    return Column{.name = std::move(name), .type = type, .key = key, .read_only = true};
}

std::span<const Table> tables() {
    static const std::vector<Table> all = [] {
        std::vector<Table> t;
        for (auto* group : {&org_tables, &role_tables, &calendar_tables, &shift_tables, &order_tables, &telephony_tables, &misc_tables})
            for (const auto& one : (*group)()) t.push_back(one);
        return t;
    }();
    return all;
}

const Table* find_table(std::string_view name) {
    for (const auto& t : tables())
        if (t.name == name) return &t;
    return nullptr;
}

}  // namespace cti::admin
