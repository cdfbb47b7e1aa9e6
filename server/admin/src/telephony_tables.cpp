// Telephony administration: trunks (gateways to the public network, with the outbound dial
// prefix), routes (the number dialled -> extension, queue, IVR flow or trunk), the phones'
// extensions (what each may dial, SRTP) and agents' ACD settings (mode, auto answer, after-call
// work). Trunks, routes and extensions reach the SIP stack and call model through the gateway's
// telephony reload; agents' settings the ACD at once.
#include <arpa/inet.h>
#include <fmt/format.h>

#include <algorithm>

#include "cti/storage/acd.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

std::vector<std::string> column_values(storage::Database& db, std::string_view sql) {
    std::vector<std::string> out;
    if (auto rows = query_records(db, sql, {}, {"v"}, "listing names"))
        for (const auto& r : *rows) out.push_back(field(r, "v"));
    return out;
}

bool is_address(const std::string& a) {
    unsigned char buf[16];
    return inet_pton(AF_INET, a.c_str(), buf) == 1 || inet_pton(AF_INET6, a.c_str(), buf) == 1;
}

// "10.0.0.0/8, 192.0.2.7": every item an address or a CIDR block; the problem or "".
std::string check_allow_from(const std::string& text) {
    for (const auto& item : split_list(text)) {
        const auto slash = item.find('/');
        const auto addr = item.substr(0, slash);
        if (!is_address(addr)) return fmt::format("'{}' is not an IP address or a CIDR block", item);
        if (slash != std::string::npos) {
            const auto bits = item.substr(slash + 1);
            const int max = addr.find(':') == std::string::npos ? 32 : 128;
            if (bits.empty() || bits.size() > 3 || !std::ranges::all_of(bits, ::isdigit) || std::stoi(bits) > max)
                return fmt::format("'{}': the prefix length after '/' is 0 to {}", item, max);
        }
    }
    return {};
}

// ---- trunks ----

std::vector<Column> trunk_columns() {
    return {read_only_column("trunk_id", ColumnType::integer, true),
            text_column("name", 50, true),
            text_column("host", 255, true),
            int_column("port", 1, 65535, 5060),
            choice_column("transport", {"udp", "tcp", "tls"}),
            Column{.name = "allow_from", .type = ColumnType::list, .max = 1000},
            text_column("dial_prefix", 20),
            int_column("max_calls", 0, 100000, 0),
            Column{.name = "enabled", .type = ColumnType::boolean, .default_value = "1"}};
}

Result<TableData> list_trunks(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT trunk_id, name, host, port, transport, allow_from, dial_prefix, max_calls, enabled "
                              "FROM trunks ORDER BY name",
                              {}, {"trunk_id", "name", "host", "port", "transport", "allow_from", "dial_prefix", "max_calls", "enabled"},
                              "listing trunks");
    if (!rows) return std::unexpected(rows.error());
    return TableData{trunk_columns(), std::move(*rows),
                     "Calls from the allowed addresses are accepted without a password; outbound numbers get the dial "
                     "prefix. New calls use a change at once."};
}

Result<Record> save_trunk(storage::Database& db, const Record& in, const Context&) {
    const bool is_new = field(in, "trunk_id").empty();
    auto r = check_record(trunk_columns(), in, is_new);
    if (!r) return std::unexpected(r.error());
    if (auto p = check_allow_from(field(*r, "allow_from")); !p.empty()) return fail(Errc::invalid_argument, "allow_from: " + p);
    if (!std::ranges::all_of(field(*r, "dial_prefix"), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '*' || c == '#'; }))
        return fail(Errc::invalid_argument, "dial_prefix: digits, '+', '*' and '#' only");
    std::string allow;
    for (const auto& a : split_list(field(*r, "allow_from"))) allow += (allow.empty() ? "" : ",") + a;
    (*r)["allow_from"] = allow;
    std::vector<std::pair<std::string, std::string>> binds{
        {":name", field(*r, "name")}, {":host", field(*r, "host")}, {":port", field(*r, "port")},
        {":transport", field(*r, "transport")}, {":allow", allow}, {":prefix", field(*r, "dial_prefix")},
        {":max", field(*r, "max_calls")}, {":enabled", field(*r, "enabled")}};
    if (!is_new) binds.emplace_back(":id", field(*r, "trunk_id"));
    auto e = execute(db,
                     is_new ? "INSERT INTO trunks (name, host, port, transport, allow_from, dial_prefix, max_calls, enabled) "
                              "VALUES (:name, :host, :port, :transport, :allow, :prefix, :max, :enabled)"
                            : "UPDATE trunks SET name = :name, host = :host, port = :port, transport = :transport, "
                              "allow_from = :allow, dial_prefix = :prefix, max_calls = :max, enabled = :enabled "
                              "WHERE trunk_id = :id",
                     binds, "saving the trunk");
    if (!e) {
        if (e.error().code == Errc::already_exists) return fail(Errc::already_exists, "name: a trunk of this name exists");
        return std::unexpected(e.error());
    }
    if (is_new) (*r)["trunk_id"] = std::to_string(db.last_insert_rowid());
    else if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no trunk {}", field(*r, "trunk_id")));
    return r;
}

