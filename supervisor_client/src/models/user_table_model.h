#pragma once
// The organisation's people as the administration window lists them (用户): the server's
// ListUsersOk, one row per user with login, name, role, department, extension, enabled and the
// skills as "skill:level, ...". The rows are the server's: the window lists again after a save.
#include <QAbstractTableModel>
#include <QHash>

#include <optional>

#include "cti/qtclient/users_admin.h"

namespace cti::supervisor {

class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Login, Name, Role, Department, Extension, Enabled, Skills, Count };
    static constexpr int UserIdRole = Qt::UserRole + 1;  // qint64

    explicit UserTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setUsers(QList<cti::qt::UserRecord> users);
    // Titles of the roles an administrator defined (the built-in ones are translated here).
    void setRoleTitles(QHash<QString, QString> titles);
    QString roleTitle(const QString& role) const;
    const QList<cti::qt::UserRecord>& users() const { return users_; }
    const cti::qt::UserRecord& userAt(int row) const { return users_.at(row); }
    std::optional<int> rowOf(qint64 userId) const;
    std::optional<int> rowOfLogin(const QString& login) const;

private:
    QList<cti::qt::UserRecord> users_;
    QHash<QString, QString> roleTitles_;
};

// "电费:7, 投诉:3": a user's skills in one cell.
QString formatSkills(const QList<cti::qt::SkillLevel>& skills);

// The labels of what a save of `user` still needs before it is sent (the server checks the
// rest): a login and a password for a new user, a name and a role always.
QStringList missingUserFields(const cti::qt::UserRecord& user, const QString& password);

}  // namespace cti::supervisor
