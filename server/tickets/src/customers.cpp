// Customers, their phones, number segments and the caller profile of the screen pop.
#include "cti/tickets/customers.h"

#include <fmt/format.h>

#include <algorithm>

#include "cti/tickets/store.h"

namespace cti::tickets {

using storage::Database;
using storage::Statement;

namespace {

constexpr std::size_t kMaxPhones = 10;
constexpr std::size_t kMaxLabels = 20;

std::vector<std::string> split_labels(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string join_labels(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += (out.empty() ? "" : ",") + l;
    return out;
}

bool valid_phone(std::string_view p) {
    if (p.empty() || p.size() > 20) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
        if (!(std::isdigit(static_cast<unsigned char>(p[i])) || (i == 0 && p[i] == '+'))) return false;
    return true;
}

Result<std::optional<Customer>> one_customer(Database& db, std::string_view where, auto bind) {
    auto s = db.prepare(fmt::format(
        "SELECT customer_id, number, name, address, vip_level, blacklisted, labels, status, created_ms, "
        "coalesce(closed_ms, 0) AS closed_ms FROM customers WHERE {} ORDER BY customer_id DESC LIMIT 1", where));
    if (!s) return std::unexpected(s.error());
    bind(*s);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    Customer c;
    c.id = s->get_int("customer_id");
    c.number = s->get_text("number");
    c.name = s->get_text("name");
    c.address = s->get_text("address");
    c.vip_level = static_cast<int>(s->get_int("vip_level"));
    c.blacklisted = s->get_int("blacklisted") != 0;
    c.labels = split_labels(s->get_text("labels"));
    c.closed = s->get_text("status") == "closed";
    c.created_ms = s->get_int("created_ms");
    c.closed_ms = s->get_int("closed_ms");
    auto accounts = db.prepare(
        "SELECT account_no, kind, address FROM customer_accounts WHERE customer_id = :id ORDER BY account_no");
    auto contacts = db.prepare(
        "SELECT name, phone, relation FROM customer_contacts WHERE customer_id = :id ORDER BY contact_id");
    if (!accounts) return std::unexpected(accounts.error());
    if (!contacts) return std::unexpected(contacts.error());
    accounts->bind(":id", c.id);
    contacts->bind(":id", c.id);
    for (;;) {
        auto r = accounts->step();
        if (!r) return std::unexpected(r.error());
        if (!*r) break;
        c.accounts.push_back({accounts->get_text("account_no"), accounts->get_text("kind"), accounts->get_text("address")});
    }
    for (;;) {
        auto r = contacts->step();
        if (!r) return std::unexpected(r.error());
        if (!*r) break;
        c.contacts.push_back({contacts->get_text("name"), contacts->get_text("phone"), contacts->get_text("relation")});
    }
    auto phones = db.prepare("SELECT phone FROM customer_phones WHERE customer_id = :id ORDER BY rowid");
    if (!phones) return std::unexpected(phones.error());
    phones->bind(":id", c.id);
    for (;;) {
        auto r = phones->step();
        if (!r) return std::unexpected(r.error());
        if (!*r) break;
        c.phones.push_back(phones->get_text("phone"));
    }
    return c;
}

Result<void> write_phones(Database& db, std::int64_t id, const std::vector<std::string>& phones) {
    auto del = db.prepare("DELETE FROM customer_phones WHERE customer_id = :id");
    if (!del) return std::unexpected(del.error());
    del->bind(":id", id);
    if (auto r = del->run(); !r) return r;
    auto ins = db.prepare("INSERT OR IGNORE INTO customer_phones (phone, customer_id) VALUES (:p, :id)");
    if (!ins) return std::unexpected(ins.error());
    for (const auto& p : phones) {
        ins->reset();
        ins->bind(":p", p).bind(":id", id);
        if (auto r = ins->run(); !r) return r;
    }
    return {};
}

Result<void> write_accounts_and_contacts(Database& db, std::int64_t id, const CustomerFields& f) {
    for (const char* sql : {"DELETE FROM customer_accounts WHERE customer_id = :id",
                            "DELETE FROM customer_contacts WHERE customer_id = :id"}) {
        auto del = db.prepare(sql);
        if (!del) return std::unexpected(del.error());
        del->bind(":id", id);
        if (auto r = del->run(); !r) return r;
    }
    auto acc = db.prepare(
        "INSERT INTO customer_accounts (account_no, customer_id, kind, address) VALUES (:no, :id, :kind, :address)");
    auto con = db.prepare(
        "INSERT INTO customer_contacts (customer_id, name, phone, relation) VALUES (:id, :name, :phone, :relation)");
    if (!acc) return std::unexpected(acc.error());
    if (!con) return std::unexpected(con.error());
    for (const auto& a : f.accounts) {
        acc->reset();
        acc->bind(":no", a.account_no).bind(":id", id).bind(":kind", a.kind).bind(":address", a.address);
        if (auto r = acc->run(); !r)
            return fail(Errc::already_exists, fmt::format("the account {} belongs to another customer", a.account_no));
    }
    for (const auto& c : f.contacts) {
        con->reset();
        con->bind(":id", id).bind(":name", c.name).bind(":phone", c.phone).bind(":relation", c.relation);
        if (auto r = con->run(); !r) return r;
    }
    return {};
}

Result<Customer> must(Result<std::optional<Customer>> c, std::int64_t id) {
    if (!c) return std::unexpected(c.error());
    if (!*c) return fail(Errc::not_found, fmt::format("there is no customer {}", id));
    return std::move(**c);
}

}  // namespace

Result<void> check_customer(const CustomerFields& f) {
    std::string problems;
    auto add = [&](std::string p) { problems += (problems.empty() ? "" : "; ") + std::move(p); };
    const auto name = utf8_length(f.name);
    if (name == 0 || name > 100) add("a customer's name needs 1 to 100 characters");
    if (utf8_length(f.address) > 200) add("the address is limited to 200 characters");
    if (f.phones.empty() || f.phones.size() > kMaxPhones) add("a customer has 1 to 10 phone numbers");
    for (const auto& p : f.phones)
        if (!valid_phone(p)) add(fmt::format("'{}' is not a phone number (digits, up to 20, a leading + allowed)", p));
    if (f.labels.size() > kMaxLabels) add("a customer has at most 20 labels");
    for (const auto& l : f.labels)
        if (l.empty() || utf8_length(l) > 30 || l.find(',') != std::string::npos)
            add(fmt::format("'{}' is not a label (1 to 30 characters, no comma)", l));
    if (f.vip_level < 0 || f.vip_level > 9) add("the VIP level is 0 (none) to 9; 1 is the green channel");
    if (f.accounts.size() > 20) add("a customer has at most 20 accounts");
    for (const auto& a : f.accounts)
        if (a.account_no.empty() || a.account_no.size() > 32 ||
            !std::all_of(a.account_no.begin(), a.account_no.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); }) ||
            utf8_length(a.kind) > 20 || utf8_length(a.address) > 200)
            add(fmt::format("'{}' is not an account number (1 to 32 letters or digits)", a.account_no));
    if (f.contacts.size() > 20) add("a customer has at most 20 contacts");
    for (const auto& c : f.contacts)
        if (c.name.empty() || utf8_length(c.name) > 100 || (!c.phone.empty() && !valid_phone(c.phone)) ||
            utf8_length(c.relation) > 20)
            add(fmt::format("the contact '{}' needs a name, a valid phone or none, and a short relation", c.name));
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    return {};
}

