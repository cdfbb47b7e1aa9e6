#include "cti/core/calendar.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>

#include <nlohmann/json.hpp>

namespace cti {

namespace chr = std::chrono;

namespace {

// How far the search functions look for open time before giving up.
constexpr int horizon_days = 400;

constexpr std::array<std::string_view, 7> weekday_names{"sun", "mon", "tue", "wed",
                                                        "thu", "fri", "sat"};

struct Span {
    WallTime begin;
    WallTime end;
};

chr::sys_days local_day(const BusinessCalendar& cal, WallTime t) {
    return chr::floor<chr::days>(t + cal.utc_offset);
}

// The open periods of one local day as instants, in order.
std::vector<Span> day_spans(const BusinessCalendar& cal, chr::sys_days day) {
    std::vector<Span> out;
    for (const auto& i : hours_on(cal, chr::year_month_day{day})) {
        WallTime midnight = WallTime{day.time_since_epoch()} - cal.utc_offset;
        out.push_back({midnight + chr::minutes(i.begin_minute),
                       midnight + chr::minutes(i.end_minute)});
    }
    return out;
}

// The first open period (not merged across midnight) that ends after t; its begin may be
// before t when t is inside it.
std::optional<Span> span_after(const BusinessCalendar& cal, WallTime t) {
    auto day = local_day(cal, t);
    for (int d = 0; d < horizon_days; ++d) {
        for (const auto& s : day_spans(cal, day + chr::days(d))) {
            if (s.end > t) return s;
        }
    }
    return std::nullopt;
}

std::optional<int> parse_number(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size() || s.empty()) return std::nullopt;
    return v;
}

Result<int> parse_hhmm(std::string_view s, std::string_view whole) {
    auto colon = s.find(':');
    auto h = colon == std::string_view::npos ? std::nullopt : parse_number(s.substr(0, colon));
    auto m = colon == std::string_view::npos ? std::nullopt : parse_number(s.substr(colon + 1));
    if (!h || !m) {
        return fail(Errc::invalid_argument,
                    fmt::format("'{}' is not a time interval; write it as HH:MM-HH:MM, e.g. "
                                "08:30-12:00", whole));
    }
    if (*m < 0 || *m > 59 || *h < 0 || *h > 24 || (*h == 24 && *m != 0)) {
        return fail(Errc::invalid_argument,
                    fmt::format("'{}' in '{}' is not a time of day; use 00:00 to 24:00", s, whole));
    }
    return *h * 60 + *m;
}

std::optional<chr::weekday> weekday_from_name(std::string_view name) {
    for (unsigned i = 0; i < weekday_names.size(); ++i) {
        if (weekday_names[i] == name) return chr::weekday{i};
    }
    return std::nullopt;
}

std::string describe(chr::year_month_day d) {
    return fmt::format("{} ({})", format_date(d),
                       weekday_names[chr::weekday{chr::sys_days{d}}.c_encoding()]);
}

void check_intervals(const std::vector<DayInterval>& v, std::string_view where,
                     std::vector<std::string>& problems) {
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto& x = v[i];
        if (x.begin_minute < 0 || x.end_minute > 24 * 60 || x.begin_minute >= x.end_minute) {
            problems.push_back(fmt::format("{}: interval {} must start before it ends, within "
                                           "00:00-24:00", where, format_interval(x)));
        }
        if (i > 0 && x.begin_minute < v[i - 1].end_minute) {
            problems.push_back(fmt::format("{}: intervals {} and {} overlap or are out of order; "
                                           "list them in time order without overlap", where,
                                           format_interval(v[i - 1]), format_interval(x)));
        }
    }
}

}  // namespace

chr::year_month_day local_date(const BusinessCalendar& cal, WallTime t) {
    return chr::year_month_day{local_day(cal, t)};
}

static bool in_holiday(const BusinessCalendar& cal, chr::sys_days d) {
    return std::ranges::any_of(cal.holidays, [&](const Holiday& h) {
        return chr::sys_days{h.first} <= d && d <= chr::sys_days{h.last};
    });
}

bool is_holiday(const BusinessCalendar& cal, WallTime t) {
    return in_holiday(cal, local_day(cal, t));
}

