// Work-order administration: deadlines (per type and urgency), workflows (a save is a new
// version), number segments (号段: which department a caller's number belongs to) and the
// VIP / blacklist marks of customers.
#include <fmt/format.h>

#include <algorithm>

#include "cti/tickets/customers.h"
#include "cti/tickets/model.h"
#include "cti/tickets/office.h"
#include "cti/tickets/store.h"
#include "cti/tickets/workflow.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

std::vector<std::string> order_types() {
    std::vector<std::string> out;
    for (auto t : {tickets::OrderType::business, tickets::OrderType::consultation, tickets::OrderType::repair,
                   tickets::OrderType::complaint, tickets::OrderType::suggestion, tickets::OrderType::praise,
                   tickets::OrderType::marketing})
        out.emplace_back(tickets::to_string(t));
    return out;
}

std::vector<std::string> urgencies() {
    std::vector<std::string> out;
    for (auto u : {tickets::Urgency::normal, tickets::Urgency::urgent, tickets::Urgency::very_urgent})
        out.emplace_back(tickets::to_string(u));
    return out;
}

std::vector<std::string> column_of(storage::Database& db, std::string_view sql, const std::string& column) {
    std::vector<std::string> out;
    if (auto rows = query_records(db, sql, {}, {column}, "listing names"))
        for (const auto& r : *rows) out.push_back(field(r, column));
    return out;
}

// ---- deadlines ----

std::vector<Column> deadline_columns(storage::Database& db) {
    auto type = choice_column("type", order_types());
    type.key = true;
    auto urgency = choice_column("urgency", urgencies());
    urgency.key = true;
    auto calendars = column_of(db, "SELECT name FROM business_calendars ORDER BY name", "name");
    if (std::ranges::find(calendars, "default") == calendars.end()) calendars.insert(calendars.begin(), "default");
    return {type, urgency, int_column("accept_s", 60, 365LL * 86400, 3600),
            int_column("process_s", 60, 365LL * 86400, 86400), choice_column("calendar", calendars),
            choice_column("escalate_role", {"team_leader", "supervisor", "administrator"})};
}

Result<TableData> list_deadlines(storage::Database& db, const Context&) {
    auto all = tickets::list_policies(db);
    if (!all) return std::unexpected(all.error());
    TableData out{deadline_columns(db), {}, "Times are business seconds on the calendar; orders created from now on use them."};
    for (const auto& p : *all)
        out.records.push_back({{"type", std::string(tickets::to_string(p.type))},
                               {"urgency", std::string(tickets::to_string(p.urgency))},
                               {"accept_s", std::to_string(p.accept_s)},
                               {"process_s", std::to_string(p.process_s)},
                               {"calendar", p.calendar},
                               {"escalate_role", p.escalate_role}});
    return out;
}

Result<Record> save_deadline(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(deadline_columns(db), in, true);
    if (!r) return std::unexpected(r.error());
    tickets::PolicyInfo p{*tickets::order_type_from_string(field(*r, "type")),
                          *tickets::urgency_from_string(field(*r, "urgency")),
                          int_field(*r, "accept_s"),
                          int_field(*r, "process_s"),
                          field(*r, "calendar"),
                          field(*r, "escalate_role")};
    if (auto s = tickets::save_policy(db, p); !s) return std::unexpected(s.error());
    return r;
}

// ---- workflows ----

std::vector<Column> workflow_columns() {
    auto name = read_only_column("name", ColumnType::text, true);
    return {name, read_only_column("version", ColumnType::integer),
            Column{.name = "default_for", .type = ColumnType::list, .max = 200, .choices = order_types()},
            Column{.name = "definition", .type = ColumnType::json, .required = true, .max = 64 * 1024}};
}

Result<TableData> list_workflows(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT w.name, w.version, w.definition, "
                              "COALESCE((SELECT group_concat(d.order_type, ',') FROM workflow_defaults d "
                              "WHERE d.workflow = w.name), '') AS default_for FROM workflows w "
                              "WHERE w.version = (SELECT MAX(version) FROM workflows v WHERE v.name = w.name) ORDER BY w.name",
                              {}, {"name", "version", "definition", "default_for"}, "listing workflows");
    if (!rows) return std::unexpected(rows.error());
    return TableData{workflow_columns(), std::move(*rows),
                     "A save is a new version (the name comes from the definition); orders keep the version they started with."};
}

Result<Record> save_workflow(storage::Database& db, const Record& in, const Context& ctx) {
    auto r = check_record(workflow_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    auto names = tickets::directory_names(db);
    if (!names) return std::unexpected(names.error());
    auto w = tickets::workflow_from_json(field(*r, "definition"), *names);
    if (!w) return fail(Errc::invalid_argument, "definition: " + w.error().message);
    if (!field(in, "name").empty() && field(in, "name") != w->name)
        return fail(Errc::invalid_argument,
                    fmt::format("definition: its name is '{}', not '{}'; a workflow is renamed by saving a new one",
                                w->name, field(in, "name")));
    auto version = tickets::save_workflow(db, w->name, field(*r, "definition"), ctx.user, ctx.now_ms);
    if (!version) return std::unexpected(version.error());
    for (const auto& t : list_field(*r, "default_for"))
        if (auto s = tickets::set_default_workflow(db, *tickets::order_type_from_string(t), w->name); !s)
            return std::unexpected(s.error());
    (*r)["name"] = w->name;
    (*r)["version"] = std::to_string(*version);
    return r;
}

// ---- number segments ----

std::vector<Column> segment_columns(storage::Database& db) {
    auto prefix = text_column("prefix", 20, true);
    prefix.key = true;
    return {prefix, choice_column("department", column_of(db, "SELECT name FROM departments ORDER BY name", "name"))};
}

Result<TableData> list_segments(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT s.prefix, d.name AS department FROM number_segments s "
                              "JOIN departments d ON d.department_id = s.department_id ORDER BY s.prefix",
                              {}, {"prefix", "department"}, "listing number segments");
    if (!rows) return std::unexpected(rows.error());
    return TableData{segment_columns(db), std::move(*rows), "The longest matching prefix of a caller's number decides."};
}

