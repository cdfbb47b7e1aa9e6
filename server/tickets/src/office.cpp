// Deadline policies, summaries, templates and phrases, attachments, messages, call history.
#include "cti/tickets/office.h"

#include <fmt/format.h>
#include <sodium.h>

#include <array>

#include "cti/tickets/store.h"

namespace cti::tickets {

using storage::Database;
using storage::Statement;

namespace {

constexpr std::array kRoles{"team_leader", "supervisor", "administrator"};

std::string hex(const unsigned char* data, std::size_t n) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0xF];
    }
    return out;
}

PhraseRecord phrase_row(const Statement& s) {
    PhraseRecord p;
    p.id = s.get_int("phrase_id");
    p.kind = s.get_text("kind");
    p.order_type = s.get_text("order_type");
    p.title = s.get_text("title");
    p.text = s.get_text("text");
    if (auto o = s.get_optional_int("owner_id")) p.owner = UserId(*o);
    return p;
}

Attachment attachment_row(const Statement& s) {
    Attachment a;
    a.id = s.get_int("attachment_id");
    a.order = TicketId(s.get_int("order_id"));
    a.name = s.get_text("name");
    a.mime_type = s.get_text("mime_type");
    a.size = s.get_int("size");
    a.sha256 = s.get_text("sha256");
    if (auto u = s.get_optional_int("uploader_id")) a.uploader = UserId(*u);
    a.created_ms = s.get_int("created_ms");
    return a;
}

}  // namespace

// ---- deadline policies ----

Result<void> save_policy(Database& db, const PolicyInfo& p) {
    constexpr std::int64_t kMin = 1, kMax = 365LL * 86400;
    std::string problems;
    auto add = [&](std::string x) { problems += (problems.empty() ? "" : "; ") + std::move(x); };
    if (p.accept_s < kMin || p.accept_s > kMax || p.process_s < kMin || p.process_s > kMax)
        add("deadlines are 1 second to 365 days of business time");
    if (p.accept_s > p.process_s) add("the accept deadline cannot be longer than the processing deadline");
    if (std::find(kRoles.begin(), kRoles.end(), p.escalate_role) == kRoles.end())
        add("overdue orders escalate to team_leader, supervisor or administrator");
    if (p.calendar.empty() || p.calendar.size() > 100) add("name the business calendar the deadlines count on");
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    auto s = db.prepare(
        "INSERT INTO deadline_policies (order_type, urgency, accept_s, process_s, calendar, escalate_role) "
        "VALUES (:t, :u, :a, :p, :c, :r) ON CONFLICT(order_type, urgency) DO UPDATE SET accept_s = excluded.accept_s, "
        "process_s = excluded.process_s, calendar = excluded.calendar, escalate_role = excluded.escalate_role");
    if (!s) return std::unexpected(s.error());
    s->bind(":t", to_string(p.type)).bind(":u", to_string(p.urgency)).bind(":a", p.accept_s).bind(":p", p.process_s)
        .bind(":c", p.calendar).bind(":r", p.escalate_role);
    return s->run();
}

Result<std::vector<PolicyInfo>> list_policies(Database& db) {
    auto s = db.prepare(
        "SELECT order_type, urgency, accept_s, process_s, calendar, escalate_role FROM deadline_policies "
        "ORDER BY order_type, urgency");
    if (!s) return std::unexpected(s.error());
    return storage::collect_rows<PolicyInfo>(*s, [](const Statement& r) {
        PolicyInfo p;
        p.type = order_type_from_string(r.get_text("order_type")).value_or(OrderType::consultation);
        p.urgency = urgency_from_string(r.get_text("urgency")).value_or(Urgency::normal);
        p.accept_s = r.get_int("accept_s");
        p.process_s = r.get_int("process_s");
        p.calendar = r.get_text("calendar");
        p.escalate_role = r.get_text("escalate_role");
        return p;
    });
}

Result<std::string> escalate_role(Database& db, OrderType type, Urgency urgency) {
    auto s = db.prepare("SELECT escalate_role FROM deadline_policies WHERE order_type = :t AND urgency = :u");
    if (!s) return std::unexpected(s.error());
    s->bind(":t", to_string(type)).bind(":u", to_string(urgency));
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    return *row ? s->get_text("escalate_role") : std::string("team_leader");
}

