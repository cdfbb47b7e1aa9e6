// Custom reports: the query as JSON in saved_reports (0018).
#include "cti/reports/saved.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace cti::reports {

namespace {
std::size_t utf8_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

SavedReport row_of(const storage::Statement& s) {
    SavedReport r;
    r.id = s.get_int("report_id");
    r.name = s.get_text("name");
    r.owner = UserId(s.get_int("owner_id"));
    r.owner_login = s.get_text("login");
    r.shared = s.get_int("shared") != 0;
    r.updated_ms = s.get_int("updated_ms");
    // A stored query was checked when saved; one that no longer reads (an older server's column)
    // is listed with the defaults rather than hiding the report.
    if (auto q = query_from_json(s.get_text("query"))) r.query = std::move(*q);
    return r;
}

Result<std::optional<SavedReport>> find(storage::Database& db, std::int64_t id) {
    auto s = db.prepare(
        "SELECT r.report_id, r.name, r.owner_id, u.login, r.shared, r.query, r.updated_ms FROM saved_reports r "
        "JOIN users u ON u.user_id = r.owner_id WHERE r.report_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto rows = storage::collect_rows<SavedReport>(*s, row_of);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return std::move(rows->front());
}
}  // namespace

std::string query_to_json(const ReportQuery& q) {
    nlohmann::json j{{"subject", to_string(q.subject)}, {"period", to_string(q.period)}, {"range", q.range},
                     {"from_ms", q.from_ms},           {"to_ms", q.to_ms},              {"utc_offset_min", q.utc_offset_min},
                     {"columns", q.columns},           {"keys", q.keys}};
    return j.dump();
}

Result<ReportQuery> query_from_json(std::string_view json) {
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return fail(Errc::invalid_argument, "a saved report's query is not JSON");
    ReportQuery q;
    try {
        auto subject = subject_from_string(j.value("subject", std::string("queue")));
        auto period = period_from_string(j.value("period", std::string()));
        if (!subject || !period) return fail(Errc::invalid_argument, "a saved report names an unknown subject or period");
        q.subject = *subject;
        q.period = *period;
        q.range = j.value("range", std::string());
        q.from_ms = j.value("from_ms", std::int64_t{0});
        q.to_ms = j.value("to_ms", std::int64_t{0});
        q.utc_offset_min = j.value("utc_offset_min", 0);
        q.columns = j.value("columns", std::vector<std::string>{});
        q.keys = j.value("keys", std::vector<std::string>{});
    } catch (const nlohmann::json::exception& e) {
        return fail(Errc::invalid_argument, fmt::format("a saved report's query does not read: {}", e.what()));
    }
    return q;
}

Result<SavedReport> save_report(storage::Database& db, SavedReport r, bool admin, std::int64_t now_ms) {
    const auto n = utf8_chars(r.name);
    if (n == 0 || n > 64) return fail(Errc::invalid_argument, "a report's name has 1 to 64 characters");
    if (r.shared && !admin) return fail(Errc::permission_denied, "only administrators share reports with everyone");
    if (r.id) {
        auto current = find(db, r.id);
        if (!current) return std::unexpected(current.error());
        if (!*current) return fail(Errc::not_found, fmt::format("there is no saved report {}", r.id));
        if ((*current)->owner != r.owner && !admin)
            return fail(Errc::permission_denied, "only its owner (or an administrator) changes a saved report");
        r.owner = (*current)->owner;
    }
    auto s = r.id ? db.prepare("UPDATE saved_reports SET name = :name, shared = :shared, query = :query, "
                               "updated_ms = :at WHERE report_id = :id")
                  : db.prepare("INSERT INTO saved_reports (name, owner_id, shared, query, updated_ms) "
                               "VALUES (:name, :owner, :shared, :query, :at)");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", r.name).bind(":shared", r.shared ? 1 : 0).bind(":query", query_to_json(r.query)).bind(":at", now_ms);
    if (r.id) s->bind(":id", r.id);
    else s->bind(":owner", r.owner.value());
    if (auto done = s->run(); !done) {
        if (done.error().message.find("UNIQUE") != std::string::npos)
            return fail(Errc::already_exists, fmt::format("you already have a report named {}", r.name));
        return std::unexpected(done.error());
    }
    const auto id = r.id ? r.id : db.last_insert_rowid();
    auto stored = find(db, id);
    if (!stored) return std::unexpected(stored.error());
    if (!*stored) return fail(Errc::internal, "the saved report could not be read back");
    return std::move(**stored);
}

Result<void> remove_report(storage::Database& db, std::int64_t id, UserId by, bool admin) {
    auto current = find(db, id);
    if (!current) return std::unexpected(current.error());
    if (!*current) return fail(Errc::not_found, fmt::format("there is no saved report {}", id));
    if ((*current)->owner != by && !admin)
        return fail(Errc::permission_denied, "only its owner (or an administrator) deletes a saved report");
    auto s = db.prepare("DELETE FROM saved_reports WHERE report_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return s->run();
}

Result<std::vector<SavedReport>> list_reports(storage::Database& db, UserId user) {
    auto s = db.prepare(
        "SELECT r.report_id, r.name, r.owner_id, u.login, r.shared, r.query, r.updated_ms FROM saved_reports r "
        "JOIN users u ON u.user_id = r.owner_id WHERE r.owner_id = :user OR r.shared = 1 ORDER BY r.name, r.report_id");
    if (!s) return std::unexpected(s.error());
    s->bind(":user", user.value());
    return storage::collect_rows<SavedReport>(*s, row_of);
}

}  // namespace cti::reports
