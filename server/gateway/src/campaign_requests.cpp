// Outbound campaigns and prompt upload on the wire (protocol 1.4): SaveCampaign, ImportCallList,
// CampaignControl, ListCampaigns, ListCampaignRecords, PreviewNext, PreviewDecision,
// SetDisposition, DoNotCall, UploadPrompt, and the campaign event.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cti/admin/dictionaries.h"
#include "cti/campaign/call_list.h"
#include "cti/center/campaign_service.h"
#include "cti/gateway/campaign_wire.h"
#include "cti/gateway/roles.h"
#include "cti/prompts/store.h"
#include "db_async.h"

namespace cti::gateway {
using namespace detail;
using storage::Database;

namespace {
constexpr int kMaxProblemsSent = 1000;  // the summary counts them all

std::map<std::string, std::string> string_map(const std::string& json) {
    std::map<std::string, std::string> out;
    auto j = nlohmann::json::parse(json, nullptr, false);
    if (j.is_object())
        for (const auto& [k, v] : j.items())
            if (v.is_string()) out[k] = v.get<std::string>();
    return out;
}

center::CampaignService* service(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* s = hub.services().campaigns;
    if (!s) c->send_error(req.request_id(), wire::UNAVAILABLE, "outbound campaigns need telephony, which is off on this server");
    return s;
}

storage::CampaignRow row_of(const wire::CampaignInfo& w) {
    storage::CampaignRow r;
    r.id = w.campaign_id();
    r.name = w.name();
    r.mode = w.mode();
    r.queue = w.queue();
    r.flow = w.flow();
    r.caller_id = w.caller_id();
    r.calendar = w.calendar();
    r.first_day = w.first_day();
    r.last_day = w.last_day();
    r.abandon_cap = w.abandon_cap() > 0 ? w.abandon_cap() : 0.03;
    r.lines = w.lines();
    r.order_type = w.order_type();
    nlohmann::json rules = nlohmann::json::object();
    for (const auto& rule : w.retry_rules())
        rules[rule.outcome()] = {{"max_attempts", rule.max_attempts()}, {"retry_after_s", rule.retry_after_s()}};
    r.retry_rules = rules.dump();
    return r;
}
}  // namespace

wire::CampaignInfo to_wire(const center::CampaignStatus& s) {
    wire::CampaignInfo w;
    const auto& r = s.row;
    w.set_campaign_id(r.id);
    w.set_name(r.name);
    w.set_mode(r.mode);
    w.set_state(r.state);
    w.set_queue(r.queue);
    w.set_flow(r.flow);
    w.set_caller_id(r.caller_id);
    w.set_calendar(r.calendar);
    w.set_first_day(r.first_day);
    w.set_last_day(r.last_day);
    w.set_abandon_cap(r.abandon_cap);
    w.set_lines(r.lines);
    w.set_order_type(r.order_type);
    if (auto rules = center::retry_rules_from_json(r.retry_rules)) {
        auto j = nlohmann::json::parse(center::retry_rules_to_json(*rules));
        for (const auto& [outcome, rule] : j.items()) {
            auto* x = w.add_retry_rules();
            x->set_outcome(outcome);
            x->set_max_attempts(rule["max_attempts"].get<int>());
            x->set_retry_after_s(rule["retry_after_s"].get<int>());
        }
    }
    auto* f = w.mutable_figures();
    const auto& g = s.figures;
    f->set_records(g.records);
    f->set_pending(g.pending);
    f->set_done(g.done);
    f->set_exhausted(g.exhausted);
    f->set_do_not_call(g.do_not_call);
    f->set_dialled(g.dialled);
    f->set_answered(g.answered);
    f->set_abandoned(g.abandoned);
    f->set_busy(g.busy);
    f->set_no_answer(g.no_answer);
    f->set_answering_machine(g.answering_machine);
    f->set_failed(g.failed);
    f->set_conversions(g.conversions);
    f->set_abandon_rate(g.abandon_rate);
    f->set_calls_in_progress(s.calls_in_progress);
    w.set_waiting_reason(s.waiting_reason);
    return w;
}

wire::CampaignRecordInfo to_wire(const storage::CampaignRecordRow& r) {
    wire::CampaignRecordInfo w;
    w.set_record_id(r.id);
    w.set_campaign_id(r.campaign);
    w.set_line(r.line);
    w.set_phone(r.phone);
    for (const auto& [k, v] : string_map(r.data)) (*w.mutable_data())[k] = v;
    w.set_state(r.state);
    w.set_attempts(r.attempts);
    w.set_last_outcome(r.last_outcome);
    w.set_due_ms(r.due_ms);
    if (r.last_call) w.set_last_call_id(r.last_call->value());
    if (r.agent) w.set_agent_id(r.agent->value());
    w.set_disposition(r.disposition);
    w.set_note(r.note);
    for (const auto& [k, v] : string_map(r.answers)) (*w.mutable_answers())[k] = v;
    return w;
}

void publish_campaign(Hub& hub, const center::CampaignStatus& s) {
    wire::Event e;
    *e.mutable_campaign() = to_wire(s);
    hub.publish_to(std::move(e), [](const SessionUser& u) { return has_permission(u, Permission::campaign_work); });
}

void on_save_campaign(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    auto row = row_of(req.save_campaign().campaign());
    if (row.id != 0) {
        auto old = svc->status(row.id);
        if (!old) return c->send_error(req.request_id(), wire::NOT_FOUND, fmt::format("there is no campaign {}", row.id));
        row.state = old->row.state;  // changed only by CampaignControl
        row.created_by = old->row.created_by;
        row.created_ms = old->row.created_ms;
    } else {
        row.created_by = c->session()->user.id;
        row.created_ms = to_unix_ms(hub.services().clock.wall_now());
    }
    row.updated_ms = to_unix_ms(hub.services().clock.wall_now());
    if (auto ok = svc->check(row); !ok) return send_failure(c, req, ok.error(), "the campaign was not saved");
    write_value<storage::CampaignRow>(
        hub, c,
        [row](Database& db) mutable -> Result<storage::CampaignRow> {
            if (row.id == 0) {
                auto id = storage::insert_campaign(db, row);
                if (!id) return std::unexpected(id.error());
                row.id = *id;
            } else if (auto r = storage::update_campaign(db, row); !r) {
                return std::unexpected(r.error());
            }
            return row;
        },
        [&hub, svc, req](const ConnPtr& conn, Result<storage::CampaignRow> r) {
            if (!r) return send_failure(conn, req, r.error(), "the campaign was not saved");
            svc->saved(hub.services().reader, *r);
            auto reply = reply_to(req);
            if (auto st = svc->status(r->id)) *reply.mutable_save_campaign_ok()->mutable_campaign() = to_wire(*st);
            conn->send(reply);
        });
}

// The file is parsed off the core thread (it may be 64 MiB), against the do-not-call list and
// the blacklist; the rows are then inserted in one transaction, skipping numbers the campaign
// has already.
void on_import_call_list(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    const auto& m = req.import_call_list();
    if (!svc->status(m.campaign_id()))
        return c->send_error(req.request_id(), wire::NOT_FOUND, fmt::format("there is no campaign {}", m.campaign_id()));
    campaign::ImportOptions options;
    if (!m.encoding().empty()) {
        auto enc = campaign::text_encoding_from_string(m.encoding());
        if (!enc) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "the encoding is utf8 or gbk (or empty: detected)");
        options.encoding = *enc;
    }
    struct Parsed {
        std::vector<storage::CampaignRecordRow> rows;
        wire::ImportCallListOk ok;
    };
    read_value<std::shared_ptr<Parsed>>(
        hub, c,
        [csv = m.csv(), options, id = m.campaign_id()](Database& db) -> Result<std::shared_ptr<Parsed>> {
            campaign::DoNotCallList dnc;
            auto listed = storage::list_do_not_call(db);
            if (!listed) return std::unexpected(listed.error());
            for (const auto& n : *listed) (void)dnc.add(n);
            auto black = storage::list_blacklisted_phones(db);
            if (!black) return std::unexpected(black.error());
            for (const auto& n : *black) (void)dnc.add(n);
            auto imported = campaign::import_call_list(csv, dnc, options);
            if (!imported) return std::unexpected(imported.error());
            auto out = std::make_shared<Parsed>();
            for (const auto& e : imported->entries) {
                storage::CampaignRecordRow r;
                r.campaign = id;
                r.line = e.line;
                r.phone = e.phone;
                nlohmann::json data = nlohmann::json::object();
                for (const auto& [k, v] : e.data) data[k] = v;
                r.data = data.dump();
                out->rows.push_back(std::move(r));
            }
            out->ok.set_rows(static_cast<int>(imported->rows));
            int sent = 0;
            for (const auto& p : imported->problems) {
                if (++sent > kMaxProblemsSent) break;
                auto* w = out->ok.add_problems();
                w->set_line(p.line);
                w->set_kind(std::string(to_string(p.kind)));
                w->set_message(p.message);
            }
            out->ok.set_summary(campaign::summary(*imported));
            return out;
        },
        [&hub, svc, req, id = m.campaign_id()](const ConnPtr& conn, Result<std::shared_ptr<Parsed>> parsed) {
            if (!parsed) return send_failure(conn, req, parsed.error(), "the call list was not imported");
            auto p = *parsed;
            write_value<storage::InsertRecordsResult>(
                hub, conn, [p, id](Database& db) { return storage::insert_campaign_records(db, id, p->rows); },
                [&hub, svc, req, p, id](const ConnPtr& conn2, Result<storage::InsertRecordsResult> r) {
                    if (!r) return send_failure(conn2, req, r.error(), "the call list was not imported");
                    for (const auto& phone : r->duplicates) {
                        auto* w = p->ok.add_problems();
                        for (const auto& row : p->rows)
                            if (row.phone == phone) w->set_line(row.line);
                        w->set_kind("duplicate");
                        w->set_message(fmt::format("{} is in this campaign already (an earlier import)", phone));
                    }
                    p->ok.set_imported(static_cast<int>(r->inserted));
                    if (!r->duplicates.empty())
                        p->ok.set_summary(fmt::format("{}; {} already in the campaign", p->ok.summary(), r->duplicates.size()));
                    svc->records_added(hub.services().reader, id);
                    auto reply = reply_to(req);
                    *reply.mutable_import_call_list_ok() = std::move(p->ok);
                    conn2->send(reply);
                });
        });
}

