#include "cti/qtclient/users_admin.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

UserRecord fromWire(const cti::wire::UserRecordInfo& w) {
    UserRecord u{w.user_id(), qs(w.login()), qs(w.display_name()), qs(w.role()), qs(w.department()),
                 qs(w.extension()), w.enabled(), {}, {}};
    for (const auto& g : w.groups()) u.groups << qs(g);
    for (const auto& s : w.skills()) u.skills << SkillLevel{qs(s.skill()), s.proficiency()};
    return u;
}

Department fromWire(const cti::wire::DepartmentInfo& w) {
    return Department{w.department_id(), qs(w.name()), w.parent_id()};
}

void toWire(const UserRecord& u, cti::wire::UserRecordInfo& w) {
    w.set_user_id(u.userId);
    w.set_login(u.login.toStdString());
    w.set_display_name(u.displayName.toStdString());
    w.set_role(u.role.toStdString());
    w.set_department(u.department.toStdString());
    w.set_extension(u.extension.toStdString());
    w.set_enabled(u.enabled);
    for (const auto& g : u.groups) w.add_groups(g.toStdString());
    for (const auto& s : u.skills) {
        auto* sk = w.add_skills();
        sk->set_skill(s.skill.toStdString());
        sk->set_proficiency(s.proficiency);
    }
}

}  // namespace

UsersAdmin::UsersAdmin(Connection& connection, QObject* parent)
    : QObject(parent), connection_(connection),
      requests_(connection, this, [this](quint64 id, ErrorCode code, const QString& message) {
          emit requestFailed(id, code, message);
      }) {
    qRegisterMetaType<cti::qt::SkillLevel>();
    qRegisterMetaType<cti::qt::UserRecord>();
    qRegisterMetaType<cti::qt::Department>();
    qRegisterMetaType<cti::qt::Organisation>();
}

// The answer id lives in a shared cell set right after send() returns, before any reply arrives.
quint64 UsersAdmin::listUsers() {
    cti::wire::Envelope env;
    env.mutable_list_users();
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_users_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        Organisation org;
        for (const auto& u : r.list_users_ok().users()) org.users << fromWire(u);
        for (const auto& d : r.list_users_ok().departments()) org.departments << fromWire(d);
        emit usersListed(*id, org);
    });
    return *id;
}

quint64 UsersAdmin::saveUser(const UserRecord& user, const QString& password) {
    cti::wire::Envelope env;
    toWire(user, *env.mutable_save_user()->mutable_user());
    env.mutable_save_user()->set_password(password.toStdString());
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_save_user_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        emit userSaved(*id, fromWire(r.save_user_ok().user()));
    });
    return *id;
}

quint64 UsersAdmin::saveDepartment(const Department& department) {
    cti::wire::Envelope env;
    auto* d = env.mutable_save_department()->mutable_department();
    d->set_department_id(department.departmentId);
    d->set_name(department.name.toStdString());
    d->set_parent_id(department.parentId);
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_save_department_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        emit departmentSaved(*id, fromWire(r.save_department_ok().department()));
    });
    return *id;
}

}  // namespace cti::qt
