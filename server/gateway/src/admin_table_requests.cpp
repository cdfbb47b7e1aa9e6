// The administration tables (protocol 1.7): ListAdminTables, AdminList, AdminSave. The tables
// themselves (columns, checks, SQL) are server/admin's; prompts (files of the prompt store) are
// this file's. After a save is committed the running
// service that caches the table takes it: the ACD a queue, the IVR the calendars, every desktop
// a new announcement.
#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "cti/admin/table.h"
#include "cti/core/logging.h"
#include "cti/gateway/roles.h"
#include "cti/prompts/store.h"
#include "cti/storage/directory.h"
#include "db_async.h"

namespace cti::gateway {

using detail::ConnPtr;
using detail::read_value;
using detail::reply_to;
using detail::send_failure;
using detail::write_value;

namespace {

auto log() {
    static auto l = cti::logger("admin");
    return l;
}

constexpr int kBusinessUtcOffsetMin = 8 * 60;  // shifts and announcement times: China

bool allowed(const SessionUser& user, std::string_view permission) {
    if (permission.empty()) return true;
    auto p = admin::permission_from_string(permission);
    return p && has_permission(user, *p);
}

// ---- the gateway's own table ----

constexpr std::string_view kPrompts = "prompts";

admin::TableData prompts_table(const prompts::PromptStore& store) {
    admin::TableData out;
    out.columns = {admin::Column{.name = "id", .key = true, .read_only = true},
                   admin::Column{.name = "lang", .key = true, .read_only = true},
                   admin::Column{.name = "seconds", .read_only = true},
                   admin::Column{.name = "updated", .type = admin::ColumnType::integer, .read_only = true}};
    out.note = "Upload or record a prompt to replace it; a removed prompt whose text a flow gives is spoken again by "
               "the server at its next start.";
    for (const auto& p : store.list())
        out.records.push_back({{"id", p.id},
                               {"lang", std::string(prompts::to_string(p.lang))},
                               {"seconds", fmt::format("{:.1f}", p.seconds)},
                               {"updated", std::to_string(p.modified_ms)}});
    return out;
}

struct TableAccess {
    std::string_view read;
    std::string_view write;
    bool may_add = false;
    bool may_remove = false;
    bool writable = false;
};

std::optional<TableAccess> access_of(std::string_view table) {
    if (table == kPrompts) return TableAccess{"prompt.edit", "prompt.edit", false, true, true};
    if (const auto* t = admin::find_table(table))
        return TableAccess{t->read_permission, t->write_permission, t->may_add && t->save, t->may_remove && t->remove,
                           t->save != nullptr || t->remove != nullptr};
    return std::nullopt;
}

wire::AdminTableInfo info_of(std::string_view table, const TableAccess& a, const SessionUser& user) {
    wire::AdminTableInfo w;
    w.set_table(std::string(table));
    const bool may_write = a.writable && allowed(user, a.write);
    w.set_may_edit(may_write);
    w.set_may_add(may_write && a.may_add);
    w.set_may_remove(may_write && a.may_remove);
    if (table == kPrompts) w.set_may_edit(false);  // replaced by UploadPrompt, not edited as a row
    return w;
}

void to_wire(const admin::TableData& d, wire::AdminListOk& out) {
    for (const auto& c : d.columns) {
        auto* w = out.add_columns();
        w->set_name(c.name);
        w->set_type(std::string(admin::to_string(c.type)));
        w->set_key(c.key);
        w->set_required(c.required);
        w->set_read_only(c.read_only);
        w->set_min(c.min);
        w->set_max(c.max);
        for (const auto& ch : c.choices) w->add_choices(ch);
        w->set_default_value(c.default_value);
    }
    for (const auto& r : d.records) {
        auto* w = out.add_records();
        for (const auto& [k, v] : r) (*w->mutable_fields())[k] = v;
    }
    out.set_note(d.note);
}

admin::Record from_wire(const wire::AdminRecord& r) {
    admin::Record out;
    for (const auto& [k, v] : r.fields()) out[k] = v;
    return out;
}

admin::Context context_of(Hub& hub, const ConnPtr& c) {
    return admin::Context{c->session()->user.id, to_unix_ms(hub.services().clock.wall_now()), kBusinessUtcOffsetMin};
}

void reload_after(Hub& hub, admin::Reload what, const admin::Record& record) {
    switch (what) {
        case admin::Reload::none: return;
        case admin::Reload::roles:
            if (auto r = hub.reload_roles(); !r) log()->error("the saved roles were not taken: {}", r.error().message);
            return;
        case admin::Reload::queue:
            if (auto* acd = hub.services().acd)
                if (auto r = acd->reload_queue(hub.services().reader, QueueId(admin::int_field(record, "queue_id"))); !r)
                    log()->error("the ACD did not take the saved queue {}: {}", admin::field(record, "name"), r.error().message);
            return;
        case admin::Reload::calendars:
            if (auto* ivr = hub.services().ivr)
                if (auto r = ivr->reload_calendars(hub.services().reader); !r)
                    log()->error("the IVR did not take the saved calendars: {}", r.error().message);
            return;
        case admin::Reload::telephony:
            if (hub.services().reload_telephony)
                if (auto r = hub.services().reload_telephony(); !r)
                    log()->error("the SIP stack did not take the saved trunks, routes or extensions: {}", r.error().message);
            return;
        case admin::Reload::agent:
            if (auto* acd = hub.services().acd)
                if (auto r = acd->reload_agent(hub.services().reader, UserId(admin::int_field(record, "user_id"))); !r)
                    log()->error("the ACD did not take agent {}'s settings: {}", admin::field(record, "login"), r.error().message);
            return;
        case admin::Reload::announcement: {
            wire::Event e;
            auto* a = e.mutable_announcement();
            a->set_announcement_id(admin::int_field(record, "announcement_id"));
            a->set_title(admin::field(record, "title"));
            a->set_body(admin::field(record, "body"));
            a->set_author(admin::field(record, "author"));
            a->set_created_ms(admin::int_field(record, "created_ms"));
            hub.publish(std::move(e));
            return;
        }
    }
}

void list_prompts(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* store = hub.services().prompts;
    if (!store) return c->send_error(req.request_id(), wire::UNAVAILABLE, "prompts need telephony, which is off on this server");
    const auto user = c->session()->user;
    read_value<admin::TableData>(
        hub, c, [store](storage::Database&) -> Result<admin::TableData> { return prompts_table(*store); },
        [req, user](const ConnPtr& conn, Result<admin::TableData> r) {
            if (!r) return send_failure(conn, req, r.error(), "the prompts could not be listed");
            auto reply = reply_to(req);
            auto* ok = reply.mutable_admin_list_ok();
            *ok->mutable_table() = info_of(kPrompts, *access_of(kPrompts), user);
            to_wire(*r, *ok);
            conn->send(reply);
        });
}

void remove_prompt(Hub& hub, const ConnPtr& c, const wire::Envelope& req, admin::Record key) {
    auto* store = hub.services().prompts;
    if (!store) return c->send_error(req.request_id(), wire::UNAVAILABLE, "prompts need telephony, which is off on this server");
    auto lang = prompts::lang_from_string(admin::field(key, "lang"));
    if (!lang) return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "lang: zh_CN or en");
    const auto user = c->session()->user.login;
    boost::asio::post(hub.services().slow_work, [&hub, store, key, lang = *lang, req, user,
                                                 weak = std::weak_ptr<Connection>(c)] {
        auto r = store->remove(admin::field(key, "id"), lang);
        boost::asio::post(hub.services().core, [r, req, key, user, weak] {
            auto conn = weak.lock();
            if (!conn) return;
            if (!r) return send_failure(conn, req, r.error(), "the prompt was not removed");
            log()->info("prompt {} ({}) removed by {}", admin::field(key, "id"), admin::field(key, "lang"), user);
            auto reply = reply_to(req);
            for (const auto& [k, v] : key) (*reply.mutable_admin_save_ok()->mutable_record()->mutable_fields())[k] = v;
            conn->send(reply);
        });
    });
}

}  // namespace

