// Statements of the admin tables: every value bound, never spliced into the SQL text.
#include <fmt/format.h>

#include <algorithm>

#include "tables_private.h"

namespace cti::admin {
namespace {

Result<storage::Statement> prepared(storage::Database& db, std::string_view sql,
                                    const std::vector<std::pair<std::string, std::string>>& binds,
                                    std::string_view doing) {
    auto s = db.prepare(sql);
    if (!s) return fail(s.error().code, fmt::format("{}: {}", doing, s.error().message));
    for (const auto& [name, value] : binds) s->bind(name, value);
    return s;
}

}  // namespace

Result<std::vector<Record>> query_records(storage::Database& db, std::string_view sql,
                                          const std::vector<std::pair<std::string, std::string>>& binds,
                                          const std::vector<std::string>& columns, std::string_view doing) {
    auto s = prepared(db, sql, binds, doing);
    if (!s) return std::unexpected(s.error());
    std::vector<Record> out;
    for (;;) {
        auto row = s->step();
        if (!row) return fail(row.error().code, fmt::format("{}: {}", doing, row.error().message));
        if (!*row || out.size() >= kMaxRecords) return out;
        Record r;
        for (const auto& c : columns) r[c] = s->get_text(c);
        out.push_back(std::move(r));
    }
}

Result<void> execute(storage::Database& db, std::string_view sql,
                     const std::vector<std::pair<std::string, std::string>>& binds, std::string_view doing) {
    auto s = prepared(db, sql, binds, doing);
    if (!s) return std::unexpected(s.error());
    if (auto r = s->run(); !r) return fail(r.error().code, fmt::format("{}: {}", doing, r.error().message));
    return {};
}

Result<std::int64_t> count_of(storage::Database& db, std::string_view sql,
                              const std::vector<std::pair<std::string, std::string>>& binds) {
    auto s = prepared(db, sql, binds, "counting");
    if (!s) return std::unexpected(s.error());
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    return *row ? s->get_int("n") : 0;
}

}  // namespace cti::admin
