#pragma once
// The Users page of the administration window (用户): every user, and the form of the selected or
// new one: login (new users only), name, role, department, extension, enabled, groups, a password
// (empty keeps it) and the skills with their proficiency. Saving sends SaveUser, which applies
// the skills to the running ACD at once: this is how an administrator moves an agent between
// skills. Skill names are offered from the skills table when the session may read it.
// Layout and wiring only: the rows are UserTableModel, the skills SkillLevelsModel.
#include <QSet>
#include <QWidget>

#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/users_admin.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace cti::supervisor {

class SkillLevelsModel;
class UserTableModel;

class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(cti::qt::UsersAdmin& users, cti::qt::AdminTables& tables, QWidget* parent = nullptr);

    // Lists the users (and the skill names, if `skillsTable`: the session may read that table).
    // Lists the users, and the skill and role tables when the session may read them (the
    // built-in roles are offered otherwise).
    void refresh(bool skillsTable, bool rolesTable);

    UserTableModel& model() const { return *model_; }
    SkillLevelsModel& skills() const { return *skills_; }
    QStringList skillNames() const;
    QString messageText() const;
    bool messageIsError() const { return messageIsError_; }
    int selectedRow() const;
    void selectRow(int modelRow);
    // The user as the form describes it.
    cti::qt::UserRecord formUser() const;

    // What the buttons do.
    void newUser();
    void save();
    void addSkill();
    void removeSkill();

signals:
    void usersListed();

private:
    QWidget* buildForm();
    void wireUsers();
    void showSelected();
    void showUser(const cti::qt::UserRecord& user);
    void setDepartments(const QList<cti::qt::Department>& departments);
    void setSkillNames(const QStringList& names);
    void setRoles(const cti::qt::AdminTable& roles);
    void showMessage(const QString& text, bool error);

    cti::qt::UsersAdmin& users_;
    cti::qt::AdminTables& tables_;
    UserTableModel* model_;
    QSortFilterProxyModel* proxy_;
    SkillLevelsModel* skills_;
    QLineEdit* filter_;
    QTableView* view_;
    QLineEdit* login_;
    QLineEdit* name_;
    QComboBox* role_;
    QComboBox* department_;
    QLineEdit* extension_;
    QCheckBox* enabled_;
    QLineEdit* groups_;
    QLineEdit* password_;
    QTableView* skillView_;
    QComboBox* skillName_;
    QSpinBox* skillLevel_;
    QPushButton* addSkill_;
    QPushButton* removeSkill_;
    QPushButton* new_;
    QPushButton* save_;
    QLabel* message_;
    bool messageIsError_ = false;

    qint64 editingId_ = 0;  // the user in the form; 0: a new one
    quint64 listId_ = 0;
    quint64 skillsListId_ = 0;
    quint64 rolesListId_ = 0;
    QSet<quint64> saveIds_;
    qint64 selectAfterList_ = 0;
};

}  // namespace cti::supervisor