Result<void> remove_trunk(storage::Database& db, const Record& key, const Context&) {
    auto name = query_records(db, "SELECT name FROM trunks WHERE trunk_id = :id", {{":id", field(key, "trunk_id")}}, {"name"},
                              "finding the trunk");
    if (!name) return std::unexpected(name.error());
    if (name->empty()) return fail(Errc::not_found, fmt::format("there is no trunk {}", field(key, "trunk_id")));
    auto used = count_of(db, "SELECT COUNT(*) AS n FROM routes WHERE target_kind = 'trunk' AND target = :name",
                         {{":name", field((*name)[0], "name")}});
    if (!used) return std::unexpected(used.error());
    if (*used > 0)
        return fail(Errc::invalid_argument,
                    fmt::format("{} routes lead to trunk '{}'; change them first", *used, field((*name)[0], "name")));
    return execute(db, "DELETE FROM trunks WHERE trunk_id = :id", {{":id", field(key, "trunk_id")}}, "removing the trunk");
}

// ---- routes ----

std::vector<Column> route_columns() {
    auto number = text_column("number", 32, true);
    number.key = true;
    return {number, choice_column("target_kind", {"queue", "ivr", "extension", "trunk"}), text_column("target", 100, true)};
}

Result<TableData> list_routes(storage::Database& db, const Context&) {
    auto rows = query_records(db, "SELECT number, target_kind, target FROM routes ORDER BY number", {},
                              {"number", "target_kind", "target"}, "listing routes");
    if (!rows) return std::unexpected(rows.error());
    return TableData{route_columns(), std::move(*rows),
                     "A number ending in '*' matches every number it begins (the longest wins). New calls use a change at once."};
}

Result<Record> save_route(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(route_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    auto number = field(*r, "number");
    const auto body = number.back() == '*' ? number.substr(0, number.size() - 1) : number;
    if (body.empty() || !std::ranges::all_of(body, [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '+'; }))
        return fail(Errc::invalid_argument, "number: digits (a leading '+' allowed), optionally ending in '*'");
    const auto kind = field(*r, "target_kind");
    const auto target = field(*r, "target");
    std::vector<std::string> known;
    if (kind == "queue") known = column_values(db, "SELECT name AS v FROM queues");
    else if (kind == "ivr") known = column_values(db, "SELECT DISTINCT name AS v FROM ivr_flows");
    else if (kind == "extension") known = column_values(db, "SELECT extension AS v FROM sip_extensions");
    else known = column_values(db, "SELECT name AS v FROM trunks");
    if (std::ranges::find(known, target) == known.end())
        return fail(Errc::invalid_argument, fmt::format("target: there is no {} '{}'", kind, target));
    auto e = execute(db,
                     "INSERT INTO routes (number, target_kind, target) VALUES (:n, :k, :t) "
                     "ON CONFLICT (number) DO UPDATE SET target_kind = excluded.target_kind, target = excluded.target",
                     {{":n", number}, {":k", kind}, {":t", target}}, "saving the route");
    if (!e) return std::unexpected(e.error());
    return r;
}

Result<void> remove_route(storage::Database& db, const Record& key, const Context&) {
    auto e = execute(db, "DELETE FROM routes WHERE number = :n", {{":n", field(key, "number")}}, "removing the route");
    if (!e) return e;
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no route for {}", field(key, "number")));
    return {};
}

// ---- extensions ----

std::vector<Column> extension_columns() {
    return {read_only_column("extension", ColumnType::text, true), read_only_column("login"), read_only_column("name"),
            choice_column("outbound", {"none", "local", "national", "any"}), choice_column("srtp", {"off", "optional", "required"}),
            Column{.name = "enabled", .type = ColumnType::boolean, .default_value = "1"}};
}

Result<TableData> list_extensions(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT e.extension, COALESCE(u.login, '') AS login, COALESCE(u.display_name, '') AS name, "
                              "e.outbound, e.srtp, e.enabled FROM sip_extensions e LEFT JOIN users u ON u.user_id = e.user_id "
                              "ORDER BY e.extension",
                              {}, {"extension", "login", "name", "outbound", "srtp", "enabled"}, "listing extensions");
    if (!rows) return std::unexpected(rows.error());
    return TableData{extension_columns(), std::move(*rows),
                     "What each phone may dial out to and whether its media is encrypted; the phone's password is set "
                     "when the user is created."};
}