std::vector<DayInterval> hours_on(const BusinessCalendar& cal, chr::year_month_day date) {
    for (const auto& m : cal.makeup_days) {
        if (m.date != date) continue;
        if (!m.hours.empty()) return m.hours;
        return cal.weekly[m.hours_of.value_or(chr::Monday).c_encoding()];
    }
    chr::sys_days day{date};
    if (in_holiday(cal, day)) return {};
    return cal.weekly[chr::weekday{day}.c_encoding()];
}

bool is_open(const BusinessCalendar& cal, WallTime t) {
    auto s = span_after(cal, t);
    return s && s->begin <= t;
}

std::optional<WallTime> next_open(const BusinessCalendar& cal, WallTime t) {
    auto s = span_after(cal, t);
    if (!s) return std::nullopt;
    return std::max(s->begin, t);
}

std::optional<WallTime> next_close(const BusinessCalendar& cal, WallTime t) {
    auto s = span_after(cal, t);
    if (!s) return std::nullopt;
    WallTime end = s->end;
    // Merge periods that touch (…-24:00 then 00:00-… the next day).
    for (int guard = 0; guard < horizon_days * 4; ++guard) {
        auto n = span_after(cal, end);
        if (!n || n->begin != end) return end;
        end = n->end;
    }
    return std::nullopt;
}

Result<WallTime> add_business_time(const BusinessCalendar& cal, WallTime start,
                                   chr::seconds amount) {
    if (amount <= chr::seconds::zero()) return start;
    WallTime t = start;
    auto remaining = chr::duration_cast<WallTime::duration>(amount);
    for (;;) {
        auto s = span_after(cal, t);
        if (!s) {
            return fail(Errc::invalid_argument,
                        fmt::format("calendar '{}' has no open time in the {} days after {}; "
                                    "add weekly hours or remove holidays", cal.name, horizon_days,
                                    format_date(local_date(cal, t))));
        }
        WallTime from = std::max(s->begin, t);
        if (s->end - from >= remaining) return from + remaining;
        remaining -= s->end - from;
        t = s->end;
    }
}

chr::seconds business_time_between(const BusinessCalendar& cal, WallTime a, WallTime b) {
    if (b < a) return -business_time_between(cal, b, a);
    WallTime::duration total{};
    WallTime t = a;
    while (t < b) {
        auto s = span_after(cal, t);
        if (!s || s->begin >= b) break;
        WallTime from = std::max(s->begin, t);
        WallTime to = std::min(s->end, b);
        total += to - from;
        t = s->end;
    }
    return chr::duration_cast<chr::seconds>(total);
}

Result<> validate(const BusinessCalendar& cal) {
    std::vector<std::string> problems;
    if (cal.utc_offset < chr::hours(-14) || cal.utc_offset > chr::hours(14)) {
        problems.push_back("utc_offset must be between -14:00 and +14:00 (China: +08:00)");
    }
    for (unsigned d = 0; d < 7; ++d) {
        check_intervals(cal.weekly[d], fmt::format("weekly.{}", weekday_names[d]), problems);
    }
    for (const auto& h : cal.holidays) {
        if (!h.first.ok() || !h.last.ok()) {
            problems.push_back(fmt::format("holiday '{}' has an impossible date", h.name));
        } else if (chr::sys_days{h.last} < chr::sys_days{h.first}) {
            problems.push_back(fmt::format("holiday '{}' ends ({}) before it starts ({}); swap "
                                           "from and to", h.name, format_date(h.last),
                                           format_date(h.first)));
        }
    }
    std::map<chr::sys_days, int> seen;
    for (const auto& m : cal.makeup_days) {
        if (!m.date.ok()) {
            problems.push_back(fmt::format("make-up day '{}' has an impossible date", m.name));
            continue;
        }
        chr::sys_days day{m.date};
        auto wd = chr::weekday{day};
        if (wd != chr::Saturday && wd != chr::Sunday) {
            problems.push_back(fmt::format(
                "make-up day {} is not a Saturday or Sunday; a make-up day (调休) turns a weekend "
                "day into a working day — fix the date or remove it", describe(m.date)));
        }
        if (in_holiday(cal, day)) {
            problems.push_back(fmt::format("make-up day {} is inside a holiday; a date is either "
                                           "a holiday or a working day", describe(m.date)));
        }
        if (++seen[day] == 2) {
            problems.push_back(fmt::format("make-up day {} is listed twice", format_date(m.date)));
        }
        check_intervals(m.hours, fmt::format("make-up day {}", format_date(m.date)), problems);
        if (m.hours.empty() && m.hours_of && cal.weekly[m.hours_of->c_encoding()].empty()) {
            problems.push_back(fmt::format("make-up day {} takes the hours of {}, which is closed; "
                                           "name an open weekday or give hours", format_date(m.date),
                                           weekday_names[m.hours_of->c_encoding()]));
        }
    }
    if (problems.empty()) return {};
    std::string msg = fmt::format("calendar '{}': ", cal.name);
    for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
    return fail(Errc::invalid_argument, std::move(msg));
}

