// shifts (班次), shift_members (who works them, on which weekdays, between which dates) and
// on_duty (who is on a shift now, and whether they are signed in).
#include <fmt/format.h>

#include <algorithm>

#include <array>

#include "cti/admin/shifts.h"
#include "cti/core/calendar.h"
#include "cti/storage/acd.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

constexpr std::array<std::string_view, 7> kDayNames{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};  // c_encoding

std::vector<std::string> day_names() { return {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}; }

std::optional<std::chrono::weekday> day_of(std::string_view name) {
    for (unsigned i = 0; i < kDayNames.size(); ++i)
        if (kDayNames[i] == name) return std::chrono::weekday(i);
    return std::nullopt;
}

bool works_on(const ShiftMember& m, std::chrono::year_month_day d) {
    const std::chrono::weekday wd{std::chrono::sys_days(d)};
    if (std::ranges::find(m.weekdays, wd) == m.weekdays.end()) return false;
    if (m.from && d < *m.from) return false;
    if (m.until && d > *m.until) return false;
    return true;
}

// ---- shifts ----

std::vector<Column> shift_columns() {
    auto name = text_column("name", 50, true);
    name.key = true;
    return {name,
            Column{.name = "start", .type = ColumnType::time, .required = true, .default_value = "08:00"},
            Column{.name = "end", .type = ColumnType::time, .required = true, .default_value = "17:00"},
            text_column("description", 300), read_only_column("members", ColumnType::integer)};
}

Result<std::vector<Record>> shift_rows(storage::Database& db) {
    auto rows = query_records(db,
                              "SELECT s.name, s.start_minute, s.end_minute, s.description, "
                              "(SELECT COUNT(*) FROM shift_members m WHERE m.shift = s.name) AS members "
                              "FROM shifts s ORDER BY s.start_minute, s.name",
                              {}, {"name", "start_minute", "end_minute", "description", "members"}, "listing shifts");
    if (!rows) return std::unexpected(rows.error());
    for (auto& r : *rows) {
        r["start"] = format_minutes(static_cast<int>(int_field(r, "start_minute")));
        r["end"] = format_minutes(static_cast<int>(int_field(r, "end_minute")));
        r.erase("start_minute");
        r.erase("end_minute");
    }
    return rows;
}

Result<TableData> list_shifts(storage::Database& db, const Context&) {
    auto rows = shift_rows(db);
    if (!rows) return std::unexpected(rows.error());
    return TableData{shift_columns(), std::move(*rows), "An end earlier than the start ends on the next day (night shift)."};
}

