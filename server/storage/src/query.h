#pragma once
// Helpers of the typed query files (private to server/storage): a prepared statement whose
// error says what was being done, and a loop over result rows.
#include <string>
#include <string_view>

#include "cti/storage/database.h"

namespace cti::storage::detail {

inline Result<Statement> prepare(Database& db, std::string_view sql, std::string_view doing) {
    auto stmt = db.prepare(sql);
    if (!stmt) return fail(stmt.error().code, std::string(doing) + ": " + stmt.error().message);
    return stmt;
}

template <class F>
Result<void> each_row(Statement& s, F f) {
    for (;;) {
        auto row = s.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
        f(s);
    }
}

}  // namespace cti::storage::detail
