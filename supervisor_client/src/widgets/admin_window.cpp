#include "widgets/admin_window.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QStackedWidget>

#include "models/admin_labels.h"
#include "widgets/admin_table_page.h"
#include "widgets/departments_page.h"
#include "widgets/prompts_panel.h"
#include "widgets/users_page.h"

namespace cti::supervisor {

AdminWindow::AdminWindow(cti::qt::AdminTables& tables, cti::qt::UsersAdmin& users, cti::qt::Connection& connection,
                         QWidget* parent)
    : QWidget(parent), tables_(tables), list_(new QListWidget), stack_(new QStackedWidget),
      tablePage_(new AdminTablePage(tables)), usersPage_(new UsersPage(users, tables)),
      departmentsPage_(new DepartmentsPage(users)), promptsPage_(new PromptsPanel(connection)) {
    setWindowTitle(tr("Administration"));
    setObjectName(QStringLiteral("adminWindow"));
    list_->setObjectName(QStringLiteral("adminSections"));
    list_->setMaximumWidth(200);
    tablePage_->setObjectName(QStringLiteral("adminTablePage"));
    usersPage_->setObjectName(QStringLiteral("usersPage"));
    departmentsPage_->setObjectName(QStringLiteral("departmentsPage"));
    stack_->addWidget(tablePage_);
    stack_->addWidget(usersPage_);
    stack_->addWidget(departmentsPage_);
    stack_->addWidget(promptsPage_);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(list_);
    layout->addWidget(stack_, 1);
    resize(1100, 680);

    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) showSection(item->data(Qt::UserRole).toString());
    });
    connect(&tables_, &cti::qt::AdminTables::tablesListed, this,
            [this](quint64 id, const QList<cti::qt::AdminTableInfo>& tables) {
                if (id == listTablesId_) setSections(adminSections(tables, mayUsers_));
            });
    // A server without administration tables (older than 1.7) still has its users and departments.
    connect(&tables_, &cti::qt::AdminTables::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString&) {
        if (id == listTablesId_) setSections(adminSections({}, mayUsers_));
    });
}

void AdminWindow::refresh(bool mayAdministerUsers) {
    mayUsers_ = mayAdministerUsers;
    listTablesId_ = tables_.listTables();
}

QString AdminWindow::currentSection() const {
    const auto* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AdminWindow::setSections(const QStringList& sections) {
    const QString current = currentSection();
    sections_ = sections;
    {
        // Rebuilt quietly: the section shown is opened again below only if it is gone.
        const QSignalBlocker quiet(list_);
        list_->clear();
        for (const QString& s : sections) {
            auto* item = new QListWidgetItem(AdminLabels::sectionTitle(s), list_);
            item->setData(Qt::UserRole, s);
        }
        if (const qsizetype at = sections.indexOf(current); at >= 0) list_->setCurrentRow(static_cast<int>(at));
    }
    if (!current.isEmpty() && !sections.contains(current) && !sections.isEmpty()) list_->setCurrentRow(0);
    emit sectionsChanged(sections_);
}

void AdminWindow::openSection(const QString& section) {
    const qsizetype at = sections_.indexOf(section);
    if (at < 0) return;
    if (list_->currentRow() == at) return showSection(section);  // listed again
    list_->setCurrentRow(static_cast<int>(at));
}

void AdminWindow::showSection(const QString& section) {
    if (section == admin_section::kUsers) {
        stack_->setCurrentWidget(usersPage_);
        usersPage_->refresh(sections_.contains(admin_section::kSkills), sections_.contains(QStringLiteral("roles")));
    } else if (section == admin_section::kDepartments) {
        stack_->setCurrentWidget(departmentsPage_);
        departmentsPage_->refresh();
    } else if (section == admin_section::kPrompts) {
        stack_->setCurrentWidget(promptsPage_);  // lists the prompts when first shown
    } else {
        stack_->setCurrentWidget(tablePage_);
        tablePage_->open(section);
    }
}

}  // namespace cti::supervisor
