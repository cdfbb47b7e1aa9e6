// Work orders in SQLite: rows <-> Order, numbers, history, tasks.
#include "cti/tickets/store.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cti/tickets/search_text.h"

namespace cti::tickets {

using storage::Database;
using storage::Statement;

namespace {

constexpr const char* kOrderColumns =
    "o.order_id, o.number, o.type, o.urgency, o.channel, o.state, o.title, o.content, o.caller_number, "
    "o.contact_name, o.customer_id, o.call_id, o.restricted, o.creator_id, o.creator_department_id, o.workflow, "
    "o.workflow_version, o.step, o.step_mode, o.created_ms, o.updated_ms, o.accept_due_ms, o.process_due_ms, "
    "o.paused_since_ms, o.overdue, o.urge_count, o.satisfaction, o.closed_ms";

Order order_from_row(const Statement& s) {
    Order o;
    o.id = TicketId(s.get_int("order_id"));
    o.number = s.get_text("number");
    o.type = order_type_from_string(s.get_text("type")).value_or(OrderType::consultation);
    o.urgency = urgency_from_string(s.get_text("urgency")).value_or(Urgency::normal);
    o.channel = channel_from_string(s.get_text("channel")).value_or(Channel::phone);
    o.state = order_state_from_string(s.get_text("state")).value_or(OrderState::open);
    o.title = s.get_text("title");
    o.content = s.get_text("content");
    o.caller_number = s.get_text("caller_number");
    o.contact_name = s.get_text("contact_name");
    o.customer_id = s.get_optional_int("customer_id");
    if (auto c = s.get_optional_int("call_id")) o.call = CallId(*c);
    o.restricted = s.get_int("restricted") != 0;
    o.creator = UserId(s.get_int("creator_id"));
    if (auto d = s.get_optional_int("creator_department_id")) o.creator_department = DepartmentId(*d);
    o.workflow = s.get_text("workflow");
    o.workflow_version = static_cast<int>(s.get_int("workflow_version"));
    o.step = static_cast<int>(s.get_int("step"));
    o.step_mode = step_mode_from_string(s.get_text("step_mode")).value_or(StepMode::single);
    o.created_ms = s.get_int("created_ms");
    o.updated_ms = s.get_int("updated_ms");
    o.accept_due_ms = s.get_int("accept_due_ms");
    o.process_due_ms = s.get_int("process_due_ms");
    o.paused_since_ms = s.get_int("paused_since_ms");
    o.overdue = static_cast<unsigned>(s.get_int("overdue"));
    o.urge_count = static_cast<int>(s.get_int("urge_count"));
    if (auto sat = s.get_optional_text("satisfaction")) o.satisfaction = satisfaction_from_string(*sat);
    o.closed_ms = s.get_int("closed_ms");
    return o;
}

Result<void> load_tasks(Database& db, Order& o) {
    auto s = db.prepare(
        "SELECT task_id, step, department_id, user_id, state, handler_id, opinion FROM work_order_tasks "
        "WHERE order_id = :id AND step = :step AND state <> 'cancelled' ORDER BY task_id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", o.id.value()).bind(":step", o.step);
    auto tasks = storage::collect_rows<Task>(*s, [](const Statement& r) {
        Task t;
        t.task_id = r.get_int("task_id");
        t.step = static_cast<int>(r.get_int("step"));
        if (auto d = r.get_optional_int("department_id")) t.assignee.department = DepartmentId(*d);
        if (auto u = r.get_optional_int("user_id")) t.assignee.user = UserId(*u);
        t.state = task_state_from_string(r.get_text("state")).value_or(TaskState::pending);
        if (auto h = r.get_optional_int("handler_id")) t.handler = UserId(*h);
        t.opinion = r.get_text("opinion");
        return t;
    });
    if (!tasks) return std::unexpected(tasks.error());
    o.tasks = std::move(*tasks);
    return {};
}

Result<std::vector<Order>> orders_from(Database& db, Statement& s, bool with_tasks) {
    auto orders = storage::collect_rows<Order>(s, order_from_row);
    if (!orders || !with_tasks) return orders;
    for (auto& o : *orders)
        if (auto r = load_tasks(db, o); !r) return std::unexpected(r.error());
    return orders;
}

template <class T>
void bind_optional(Statement& s, std::string_view name, const std::optional<T>& v) {
    if (v) s.bind(name, static_cast<std::int64_t>(v->value()));
    else s.bind(name, nullptr);
}

std::string targets_json(const std::vector<Assignee>& targets) {
    auto list = nlohmann::json::array();
    for (const auto& t : targets) {
        nlohmann::json j = nlohmann::json::object();
        if (t.department) j["department"] = t.department->value();
        if (t.user) j["user"] = t.user->value();
        list.push_back(j);
    }
    return list.dump();
}

std::vector<Assignee> targets_from_json(const std::string& text) {
    std::vector<Assignee> out;
    auto list = nlohmann::json::parse(text, nullptr, false);
    if (!list.is_array()) return out;
    for (const auto& j : list) {
        Assignee a;
        if (j.contains("department")) a.department = DepartmentId(j["department"].get<std::int64_t>());
        if (j.contains("user")) a.user = UserId(j["user"].get<std::int64_t>());
        out.push_back(a);
    }
    return out;
}

std::string local_day(std::int64_t now_ms, std::chrono::minutes offset) {
    using namespace std::chrono;
    const auto local = sys_days(floor<days>(sys_time<milliseconds>(milliseconds(now_ms)) + offset));
    const year_month_day d{local};
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                       static_cast<unsigned>(d.day()));
}

Result<std::string> next_number(Database& db, std::int64_t now_ms, std::chrono::minutes offset) {
    const auto day = local_day(now_ms, offset);
    auto s = db.prepare(
        "INSERT INTO work_order_numbers (day, last) VALUES (:day, 1) "
        "ON CONFLICT(day) DO UPDATE SET last = last + 1 RETURNING last");
    if (!s) return std::unexpected(s.error());
    s->bind(":day", day);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    const auto seq = s->get_int("last");
    s->reset();
    return fmt::format("GD{}{:06}", day, seq);
}

// The order's type, state and caller number ride in its full-text row as tokens (facet_token), so
// that text plus one of those filters is one FTS5 intersection instead of reading every match's
// row (bench: 停电 + praise was 336 ms at p95 on a million orders, 客户 + a caller 93 ms). The
// caller token is there for restricted complaints too; only the server writes it into a query,
// and only with the restricted filter when the user may not see complainants.
Result<void> write_fts(Database& db, const Order& o, bool replace) {
    std::string text = o.number + ' ' + o.title + ' ' + o.content;
    // A restricted complaint is not found by its complainant's number or name.
    if (!o.restricted) text += ' ' + o.caller_number + ' ' + o.contact_name;
    if (replace) {
        auto del = db.prepare("DELETE FROM work_orders_fts WHERE rowid = :id");
        if (!del) return std::unexpected(del.error());
        del->bind(":id", o.id.value());
        if (auto r = del->run(); !r) return r;
    }
    auto s = db.prepare("INSERT INTO work_orders_fts (rowid, body) VALUES (:id, :body)");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", o.id.value())
        .bind(":body", index_text(text) + ' ' + facet_token("type", to_string(o.type)) + ' ' +
                           facet_token("state", to_string(o.state)) +
                           (o.caller_number.empty() ? "" : ' ' + facet_token("caller", o.caller_number)));
    return s->run();
}

Result<void> append_history(Database& db, TicketId id, const ActionRecord& r) {
    auto s = db.prepare(
        "INSERT INTO work_order_actions (order_id, action, actor_id, from_state, to_state, targets, opinion, at_ms) "
        "VALUES (:id, :action, :actor, :from, :to, :targets, :opinion, :at)");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id.value()).bind(":action", to_string(r.action)).bind(":from", to_string(r.from_state))
        .bind(":to", to_string(r.to_state)).bind(":targets", targets_json(r.to)).bind(":opinion", r.opinion)
        .bind(":at", r.at_ms);
    bind_optional(*s, ":actor", r.actor);
    return s->run();
}

}  // namespace

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