void on_list_admin_tables(Hub&, const ConnPtr& c, const wire::Envelope& req) {
    const auto& user = c->session()->user;
    auto reply = reply_to(req);
    auto* ok = reply.mutable_list_admin_tables_ok();
    std::vector<std::string_view> names;
    for (const auto& t : admin::tables()) names.push_back(t.name);
    names.push_back(kPrompts);
    for (auto name : names) {
        auto a = access_of(name);
        if (a && allowed(user, a->read)) *ok->add_tables() = info_of(name, *a, user);
    }
    c->send(reply);
}

void on_admin_list(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& table = req.admin_list().table();
    auto a = access_of(table);
    if (!a) return c->send_error(req.request_id(), wire::NOT_FOUND, fmt::format("there is no administration table '{}'", table));
    const auto user = c->session()->user;
    if (!allowed(user, a->read))
        return c->send_error(req.request_id(), wire::PERMISSION_DENIED,
                             fmt::format("your role may not open the table '{}'", table));
    if (table == kPrompts) return list_prompts(hub, c, req);
    const auto ctx = context_of(hub, c);
    read_value<admin::TableData>(
        hub, c,
        [table, ctx](storage::Database& db) -> Result<admin::TableData> { return admin::find_table(table)->list(db, ctx); },
        [req, user, table, a = *a](const ConnPtr& conn, Result<admin::TableData> r) {
            if (!r) return send_failure(conn, req, r.error(), fmt::format("the table '{}' could not be read", table));
            auto reply = reply_to(req);
            auto* ok = reply.mutable_admin_list_ok();
            *ok->mutable_table() = info_of(table, a, user);
            to_wire(*r, *ok);
            conn->send(reply);
        });
}

