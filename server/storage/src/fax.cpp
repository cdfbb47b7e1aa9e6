#include "cti/storage/fax.h"

#include "query.h"

#include <fmt/format.h>

namespace cti::storage {
using detail::each_row;
using detail::prepare;

namespace {

constexpr const char* kFaxColumns =
    "fax_id, direction, number, call_id, state, path, file_name, document_pages, pages, attempts, retry_at_ms, "
    "reason, user_id, created_ms, updated_ms";

FaxRecord fax_of(const Statement& row) {
    FaxRecord f;
    f.id = row.get_int("fax_id");
    f.direction = row.get_text("direction");
    f.number = row.get_text("number");
    if (auto c = row.get_optional_int("call_id")) f.call = CallId(*c);
    f.state = row.get_text("state");
    f.path = row.get_text("path");
    f.file_name = row.get_text("file_name");
    f.document_pages = static_cast<int>(row.get_int("document_pages"));
    f.pages = static_cast<int>(row.get_int("pages"));
    f.attempts = static_cast<int>(row.get_int("attempts"));
    f.retry_at_ms = row.get_int("retry_at_ms");
    f.reason = row.get_text("reason");
    if (auto u = row.get_optional_int("user_id")) f.user = UserId(*u);
    f.created_ms = row.get_int("created_ms");
    f.updated_ms = row.get_int("updated_ms");
    return f;
}

Result<std::vector<FaxRecord>> all(Statement& s) {
    std::vector<FaxRecord> out;
    if (auto r = each_row(s, [&](const Statement& row) { out.push_back(fax_of(row)); }); !r)
        return std::unexpected(r.error());
    return out;
}

}  // namespace

Result<std::int64_t> insert_fax(Database& db, const FaxRecord& f) {
    auto s = prepare(db,
                     "INSERT INTO faxes (fax_id, direction, number, call_id, state, path, file_name, document_pages, "
                     "pages, attempts, retry_at_ms, reason, user_id, created_ms, updated_ms) VALUES (:id, :direction, "
                     ":number, :call, :state, :path, :file_name, :document_pages, :pages, :attempts, :retry, :reason, "
                     ":user, :created, :updated)",
                     "storing a fax");
    if (!s) return std::unexpected(s.error());
    if (f.id != 0) s->bind(":id", f.id);
    else s->bind(":id", nullptr);
    s->bind(":direction", f.direction).bind(":number", f.number).bind(":state", f.state).bind(":path", f.path);
    s->bind(":file_name", f.file_name).bind(":document_pages", f.document_pages).bind(":pages", f.pages);
    s->bind(":attempts", f.attempts).bind(":retry", f.retry_at_ms).bind(":reason", f.reason);
    s->bind(":created", f.created_ms).bind(":updated", f.updated_ms);
    if (f.call) s->bind(":call", f.call->value());
    else s->bind(":call", nullptr);
    if (f.user) s->bind(":user", f.user->value());
    else s->bind(":user", nullptr);
    if (auto run = s->run(); !run) return fail(run.error().code, "fax not stored: " + run.error().message);
    return db.last_insert_rowid();
}

Result<void> update_fax(Database& db, const FaxRecord& f) {
    auto s = prepare(db,
                     "UPDATE faxes SET number = :number, call_id = :call, state = :state, path = :path, "
                     "file_name = :file_name, document_pages = :document_pages, pages = :pages, attempts = :attempts, "
                     "retry_at_ms = :retry, reason = :reason, updated_ms = :updated WHERE fax_id = :id",
                     "updating a fax");
    if (!s) return std::unexpected(s.error());
    s->bind(":number", f.number).bind(":state", f.state).bind(":path", f.path).bind(":file_name", f.file_name);
    s->bind(":document_pages", f.document_pages).bind(":pages", f.pages).bind(":attempts", f.attempts);
    s->bind(":retry", f.retry_at_ms).bind(":reason", f.reason).bind(":updated", f.updated_ms).bind(":id", f.id);
    if (f.call) s->bind(":call", f.call->value());
    else s->bind(":call", nullptr);
    if (auto run = s->run(); !run) return std::unexpected(run.error());
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no fax {}", f.id));
    return {};
}

Result<std::optional<FaxRecord>> find_fax(Database& db, std::int64_t id) {
    auto s = prepare(db, fmt::format("SELECT {} FROM faxes WHERE fax_id = :id", kFaxColumns), "reading a fax");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<FaxRecord>{};
    return std::optional<FaxRecord>{fax_of(*s)};
}

Result<std::int64_t> max_fax_id(Database& db) {
    auto s = prepare(db, "SELECT coalesce(max(fax_id), 0) AS n FROM faxes", "reading fax ids");
    if (!s) return std::unexpected(s.error());
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    return s->get_int("n");
}

Result<std::vector<FaxRecord>> list_faxes(Database& db, std::string_view direction, int limit) {
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM faxes WHERE (:direction = '' OR direction = :direction) "
                                 "ORDER BY created_ms DESC, fax_id DESC LIMIT :limit",
                                 kFaxColumns),
                     "listing faxes");
    if (!s) return std::unexpected(s.error());
    s->bind(":direction", direction).bind(":limit", limit);
    return all(*s);
}

Result<std::vector<FaxRecord>> unfinished_faxes(Database& db) {
    auto s = prepare(db,
                     fmt::format("SELECT {} FROM faxes WHERE direction = 'send' AND state IN ('queued', 'dialling', "
                                 "'sending') ORDER BY created_ms, fax_id",
                                 kFaxColumns),
                     "reading the faxes to send");
    if (!s) return std::unexpected(s.error());
    return all(*s);
}

}  // namespace cti::storage