Result<void> check_new_order(const NewOrder& o) {
    std::string problems;
    auto add = [&](std::string p) { problems += (problems.empty() ? "" : "; ") + std::move(p); };
    const auto title = utf8_length(o.title);
    if (title == 0 || title > kMaxTitleChars) add(fmt::format("the title needs 1 to {} characters", kMaxTitleChars));
    if (utf8_length(o.content) > kMaxContentChars)
        add(fmt::format("the content is limited to {} characters", kMaxContentChars));
    if (o.caller_number.size() > 32) add("the caller number is limited to 32 characters");
    if (utf8_length(o.contact_name) > 100) add("the contact name is limited to 100 characters");
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    return {};
}

Result<Order> create_order(Database& db, const NewOrder& n, const Actor& creator, const Workflow& workflow,
                           std::int64_t now, std::chrono::minutes offset) {
    if (auto ok = check_new_order(n); !ok) return std::unexpected(ok.error());
    auto number = next_number(db, now, offset);
    if (!number) return std::unexpected(number.error());
    Order o;
    o.number = *number;
    o.type = n.type;
    o.urgency = n.urgency;
    o.channel = n.channel;
    o.state = OrderState::open;
    o.title = n.title;
    o.content = n.content;
    o.caller_number = n.caller_number;
    o.contact_name = n.contact_name;
    o.customer_id = n.customer_id;
    o.call = n.call;
    o.restricted = n.restricted;
    o.creator = creator.user;
    o.creator_department = creator.department;
    o.workflow = workflow.name;
    o.workflow_version = workflow.version;
    o.created_ms = o.updated_ms = now;
    auto s = db.prepare(
        "INSERT INTO work_orders (number, type, urgency, channel, state, title, content, caller_number, contact_name, "
        "customer_id, call_id, restricted, creator_id, creator_department_id, workflow, workflow_version, created_ms, "
        "updated_ms) VALUES (:number, :type, :urgency, :channel, 'open', :title, :content, :caller, :contact, "
        ":customer, :call, :restricted, :creator, :dept, :workflow, :wv, :now, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":number", o.number).bind(":type", to_string(o.type)).bind(":urgency", to_string(o.urgency))
        .bind(":channel", to_string(o.channel)).bind(":title", o.title).bind(":content", o.content)
        .bind(":caller", o.caller_number).bind(":contact", o.contact_name).bind(":restricted", o.restricted ? 1 : 0)
        .bind(":creator", o.creator.value()).bind(":workflow", o.workflow).bind(":wv", o.workflow_version)
        .bind(":now", now);
    if (o.customer_id) s->bind(":customer", *o.customer_id);
    else s->bind(":customer", nullptr);
    bind_optional(*s, ":call", o.call);
    bind_optional(*s, ":dept", o.creator_department);
    if (auto r = s->run(); !r)
        return fail(r.error().code, "the order was not stored (is the call or customer id right?): " + r.error().message);
    o.id = TicketId(db.last_insert_rowid());
    if (auto r = write_fts(db, o, false); !r) return std::unexpected(r.error());
    ActionRecord rec{Action::create, creator.user, OrderState::open, OrderState::open, {}, {}, now};
    if (auto r = append_history(db, o.id, rec); !r) return std::unexpected(r.error());
    return o;
}

Result<std::optional<Order>> load_order(Database& db, TicketId id) {
    auto s = db.prepare(std::string("SELECT ") + kOrderColumns + " FROM work_orders o WHERE o.order_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id.value());
    auto orders = orders_from(db, *s, true);
    if (!orders) return std::unexpected(orders.error());
    if (orders->empty()) return std::nullopt;
    return std::move(orders->front());
}

Result<std::optional<Order>> load_order_by_number(Database& db, std::string_view number) {
    auto s = db.prepare("SELECT order_id FROM work_orders WHERE number = :n");
    if (!s) return std::unexpected(s.error());
    s->bind(":n", number);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    return load_order(db, TicketId(s->get_int("order_id")));
}

Result<void> save_outcome(Database& db, Order& o, const ActionRecord& record) {
    auto s = db.prepare(
        "UPDATE work_orders SET state = :state, step = :step, step_mode = :mode, updated_ms = :updated, "
        "accept_due_ms = :accept_due, process_due_ms = :process_due, paused_since_ms = :paused, overdue = :overdue, "
        "urge_count = :urges, satisfaction = :sat, closed_ms = :closed WHERE order_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":state", to_string(o.state)).bind(":step", o.step).bind(":mode", to_string(o.step_mode))
        .bind(":updated", o.updated_ms).bind(":accept_due", o.accept_due_ms).bind(":process_due", o.process_due_ms)
        .bind(":paused", o.paused_since_ms).bind(":overdue", static_cast<std::int64_t>(o.overdue))
        .bind(":urges", o.urge_count).bind(":closed", o.closed_ms).bind(":id", o.id.value());
    if (o.satisfaction) s->bind(":sat", to_string(*o.satisfaction));
    else s->bind(":sat", nullptr);
    if (auto r = s->run(); !r) return r;
    if (db.changes() != 1) return fail(Errc::not_found, fmt::format("order {} does not exist", o.id.value()));
    auto ins = db.prepare(
        "INSERT INTO work_order_tasks (order_id, step, department_id, user_id, state, handler_id, opinion) "
        "VALUES (:id, :step, :dept, :user, :state, :handler, :opinion)");
    auto upd = db.prepare(
        "UPDATE work_order_tasks SET department_id = :dept, user_id = :user, state = :state, handler_id = :handler, "
        "opinion = :opinion WHERE task_id = :task AND order_id = :id");
    if (!ins) return std::unexpected(ins.error());
    if (!upd) return std::unexpected(upd.error());
    // Tasks of a step the order left are no longer in o.tasks; a return cancels the open ones.
    if (record.action == Action::dispatch || record.action == Action::reopen) {
        auto cancel = db.prepare(
            "UPDATE work_order_tasks SET state = 'cancelled' WHERE order_id = :id AND state IN ('pending', 'accepted')");
        if (!cancel) return std::unexpected(cancel.error());
        cancel->bind(":id", o.id.value());
        if (auto r = cancel->run(); !r) return r;
    }
    for (auto& t : o.tasks) {
        Statement& st = t.task_id ? *upd : *ins;
        st.reset();
        st.bind(":id", o.id.value()).bind(":state", to_string(t.state)).bind(":opinion", t.opinion);
        bind_optional(st, ":dept", t.assignee.department);
        bind_optional(st, ":user", t.assignee.user);
        bind_optional(st, ":handler", t.handler);
        if (t.task_id) st.bind(":task", t.task_id);
        else st.bind(":step", t.step);
        if (auto r = st.run(); !r) return r;
        if (!t.task_id) t.task_id = db.last_insert_rowid();
    }
    if (record.from_state != record.to_state)
        if (auto r = write_fts(db, o, true); !r) return r;
    return append_history(db, o.id, record);
}

Result<std::vector<ActionRecord>> order_history(Database& db, TicketId id) {
    auto s = db.prepare(
        "SELECT action, actor_id, from_state, to_state, targets, opinion, at_ms FROM work_order_actions "
        "WHERE order_id = :id ORDER BY action_id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id.value());
    return storage::collect_rows<ActionRecord>(*s, [](const Statement& r) {
        ActionRecord a;
        a.action = action_from_string(r.get_text("action")).value_or(Action::urge);
        if (auto u = r.get_optional_int("actor_id")) a.actor = UserId(*u);
        a.from_state = order_state_from_string(r.get_text("from_state")).value_or(OrderState::open);
        a.to_state = order_state_from_string(r.get_text("to_state")).value_or(OrderState::open);
        a.to = targets_from_json(r.get_text("targets"));
        a.opinion = r.get_text("opinion");
        a.at_ms = r.get_int("at_ms");
        return a;
    });
}

// Search at scale (server/tickets/README.md, "Search at scale"; bench/tickets_bench.cpp measures
// it on a million orders).
//  - Text: the newest 2,000 matches passing the filters, straight from the FTS index read newest
//    first, ranked by bm25_sampled (server/storage: bm25 with each phrase's rarity estimated from
//    a sample of its postings; FTS5's bm25 counted all of them, 36 ms for a word in half the
//    orders). Type, state and caller are tokens of the FTS row (write_fts), so they are part of
//    the MATCH. The FTS table is always the outer loop (CROSS JOIN, and `+` on the rowid IN
//    set): a ranking function on an FTS5 cursor opened per order would start over for every
//    order. A department's open tasks are a set built once and probed per match; dates and
//    "restricted" read the order's row. A common word with a department few of its matches have
//    still reads all its matches (see the README).
//  - One Chinese character: newest first, not ranked. Its prefix query makes FTS5 merge the
//    postings of every bigram starting with that character (126 ms of CPU for 电, which 80 % of
//    orders contain) and bm25 would then count them all again; relevance of one character means
//    little. The newest kCharWindow orders are scanned with instr() instead (a Chinese character
//    is in the index exactly when it is in the title, content or shown contact name), and only
//    when they hold fewer than `limit` matches (a rare character: few postings) is FTS5 asked.
//  - Filters only: newest first over the table, as before.
namespace {

constexpr int kRankWindow = 2000;
constexpr std::int64_t kCharWindow = 10000;

// The character when the MATCH expression is one Chinese character's prefix query ("电"*).
std::optional<std::string> single_han(const std::string& match) {
    if (match.size() < 6 || match.size() > 7 || match.front() != '"' || match.substr(match.size() - 2) != "\"*")
        return std::nullopt;
    const std::string c = match.substr(1, match.size() - 3);
    const auto b = static_cast<unsigned char>(c[0]);
    char32_t cp = 0;
    if (c.size() == 3 && (b >> 4) == 0xE) cp = b & 0x0F;
    else if (c.size() == 4 && (b >> 3) == 0x1E) cp = b & 0x07;
    else return std::nullopt;
    for (std::size_t i = 1; i < c.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(c[i]) & 0x3F);
    const bool han = (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                     (cp >= 0x20000 && cp <= 0x2FFFF);  // as is_han() in search_text.cpp
    if (!han) return std::nullopt;
    return c;
}

}  // namespace

Result<std::vector<Order>> search_orders(Database& db, const SearchQuery& q) {
    if (q.text.size() > kMaxQueryBytes)
        return fail(Errc::invalid_argument, fmt::format("a search is limited to {} bytes", kMaxQueryBytes));
    const int limit = std::clamp(q.limit, 1, 200);
    const std::string department_set =
        "SELECT order_id FROM work_order_tasks WHERE department_id = :dept AND state IN ('pending', 'accepted')";
    // On the order's row (filters only, one character); INDEXED BY: left to itself the planner
    // walks the department's open tasks for every order.
    std::string filters;
    // On the FTS path: probed sets, and what needs the row.
    std::string set_filters, row_filters;
    // Type and state: tokens of the FTS row on the text path (write_fts), columns otherwise.
    if (q.type) filters += " AND o.type = :type";
    if (q.state) filters += " AND o.state = :state";
    if (!q.caller_number.empty()) {
        filters += q.restricted_visible ? " AND o.caller_number = :caller" : " AND o.caller_number = :caller AND o.restricted = 0";
        if (!q.restricted_visible) row_filters += " AND o.restricted = 0";  // the caller: a token (below)
    }
    if (q.from_ms) filters += " AND o.created_ms >= :from", row_filters += " AND o.created_ms >= :from";
    if (q.to_ms) filters += " AND o.created_ms < :to", row_filters += " AND o.created_ms < :to";
    if (q.department) {
        filters += " AND EXISTS (SELECT 1 FROM work_order_tasks t INDEXED BY work_order_tasks_by_order"
                   " WHERE t.order_id = o.order_id AND t.department_id = :dept AND t.state IN ('pending', 'accepted'))";
        set_filters += " AND +f.rowid IN (" + department_set + ")";
    }
    std::optional<std::string> match;
    if (!q.text.empty()) {
        match = match_expression(q.text);
        if (!match) return fail(Errc::invalid_argument, "type at least one letter, digit or Chinese character to search for");
    }
    const auto han = match ? single_han(*match) : std::nullopt;
    if (match) {  // after single_han: the one-character row scan filters by columns
        if (q.type) *match += " \"" + facet_token("type", to_string(*q.type)) + "\"";
        if (q.state) *match += " \"" + facet_token("state", to_string(*q.state)) + "\"";
        if (!q.caller_number.empty()) *match += " \"" + facet_token("caller", q.caller_number) + "\"";
    }
    const std::string columns = std::string("SELECT ") + kOrderColumns;
    auto run = [&](const std::string& sql) -> Result<std::vector<Order>> {
        auto s = db.prepare(sql);
        if (!s) return std::unexpected(s.error());
        if (sql.find(":match") != std::string::npos) s->bind(":match", *match);
        if (sql.find(":char") != std::string::npos) s->bind(":char", *han);
        if (q.type && sql.find(":type") != std::string::npos) s->bind(":type", to_string(*q.type));
        if (q.state && sql.find(":state") != std::string::npos) s->bind(":state", to_string(*q.state));
        if (!q.caller_number.empty() && sql.find(":caller") != std::string::npos) s->bind(":caller", q.caller_number);
        if (q.from_ms) s->bind(":from", q.from_ms);
        if (q.to_ms) s->bind(":to", q.to_ms);
        if (q.department) s->bind(":dept", q.department->value());
        s->bind(":limit", limit);
        return orders_from(db, *s, false);
    };
    if (!match) return run(columns + " FROM work_orders o WHERE 1" + filters + " ORDER BY o.order_id DESC LIMIT :limit");
    const std::string matches = std::string(" FROM work_orders_fts f") +
                                (row_filters.empty() ? "" : " CROSS JOIN work_orders o ON o.order_id = f.rowid") +
                                " WHERE work_orders_fts MATCH :match" + set_filters + row_filters + " ORDER BY f.rowid DESC";
    if (han) {
        const std::string contains =
            " AND (instr(o.title, :char) OR instr(o.content, :char) OR (o.restricted = 0 AND instr(o.contact_name, :char)))";
        if (!q.caller_number.empty())
            return run(columns + " FROM work_orders o WHERE 1" + filters + contains + " ORDER BY o.order_id DESC LIMIT :limit");
        auto recent = run(columns + " FROM work_orders o WHERE o.order_id > (SELECT ifnull(max(order_id), 0) FROM work_orders) - " +
                          std::to_string(kCharWindow) + filters + contains + " ORDER BY o.order_id DESC LIMIT :limit");
        if (!recent || static_cast<int>(recent->size()) == limit) return recent;
        return run(columns + " FROM (SELECT f.rowid AS id" + matches +
                   " LIMIT :limit) m JOIN work_orders o ON o.order_id = m.id ORDER BY o.order_id DESC");
    }
    return run(columns + " FROM (SELECT f.rowid AS id, bm25_sampled(work_orders_fts) AS r" + matches + " LIMIT " + std::to_string(kRankWindow) +
               ") m JOIN work_orders o ON o.order_id = m.id ORDER BY m.r, o.order_id DESC LIMIT :limit");
}

// Reads the order of every open task it may show, then sorts: 72 ms (35 ms CPU) for a department
// with 21,370 open tasks on a million orders (bench/tickets_bench.cpp). Sorting only the keys
// before reading the rows did not help (the cost is the 21,370 row lookups); what would is an
// index carrying the sort key, i.e. a migration.
Result<std::vector<Order>> workbench(Database& db, const Actor& actor, int limit) {
    std::string sql = std::string("SELECT ") + kOrderColumns +
                      " FROM work_orders o WHERE o.order_id IN ("
                      " SELECT order_id FROM work_order_tasks WHERE state IN ('pending', 'accepted') AND user_id = :user"
                      " UNION SELECT order_id FROM work_order_tasks WHERE state IN ('pending', 'accepted')"
                      " AND user_id IS NULL AND department_id = :dept";
    if (actor.capabilities & kDispatch)
        sql += " UNION SELECT order_id FROM work_orders WHERE state IN ('returned', 'answered', 'visited')"
               " AND (creator_id = :user OR creator_department_id = :dept)";
    sql += ") ORDER BY o.overdue DESC, CASE WHEN o.accept_due_ms > 0 THEN o.accept_due_ms ELSE o.process_due_ms END, "
           "o.order_id LIMIT :limit";
    auto s = db.prepare(sql);
    if (!s) return std::unexpected(s.error());
    s->bind(":user", actor.user.value()).bind(":limit", std::clamp(limit, 1, 1000));
    bind_optional(*s, ":dept", actor.department);
    return orders_from(db, *s, true);
}

Result<std::vector<Order>> active_orders(Database& db) {
    auto s = db.prepare(std::string("SELECT ") + kOrderColumns +
                        " FROM work_orders o WHERE o.state IN ('dispatched', 'processing')");
    if (!s) return std::unexpected(s.error());
    return orders_from(db, *s, true);
}

}  // namespace cti::tickets