void on_admin_save(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.admin_save();
    auto a = access_of(m.table());
    if (!a) return c->send_error(req.request_id(), wire::NOT_FOUND, fmt::format("there is no administration table '{}'", m.table()));
    if (!a->writable || !allowed(c->session()->user, a->write))
        return c->send_error(req.request_id(), wire::PERMISSION_DENIED,
                             a->writable ? fmt::format("your role may not change the table '{}'", m.table())
                                         : fmt::format("the table '{}' is read-only", m.table()));
    if (static_cast<std::size_t>(m.record().fields_size()) > admin::kMaxFields)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "the record has too many fields");
    for (const auto& [k, v] : m.record().fields())
        if (k.size() > 64 || v.size() > admin::kMaxValueBytes)
            return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, fmt::format("{}: the value is too long", k.substr(0, 64)));
    if (m.remove() && !a->may_remove)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, fmt::format("records of '{}' are not removed", m.table()));
    if (!m.remove() && m.table() == kPrompts)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a prompt is replaced with UploadPrompt");
    auto record = from_wire(m.record());
    if (m.remove() && m.table() == kPrompts) return remove_prompt(hub, c, req, std::move(record));
    const auto* t = admin::find_table(m.table());
    if (!m.remove() && !t->save)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, fmt::format("the table '{}' is read-only", m.table()));
    const auto ctx = context_of(hub, c);
    const bool remove = m.remove();
    write_value<admin::Record>(
        hub, c,
        [t, record, ctx, remove](storage::Database& db) -> Result<admin::Record> {
            admin::Record out = record;
            if (remove) {
                if (auto r = t->remove(db, record, ctx); !r) return std::unexpected(r.error());
            } else {
                auto r = t->save(db, record, ctx);
                if (!r) return std::unexpected(r.error());
                out = std::move(*r);
            }
            nlohmann::json key = nlohmann::json::object();
            for (const auto& [k, v] : out)
                if (v.size() <= 200) key[k] = v;  // the event log keeps the short fields, not definitions
            auto e = storage::append_event(db, ctx.now_ms, remove ? "admin.removed" : "admin.saved", ctx.user,
                                           nlohmann::json{{"table", t->name}, {"record", key}}.dump());
            if (!e) return std::unexpected(e.error());
            return out;
        },
        [&hub, req, t, remove, user = c->session()->user.login](const ConnPtr& conn, Result<admin::Record> r) {
            if (!r)
                return send_failure(conn, req, r.error(),
                                    fmt::format("nothing was {} '{}'", remove ? "removed from" : "saved in", t->name));
            log()->info("{} {} a record of {}", user, remove ? "removed" : "saved", t->name);
            if (!remove || t->reload == admin::Reload::roles) reload_after(hub, t->reload, *r);
            auto reply = reply_to(req);
            for (const auto& [k, v] : *r) (*reply.mutable_admin_save_ok()->mutable_record()->mutable_fields())[k] = v;
            conn->send(reply);
        });
}

}  // namespace cti::gateway