// ---- summaries ----

std::optional<SummaryBy> summary_by_from_string(std::string_view s) noexcept {
    if (s == "type") return SummaryBy::type;
    if (s == "department") return SummaryBy::department;
    if (s == "state") return SummaryBy::state;
    if (s == "overdue") return SummaryBy::overdue;
    if (s == "satisfaction") return SummaryBy::satisfaction;
    return std::nullopt;
}

Result<std::vector<SummaryRow>> summarize(Database& db, SummaryBy by, std::int64_t from_ms, std::int64_t to_ms) {
    std::string key;
    switch (by) {
        case SummaryBy::type: key = "o.type"; break;
        case SummaryBy::state: key = "o.state"; break;
        case SummaryBy::overdue: key = "CASE WHEN o.overdue <> 0 THEN 'overdue' ELSE 'in_time' END"; break;
        case SummaryBy::satisfaction: key = "coalesce(o.satisfaction, 'not_visited')"; break;
        case SummaryBy::department:
            // The department of the order's newest task: where it is, or was last.
            key = "coalesce((SELECT d.name FROM work_order_tasks t JOIN departments d ON d.department_id = t.department_id "
                  "WHERE t.order_id = o.order_id ORDER BY t.task_id DESC LIMIT 1), '未派单')";
            break;
    }
    auto s = db.prepare(fmt::format(
        "SELECT {} AS k, count(*) AS orders, sum(o.state NOT IN ('closed', 'voided')) AS open, "
        "sum(o.overdue <> 0) AS overdue, sum(o.satisfaction IN ('satisfied', 'basically_satisfied')) AS satisfied, "
        "sum(o.satisfaction = 'unsatisfied') AS unsatisfied FROM work_orders o "
        "WHERE (:from = 0 OR o.created_ms >= :from) AND (:to = 0 OR o.created_ms < :to) GROUP BY k ORDER BY orders DESC, k",
        key));
    if (!s) return std::unexpected(s.error());
    s->bind(":from", from_ms).bind(":to", to_ms);
    return storage::collect_rows<SummaryRow>(*s, [](const Statement& r) {
        return SummaryRow{r.get_text("k"), r.get_int("orders"), r.get_int("open"), r.get_int("overdue"),
                          r.get_int("satisfied"), r.get_int("unsatisfied")};
    });
}

// ---- templates and phrases ----

Result<void> check_phrase(const PhraseRecord& p) {
    if (p.kind != "template" && p.kind != "phrase") return fail(Errc::invalid_argument, "kind is template or phrase");
    const auto title = utf8_length(p.title);
    if (title == 0 || title > 100) return fail(Errc::invalid_argument, "a title needs 1 to 100 characters");
    if (utf8_length(p.text) > 4000) return fail(Errc::invalid_argument, "the text is limited to 4000 characters");
    if (p.kind == "template" && !order_type_from_string(p.order_type))
        return fail(Errc::invalid_argument, "a template is for one order type (business, consultation, repair, ...)");
    return {};
}