Result<DayInterval> parse_interval(std::string_view text) {
    auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        return fail(Errc::invalid_argument,
                    fmt::format("'{}' is not a time interval; write it as HH:MM-HH:MM, e.g. "
                                "08:30-12:00", text));
    }
    auto b = parse_hhmm(text.substr(0, dash), text);
    if (!b) return std::unexpected(b.error());
    auto e = parse_hhmm(text.substr(dash + 1), text);
    if (!e) return std::unexpected(e.error());
    return DayInterval{*b, *e};
}

std::string format_interval(const DayInterval& i) {
    return fmt::format("{:02}:{:02}-{:02}:{:02}", i.begin_minute / 60, i.begin_minute % 60,
                       i.end_minute / 60, i.end_minute % 60);
}

Result<chr::year_month_day> parse_date(std::string_view text) {
    auto bad = [&] {
        return fail(Errc::invalid_argument,
                    fmt::format("'{}' is not a date; write it as YYYY-MM-DD, e.g. 2026-02-14",
                                text));
    };
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
    auto y = parse_number(text.substr(0, 4));
    auto m = parse_number(text.substr(5, 2));
    auto d = parse_number(text.substr(8, 2));
    if (!y || !m || !d) return bad();
    chr::year_month_day ymd{chr::year{*y}, chr::month(static_cast<unsigned>(*m)),
                            chr::day(static_cast<unsigned>(*d))};
    if (!ymd.ok()) return bad();
    return ymd;
}

std::string format_date(chr::year_month_day d) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                       static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

