// The pure parts of the administration: checking a record against its columns, who is on a
// shift (night shifts across midnight), a queue's skill requirements as text, parameters.
#include <catch2/catch.hpp>

#include "cti/acd/queue.h"
#include "cti/admin/parameters.h"
#include "cti/admin/shifts.h"
#include "cti/admin/table.h"

using namespace cti;
using namespace cti::admin;
using namespace std::chrono;

namespace {
std::vector<Column> columns() {
    return {Column{.name = "id", .type = ColumnType::integer, .key = true, .read_only = true},
            Column{.name = "name", .type = ColumnType::text, .required = true, .max = 5},
            Column{.name = "ring", .type = ColumnType::integer, .required = true, .min = 1, .max = 600, .default_value = "20"},
            Column{.name = "mode", .type = ColumnType::choice, .choices = {"a", "b"}},
            Column{.name = "on", .type = ColumnType::boolean},
            Column{.name = "at", .type = ColumnType::time},
            Column{.name = "day", .type = ColumnType::date},
            Column{.name = "days", .type = ColumnType::list, .choices = {"mon", "tue"}}};
}
}  // namespace

TEST_CASE("check_record takes good values and names every bad one", "[admin]") {
    auto ok = check_record(columns(), {{"name", " 投诉 "}, {"mode", "b"}, {"on", "1"}, {"at", "08:30"}, {"day", "2026-02-14"},
                                       {"days", "mon, tue"}},
                           true);
    REQUIRE(ok.has_value());
    CHECK(field(*ok, "name") == "投诉");   // trimmed; 2 characters, not 6 bytes
    CHECK(field(*ok, "ring") == "20");     // a new record gets the default
    CHECK_FALSE(ok->contains("id"));       // a read-only key left empty: new

    auto bad = check_record(columns(), {{"name", "abcdef"}, {"ring", "0"}, {"mode", "c"}, {"on", "yes"}, {"at", "24:00"},
                                        {"day", "2026-02-30"}, {"days", "mon,fri"}, {"colour", "red"}},
                            true);
    REQUIRE_FALSE(bad.has_value());
    const auto& m = bad.error().message;
    for (const auto* part : {"name: at most 5 characters", "ring: from 1 to 600", "mode: one of: a, b", "on: 1 (yes) or 0 (no)",
                             "at: a time as HH:MM", "day: a date as YYYY-MM-DD", "days: 'fri' is not one of the allowed values",
                             "colour: this table has no such field"})
        CHECK_THAT(m, Catch::Contains(part));

    auto missing = check_record(columns(), {{"ring", "30"}}, false);
    REQUIRE_FALSE(missing.has_value());
    CHECK_THAT(missing.error().message, Catch::Contains("name: required"));
    CHECK_THAT(missing.error().message, Catch::Contains("id: name the record to change"));
}

TEST_CASE("on_duty counts day shifts on their days and night shifts across midnight", "[admin]") {
    const std::vector<Shift> shifts{{"早班", 8 * 60, 16 * 60}, {"夜班", 22 * 60, 6 * 60}};
    ShiftMember day{"1001", "早班", {Monday, Tuesday, Wednesday, Thursday, Friday}, {}, {}};
    ShiftMember night{"1002", "夜班", {Friday}, {}, {}};
    ShiftMember later{"1003", "早班", {Friday}, year_month_day{2026y / 12 / 1}, {}};
    const std::vector<ShiftMember> members{day, night, later};
    const year_month_day friday = 2026y / November / 27, saturday = 2026y / November / 28;

    auto at = [&](year_month_day d, int minute) {
        std::vector<std::string> who;
        for (const auto& o : on_duty(shifts, members, d, minute)) who.push_back(o.login + "/" + o.shift);
        return who;
    };
    CHECK(at(friday, 7 * 60 + 59).empty());
    CHECK(at(friday, 8 * 60) == std::vector<std::string>{"1001/早班"});  // 1003 starts in December
    CHECK(at(friday, 16 * 60).empty());                                   // the end is exclusive
    CHECK(at(friday, 23 * 60) == std::vector<std::string>{"1002/夜班"});
    CHECK(at(saturday, 5 * 60) == std::vector<std::string>{"1002/夜班"});  // Friday's night shift, still on
    CHECK(at(saturday, 6 * 60).empty());
    CHECK(at(saturday, 23 * 60).empty());                                 // 1002 works Friday nights only
    auto started = on_duty(shifts, members, saturday, 60);
    REQUIRE(started.size() == 1);
    CHECK(started[0].started_on == friday);
}

TEST_CASE("a queue's required skills as text", "[admin][acd]") {
    auto s = acd::skill_requirements_from_string(" 电力:3, 英语 ,");
    REQUIRE(s.has_value());
    REQUIRE(s->size() == 2);
    CHECK((*s)[0].skill == "电力");
    CHECK((*s)[0].min_level == 3);
    CHECK((*s)[1].min_level == 1);
    CHECK(acd::to_string(*s) == "电力:3,英语:1");
    CHECK_THAT(acd::skill_requirements_from_string("电力:11").error().message, Catch::Contains("1 to 10"));
    CHECK_THAT(acd::skill_requirements_from_string("a,a:2").error().message, Catch::Contains("listed twice"));
}

TEST_CASE("system parameters check their values", "[admin]") {
    const auto* p = find_parameter("recording.retention_days");
    REQUIRE(p != nullptr);
    CHECK(check_parameter(*p, "30").empty());
    CHECK(check_parameter(*p, "-1") == "from 0 to 3650");
    CHECK(check_parameter(*p, "3x") == "a whole number is needed");
    const auto* ident = find_parameter("fax.ident");
    REQUIRE(ident != nullptr);
    CHECK(check_parameter(*ident, std::string(21, '1')) == "at most 20 characters");
    Config c;
    p->set(c, "30");
    CHECK(c.recording.retention_days == 30);
}
