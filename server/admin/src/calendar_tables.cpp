// calendars: business calendars (weekly hours, holidays, make-up working days 调休) edited as
// lines of text, one entry per line, stored as the JSON of cti/core/calendar.h:
//   weekly       "mon 08:30-12:00 13:30-17:30"   (a weekday left out is closed)
//   holidays     "2026-01-01 元旦"  or  "2026-02-15..2026-02-23 春节"
//   makeup_days  "2026-02-14 mon 春节调休"  or  "2026-02-28 09:00-12:00 加班"
#include <fmt/format.h>

#include <algorithm>

#include <array>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cti/core/calendar.h"
#include "cti/storage/ivr.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 7> kDays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

bool is_day(std::string_view s) { return std::ranges::find(kDays, s) != kDays.end(); }
bool is_interval(std::string_view s) { return s.size() == 11 && s[5] == '-'; }

std::vector<std::string> words(std::string_view line) {
    std::vector<std::string> out;
    std::istringstream in{std::string(line)};
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string l; std::getline(in, l);)
        if (!words(l).empty()) out.push_back(l);
    return out;
}

std::string rest_of(const std::vector<std::string>& w, std::size_t from) {
    std::string out;
    for (std::size_t i = from; i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
}

// The text form -> the calendar's JSON; problems name the line.
Result<json> to_json(const Record& r) {
    std::vector<std::string> problems;
    json weekly = json::object();
    for (const auto& l : lines(field(r, "weekly"))) {
        auto w = words(l);
        if (!is_day(w[0])) {
            problems.push_back(fmt::format("weekly '{}': start with a weekday (mon ... sun)", l));
            continue;
        }
        auto& day = weekly[w[0]];
        if (!day.is_array()) day = json::array();
        for (std::size_t i = 1; i < w.size(); ++i) day.push_back(w[i]);
    }
    json holidays = json::array();
    for (const auto& l : lines(field(r, "holidays"))) {
        auto w = words(l);
        json h;
        if (auto dots = w[0].find(".."); dots != std::string::npos) {
            h["from"] = w[0].substr(0, dots);
            h["to"] = w[0].substr(dots + 2);
        } else {
            h["date"] = w[0];
        }
        h["name"] = rest_of(w, 1);
        holidays.push_back(std::move(h));
    }
    json makeup = json::array();
    for (const auto& l : lines(field(r, "makeup_days"))) {
        auto w = words(l);
        json m{{"date", w[0]}};
        std::size_t i = 1;
        if (i < w.size() && is_day(w[i])) {
            m["as"] = w[i++];
        } else {
            json hours = json::array();
            while (i < w.size() && is_interval(w[i])) hours.push_back(w[i++]);
            if (!hours.empty()) m["hours"] = std::move(hours);
        }
        m["name"] = rest_of(w, i);
        makeup.push_back(std::move(m));
    }
    if (!problems.empty()) return fail(Errc::invalid_argument, fmt::format("{}", fmt::join(problems, "; ")));
    return json{{"name", field(r, "name")}, {"utc_offset", field(r, "utc_offset")}, {"weekly", weekly},
                {"holidays", holidays}, {"makeup_days", makeup}};
}

// The stored JSON -> the text form.
Record to_record(const std::string& name, const std::string& definition, const std::string& updated) {
    Record r{{"name", name}, {"updated", updated}};
    auto j = json::parse(definition, nullptr, false);
    if (j.is_discarded()) return r;
    r["utc_offset"] = j.value("utc_offset", "+08:00");
    std::string weekly;
    if (auto w = j.find("weekly"); w != j.end() && w->is_object())
        for (auto day : kDays)
            if (auto d = w->find(std::string(day)); d != w->end() && d->is_array() && !d->empty()) {
                weekly += std::string(day);
                for (const auto& i : *d) weekly += " " + i.get<std::string>();
                weekly += "\n";
            }
    r["weekly"] = weekly;
    std::string holidays;
    for (const auto& h : j.value("holidays", json::array())) {
        holidays += h.contains("date") ? h.value("date", "") : h.value("from", "") + ".." + h.value("to", "");
        if (!h.value("name", "").empty()) holidays += " " + h.value("name", "");
        holidays += "\n";
    }
    r["holidays"] = holidays;
    std::string makeup;
    for (const auto& m : j.value("makeup_days", json::array())) {
        makeup += m.value("date", "");
        if (m.contains("as")) makeup += " " + m.value("as", "");
        for (const auto& h : m.value("hours", json::array())) makeup += " " + h.get<std::string>();
        if (!m.value("name", "").empty()) makeup += " " + m.value("name", "");
        makeup += "\n";
    }
    r["makeup_days"] = makeup;
    return r;
}

std::vector<Column> calendar_columns() {
    auto name = text_column("name", 50, true);
    name.key = true;
    auto offset = text_column("utc_offset", 6, true);
    offset.default_value = "+08:00";
    Column weekly{.name = "weekly", .type = ColumnType::multiline, .max = 2000,
                  .default_value = "mon 08:30-12:00 13:30-17:30\ntue 08:30-12:00 13:30-17:30\n"
                                   "wed 08:30-12:00 13:30-17:30\nthu 08:30-12:00 13:30-17:30\n"
                                   "fri 08:30-12:00 13:30-17:30\n"};
    Column holidays{.name = "holidays", .type = ColumnType::multiline, .max = 8000};
    Column makeup{.name = "makeup_days", .type = ColumnType::multiline, .max = 4000};
    return {name, offset, weekly, holidays, makeup, read_only_column("updated", ColumnType::text)};
}

Result<TableData> list_calendars(storage::Database& db, const Context& ctx) {
    auto rows = query_records(db, "SELECT name, definition, updated_ms FROM business_calendars ORDER BY name", {},
                              {"name", "definition", "updated_ms"}, "listing calendars");
    if (!rows) return std::unexpected(rows.error());
    TableData out{calendar_columns(), {}, "IVR business-hours conditions and work-order deadlines use a saved calendar at once."};
    for (const auto& r : *rows)
        out.records.push_back(
            to_record(field(r, "name"), field(r, "definition"), local_time(int_field(r, "updated_ms"), ctx.utc_offset_min)));
    return out;
}

Result<Record> save_calendar(storage::Database& db, const Record& in, const Context& ctx) {
    auto r = check_record(calendar_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    auto j = to_json(*r);
    if (!j) return std::unexpected(j.error());
    auto cal = calendar_from_json(j->dump());
    if (!cal) return fail(Errc::invalid_argument, cal.error().message);
    if (auto ok = validate(*cal); !ok) return fail(Errc::invalid_argument, ok.error().message);
    const auto stored = calendar_to_json(*cal);
    if (auto s = storage::save_calendar(db, field(*r, "name"), stored, ctx.now_ms); !s) return std::unexpected(s.error());
    return to_record(field(*r, "name"), stored, local_time(ctx.now_ms, ctx.utc_offset_min));
}

}  // namespace

std::vector<Table> calendar_tables() {
    return {Table{.name = "calendars", .read_permission = "admin.system", .write_permission = "admin.system",
                  .may_remove = false, .reload = Reload::calendars, .list = list_calendars, .save = save_calendar}};
}

}  // namespace cti::admin
