// Report names, ranges, query checks, and the table every subject's raw values become.
#include "cti/reports/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>

#include "table.h"

namespace cti::reports {

namespace {
constexpr std::array<std::pair<Subject, std::string_view>, 7> kSubjects{{{Subject::queue, "queue"},
                                                                         {Subject::agent, "agent"},
                                                                         {Subject::ivr_node, "ivr_node"},
                                                                         {Subject::order_type, "order_type"},
                                                                         {Subject::department, "department"},
                                                                         {Subject::overdue, "overdue"},
                                                                         {Subject::satisfaction, "satisfaction"}}};
constexpr std::array<std::pair<Period, std::string_view>, 7> kPeriods{{{Period::whole, ""},
                                                                       {Period::m15, "15m"},
                                                                       {Period::m30, "30m"},
                                                                       {Period::m60, "60m"},
                                                                       {Period::day, "day"},
                                                                       {Period::month, "month"},
                                                                       {Period::year, "year"}}};
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kDay = 24 * 60 * kMinute;
constexpr std::int64_t kMaxRangeMs = 400 * kDay;
constexpr std::int64_t kMaxPeriods = 3000;
constexpr std::size_t kMaxKeys = 200;

std::int64_t period_ms(Period p) {
    switch (p) {
        case Period::m15: return 15 * kMinute;
        case Period::m30: return 30 * kMinute;
        case Period::m60: return 60 * kMinute;
        case Period::day: return kDay;
        case Period::month: return 28 * kDay;  // the shortest month, for the periods limit
        case Period::year: return 365 * kDay;
        case Period::whole: return 0;
    }
    return 0;
}
}  // namespace

std::optional<Subject> subject_from_string(std::string_view s) noexcept {
    for (const auto& [v, n] : kSubjects)
        if (n == s) return v;
    return std::nullopt;
}
std::optional<Period> period_from_string(std::string_view s) noexcept {
    for (const auto& [v, n] : kPeriods)
        if (n == s) return v;
    return std::nullopt;
}
std::string_view to_string(Subject s) noexcept {
    for (const auto& [v, n] : kSubjects)
        if (v == s) return n;
    return "queue";
}
std::string_view to_string(Period p) noexcept {
    for (const auto& [v, n] : kPeriods)
        if (v == p) return n;
    return "";
}

std::vector<std::string> columns_of(Subject s) {
    std::vector<std::string> out;
    for (const auto& c : detail::spec_of(s).columns) out.emplace_back(c.name);
    return out;
}

Result<std::pair<std::int64_t, std::int64_t>> resolve_range(std::string_view range, int utc_offset_min,
                                                             std::int64_t now_ms) {
    using namespace std::chrono;
    const std::int64_t off = std::int64_t{utc_offset_min} * kMinute;
    // Local midnight of a civil day, as Unix ms.
    const auto midnight = [off](year_month_day d) {
        return duration_cast<milliseconds>(sys_days{d}.time_since_epoch()).count() - off;
    };
    const auto today = year_month_day{floor<days>(sys_time<milliseconds>{milliseconds{now_ms + off}})};
    const auto first_of = [](year_month_day d) { return d.year() / d.month() / day{1}; };
    if (range == "today") return std::pair{midnight(today), midnight(sys_days{today} + days{1})};
    if (range == "yesterday") return std::pair{midnight(sys_days{today} - days{1}), midnight(today)};
    if (range == "last_7_days") return std::pair{midnight(sys_days{today} - days{6}), midnight(sys_days{today} + days{1})};
    if (range == "this_month")
        return std::pair{midnight(first_of(today)), midnight(first_of(today) + months{1})};
    if (range == "last_month")
        return std::pair{midnight(first_of(today) - months{1}), midnight(first_of(today))};
    if (range == "this_year")
        return std::pair{midnight(today.year() / January / day{1}), midnight((today.year() + years{1}) / January / day{1})};
    return fail(Errc::invalid_argument,
                fmt::format("unknown range \"{}\": today, yesterday, last_7_days, this_month, last_month, this_year, "
                            "or give from and to",
                            range));
}

Result<ReportQuery> check_query(ReportQuery q, std::int64_t now_ms) {
    if (q.utc_offset_min < -14 * 60 || q.utc_offset_min > 14 * 60)
        return fail(Errc::invalid_argument, "the time zone offset is -840..840 minutes (China: 480)");
    if (!q.range.empty()) {
        auto r = resolve_range(q.range, q.utc_offset_min, now_ms);
        if (!r) return std::unexpected(r.error());
        std::tie(q.from_ms, q.to_ms) = *r;
    }
    if (q.from_ms <= 0 || q.to_ms <= q.from_ms)
        return fail(Errc::invalid_argument, "choose a range, or a start before the end");
    if (q.to_ms - q.from_ms > kMaxRangeMs)
        return fail(Errc::invalid_argument, "a report covers at most 400 days; choose a shorter range");
    if (q.period != Period::whole && (q.to_ms - q.from_ms) / period_ms(q.period) > kMaxPeriods)
        return fail(Errc::invalid_argument, "too many periods (over 3,000): choose a longer period or a shorter range");
    const auto all = columns_of(q.subject);
    if (q.columns.size() > all.size()) return fail(Errc::invalid_argument, "too many columns");
    for (const auto& c : q.columns)
        if (std::find(all.begin(), all.end(), c) == all.end())
            return fail(Errc::invalid_argument,
                        fmt::format("a {} report has no column \"{}\" (it has: {})", to_string(q.subject), c,
                                    fmt::join(all, ", ")));
    if (q.keys.size() > kMaxKeys) return fail(Errc::invalid_argument, "at most 200 keys to keep");
    return q;
}

Result<ReportTable> run_report(storage::Database& db, const ReportQuery& q, std::int64_t now_ms) {
    const auto& spec = detail::spec_of(q.subject);
    detail::Accumulator acc(spec);
    Result<void> filled;
    switch (q.subject) {
        case Subject::queue: filled = detail::fill_queue(db, q, now_ms, acc); break;
        case Subject::agent: filled = detail::fill_agent(db, q, now_ms, acc); break;
        case Subject::ivr_node: filled = detail::fill_ivr(db, q, acc); break;
        default: filled = detail::fill_orders(db, q, acc); break;
    }
    if (!filled) return std::unexpected(filled.error());

    std::vector<const detail::Column*> cols;
    for (const auto& name : q.columns.empty() ? columns_of(q.subject) : q.columns)
        for (const auto& c : spec.columns)
            if (c.name == name) cols.push_back(&c);
    ReportTable t;
    t.from_ms = q.from_ms;
    t.to_ms = q.to_ms;
    for (const auto* c : cols) t.columns.emplace_back(c->name);
    const auto values = [&](const detail::Raw& raw) {
        std::vector<double> v;
        for (const auto* c : cols) v.push_back(c->value(raw));
        return v;
    };
    detail::Accumulator kept(spec);
    for (const auto& [at, raw] : acc.rows()) {
        if (!q.keys.empty() && std::find(q.keys.begin(), q.keys.end(), at.second) == q.keys.end()) continue;
        t.rows.push_back({at.first, at.second, values(raw)});
        for (int i = 0; i < static_cast<int>(raw.size()); ++i) kept.add("", "", i, raw[static_cast<std::size_t>(i)]);
    }
    t.total = {"", "", values(kept.total())};
    return t;
}

namespace detail {

int SubjectSpec::raw_index(std::string_view name) const {
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (raw[i].name == name) return static_cast<int>(i);
    return -1;
}

void Accumulator::add(const std::string& period, const std::string& key, int raw, double v) {
    auto& row = rows_[{period, key}];
    if (row.empty()) row.assign(spec_.raw.size(), 0.0);
    auto& slot = row[static_cast<std::size_t>(raw)];
    slot = spec_.raw[static_cast<std::size_t>(raw)].agg == Agg::max ? std::max(slot, v) : slot + v;
}

Raw Accumulator::total() const {
    Accumulator all(spec_);
    all.rows_[{"", ""}].assign(spec_.raw.size(), 0.0);
    for (const auto& [at, raw] : rows_)
        for (std::size_t i = 0; i < raw.size(); ++i) all.add("", "", static_cast<int>(i), raw[i]);
    return all.rows_.begin()->second;
}

Result<void> Accumulator::read(storage::Statement& s, std::span<const std::string_view> names) {
    std::vector<int> index;
    for (auto n : names) index.push_back(spec_.raw_index(n));
    for (;;) {
        auto row = s.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
        const auto period = s.get_text("period");
        const auto key = s.get_text("k");
        for (std::size_t i = 0; i < names.size(); ++i) add(period, key, index[i], s.get_double(names[i]));
    }
}

std::string period_sql(Period p, std::string_view t) {
    switch (p) {
        case Period::whole: return "''";
        case Period::m15:
        case Period::m30:
        case Period::m60: {
            const auto ms = period_ms(p);
            return fmt::format("strftime('%Y-%m-%d %H:%M', (({} + :off) / {}) * {}, 'unixepoch')", t, ms, ms / 1000);
        }
        case Period::day: return fmt::format("strftime('%Y-%m-%d', ({} + :off) / 1000, 'unixepoch')", t);
        case Period::month: return fmt::format("strftime('%Y-%m', ({} + :off) / 1000, 'unixepoch')", t);
        case Period::year: return fmt::format("strftime('%Y', ({} + :off) / 1000, 'unixepoch')", t);
    }
    return "''";
}

}  // namespace detail

}  // namespace cti::reports
