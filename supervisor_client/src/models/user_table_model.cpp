#include "models/user_table_model.h"

#include "models/admin_labels.h"

namespace cti::supervisor {

UserTableModel::UserTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserTableModel::setRoleTitles(QHash<QString, QString> titles) {
    roleTitles_ = std::move(titles);
    if (!users_.isEmpty())
        emit dataChanged(index(0, static_cast<int>(Column::Role)),
                         index(rowCount() - 1, static_cast<int>(Column::Role)), {Qt::DisplayRole});
}

QString UserTableModel::roleTitle(const QString& role) const {
    if (AdminLabels::roles().contains(role)) return AdminLabels::roleTitle(role);
    return roleTitles_.value(role, role);
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(users_.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& u = users_.at(index.row());
    if (role == UserIdRole) return u.userId;
    if (role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(index.column())) {
        case Column::Login: return u.login;
        case Column::Name: return u.displayName;
        case Column::Role: return roleTitle(u.role);
        case Column::Department: return u.department;
        case Column::Extension: return u.extension;
        case Column::Enabled: return u.enabled ? QStringLiteral("✓") : QString();
        case Column::Skills: return formatSkills(u.skills);
        case Column::Count: break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
        case Column::Login: return tr("Login");
        case Column::Name: return tr("Name");
        case Column::Role: return tr("Role");
        case Column::Department: return tr("Department");
        case Column::Extension: return tr("Extension");
        case Column::Enabled: return tr("Enabled");
        case Column::Skills: return tr("Skills");
        case Column::Count: break;
    }
    return {};
}

void UserTableModel::setUsers(QList<cti::qt::UserRecord> users) {
    beginResetModel();
    users_ = std::move(users);
    endResetModel();
}

std::optional<int> UserTableModel::rowOf(qint64 userId) const {
    for (int i = 0; i < users_.size(); ++i)
        if (users_.at(i).userId == userId) return i;
    return std::nullopt;
}

std::optional<int> UserTableModel::rowOfLogin(const QString& login) const {
    for (int i = 0; i < users_.size(); ++i)
        if (users_.at(i).login == login) return i;
    return std::nullopt;
}

QString formatSkills(const QList<cti::qt::SkillLevel>& skills) {
    QStringList items;
    for (const auto& s : skills) items << QStringLiteral("%1:%2").arg(s.skill).arg(s.proficiency);
    return items.join(QStringLiteral(", "));
}

QStringList missingUserFields(const cti::qt::UserRecord& user, const QString& password) {
    QStringList missing;
    if (user.userId == 0 && user.login.trimmed().isEmpty()) missing << UserTableModel::tr("Login");
    if (user.displayName.trimmed().isEmpty()) missing << UserTableModel::tr("Name");
    if (user.role.isEmpty()) missing << UserTableModel::tr("Role");
    if (user.userId == 0 && password.isEmpty()) missing << UserTableModel::tr("Password");
    return missing;
}

}  // namespace cti::supervisor