Result<Record> save_segment(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(segment_columns(db), in, true);
    if (!r) return std::unexpected(r.error());
    const auto prefix = field(*r, "prefix");
    if (!std::ranges::all_of(prefix, [](char c) { return c >= '0' && c <= '9'; }))
        return fail(Errc::invalid_argument, "prefix: digits only");
    auto names = tickets::directory_names(db);
    if (!names) return std::unexpected(names.error());
    auto dept = names->departments.find(field(*r, "department"));
    if (dept == names->departments.end()) return fail(Errc::invalid_argument, "department: there is no such department");
    if (auto s = tickets::set_number_segment(db, prefix, dept->second); !s) return std::unexpected(s.error());
    return r;
}

Result<void> remove_segment(storage::Database& db, const Record& key, const Context&) {
    return tickets::set_number_segment(db, field(key, "prefix"), std::nullopt);
}

// ---- VIP / blacklist ----

std::vector<Column> vip_columns() {
    return {read_only_column("customer_id", ColumnType::integer, true), text_column("phone", 32),
            read_only_column("name"), read_only_column("number"),
            Column{.name = "vip_level", .type = ColumnType::integer, .required = true, .min = 0, .max = 9,
                   .default_value = "1"},
            Column{.name = "blacklisted", .type = ColumnType::boolean, .default_value = "0"}};
}

Record vip_record(const tickets::Customer& c) {
    return {{"customer_id", std::to_string(c.id)},
            {"phone", c.phones.empty() ? std::string() : c.phones.front()},
            {"name", c.name},
            {"number", c.number},
            {"vip_level", std::to_string(c.vip_level)},
            {"blacklisted", c.blacklisted ? "1" : "0"}};
}

Result<TableData> list_vip(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT c.customer_id, c.name, c.number, c.vip_level, c.blacklisted, "
                              "COALESCE((SELECT MIN(p.phone) FROM customer_phones p WHERE p.customer_id = c.customer_id), '') AS phone "
                              "FROM customers c WHERE (c.vip_level > 0 OR c.blacklisted = 1) AND c.status = 'active' "
                              "ORDER BY c.blacklisted DESC, c.vip_level, c.customer_id",
                              {}, {"customer_id", "name", "number", "vip_level", "blacklisted", "phone"}, "listing VIPs");
    if (!rows) return std::unexpected(rows.error());
    return TableData{vip_columns(), std::move(*rows),
                     "VIP level 1 is the green channel (ahead of everyone in queues); blacklisted callers get the queue's "
                     "blacklist treatment. The next call uses the change."};
}

Result<tickets::Customer> customer_of(storage::Database& db, const Record& r) {
    if (!field(r, "customer_id").empty()) {
        auto c = tickets::find_customer(db, int_field(r, "customer_id"));
        if (!c) return std::unexpected(c.error());
        if (!*c) return fail(Errc::not_found, fmt::format("there is no customer {}", field(r, "customer_id")));
        return **c;
    }
    if (field(r, "phone").empty()) return fail(Errc::invalid_argument, "phone: give the customer's phone number");
    auto c = tickets::find_customer_by_phone(db, field(r, "phone"));
    if (!c) return std::unexpected(c.error());
    if (!*c)
        return fail(Errc::not_found,
                    fmt::format("phone: no customer has the number {}; register the customer first", field(r, "phone")));
    return **c;
}

Result<Record> set_marks(storage::Database& db, tickets::Customer c, int vip, bool black) {
    tickets::CustomerFields f{c.name, c.address, c.phones, c.labels, vip, black, c.accounts, c.contacts};
    auto saved = tickets::update_customer(db, c.id, f);
    if (!saved) return std::unexpected(saved.error());
    return vip_record(*saved);
}

Result<Record> save_vip(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(vip_columns(), in, field(in, "customer_id").empty());
    if (!r) return std::unexpected(r.error());
    auto c = customer_of(db, *r);
    if (!c) return std::unexpected(c.error());
    return set_marks(db, *c, static_cast<int>(int_field(*r, "vip_level")), bool_field(*r, "blacklisted"));
}

Result<void> remove_vip(storage::Database& db, const Record& key, const Context&) {
    auto c = customer_of(db, key);
    if (!c) return std::unexpected(c.error());
    auto r = set_marks(db, *c, 0, false);
    if (!r) return std::unexpected(r.error());
    return {};
}

}  // namespace

std::vector<Table> order_tables() {
    return {
        Table{.name = "deadlines", .read_permission = "workflow.edit", .write_permission = "workflow.edit",
              .may_remove = false, .list = list_deadlines, .save = save_deadline},
        Table{.name = "workflows", .read_permission = "workflow.edit", .write_permission = "workflow.edit",
              .may_remove = false, .list = list_workflows, .save = save_workflow},
        Table{.name = "number_segments", .read_permission = "customer.manage", .write_permission = "customer.manage",
              .list = list_segments, .save = save_segment, .remove = remove_segment},
        Table{.name = "vip", .read_permission = "customer.manage", .write_permission = "customer.manage",
              .list = list_vip, .save = save_vip, .remove = remove_vip},
    };
}

}  // namespace cti::admin
