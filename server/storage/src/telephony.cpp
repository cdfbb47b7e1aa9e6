#include "cti/storage/telephony.h"

#include "query.h"

#include <sqlite3.h>

namespace cti::storage {
using detail::each_row;
using detail::prepare;

namespace {

// A UNIQUE or PRIMARY KEY violation becomes already_exists with a message naming the value.
Result<void> run_insert(Database& db, Statement& stmt, std::string_view what) {
    auto r = stmt.run();
    if (r) return {};
    const int ext = sqlite3_extended_errcode(db.handle());
    if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
        return fail(Errc::already_exists, std::string(what) + " already exists: choose another");
    if (ext == SQLITE_CONSTRAINT_CHECK)
        return fail(Errc::invalid_argument, std::string(what) + " has a value out of range: " + r.error().message);
    return fail(r.error().code, "writing " + std::string(what) + ": " + r.error().message);
}

template <class T, class Read>
Result<std::vector<T>> read_all(Database& db, std::string_view sql, std::string_view doing, Read read) {
    auto stmt = prepare(db, sql, doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    std::vector<T> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return fail(row.error().code, std::string(doing) + ": " + row.error().message);
        if (!*row) break;
        out.push_back(read(*stmt));
    }
    return out;
}

template <class T>
void bind_optional(Statement& s, std::string_view name, const std::optional<T>& v) {
    if (!v) {
        s.bind(name, nullptr);
    } else if constexpr (std::is_same_v<T, UserId>) {
        s.bind(name, v->value());
    } else {
        s.bind(name, static_cast<std::int64_t>(*v));
    }
}

constexpr std::string_view kSelectCall =
    "SELECT call_id, direction, caller, callee, sip_call_id, trunk_id, agent_id, started_ms, "
    "answered_ms, ended_ms, end_reason, hangup_by FROM calls ";

CallRecord read_call(const Statement& s) {
    CallRecord c;
    c.id = CallId(s.get_int("call_id"));
    c.direction = s.get_text("direction");
    c.caller = s.get_text("caller");
    c.callee = s.get_text("callee");
    c.sip_call_id = s.get_optional_text("sip_call_id").value_or("");
    c.trunk_id = s.get_optional_int("trunk_id");
    if (auto a = s.get_optional_int("agent_id")) c.agent_id = UserId(*a);
    c.started_ms = s.get_int("started_ms");
    c.answered_ms = s.get_optional_int("answered_ms");
    c.ended_ms = s.get_optional_int("ended_ms");
    c.end_reason = s.get_optional_text("end_reason").value_or("");
    c.hangup_by = s.get_optional_text("hangup_by").value_or("");
    return c;
}

}  // namespace

Result<void> insert_sip_extension(Database& db, const SipExtensionRecord& e) {
    auto s = prepare(db,
                     "INSERT INTO sip_extensions (extension, ha1, user_id, outbound, srtp, enabled) "
                     "VALUES (:extension, :ha1, :user_id, :outbound, :srtp, :enabled)",
                     "adding a SIP extension");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":extension", e.extension).bind(":ha1", e.ha1).bind(":outbound", e.outbound)
        .bind(":srtp", e.srtp).bind(":enabled", e.enabled ? 1 : 0);
    bind_optional(*s, ":user_id", e.user_id);
    return run_insert(db, *s, "SIP extension " + e.extension);
}

Result<std::vector<SipExtensionRecord>> list_sip_extensions(Database& db) {
    return read_all<SipExtensionRecord>(
        db, "SELECT extension, ha1, user_id, outbound, srtp, enabled FROM sip_extensions ORDER BY extension",
        "listing SIP extensions", [](const Statement& s) {
            SipExtensionRecord e;
            e.extension = s.get_text("extension");
            e.ha1 = s.get_text("ha1");
            if (auto u = s.get_optional_int("user_id")) e.user_id = UserId(*u);
            e.outbound = s.get_text("outbound");
            e.srtp = s.get_text("srtp");
            e.enabled = s.get_int("enabled") != 0;
            return e;
        });
}

Result<std::int64_t> insert_trunk(Database& db, const TrunkRecord& t) {
    auto s = prepare(db,
                     "INSERT INTO trunks (name, host, port, transport, allow_from, dial_prefix, "
                     "max_calls, enabled) VALUES (:name, :host, :port, :transport, :allow_from, "
                     ":dial_prefix, :max_calls, :enabled)",
                     "adding a trunk");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":name", t.name).bind(":host", t.host).bind(":port", t.port).bind(":transport", t.transport)
        .bind(":allow_from", t.allow_from).bind(":dial_prefix", t.dial_prefix)
        .bind(":max_calls", t.max_calls).bind(":enabled", t.enabled ? 1 : 0);
    if (auto r = run_insert(db, *s, "trunk " + t.name); !r) return std::unexpected(r.error());
    return db.last_insert_rowid();
}