void on_campaign_control(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    const auto& m = req.campaign_control();
    auto st = svc->control(hub.services().reader, m.campaign_id(), m.action());
    if (!st) return send_failure(c, req, st.error(), fmt::format("the campaign was not changed ({})", m.action()));
    auto reply = reply_to(req);
    *reply.mutable_campaign_control_ok()->mutable_campaign() = to_wire(*st);
    c->send(reply);
}

void on_list_campaigns(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    auto reply = reply_to(req);
    auto* ok = reply.mutable_list_campaigns_ok();
    for (const auto& s : svc->list()) *ok->add_campaigns() = to_wire(s);
    c->send(reply);
}

void on_list_campaign_records(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.list_campaign_records();
    const int limit = m.limit() <= 0 ? 100 : std::min(m.limit(), 1000);
    read_value<wire::ListCampaignRecordsOk>(
        hub, c,
        [id = m.campaign_id(), state = m.state(), limit, after = m.after_record_id()](Database& db)
            -> Result<wire::ListCampaignRecordsOk> {
            auto rows = storage::list_campaign_records(db, id, state, limit, after);
            if (!rows) return std::unexpected(rows.error());
            wire::ListCampaignRecordsOk ok;
            for (const auto& r : *rows) *ok.add_records() = to_wire(r);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListCampaignRecordsOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the records could not be listed");
            auto reply = reply_to(req);
            *reply.mutable_list_campaign_records_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_preview_next(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    auto r = svc->preview_next(req.preview_next().campaign_id(), c->session()->user.id);
    if (!r) return send_failure(c, req, r.error(), "no record to preview");
    auto reply = reply_to(req);
    auto* ok = reply.mutable_preview_next_ok();
    if (*r) *ok->mutable_record() = to_wire(**r);
    c->send(reply);
}

void on_preview_decision(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    const auto& m = req.preview_decision();
    auto call = svc->preview_decide(m.record_id(), c->session()->user.id, m.dial());
    if (!call) return send_failure(c, req, call.error(), m.dial() ? "the record was not dialled" : "the record was not skipped");
    auto reply = reply_to(req);
    reply.mutable_preview_decision_ok()->set_call_id(call->value());
    c->send(reply);
}

void on_set_disposition(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* svc = service(hub, c, req);
    if (!svc) return;
    const auto& m = req.set_disposition();
    const auto& user = c->session()->user;
    // The list agents pick from is the administrator's (dictionary campaign_dispositions); a code
    // outside it would be a result nobody's report knows.
    auto listed = admin::dictionary_allows(hub.services().reader, admin::kCampaignDispositions, m.disposition());
    if (!listed) return send_failure(c, req, listed.error(), "the disposition was not recorded");
    if (!*listed)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("'{}' is not one of the campaign dispositions; choose one from the list (an "
                                         "administrator keeps it under dictionaries)",
                                         m.disposition().substr(0, 64)));
    std::optional<WallTime> at;
    if (m.callback_at_ms() > 0) at = WallTime(std::chrono::milliseconds(m.callback_at_ms()));
    auto r = svc->set_disposition(m.record_id(), {user.id, has_permission(user, Permission::campaign_manage)},
                                  m.disposition(), m.note(), at);
    if (!r) return send_failure(c, req, r.error(), "the disposition was not recorded");
    auto reply = reply_to(req);
    *reply.mutable_set_disposition_ok()->mutable_record() = to_wire(*r);
    c->send(reply);
}

void on_do_not_call(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.do_not_call();
    if (m.add_size() + m.remove_size() > 10'000 || m.reason().size() > 200)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "at most 10,000 numbers at a time, a reason of 200 bytes");
    std::vector<std::string> add, remove;
    for (const auto* list : {&m.add(), &m.remove()})
        for (const auto& n : *list) {
            auto norm = campaign::normalize_phone(n);
            if (!norm)
                return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                                     fmt::format("'{}' is not a phone number: {}", n, norm.error().message));
            (list == &m.add() ? add : remove).push_back(*norm);
        }
    write_value<wire::DoNotCallOk>(
        hub, c,
        [add, remove, reason = m.reason(), by = c->session()->user.id,
         at = to_unix_ms(hub.services().clock.wall_now())](Database& db) -> Result<wire::DoNotCallOk> {
            wire::DoNotCallOk ok;
            for (const auto& n : add) {
                if (auto r = storage::add_do_not_call(db, n, reason, by, at); !r) return std::unexpected(r.error());
                ok.set_added(ok.added() + 1);
            }
            for (const auto& n : remove) {
                auto r = storage::remove_do_not_call(db, n);
                if (!r) return std::unexpected(r.error());
                if (*r) ok.set_removed(ok.removed() + 1);
            }
            auto all = storage::list_do_not_call(db);
            if (!all) return std::unexpected(all.error());
            for (const auto& n : *all) ok.add_numbers(n);
            return ok;
        },
        [&hub, add, req](const ConnPtr& conn, Result<wire::DoNotCallOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the do-not-call list was not changed");
            if (auto* svc = hub.services().campaigns; svc && !add.empty()) svc->do_not_call(add);
            auto reply = reply_to(req);
            *reply.mutable_do_not_call_ok() = std::move(*r);
            conn->send(reply);
        });
}

// Converting audio is blocking work (libsndfile): it runs on the slow-work pool.
void on_upload_prompt(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* store = hub.services().prompts;
    if (!store) return c->send_error(req.request_id(), wire::UNAVAILABLE, "prompts need telephony, which is off on this server");
    const auto& m = req.upload_prompt();
    auto lang = prompts::lang_from_string(m.language());
    if (!lang) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "the language is zh_CN or en");
    read_value<double>(
        hub, c,
        [store, id = m.prompt_id(), lang = *lang, audio = m.audio()](Database&) -> Result<double> {
            auto bytes = std::span(reinterpret_cast<const std::uint8_t*>(audio.data()), audio.size());
            auto path = store->upload(id, lang, bytes);
            if (!path) return std::unexpected(path.error());
            std::error_code ec;
            const auto size = std::filesystem::file_size(*path, ec);
            return ec ? 0.0 : double(size > 44 ? size - 44 : 0) / 16000.0;  // 8 kHz 16-bit mono
        },
        [req](const ConnPtr& conn, Result<double> r) {
            if (!r) return send_failure(conn, req, r.error(), "the prompt was not stored (the old one stays)");
            auto reply = reply_to(req);
            auto* ok = reply.mutable_upload_prompt_ok();
            ok->set_prompt_id(req.upload_prompt().prompt_id());
            ok->set_seconds(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