namespace {

using nlohmann::json;

Result<std::vector<DayInterval>> intervals_from(const json& j, std::string_view where) {
    if (!j.is_array()) {
        return fail(Errc::invalid_argument,
                    fmt::format("{} must be a list of \"HH:MM-HH:MM\" strings", where));
    }
    std::vector<DayInterval> out;
    for (const auto& s : j) {
        if (!s.is_string()) {
            return fail(Errc::invalid_argument,
                        fmt::format("{} must be a list of \"HH:MM-HH:MM\" strings", where));
        }
        auto i = parse_interval(s.get<std::string>());
        if (!i) return fail(Errc::invalid_argument, fmt::format("{}: {}", where, i.error().message));
        out.push_back(*i);
    }
    return out;
}

Result<chr::year_month_day> date_field(const json& j, const char* key, std::string_view where) {
    if (!j.contains(key) || !j[key].is_string()) {
        return fail(Errc::invalid_argument,
                    fmt::format("{} needs \"{}\": \"YYYY-MM-DD\"", where, key));
    }
    auto d = parse_date(j[key].get<std::string>());
    if (!d) return fail(Errc::invalid_argument, fmt::format("{}: {}", where, d.error().message));
    return d;
}

json intervals_to(const std::vector<DayInterval>& v) {
    json a = json::array();
    for (const auto& i : v) a.push_back(format_interval(i));
    return a;
}

Result<chr::minutes> parse_offset(std::string_view s) {
    auto bad = fail(Errc::invalid_argument,
                    fmt::format("utc_offset '{}' must look like +08:00 or -05:30", s));
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return bad;
    auto h = parse_number(s.substr(1, 2));
    auto m = parse_number(s.substr(4, 2));
    if (!h || !m || *m > 59) return bad;
    chr::minutes v{*h * 60 + *m};
    return s[0] == '-' ? -v : v;
}

Result<BusinessCalendar> from_json_value(const json& j) {
    BusinessCalendar cal;
    if (!j.is_object()) return fail(Errc::invalid_argument, "a calendar must be a JSON object");
    cal.name = j.value("name", "");
    if (j.contains("utc_offset")) {
        if (!j["utc_offset"].is_string()) {
            return fail(Errc::invalid_argument, "utc_offset must be a string like \"+08:00\"");
        }
        auto off = parse_offset(j["utc_offset"].get<std::string>());
        if (!off) return std::unexpected(off.error());
        cal.utc_offset = *off;
    }
    if (j.contains("weekly")) {
        const auto& w = j["weekly"];
        if (!w.is_object()) {
            return fail(Errc::invalid_argument,
                        "weekly must be an object like {\"mon\": [\"08:30-12:00\"]}");
        }
        for (const auto& [key, value] : w.items()) {
            auto wd = weekday_from_name(key);
            if (!wd) {
                return fail(Errc::invalid_argument,
                            fmt::format("weekly: '{}' is not a weekday; use mon, tue, wed, thu, "
                                        "fri, sat, sun", key));
            }
            auto v = intervals_from(value, fmt::format("weekly.{}", key));
            if (!v) return std::unexpected(v.error());
            cal.weekly[wd->c_encoding()] = std::move(*v);
        }
    }
    for (const auto& h : j.value("holidays", json::array())) {
        Holiday hol;
        hol.name = h.value("name", "");
        std::string where = fmt::format("holiday '{}'", hol.name);
        auto first = date_field(h, h.contains("date") ? "date" : "from", where);
        if (!first) return std::unexpected(first.error());
        hol.first = hol.last = *first;
        if (!h.contains("date")) {
            auto last = date_field(h, "to", where);
            if (!last) return std::unexpected(last.error());
            hol.last = *last;
        }
        cal.holidays.push_back(std::move(hol));
    }
    for (const auto& m : j.value("makeup_days", json::array())) {
        MakeupDay day;
        day.name = m.value("name", "");
        auto d = date_field(m, "date", "make-up day");
        if (!d) return std::unexpected(d.error());
        day.date = *d;
        std::string where = fmt::format("make-up day {}", format_date(day.date));
        if (m.contains("as")) {
            auto wd = m["as"].is_string() ? weekday_from_name(m["as"].get<std::string>())
                                          : std::nullopt;
            if (!wd) {
                return fail(Errc::invalid_argument,
                            fmt::format("{}: \"as\" must be a weekday (mon … sun)", where));
            }
            day.hours_of = *wd;
        }
        if (m.contains("hours")) {
            auto v = intervals_from(m["hours"], where);
            if (!v) return std::unexpected(v.error());
            day.hours = std::move(*v);
        }
        cal.makeup_days.push_back(std::move(day));
    }
    if (auto ok = validate(cal); !ok) return std::unexpected(ok.error());
    return cal;
}

}  // namespace

Result<BusinessCalendar> calendar_from_json(std::string_view text) {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        return fail(Errc::invalid_argument, "the calendar is not valid JSON; check quotes, "
                                            "commas and brackets");
    }
    try {
        return from_json_value(j);
    } catch (const json::exception& e) {
        return fail(Errc::invalid_argument,
                    fmt::format("calendar field of the wrong type: {}", e.what()));
    }
}

std::string calendar_to_json(const BusinessCalendar& cal) {
    json j;
    j["name"] = cal.name;
    auto off = cal.utc_offset.count();
    j["utc_offset"] = fmt::format("{}{:02}:{:02}", off < 0 ? '-' : '+', std::abs(off) / 60,
                                  std::abs(off) % 60);
    json weekly = json::object();
    for (unsigned d = 0; d < 7; ++d) {
        if (!cal.weekly[d].empty()) weekly[std::string(weekday_names[d])] = intervals_to(cal.weekly[d]);
    }
    j["weekly"] = weekly;
    j["holidays"] = json::array();
    for (const auto& h : cal.holidays) {
        json o{{"name", h.name}};
        if (h.first == h.last) {
            o["date"] = format_date(h.first);
        } else {
            o["from"] = format_date(h.first);
            o["to"] = format_date(h.last);
        }
        j["holidays"].push_back(o);
    }
    j["makeup_days"] = json::array();
    for (const auto& m : cal.makeup_days) {
        json o{{"date", format_date(m.date)}, {"name", m.name}};
        if (m.hours_of) o["as"] = std::string(weekday_names[m.hours_of->c_encoding()]);
        if (!m.hours.empty()) o["hours"] = intervals_to(m.hours);
        j["makeup_days"].push_back(o);
    }
    return j.dump(2);
}

}  // namespace cti