Result<Customer> open_account(Database& db, const CustomerFields& f, std::int64_t now, std::chrono::minutes offset) {
    if (auto ok = check_customer(f); !ok) return std::unexpected(ok.error());
    using namespace std::chrono;
    const year_month_day d{floor<days>(sys_time<milliseconds>(milliseconds(now)) + offset)};
    const auto day = fmt::format("KH{:04}{:02}{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                                 static_cast<unsigned>(d.day()));
    auto seq = db.prepare(
        "INSERT INTO work_order_numbers (day, last) VALUES (:day, 1) "
        "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
    if (!seq) return std::unexpected(seq.error());
    seq->bind(":day", day);
    if (auto r = seq->step(); !r) return std::unexpected(r.error());
    const auto number = fmt::format("{}{:05}", day, seq->get_int("last"));
    seq->reset();
    auto s = db.prepare(
        "INSERT INTO customers (number, name, address, vip_level, blacklisted, labels, created_ms) "
        "VALUES (:number, :name, :address, :vip, :black, :labels, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":number", number).bind(":name", f.name).bind(":address", f.address).bind(":vip", f.vip_level)
        .bind(":black", f.blacklisted ? 1 : 0).bind(":labels", join_labels(f.labels)).bind(":now", now);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    const auto id = db.last_insert_rowid();
    if (auto r = write_phones(db, id, f.phones); !r) return std::unexpected(r.error());
    if (auto r = write_accounts_and_contacts(db, id, f); !r) return std::unexpected(r.error());
    return must(find_customer(db, id), id);
}

Result<Customer> update_customer(Database& db, std::int64_t id, const CustomerFields& f) {
    if (auto ok = check_customer(f); !ok) return std::unexpected(ok.error());
    auto current = must(find_customer(db, id), id);
    if (!current) return current;
    if (current->closed) return fail(Errc::invalid_argument, fmt::format("customer {} is closed (销户)", current->number));
    auto s = db.prepare(
        "UPDATE customers SET name = :name, address = :address, vip_level = :vip, blacklisted = :black, "
        "labels = :labels WHERE customer_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":name", f.name).bind(":address", f.address).bind(":vip", f.vip_level).bind(":black", f.blacklisted ? 1 : 0)
        .bind(":labels", join_labels(f.labels)).bind(":id", id);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    if (auto r = write_phones(db, id, f.phones); !r) return std::unexpected(r.error());
    if (auto r = write_accounts_and_contacts(db, id, f); !r) return std::unexpected(r.error());
    return must(find_customer(db, id), id);
}

Result<Customer> close_account(Database& db, std::int64_t id, std::int64_t now) {
    auto current = must(find_customer(db, id), id);
    if (!current) return current;
    if (current->closed)
        return fail(Errc::invalid_argument, fmt::format("customer {} was already closed", current->number));
    auto s = db.prepare("UPDATE customers SET status = 'closed', closed_ms = :now WHERE customer_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":now", now).bind(":id", id);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    return must(find_customer(db, id), id);
}

Result<std::optional<Customer>> find_customer(Database& db, std::int64_t id) {
    return one_customer(db, "customer_id = :id", [&](Statement& s) { s.bind(":id", id); });
}

Result<std::optional<Customer>> find_customer_by_number(Database& db, std::string_view number) {
    return one_customer(db, "number = :n", [&](Statement& s) { s.bind(":n", number); });
}

Result<std::optional<Customer>> find_customer_by_phone(Database& db, std::string_view phone) {
    return one_customer(db,
                        "status = 'active' AND customer_id IN (SELECT customer_id FROM customer_phones WHERE phone = :p)",
                        [&](Statement& s) { s.bind(":p", phone); });
}

Result<std::optional<Customer>> find_customer_by_account(Database& db, std::string_view account_no) {
    return one_customer(db, "customer_id IN (SELECT customer_id FROM customer_accounts WHERE account_no = :a)",
                        [&](Statement& s) { s.bind(":a", account_no); });
}

Result<void> set_number_segment(Database& db, std::string_view prefix, std::optional<DepartmentId> department) {
    if (prefix.empty() || prefix.size() > 20 || !std::all_of(prefix.begin(), prefix.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return fail(Errc::invalid_argument, "a number segment is 1 to 20 digits");
    auto s = department ? db.prepare(
                              "INSERT INTO number_segments (prefix, department_id) VALUES (:p, :d) "
                              "ON CONFLICT(prefix) DO UPDATE SET department_id = excluded.department_id")
                        : db.prepare("DELETE FROM number_segments WHERE prefix = :p");
    if (!s) return std::unexpected(s.error());
    s->bind(":p", prefix);
    if (department) s->bind(":d", department->value());
    if (auto r = s->run(); !r) return fail(r.error().code, "the number segment was not saved (does the department exist?)");
    return {};
}

Result<std::optional<DepartmentId>> department_for_number(Database& db, std::string_view number) {
    // The prefixes of the number, longest first, matched by the primary key.
    auto s = db.prepare(
        "SELECT department_id FROM number_segments WHERE prefix = substr(:n, 1, length(prefix)) "
        "AND length(prefix) <= length(:n) ORDER BY length(prefix) DESC LIMIT 1");
    if (!s) return std::unexpected(s.error());
    s->bind(":n", number);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    return DepartmentId(s->get_int("department_id"));
}

Result<CallerProfile> caller_profile(Database& db, std::string_view phone) {
    CallerProfile p;
    auto c = find_customer_by_phone(db, phone);
    if (!c) return std::unexpected(c.error());
    p.customer = std::move(*c);
    auto d = department_for_number(db, phone);
    if (!d) return std::unexpected(d.error());
    p.responsible = *d;
    auto calls = db.prepare(
        "SELECT call_id, direction, callee, started_ms, coalesce(answered_ms, 0) AS answered_ms, "
        "coalesce(ended_ms, 0) AS ended_ms, agent_id FROM calls WHERE caller = :p ORDER BY started_ms DESC LIMIT 10");
    if (!calls) return std::unexpected(calls.error());
    calls->bind(":p", phone);
    for (;;) {
        auto row = calls->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        CallSummary s;
        s.id = CallId(calls->get_int("call_id"));
        s.direction = calls->get_text("direction");
        s.callee = calls->get_text("callee");
        s.started_ms = calls->get_int("started_ms");
        s.answered_ms = calls->get_int("answered_ms");
        s.ended_ms = calls->get_int("ended_ms");
        if (auto a = calls->get_optional_int("agent_id")) s.agent = UserId(*a);
        p.recent_calls.push_back(s);
    }
    SearchQuery q;
    q.caller_number = std::string(phone);
    q.limit = 10;
    q.restricted_visible = true;  // the caller's own orders; the gateway hides restricted ones per viewer
    auto orders = search_orders(db, q);
    if (!orders) return std::unexpected(orders.error());
    p.recent_orders = std::move(*orders);
    return p;
}

}  // namespace cti::tickets
