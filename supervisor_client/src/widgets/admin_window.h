#pragma once
// The administration window (管理) of the supervisor desktop: on the left the sections this
// session may open (the organisation's users and departments for admin.users, then the server's
// administration tables, schema/PROTOCOL.md "Administration tables (protocol 1.7)"), on the right
// the chosen section: UsersPage, DepartmentsPage, PromptsPanel (recordings are uploaded, not
// typed), or AdminTablePage for any other table.
// Which sections exist is the server's answer to ListAdminTables (an older server, which does not
// know it, leaves the organisation's two).
#include <QStringList>
#include <QWidget>

#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/users_admin.h"

class QListWidget;
class QStackedWidget;

namespace cti::qt {
class Connection;
}

namespace cti::supervisor {

class AdminTablePage;
class DepartmentsPage;
class PromptsPanel;
class UsersPage;

class AdminWindow : public QWidget {
    Q_OBJECT
public:
    AdminWindow(cti::qt::AdminTables& tables, cti::qt::UsersAdmin& users, cti::qt::Connection& connection,
                QWidget* parent = nullptr);

    // Asks the server again which tables this session may open (after every login);
    // `mayAdministerUsers`: the user has admin.users.
    void refresh(bool mayAdministerUsers);

    const QStringList& sections() const { return sections_; }
    QString currentSection() const;
    // Shows the section (if offered) and lists it from the server.
    void openSection(const QString& section);

    AdminTablePage& tablePage() const { return *tablePage_; }
    UsersPage& usersPage() const { return *usersPage_; }
    DepartmentsPage& departmentsPage() const { return *departmentsPage_; }
    PromptsPanel& promptsPanel() const { return *promptsPage_; }

signals:
    // The server answered which sections this session may open (maybe none).
    void sectionsChanged(const QStringList& sections);

private:
    void setSections(const QStringList& sections);
    void showSection(const QString& section);

    cti::qt::AdminTables& tables_;
    QListWidget* list_;
    QStackedWidget* stack_;
    AdminTablePage* tablePage_;
    UsersPage* usersPage_;
    DepartmentsPage* departmentsPage_;
    PromptsPanel* promptsPage_;

    QStringList sections_;
    bool mayUsers_ = false;
    quint64 listTablesId_ = 0;
};

}  // namespace cti::supervisor