Result<Record> save_extension(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(extension_columns(), in, false);
    if (!r) return std::unexpected(r.error());
    auto e = execute(db, "UPDATE sip_extensions SET outbound = :o, srtp = :s, enabled = :e WHERE extension = :x",
                     {{":o", field(*r, "outbound")}, {":s", field(*r, "srtp")}, {":e", field(*r, "enabled")},
                      {":x", field(*r, "extension")}},
                     "saving the extension");
    if (!e) return std::unexpected(e.error());
    if (db.changes() == 0) return fail(Errc::not_found, fmt::format("there is no extension {}", field(*r, "extension")));
    return r;
}

// ---- agents' ACD settings ----

std::vector<Column> agent_columns() {
    return {read_only_column("user_id", ColumnType::integer, true), read_only_column("login"), read_only_column("name"),
            choice_column("mode", {"continuous", "intermittent"}),
            Column{.name = "auto_answer", .type = ColumnType::boolean, .default_value = "0"},
            int_column("wrap_up_s", 0, 3600, 10),
            Column{.name = "wrap_up_manual", .type = ColumnType::boolean, .default_value = "0"},
            int_column("max_no_answer", 0, 20, 3)};
}

Result<TableData> list_agents(storage::Database& db, const Context&) {
    auto settings = storage::list_agent_settings(db);
    if (!settings) return std::unexpected(settings.error());
    auto users = query_records(db, "SELECT user_id, login, display_name FROM users", {}, {"user_id", "login", "display_name"},
                               "listing users");
    if (!users) return std::unexpected(users.error());
    TableData out{agent_columns(), {},
                  "Continuous: back to ready after each call; intermittent: not ready after each call. After "
                  "max_no_answer unanswered offers in a row the agent is set not ready. The ACD takes a change at once."};
    for (const auto& s : *settings) {
        Record r{{"user_id", std::to_string(s.user.value())}, {"mode", s.mode}, {"auto_answer", s.auto_answer ? "1" : "0"},
                 {"wrap_up_s", std::to_string(s.wrap_up_s)}, {"wrap_up_manual", s.wrap_up_manual ? "1" : "0"},
                 {"max_no_answer", std::to_string(s.max_no_answer)}};
        for (const auto& u : *users)
            if (field(u, "user_id") == field(r, "user_id")) {
                r["login"] = field(u, "login");
                r["name"] = field(u, "display_name");
            }
        out.records.push_back(std::move(r));
    }
    return out;
}

Result<Record> save_agent(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(agent_columns(), in, false);
    if (!r) return std::unexpected(r.error());
    auto all = storage::list_agent_settings(db);
    if (!all) return std::unexpected(all.error());
    auto it = std::ranges::find_if(*all, [&](const auto& s) { return std::to_string(s.user.value()) == field(*r, "user_id"); });
    if (it == all->end())
        return fail(Errc::not_found, fmt::format("user {} is not an agent with a phone (extension)", field(*r, "user_id")));
    auto s = *it;  // skills kept as they are
    s.mode = field(*r, "mode");
    s.auto_answer = bool_field(*r, "auto_answer");
    s.wrap_up_s = static_cast<int>(int_field(*r, "wrap_up_s"));
    s.wrap_up_manual = bool_field(*r, "wrap_up_manual");
    s.max_no_answer = static_cast<int>(int_field(*r, "max_no_answer"));
    if (auto u = storage::upsert_agent_settings(db, s); !u) return std::unexpected(u.error());
    return r;
}

}  // namespace

std::vector<Table> telephony_tables() {
    return {
        Table{.name = "trunks", .read_permission = "admin.system", .write_permission = "admin.system",
              .reload = Reload::telephony, .list = list_trunks, .save = save_trunk, .remove = remove_trunk},
        Table{.name = "routes", .read_permission = "admin.system", .write_permission = "admin.system",
              .reload = Reload::telephony, .list = list_routes, .save = save_route, .remove = remove_route},
        Table{.name = "extensions", .read_permission = "admin.system", .write_permission = "admin.system",
              .may_add = false, .may_remove = false, .reload = Reload::telephony, .list = list_extensions,
              .save = save_extension},
        Table{.name = "agent_settings", .read_permission = "admin.users", .write_permission = "admin.users",
              .may_add = false, .may_remove = false, .reload = Reload::agent, .list = list_agents, .save = save_agent},
    };
}

}  // namespace cti::admin
