#pragma once
// Private to cti_reports: how a subject's columns are made. Each subject's SQL yields raw
// aggregates per (period, key) — counts and millisecond sums to add up, maxima to keep — and
// every column of the report is a function of one row's raw values, so the total row is the
// same function of the summed raw values.
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cti/reports/report.h"
#include "cti/storage/database.h"

namespace cti::reports::detail {

enum class Agg { sum, max };
struct RawColumn {
    std::string_view name;
    Agg agg = Agg::sum;
};
using Raw = std::vector<double>;
struct Column {
    std::string_view name;
    double (*value)(const Raw&);
};
struct SubjectSpec {
    std::vector<RawColumn> raw;
    std::vector<Column> columns;
    int raw_index(std::string_view name) const;
};
const SubjectSpec& spec_of(Subject s);

// Raw values by (period, key), merged as each raw column's Agg says.
class Accumulator {
public:
    explicit Accumulator(const SubjectSpec& spec) : spec_(spec) {}
    // Reads every row of `s`: columns "period", "k" and the raw columns `names`.
    Result<void> read(storage::Statement& s, std::span<const std::string_view> names);
    void add(const std::string& period, const std::string& key, int raw, double v);
    const std::map<std::pair<std::string, std::string>, Raw>& rows() const { return rows_; }
    Raw total() const;

private:
    const SubjectSpec& spec_;
    std::map<std::pair<std::string, std::string>, Raw> rows_;
};

// SQL for the period a time column falls in, in the query's zone (binds :off, milliseconds).
std::string period_sql(Period p, std::string_view ms_column);

// Each subject's queries (subjects.cpp); bind :from, :to, :off, :now.
Result<void> fill_queue(storage::Database& db, const ReportQuery& q, std::int64_t now_ms, Accumulator& acc);
Result<void> fill_agent(storage::Database& db, const ReportQuery& q, std::int64_t now_ms, Accumulator& acc);
Result<void> fill_ivr(storage::Database& db, const ReportQuery& q, Accumulator& acc);
Result<void> fill_orders(storage::Database& db, const ReportQuery& q, Accumulator& acc);

}  // namespace cti::reports::detail
