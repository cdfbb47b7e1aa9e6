// Reports and custom reports (report.view), queue membership (agent.force), and recording
// search and scoring (call.supervise): protocol minor 6.
#include <fmt/format.h>

#include "cti/center/acd_service.h"
#include "cti/core/logging.h"
#include "cti/gateway/report_wire.h"
#include "cti/gateway/roles.h"
#include "cti/reports/quality.h"
#include "cti/reports/report.h"
#include "cti/reports/saved.h"
#include "cti/storage/acd.h"
#include "db_async.h"

namespace cti::gateway {

using detail::ConnPtr;
using detail::read_value;
using detail::reply_to;
using detail::send_failure;
using detail::write_value;
using storage::Database;

namespace {

constexpr std::size_t kMaxNameBytes = 256;

Result<reports::ReportQuery> from_wire(const wire::ReportQuery& w) {
    auto subject = reports::subject_from_string(w.subject());
    if (!subject)
        return fail(Errc::invalid_argument,
                    "a report is about a queue, agent, ivr_node, order_type, department, overdue or satisfaction");
    auto period = reports::period_from_string(w.period());
    if (!period) return fail(Errc::invalid_argument, "the period is 15m, 30m, 60m, day, month, year or empty (whole range)");
    reports::ReportQuery q{*subject, *period, w.range(), w.from_ms(), w.to_ms(), w.utc_offset_min(), {}, {}};
    for (const auto& c : w.columns()) q.columns.push_back(c);
    for (const auto& k : w.keys()) {
        if (k.size() > kMaxNameBytes) return fail(Errc::invalid_argument, "a key to keep has up to 256 bytes");
        q.keys.push_back(k);
    }
    return q;
}

void to_wire(const reports::ReportQuery& q, wire::ReportQuery& w) {
    w.set_subject(std::string(reports::to_string(q.subject)));
    w.set_period(std::string(reports::to_string(q.period)));
    w.set_range(q.range);
    w.set_from_ms(q.from_ms);
    w.set_to_ms(q.to_ms);
    w.set_utc_offset_min(q.utc_offset_min);
    for (const auto& c : q.columns) w.add_columns(c);
    for (const auto& k : q.keys) w.add_keys(k);
}

void to_wire(const reports::ReportRow& r, wire::ReportRow& w) {
    w.set_period(r.period);
    w.set_key(r.key);
    for (double v : r.values) w.add_values(v);
}

void to_wire(const reports::SavedReport& r, wire::SavedReport& w) {
    w.set_report_id(r.id);
    w.set_name(r.name);
    to_wire(r.query, *w.mutable_query());
    w.set_owner(r.owner_login);
    w.set_shared(r.shared);
    w.set_updated_ms(r.updated_ms);
}

void to_wire(const reports::RecordingRow& r, wire::RecordingInfo& w) {
    w.set_recording_id(r.recording_id);
    w.set_call_id(r.call.value());
    w.set_caller(r.caller);
    w.set_callee(r.callee);
    w.set_agent(r.agent);
    w.set_started_ms(r.started_ms);
    w.set_duration_ms(r.duration_ms);
    w.set_order_no(r.order_no);
    w.set_error(r.error);
    w.set_score(r.score);
}

std::int64_t now_ms(Hub& hub) { return to_unix_ms(hub.services().clock.wall_now()); }

}  // namespace

void on_run_report(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto q = from_wire(req.run_report().query());
    const auto now = now_ms(hub);
    auto checked = q ? reports::check_query(std::move(*q), now) : std::move(q);
    if (!checked) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, checked.error().message);
    read_value<wire::RunReportOk>(
        hub, c,
        [q = std::move(*checked), now](Database& db) -> Result<wire::RunReportOk> {
            auto t = reports::run_report(db, q, now);
            if (!t) return std::unexpected(t.error());
            wire::RunReportOk ok;
            for (const auto& col : t->columns) ok.add_columns(col);
            for (const auto& r : t->rows) to_wire(r, *ok.add_rows());
            to_wire(t->total, *ok.mutable_total());
            ok.set_from_ms(t->from_ms);
            ok.set_to_ms(t->to_ms);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::RunReportOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the report could not be made");
            auto reply = reply_to(req);
            *reply.mutable_run_report_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_save_report(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_report();
    const auto& user = c->session()->user;
    const bool admin = has_permission(user, Permission::admin_users);
    const auto now = now_ms(hub);
    if (m.remove()) {
        return write_value<bool>(
            hub, c,
            [id = m.report().report_id(), by = user.id, admin](Database& db) -> Result<bool> {
                if (auto r = reports::remove_report(db, id, by, admin); !r) return std::unexpected(r.error());
                return true;
            },
            [req](const ConnPtr& conn, Result<bool> r) {
                if (!r) return send_failure(conn, req, r.error(), "the report was not deleted");
                auto reply = reply_to(req);
                *reply.mutable_save_report_ok()->mutable_report() = req.save_report().report();
                conn->send(reply);
            });
    }
    auto q = from_wire(m.report().query());
    // A saved report keeps its range by name, so "today" is today whenever it is run; a fixed
    // range must be valid now.
    auto checked = q ? reports::check_query(*q, now) : std::move(q);
    if (!checked) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, checked.error().message);
    reports::SavedReport r{m.report().report_id(), m.report().name(), std::move(*q), user.id, user.login,
                           m.report().shared(), now};
    write_value<reports::SavedReport>(
        hub, c,
        [r = std::move(r), admin, now](Database& db) { return reports::save_report(db, r, admin, now); },
        [req](const ConnPtr& conn, Result<reports::SavedReport> r) {
            if (!r) return send_failure(conn, req, r.error(), "the report was not saved");
            auto reply = reply_to(req);
            to_wire(*r, *reply.mutable_save_report_ok()->mutable_report());
            conn->send(reply);
        });
}

void on_list_reports(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    read_value<wire::ListReportsOk>(
        hub, c,
        [user = c->session()->user.id](Database& db) -> Result<wire::ListReportsOk> {
            auto all = reports::list_reports(db, user);
            if (!all) return std::unexpected(all.error());
            wire::ListReportsOk ok;
            for (const auto& r : *all) to_wire(r, *ok.add_reports());
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListReportsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the saved reports could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_reports_ok() = std::move(*r);
            conn->send(reply);
        });
}

// ---- queue membership ----

namespace {
std::optional<QueueId> queue_id(const center::AcdService& acd, const std::string& name) {
    for (const auto& q : acd.queues())
        if (q.name == name) return q.id;
    return std::nullopt;
}
std::map<QueueId, std::string> queue_names(const center::AcdService& acd) {
    std::map<QueueId, std::string> out;
    for (const auto& q : acd.queues()) out[q.id] = q.name;
    return out;
}
Result<wire::ListQueueMembersOk> members_of(Database& db, const std::map<QueueId, std::string>& names,
                                            std::optional<UserId> only) {
    auto all = storage::list_queue_members(db);
    if (!all) return std::unexpected(all.error());
    wire::ListQueueMembersOk ok;
    for (const auto& m : *all) {
        auto name = names.find(m.queue);
        if (name == names.end() || (only && m.user != *only)) continue;
        auto* w = ok.add_members();
        w->set_agent_id(m.user.value());
        w->set_queue(name->second);
        w->set_level(m.level);
    }
    return ok;
}
}  // namespace

void on_set_queue_member(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* acd = hub.services().acd;
    if (!acd) return c->send_error(req.request_id(), wire::UNAVAILABLE, "the ACD is not running on this server");
    const auto& m = req.set_queue_member();
    const UserId agent(m.member().agent_id());
    if (!acd->agent(agent))
        return c->send_error(req.request_id(), wire::NOT_FOUND,
                             fmt::format("user {} is no agent (an agent needs an extension)", agent.value()));
    auto queue = queue_id(*acd, m.member().queue());
    if (!queue)
        return c->send_error(req.request_id(), wire::NOT_FOUND, fmt::format("there is no queue named {}", m.member().queue()));
    const int level = m.remove() ? 1 : m.member().level() == 0 ? 1 : m.member().level();
    if (level < 1 || level > 99)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a queue level is 1 (offered first) to 99");
    const bool remove = m.remove();
    write_value<wire::SetQueueMemberOk>(
        hub, c,
        [agent, queue = *queue, level, remove, names = queue_names(*acd)](Database& db) -> Result<wire::SetQueueMemberOk> {
            auto done = remove ? storage::remove_queue_member(db, queue, agent)
                               : storage::set_queue_member(db, {queue, agent, level});
            if (!done) return std::unexpected(done.error());
            auto now = members_of(db, names, agent);
            if (!now) return std::unexpected(now.error());
            wire::SetQueueMemberOk ok;
            *ok.mutable_members() = std::move(*now->mutable_members());
            return ok;
        },
        [&hub, req, agent, queue = *queue, level, remove, by = c->session()->user.login](
            const ConnPtr& conn, Result<wire::SetQueueMemberOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the queue membership was not changed");
            // Stored: now the ACD (the composition reloads tiers from the database at start).
            auto* acd = hub.services().acd;
            auto applied = !acd ? fail(Errc::unavailable, "the ACD stopped")
                                : remove ? acd->remove_member(agent, queue) : acd->set_member(agent, queue, level);
            if (!applied)
                cti::logger("gateway")->warn("queue membership of {} stored but not applied: {}", agent.value(),
                                             applied.error().message);
            cti::logger("gateway")->info("{} {} agent {} {} queue {} (level {})", by, remove ? "removed" : "set",
                                         agent.value(), remove ? "from" : "in", queue.value(), level);
            auto reply = reply_to(req);
            *reply.mutable_set_queue_member_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_list_queue_members(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* acd = hub.services().acd;
    if (!acd) return c->send_error(req.request_id(), wire::UNAVAILABLE, "the ACD is not running on this server");
    read_value<wire::ListQueueMembersOk>(
        hub, c, [names = queue_names(*acd)](Database& db) { return members_of(db, names, std::nullopt); },
        [req](const ConnPtr& conn, Result<wire::ListQueueMembersOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the queue members could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_queue_members_ok() = std::move(*r);
            conn->send(reply);
        });
}

// ---- recordings ----

void on_search_recordings(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.search_recordings();
    reports::RecordingSearch s{m.number(), std::nullopt, m.from_ms(), m.to_ms(), m.order_no(), m.limit() == 0 ? 100 : m.limit()};
    if (m.agent_id() != 0) s.agent = UserId(m.agent_id());
    read_value<wire::SearchRecordingsOk>(
        hub, c,
        [s = std::move(s)](Database& db) -> Result<wire::SearchRecordingsOk> {
            auto rows = reports::search_recordings(db, s);
            if (!rows) return std::unexpected(rows.error());
            wire::SearchRecordingsOk ok;
            for (const auto& r : *rows) to_wire(r, *ok.add_recordings());
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::SearchRecordingsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the recordings could not be searched");
            auto reply = reply_to(req);
            *reply.mutable_search_recordings_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_score_recording(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.score_recording();
    std::vector<std::pair<std::string, int>> items;
    for (const auto& i : m.items()) items.emplace_back(i.item(), i.points());
    if (auto ok = reports::score_total(items, m.comment()); !ok)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, ok.error().message);
    write_value<reports::RecordingRow>(
        hub, c,
        [id = m.recording_id(), items = std::move(items), comment = m.comment(), scorer = c->session()->user.id,
         now = now_ms(hub)](Database& db) { return reports::score_recording(db, id, items, comment, scorer, now); },
        [req, login = c->session()->user.login](const ConnPtr& conn, Result<reports::RecordingRow> r) {
            if (!r) return send_failure(conn, req, r.error(), "the score was not saved");
            auto reply = reply_to(req);
            to_wire(*r, *reply.mutable_score_recording_ok()->mutable_recording());
            reply.mutable_score_recording_ok()->set_scored_by(login);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