Result<std::optional<PhraseRecord>> find_phrase(Database& db, std::int64_t id) {
    auto s = db.prepare(
        "SELECT phrase_id, kind, order_type, title, text, owner_id FROM order_phrases WHERE phrase_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto found = storage::collect_rows<PhraseRecord>(*s, phrase_row);
    if (!found) return std::unexpected(found.error());
    if (found->empty()) return std::nullopt;
    return found->front();
}

Result<PhraseRecord> save_phrase(Database& db, PhraseRecord p, std::int64_t now) {
    if (auto ok = check_phrase(p); !ok) return std::unexpected(ok.error());
    if (p.id) {
        auto current = find_phrase(db, p.id);
        if (!current) return std::unexpected(current.error());
        if (!*current) return fail(Errc::not_found, fmt::format("there is no template or phrase {}", p.id));
        if ((*current)->owner != p.owner)
            return fail(Errc::permission_denied, "only its owner (or an administrator, for shared ones) changes it");
    }
    auto s = p.id ? db.prepare("UPDATE order_phrases SET kind = :kind, order_type = :type, title = :title, text = :text "
                               "WHERE phrase_id = :id")
                  : db.prepare("INSERT INTO order_phrases (owner_id, kind, order_type, title, text, created_ms) "
                               "VALUES (:owner, :kind, :type, :title, :text, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":kind", p.kind).bind(":type", p.order_type).bind(":title", p.title).bind(":text", p.text);
    if (p.id) s->bind(":id", p.id);
    else {
        s->bind(":now", now);
        if (p.owner) s->bind(":owner", p.owner->value());
        else s->bind(":owner", nullptr);
    }
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    if (!p.id) p.id = db.last_insert_rowid();
    return p;
}

Result<void> remove_phrase(Database& db, std::int64_t id, std::optional<UserId> owner) {
    auto current = find_phrase(db, id);
    if (!current) return std::unexpected(current.error());
    if (!*current) return fail(Errc::not_found, fmt::format("there is no template or phrase {}", id));
    if ((*current)->owner != owner)
        return fail(Errc::permission_denied, "only its owner (or an administrator, for shared ones) removes it");
    auto s = db.prepare("DELETE FROM order_phrases WHERE phrase_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return s->run();
}

Result<std::vector<PhraseRecord>> list_phrases(Database& db, UserId user, std::string_view kind) {
    auto s = db.prepare(
        "SELECT phrase_id, kind, order_type, title, text, owner_id FROM order_phrases "
        "WHERE (owner_id IS NULL OR owner_id = :user) AND (:kind = '' OR kind = :kind) "
        "ORDER BY owner_id IS NOT NULL, kind, order_type, title");
    if (!s) return std::unexpected(s.error());
    s->bind(":user", user.value()).bind(":kind", kind);
    return storage::collect_rows<PhraseRecord>(*s, phrase_row);
}

// ---- attachments ----

Result<Attachment> attach(Database& db, TicketId order, std::string_view name, std::string_view mime_type,
                          std::string_view content, std::optional<UserId> uploader, std::int64_t now) {
    if (content.size() > kMaxAttachmentBytes)
        return fail(Errc::invalid_argument,
                    fmt::format("the file is {} KiB; attachments are limited to {} KiB", content.size() / 1024,
                                kMaxAttachmentBytes / 1024));
    const auto name_chars = utf8_length(name);
    if (name_chars == 0 || name_chars > 200 || name.find('/') != std::string_view::npos ||
        name.find('\\') != std::string_view::npos)
        return fail(Errc::invalid_argument, "a file name needs 1 to 200 characters and no / or \\");
    if (mime_type.empty() || mime_type.size() > 100 || mime_type.find('/') == std::string_view::npos)
        return fail(Errc::invalid_argument, "give the file's type, e.g. image/jpeg or application/pdf");
    auto count = db.prepare(
        "SELECT (SELECT count(*) FROM order_attachments WHERE order_id = :o) AS n, "
        "(SELECT count(*) FROM work_orders WHERE order_id = :o) AS exists_");
    if (!count) return std::unexpected(count.error());
    count->bind(":o", order.value());
    if (auto r = count->step(); !r) return std::unexpected(r.error());
    if (count->get_int("exists_") == 0) return fail(Errc::not_found, fmt::format("there is no work order {}", order.value()));
    if (count->get_int("n") >= kMaxAttachmentsPerOrder)
        return fail(Errc::invalid_argument, fmt::format("an order has at most {} attachments", kMaxAttachmentsPerOrder));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(content.data()), content.size());
    Attachment a{0, order, std::string(name), std::string(mime_type), static_cast<std::int64_t>(content.size()),
                 hex(digest, sizeof digest), uploader, now};
    auto s = db.prepare(
        "INSERT INTO order_attachments (order_id, name, mime_type, size, sha256, content, uploader_id, created_ms) "
        "VALUES (:o, :name, :mime, :size, :sha, :content, :up, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":o", order.value()).bind(":name", a.name).bind(":mime", a.mime_type).bind(":size", a.size)
        .bind(":sha", a.sha256).bind_blob(":content", content).bind(":now", now);
    if (uploader) s->bind(":up", uploader->value());
    else s->bind(":up", nullptr);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    a.id = db.last_insert_rowid();
    return a;
}

Result<std::vector<Attachment>> list_attachments(Database& db, TicketId order) {
    auto s = db.prepare(
        "SELECT attachment_id, order_id, name, mime_type, size, sha256, uploader_id, created_ms FROM order_attachments "
        "WHERE order_id = :o ORDER BY attachment_id");
    if (!s) return std::unexpected(s.error());
    s->bind(":o", order.value());
    return storage::collect_rows<Attachment>(*s, attachment_row);
}

Result<std::optional<std::pair<Attachment, std::string>>> read_attachment(Database& db, std::int64_t id) {
    auto s = db.prepare(
        "SELECT attachment_id, order_id, name, mime_type, size, sha256, uploader_id, created_ms, content "
        "FROM order_attachments WHERE attachment_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::nullopt;
    return std::pair{attachment_row(*s), s->get_text("content")};
}

// ---- internal messages ----

Result<Message> send_message(Database& db, Message m) {
    const auto chars = utf8_length(m.text);
    if (chars == 0 || chars > 2000) return fail(Errc::invalid_argument, "a message needs 1 to 2000 characters");
    if (!m.to_user && !m.to_department) return fail(Errc::invalid_argument, "send a message to a user or a department");
    auto s = db.prepare(
        "INSERT INTO internal_messages (from_id, to_user_id, to_department_id, text, created_ms) "
        "VALUES (:from, :user, :dept, :text, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":from", m.from.value()).bind(":text", m.text).bind(":now", m.created_ms);
    if (m.to_user) s->bind(":user", m.to_user->value());
    else s->bind(":user", nullptr);
    if (m.to_department) s->bind(":dept", m.to_department->value());
    else s->bind(":dept", nullptr);
    if (auto r = s->run(); !r) return fail(r.error().code, "the message was not stored (does the recipient exist?)");
    m.id = db.last_insert_rowid();
    return m;
}

Result<std::vector<Message>> messages_for(Database& db, UserId user, std::optional<DepartmentId> department, int limit) {
    auto s = db.prepare(
        "SELECT message_id, from_id, to_user_id, to_department_id, text, created_ms FROM internal_messages "
        "WHERE to_user_id = :u OR from_id = :u OR (:d IS NOT NULL AND to_department_id = :d) "
        "ORDER BY message_id DESC LIMIT :limit");
    if (!s) return std::unexpected(s.error());
    s->bind(":u", user.value()).bind(":limit", std::clamp(limit, 1, 500));
    if (department) s->bind(":d", department->value());
    else s->bind(":d", nullptr);
    return storage::collect_rows<Message>(*s, [](const Statement& r) {
        Message m;
        m.id = r.get_int("message_id");
        m.from = UserId(r.get_int("from_id"));
        if (auto u = r.get_optional_int("to_user_id")) m.to_user = UserId(*u);
        if (auto d = r.get_optional_int("to_department_id")) m.to_department = DepartmentId(*d);
        m.text = r.get_text("text");
        m.created_ms = r.get_int("created_ms");
        return m;
    });
}

// ---- personal call history ----

Result<std::vector<CallSummary>> calls_of(Database& db, UserId agent, int limit) {
    auto s = db.prepare(
        "SELECT call_id, direction, caller, callee, started_ms, coalesce(answered_ms, 0) AS answered_ms, "
        "coalesce(ended_ms, 0) AS ended_ms, agent_id FROM calls WHERE agent_id = :a ORDER BY started_ms DESC LIMIT :limit");
    if (!s) return std::unexpected(s.error());
    s->bind(":a", agent.value()).bind(":limit", std::clamp(limit, 1, 500));
    return storage::collect_rows<CallSummary>(*s, [](const Statement& r) {
        CallSummary c;
        c.id = CallId(r.get_int("call_id"));
        c.direction = r.get_text("direction");
        c.caller = r.get_text("caller");
        c.callee = r.get_text("callee");
        c.started_ms = r.get_int("started_ms");
        c.answered_ms = r.get_int("answered_ms");
        c.ended_ms = r.get_int("ended_ms");
        if (auto a = r.get_optional_int("agent_id")) c.agent = UserId(*a);
        return c;
    });
}

}  // namespace cti::tickets
