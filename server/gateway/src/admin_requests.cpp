// The organisation (人员系统) for administrators: SaveDepartment, SaveUser, ListUsers.
#include <boost/asio/post.hpp>
#include <fmt/ranges.h>

#include "cti/core/logging.h"
#include "cti/core/password.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"
#include "cti/storage/acd.h"
#include "cti/storage/directory.h"
#include "db_async.h"

namespace cti::gateway {

using storage::Database;
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

constexpr std::size_t kMinPasswordChars = 8;

Result<wire::ListUsersOk> read_organisation(Database& db) {
    auto users = storage::list_users(db);
    if (!users) return std::unexpected(users.error());
    auto departments = storage::list_departments(db);
    if (!departments) return std::unexpected(departments.error());
    auto settings = storage::list_agent_settings(db);
    if (!settings) return std::unexpected(settings.error());
    wire::ListUsersOk ok;
    for (const auto& u : *users) {
        auto* w = ok.add_users();
        w->set_user_id(u.id.value());
        w->set_login(u.login);
        w->set_display_name(u.display_name);
        w->set_role(u.role);
        w->set_department(u.department);
        w->set_extension(u.extension);
        w->set_enabled(u.enabled);
        auto groups = storage::user_groups(db, u.id);
        if (!groups) return std::unexpected(groups.error());
        for (const auto& g : *groups) w->add_groups(g);
        for (const auto& s : *settings)
            if (s.user == u.id)
                for (const auto& [skill, level] : s.skills) {
                    auto* sk = w->add_skills();
                    sk->set_skill(skill);
                    sk->set_proficiency(level);
                }
    }
    for (const auto& d : *departments) {
        auto* w = ok.add_departments();
        w->set_department_id(d.id.value());
        w->set_name(d.name);
        if (d.parent) w->set_parent_id(d.parent->value());
    }
    return ok;
}

// The user's row in ListUsersOk, after a save.
Result<wire::UserRecordInfo> read_user(Database& db, UserId id) {
    auto all = read_organisation(db);
    if (!all) return std::unexpected(all.error());
    for (const auto& u : all->users())
        if (u.user_id() == id.value()) return u;
    return fail(Errc::not_found, fmt::format("there is no user {}", id.value()));
}

Result<void> check_user(const RoleBook& roles, const wire::UserRecordInfo& u, bool is_new, const std::string& password) {
    std::string problems;
    auto add = [&](std::string p) { problems += (problems.empty() ? "" : "; ") + std::move(p); };
    if (is_new && (u.login().empty() || u.login().size() > 64)) add("a login needs 1 to 64 characters");
    if (u.display_name().empty() || u.display_name().size() > 300) add("a display name is required");
    if (!roles.find(u.role())) add(fmt::format("there is no role '{}'; the roles are {}", u.role(), fmt::join(roles.names(), ", ")));
    if (u.extension().size() > 20 ||
        !std::all_of(u.extension().begin(), u.extension().end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        add("an extension is up to 20 digits");
    if (is_new && password.size() < kMinPasswordChars) add("a new user needs a password of at least 8 characters");
    if (!password.empty() && (password.size() < kMinPasswordChars || password.size() > 256))
        add("a password has 8 to 256 characters");
    if (u.groups_size() > 20) add("a user is in at most 20 groups");
    if (u.skills_size() > 50) add("a user has at most 50 skills");
    for (const auto& s : u.skills())
        if (s.skill().empty() || s.skill().size() > 50 || s.proficiency() < 1 || s.proficiency() > 10)
            add(fmt::format("skill '{}' needs a name and a proficiency of 1 to 10", s.skill()));
    if (!problems.empty()) return fail(Errc::invalid_argument, problems);
    return {};
}

void store_user(Hub& hub, const ConnPtr& c, const wire::Envelope& req, std::string hash) {
    const auto& u = req.save_user().user();
    const auto now = to_unix_ms(hub.services().clock.wall_now());
    write_value<wire::UserRecordInfo>(
        hub, c,
        [u, hash = std::move(hash), now](Database& db) -> Result<wire::UserRecordInfo> {
            std::optional<DepartmentId> dept;
            if (!u.department().empty()) {
                auto all = storage::list_departments(db);
                if (!all) return std::unexpected(all.error());
                for (const auto& d : *all)
                    if (d.name == u.department()) dept = d.id;
                if (!dept) return fail(Errc::invalid_argument, fmt::format("there is no department named '{}'", u.department()));
            }
            UserId id(u.user_id());
            if (!id) {
                auto created = storage::insert_user(db, storage::NewUser{u.login(), u.display_name(), hash, u.role(), dept,
                                                                         u.extension(), now});
                if (!created) return std::unexpected(created.error());
                id = *created;
            } else {
                auto r = storage::update_user(db, id, {u.display_name(), u.role(), dept, u.extension(), u.enabled()});
                if (!r) return std::unexpected(r.error());
                if (!hash.empty())
                    if (auto p = storage::update_password_hash(db, id, hash); !p) return std::unexpected(p.error());
            }
            std::vector<std::string> groups(u.groups().begin(), u.groups().end());
            if (auto r = storage::set_user_groups(db, id, groups); !r) return std::unexpected(r.error());
            if (!u.extension().empty()) {
                // Skills belong to agents' ACD settings, which need a phone (extension).
                storage::AgentSettingsRecord settings{.user = id};
                auto all = storage::list_agent_settings(db);
                if (!all) return std::unexpected(all.error());
                for (const auto& s : *all)
                    if (s.user == id) settings = s;
                settings.skills.clear();
                for (const auto& s : u.skills()) settings.skills.emplace_back(s.skill(), s.proficiency());
                if (auto r = storage::upsert_agent_settings(db, settings); !r) return std::unexpected(r.error());
            } else if (u.skills_size() > 0) {
                return fail(Errc::invalid_argument, "skills are for agents with an extension (phone)");
            }
            return read_user(db, id);
        },
        [&hub, req](const ConnPtr& conn, Result<wire::UserRecordInfo> r) {
            if (!r) return send_failure(conn, req, r.error(), "the user was not saved");
            log()->info("user {} saved role={} enabled={}", r->login(), r->role(), r->enabled());
            hub.set_user_role(UserId(r->user_id()), r->role());  // their open sessions at once
            // Skills and settings reach the running ACD at once (the next routing decision).
            if (auto* acd = hub.services().acd)
                if (auto reloaded = acd->reload_agent(hub.services().reader, UserId(r->user_id())); !reloaded)
                    log()->warn("the ACD did not take {}'s new settings: {}", r->login(), reloaded.error().message);
            auto reply = reply_to(req);
            *reply.mutable_save_user_ok()->mutable_user() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace

void on_save_department(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& d = req.save_department().department();
    if (d.name().empty() || d.name().size() > 300)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "a department needs a name");
    write_value<wire::DepartmentInfo>(
        hub, c,
        [d](Database& db) -> Result<wire::DepartmentInfo> {
            std::optional<DepartmentId> parent;
            if (d.parent_id()) parent = DepartmentId(d.parent_id());
            wire::DepartmentInfo out = d;
            if (d.department_id()) {
                if (auto r = storage::update_department(db, DepartmentId(d.department_id()), d.name(), parent); !r)
                    return std::unexpected(r.error());
            } else {
                auto id = storage::insert_department(db, d.name(), parent);
                if (!id) return std::unexpected(id.error());
                out.set_department_id(id->value());
            }
            return out;
        },
        [req](const ConnPtr& conn, Result<wire::DepartmentInfo> r) {
            if (!r) return send_failure(conn, req, r.error(), "the department was not saved");
            auto reply = reply_to(req);
            *reply.mutable_save_department_ok()->mutable_department() = std::move(*r);
            conn->send(reply);
        });
}

void on_save_user(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.save_user();
    if (auto ok = check_user(hub.roles(), m.user(), m.user().user_id() == 0, m.password()); !ok)
        return send_failure(c, req, ok.error(), "the user was not saved");
    if (m.password().empty()) return store_user(hub, c, req, {});
    // Argon2id off the core thread, then the write.
    boost::asio::post(hub.services().slow_work, [&hub, weak = std::weak_ptr<Connection>(c), req,
                                                 strength = hub.password_strength()] {
        auto hash = hash_password(req.save_user().password(), strength);
        boost::asio::post(hub.services().core, [&hub, weak, req, hash = std::move(hash)] {
            auto conn = weak.lock();
            if (!conn) return;
            if (!hash) return send_failure(conn, req, hash.error(), "the user was not saved");
            store_user(hub, conn, req, *hash);
        });
    });
}

void on_list_users(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    read_value<wire::ListUsersOk>(
        hub, c, [](Database& db) { return read_organisation(db); },
        [req](const ConnPtr& conn, Result<wire::ListUsersOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the organisation could not be read");
            auto reply = reply_to(req);
            *reply.mutable_list_users_ok() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