Result<Record> save_shift(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(shift_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    if (field(*r, "start") == field(*r, "end"))
        return fail(Errc::invalid_argument, "end: a shift ends at another time than it starts");
    auto e = execute(db,
                     "INSERT INTO shifts (name, start_minute, end_minute, description) VALUES (:name, :start, :end, :d) "
                     "ON CONFLICT (name) DO UPDATE SET start_minute = excluded.start_minute, "
                     "end_minute = excluded.end_minute, description = excluded.description",
                     {{":name", field(*r, "name")},
                      {":start", std::to_string(parse_minutes(field(*r, "start")))},
                      {":end", std::to_string(parse_minutes(field(*r, "end")))},
                      {":d", field(*r, "description")}},
                     "saving the shift");
    if (!e) return std::unexpected(e.error());
    return r;
}

Result<void> remove_shift(storage::Database& db, const Record& key, const Context&) {
    auto n = count_of(db, "SELECT COUNT(*) AS n FROM shift_members WHERE shift = :s", {{":s", field(key, "name")}});
    if (!n) return std::unexpected(n.error());
    if (*n > 0)
        return fail(Errc::invalid_argument,
                    fmt::format("shift '{}' still has {} people on it; take them off first", field(key, "name"), *n));
    auto e = execute(db, "DELETE FROM shifts WHERE name = :s", {{":s", field(key, "name")}}, "removing the shift");
    if (!e) return e;
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no shift '{}'", field(key, "name")));
    return {};
}

// ---- shift_members ----

std::vector<Column> member_columns(storage::Database& db) {
    std::vector<std::string> logins, shifts;
    if (auto rows = query_records(db, "SELECT login FROM users WHERE enabled = 1 ORDER BY login", {}, {"login"}, "listing users"))
        for (const auto& r : *rows) logins.push_back(field(r, "login"));
    if (auto rows = shift_rows(db))
        for (const auto& r : *rows) shifts.push_back(field(r, "name"));
    auto login = choice_column("login", logins);
    login.key = true;
    auto shift = choice_column("shift", shifts);
    shift.key = true;
    return {login, shift,
            Column{.name = "weekdays", .type = ColumnType::list, .required = true, .max = 40, .choices = day_names(),
                   .default_value = "mon,tue,wed,thu,fri"},
            Column{.name = "from", .type = ColumnType::date}, Column{.name = "until", .type = ColumnType::date},
            read_only_column("name")};
}

Result<std::vector<Record>> member_rows(storage::Database& db) {
    return query_records(db,
                         "SELECT u.login, u.display_name AS name, m.shift, m.weekdays, m.from_date AS \"from\", "
                         "m.until_date AS until FROM shift_members m JOIN users u ON u.user_id = m.user_id "
                         "ORDER BY m.shift, u.login",
                         {}, {"login", "name", "shift", "weekdays", "from", "until"}, "listing shift members");
}

Result<TableData> list_members(storage::Database& db, const Context&) {
    auto rows = member_rows(db);
    if (!rows) return std::unexpected(rows.error());
    return TableData{member_columns(db), std::move(*rows), {}};
}

Result<Record> save_member(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(member_columns(db), in, true);
    if (!r) return std::unexpected(r.error());
    if (!field(*r, "from").empty() && !field(*r, "until").empty() && field(*r, "until") < field(*r, "from"))
        return fail(Errc::invalid_argument, "until: the last day comes after the first");
    std::string days;
    const auto chosen = list_field(*r, "weekdays");
    for (const auto& d : day_names())
        if (std::ranges::find(chosen, d) != chosen.end()) days += (days.empty() ? "" : ",") + d;
    (*r)["weekdays"] = days;
    auto e = execute(db,
                     "INSERT INTO shift_members (shift, user_id, weekdays, from_date, until_date) "
                     "SELECT :shift, user_id, :days, :from, :until FROM users WHERE login = :login "
                     "ON CONFLICT (shift, user_id) DO UPDATE SET weekdays = excluded.weekdays, "
                     "from_date = excluded.from_date, until_date = excluded.until_date",
                     {{":shift", field(*r, "shift")}, {":days", days}, {":from", field(*r, "from")},
                      {":until", field(*r, "until")}, {":login", field(*r, "login")}},
                     "saving the shift member");
    if (!e) return std::unexpected(e.error());
    return r;
}

Result<void> remove_member(storage::Database& db, const Record& key, const Context&) {
    auto e = execute(db,
                     "DELETE FROM shift_members WHERE shift = :shift AND user_id = "
                     "(SELECT user_id FROM users WHERE login = :login)",
                     {{":shift", field(key, "shift")}, {":login", field(key, "login")}}, "removing the shift member");
    if (!e) return e;
    if (db.changes() == 0)
        return fail(Errc::not_found, fmt::format("{} is not on shift '{}'", field(key, "login"), field(key, "shift")));
    return {};
}

// ---- on_duty ----

std::vector<Column> duty_columns() {
    return {read_only_column("login", ColumnType::text, true), read_only_column("name"), read_only_column("shift"),
            read_only_column("start"), read_only_column("end"), read_only_column("signed_in", ColumnType::boolean)};
}

Result<TableData> list_on_duty(storage::Database& db, const Context& ctx) {
    auto shifts = shift_rows(db);
    if (!shifts) return std::unexpected(shifts.error());
    auto members = member_rows(db);
    if (!members) return std::unexpected(members.error());
    std::vector<Shift> s;
    for (const auto& r : *shifts)
        s.push_back({field(r, "name"), parse_minutes(field(r, "start")), parse_minutes(field(r, "end"))});
    std::vector<ShiftMember> m;
    for (const auto& r : *members) {
        ShiftMember one{field(r, "login"), field(r, "shift"), {}, {}, {}};
        for (const auto& d : list_field(r, "weekdays"))
            if (auto wd = day_of(d)) one.weekdays.push_back(*wd);
        if (auto f = parse_date(field(r, "from"))) one.from = *f;
        if (auto u = parse_date(field(r, "until"))) one.until = *u;
        m.push_back(std::move(one));
    }
    const auto local = std::chrono::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(ctx.now_ms)) +
                       std::chrono::minutes(ctx.utc_offset_min);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const int minute = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(local - day).count());
    auto statuses = storage::last_agent_statuses(db);
    if (!statuses) return std::unexpected(statuses.error());
    auto logins = query_records(db, "SELECT user_id, login FROM users", {}, {"user_id", "login"}, "listing users");
    if (!logins) return std::unexpected(logins.error());
    TableData out{duty_columns(), {}, "Who works a shift now (the server's local time) and whether they are signed in."};
    for (const auto& d : on_duty(s, m, std::chrono::year_month_day(day), minute)) {
        Record r{{"login", d.login}, {"shift", d.shift}, {"signed_in", "0"}};
        for (const auto& mem : *members)
            if (field(mem, "login") == d.login) r["name"] = field(mem, "name");
        for (const auto& sh : *shifts)
            if (field(sh, "name") == d.shift) {
                r["start"] = field(sh, "start");
                r["end"] = field(sh, "end");
            }
        for (const auto& u : *logins)
            if (field(u, "login") == d.login)
                for (const auto& st : *statuses)
                    if (st.user.value() == int_field(u, "user_id") && st.status != "logged_out") r["signed_in"] = "1";
        out.records.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::vector<OnDuty> on_duty(const std::vector<Shift>& shifts, const std::vector<ShiftMember>& members,
                            std::chrono::year_month_day date, int minute) {
    std::vector<OnDuty> out;
    const auto yesterday = std::chrono::year_month_day(std::chrono::sys_days(date) - std::chrono::days(1));
    for (const auto& m : members) {
        auto s = std::ranges::find(shifts, m.shift, &Shift::name);
        if (s == shifts.end()) continue;
        const bool night = s->end_minute < s->start_minute;
        if (minute >= s->start_minute && (night || minute < s->end_minute) && works_on(m, date))
            out.push_back({m.login, m.shift, date});
        else if (night && minute < s->end_minute && works_on(m, yesterday))
            out.push_back({m.login, m.shift, yesterday});
    }
    return out;
}

std::vector<Table> shift_tables() {
    return {
        Table{.name = "shifts", .read_permission = "admin.system", .write_permission = "admin.system",
              .list = list_shifts, .save = save_shift, .remove = remove_shift},
        Table{.name = "shift_members", .read_permission = "admin.system", .write_permission = "admin.system",
              .list = list_members, .save = save_member, .remove = remove_member},
        Table{.name = "on_duty", .read_permission = "report.view", .write_permission = "report.view",
              .may_add = false, .may_remove = false, .list = list_on_duty},
    };
}

}  // namespace cti::admin
