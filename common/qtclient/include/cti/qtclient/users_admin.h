#pragma once
// The organisation (人员系统) over a Connection (schema/PROTOCOL.md; permission admin.users):
// every user with their skills and groups, the departments, saving a user (a new one needs a
// password; an empty password keeps the old one) and saving a department. Saving a user's skills
// reaches the running ACD at once: this is how an administrator moves an agent between skills.
// Like IvrAdmin it lives in the GUI thread and every request gets exactly one answer: its own
// signal, or requestFailed with the server's message.
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>

#include "cti/qtclient/pending_requests.h"
#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

struct SkillLevel {
    QString skill;
    int proficiency = 1;  // 1..10

    bool operator==(const SkillLevel&) const = default;
};

struct UserRecord {
    qint64 userId = 0;    // 0: a new user
    QString login;
    QString displayName;
    QString role;         // agent, team_leader, supervisor, administrator, maintainer
    QString department;   // the department's name; empty: none
    QString extension;
    bool enabled = true;
    QStringList groups;
    QList<SkillLevel> skills;  // only for users with an extension (the server refuses otherwise)

    bool operator==(const UserRecord&) const = default;
};

struct Department {
    qint64 departmentId = 0;  // 0: a new department
    QString name;
    qint64 parentId = 0;      // 0: none

    bool operator==(const Department&) const = default;
};

struct Organisation {
    QList<UserRecord> users;
    QList<Department> departments;

    bool operator==(const Organisation&) const = default;
};

class UsersAdmin : public QObject {
    Q_OBJECT
public:
    explicit UsersAdmin(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 listUsers();
    quint64 saveUser(const cti::qt::UserRecord& user, const QString& password = {});
    quint64 saveDepartment(const cti::qt::Department& department);

signals:
    void usersListed(quint64 requestId, const cti::qt::Organisation& organisation);
    void userSaved(quint64 requestId, const cti::qt::UserRecord& user);
    void departmentSaved(quint64 requestId, const cti::qt::Department& department);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:

    Connection& connection_;
    PendingRequests requests_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::SkillLevel)
Q_DECLARE_METATYPE(cti::qt::UserRecord)
Q_DECLARE_METATYPE(cti::qt::Department)
Q_DECLARE_METATYPE(cti::qt::Organisation)