Result<std::vector<TrunkRecord>> list_trunks(Database& db) {
    return read_all<TrunkRecord>(
        db,
        "SELECT trunk_id, name, host, port, transport, allow_from, dial_prefix, max_calls, enabled "
        "FROM trunks ORDER BY trunk_id",
        "listing trunks", [](const Statement& s) {
            TrunkRecord t;
            t.trunk_id = s.get_int("trunk_id");
            t.name = s.get_text("name");
            t.host = s.get_text("host");
            t.port = static_cast<int>(s.get_int("port"));
            t.transport = s.get_text("transport");
            t.allow_from = s.get_text("allow_from");
            t.dial_prefix = s.get_text("dial_prefix");
            t.max_calls = static_cast<int>(s.get_int("max_calls"));
            t.enabled = s.get_int("enabled") != 0;
            return t;
        });
}

Result<void> insert_route(Database& db, const RouteRecord& r) {
    auto s = prepare(db, "INSERT INTO routes (number, target_kind, target) VALUES (:number, :kind, :target)",
                     "adding a route");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":number", r.number).bind(":kind", r.target_kind).bind(":target", r.target);
    return run_insert(db, *s, "route " + r.number);
}

Result<std::vector<RouteRecord>> list_routes(Database& db) {
    return read_all<RouteRecord>(db, "SELECT number, target_kind, target FROM routes ORDER BY number",
                                 "listing routes", [](const Statement& s) {
                                     return RouteRecord{s.get_text("number"), s.get_text("target_kind"),
                                                        s.get_text("target")};
                                 });
}

Result<void> insert_call(Database& db, CallId id, const NewCallRecord& c) {
    auto s = prepare(db,
                     "INSERT INTO calls (call_id, direction, caller, callee, sip_call_id, trunk_id, "
                     "agent_id, started_ms) VALUES (:id, :direction, :caller, :callee, :sip_call_id, "
                     ":trunk_id, :agent_id, :started_ms)",
                     "recording a call");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":id", id.value()).bind(":direction", c.direction).bind(":caller", c.caller)
        .bind(":callee", c.callee).bind(":sip_call_id", c.sip_call_id).bind(":started_ms", c.started_ms);
    bind_optional(*s, ":trunk_id", c.trunk_id);
    bind_optional(*s, ":agent_id", c.agent_id);
    return run_insert(db, *s, "call " + std::to_string(id.value()));
}

Result<void> mark_call_answered(Database& db, CallId id, std::int64_t answered_ms, std::optional<UserId> agent) {
    auto s = prepare(db,
                     "UPDATE calls SET answered_ms = coalesce(answered_ms, :at), "
                     "agent_id = coalesce(:agent, agent_id) WHERE call_id = :id",
                     "recording a call's answer");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":at", answered_ms).bind(":id", id.value());
    bind_optional(*s, ":agent", agent);
    return s->run();
}

Result<void> finish_call(Database& db, CallId id, std::int64_t ended_ms, std::string_view reason,
                         std::string_view hangup_by) {
    // Only the first end counts: a record is never ended twice.
    auto s = prepare(db,
                     "UPDATE calls SET ended_ms = :at, end_reason = :reason, hangup_by = :by "
                     "WHERE call_id = :id AND ended_ms IS NULL",
                     "recording a call's end");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":at", ended_ms).bind(":reason", reason).bind(":id", id.value());
    if (hangup_by.empty()) s->bind(":by", nullptr);
    else s->bind(":by", hangup_by);
    return s->run();
}

Result<std::optional<CallRecord>> find_call(Database& db, CallId id) {
    auto s = prepare(db, std::string(kSelectCall) + "WHERE call_id = :id", "finding a call");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":id", id.value());
    auto row = s->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return std::optional<CallRecord>{};
    return std::optional<CallRecord>{read_call(*s)};
}

Result<std::vector<CallRecord>> recent_calls(Database& db, int limit) {
    auto s = prepare(db, std::string(kSelectCall) + "ORDER BY started_ms DESC, call_id DESC LIMIT :n",
                     "listing calls");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":n", limit);
    std::vector<CallRecord> out;
    for (;;) {
        auto row = s->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        out.push_back(read_call(*s));
    }
    return out;
}

Result<std::int64_t> max_call_id(Database& db) {
    auto s = prepare(db, "SELECT coalesce(max(call_id), 0) AS n FROM calls", "reading call ids");
    if (!s) return std::unexpected(std::move(s.error()));
    auto row = s->step();
    if (!row) return std::unexpected(std::move(row.error()));
    return s->get_int("n");
}

Result<int> close_open_calls(Database& db, std::int64_t ended_ms, std::string_view reason) {
    auto s = prepare(db,
                     "UPDATE calls SET ended_ms = :at, end_reason = :reason, hangup_by = 'system' "
                     "WHERE ended_ms IS NULL",
                     "closing calls left open");
    if (!s) return std::unexpected(std::move(s.error()));
    s->bind(":at", ended_ms).bind(":reason", reason);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    return db.changes();
}

}  // namespace cti::storage
