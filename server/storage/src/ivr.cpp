#include "cti/storage/ivr.h"

namespace cti::storage {

Result<int> save_ivr_flow(Database& db, std::string_view name, std::string_view definition,
                          std::optional<UserId> author, std::int64_t created_ms) {
    auto next = db.prepare("SELECT coalesce(max(version), 0) + 1 AS v FROM ivr_flows WHERE name = :name");
    if (!next) return std::unexpected(next.error());
    next->bind(":name", name);
    auto row = next->step();
    if (!row) return std::unexpected(row.error());
    const int version = static_cast<int>(next->get_int("v"));
    auto ins = db.prepare(
        "INSERT INTO ivr_flows (name, version, definition, author_id, created_ms) "
        "VALUES (:name, :version, :definition, :author, :created)");
    if (!ins) return std::unexpected(ins.error());
    ins->bind(":name", name).bind(":version", version).bind(":definition", definition).bind(":created", created_ms);
    if (author) ins->bind(":author", author->value());
    else ins->bind(":author", nullptr);
    if (auto r = ins->run(); !r)
        return fail(Errc::invalid_argument, "the flow " + std::string(name) + " was not saved: " + r.error().message);
    return version;
}

namespace {
constexpr std::string_view kFlowColumns =
    "SELECT f.name AS name, f.version AS version, f.definition AS definition, f.created_ms AS created_ms, "
    "coalesce(u.login, '') AS author FROM ivr_flows f LEFT JOIN users u ON u.user_id = f.author_id ";

IvrFlowRecord flow_row(const Statement& s) {
    return {s.get_text("name"), static_cast<int>(s.get_int("version")), s.get_text("definition"),
            s.get_int("created_ms"), s.get_text("author")};
}
}  // namespace

Result<std::vector<IvrFlowRecord>> latest_ivr_flows(Database& db) {
    auto s = db.prepare(std::string(kFlowColumns) +
                        "JOIN (SELECT name, max(version) AS v FROM ivr_flows GROUP BY name) m "
                        "ON m.name = f.name AND m.v = f.version ORDER BY f.name");
    if (!s) return std::unexpected(s.error());
    return collect_rows<IvrFlowRecord>(*s, flow_row);
}

Result<std::optional<IvrFlowRecord>> find_ivr_flow(Database& db, std::string_view name, int version) {
    auto s = db.prepare(std::string(kFlowColumns) +
                        "WHERE f.name = :name AND (:version = 0 OR f.version = :version) "
                        "ORDER BY f.version DESC LIMIT 1");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name).bind(":version", version);
    auto rows = collect_rows<IvrFlowRecord>(*s, flow_row);
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return std::move(rows->front());
}

Result<void> append_ivr_visits(Database& db, CallId call, std::string_view flow, const std::vector<std::string>& nodes,
                               std::int64_t at_ms) {
    auto s = db.prepare("INSERT INTO ivr_visits (call_id, flow, node, at_ms) VALUES (:call, :flow, :node, :at)");
    if (!s) return std::unexpected(s.error());
    for (const auto& node : nodes) {
        s->reset();
        s->bind(":call", call.value()).bind(":flow", flow).bind(":node", node).bind(":at", at_ms);
        if (auto r = s->run(); !r) return r;
    }
    return {};
}

Result<void> save_calendar(Database& db, std::string_view name, std::string_view definition, std::int64_t updated_ms) {
    auto s = db.prepare(
        "INSERT INTO business_calendars (name, definition, updated_ms) VALUES (:name, :def, :at) "
        "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, updated_ms = excluded.updated_ms");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", name).bind(":def", definition).bind(":at", updated_ms);
    if (auto r = s->run(); !r)
        return fail(Errc::invalid_argument, "the calendar " + std::string(name) + " was not saved: " + r.error().message);
    return {};
}

Result<std::vector<std::pair<std::string, std::string>>> list_calendars(Database& db) {
    auto s = db.prepare("SELECT name, definition FROM business_calendars ORDER BY name");
    if (!s) return std::unexpected(s.error());
    std::vector<std::pair<std::string, std::string>> out;
    for (;;) {
        auto row = s->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        out.emplace_back(s->get_text("name"), s->get_text("definition"));
    }
    return out;
}

}  // namespace cti::storage
