#include "widgets/users_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/admin_form_model.h"
#include "models/admin_labels.h"
#include "models/skill_levels_model.h"
#include "models/user_table_model.h"

namespace cti::supervisor {

namespace {
template <class W>
W* named(W* w, const char* name) {
    w->setObjectName(QLatin1String(name));
    return w;
}
}  // namespace

UsersPage::UsersPage(cti::qt::UsersAdmin& users, cti::qt::AdminTables& tables, QWidget* parent)
    : QWidget(parent), users_(users), tables_(tables), model_(new UserTableModel(this)),
      proxy_(new QSortFilterProxyModel(this)), skills_(new SkillLevelsModel(this)),
      filter_(named(new QLineEdit, "userFilter")), view_(named(new QTableView, "userTable")),
      login_(named(new QLineEdit, "userLogin")), name_(named(new QLineEdit, "userName")),
      role_(named(new QComboBox, "userRole")), department_(named(new QComboBox, "userDepartment")),
      extension_(named(new QLineEdit, "userExtension")), enabled_(named(new QCheckBox(tr("Enabled")), "userEnabled")),
      groups_(named(new QLineEdit, "userGroups")), password_(named(new QLineEdit, "userPassword")),
      skillView_(named(new QTableView, "userSkills")), skillName_(named(new QComboBox, "skillName")),
      skillLevel_(named(new QSpinBox, "skillLevel")), addSkill_(named(new QPushButton(tr("Add skill")), "addSkillButton")),
      removeSkill_(named(new QPushButton(tr("Remove skill")), "removeSkillButton")),
      new_(named(new QPushButton(tr("&New")), "userNewButton")), save_(named(new QPushButton(tr("&Save")), "userSaveButton")),
      message_(named(new QLabel, "userMessage")) {
    proxy_->setSourceModel(model_);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    filter_->setPlaceholderText(tr("Filter"));
    filter_->setClearButtonEnabled(true);
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->hide();
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filter_);
    leftLayout->addWidget(view_, 1);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(buildForm());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showSelected(); });
    connect(new_, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(save_, &QPushButton::clicked, this, &UsersPage::save);
    connect(addSkill_, &QPushButton::clicked, this, &UsersPage::addSkill);
    connect(removeSkill_, &QPushButton::clicked, this, &UsersPage::removeSkill);
    connect(skillView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { removeSkill_->setEnabled(skillView_->selectionModel()->hasSelection()); });
    wireUsers();
    newUser();
}

QWidget* UsersPage::buildForm() {
    for (const QString& role : AdminLabels::roles()) role_->addItem(AdminLabels::roleTitle(role), role);
    password_->setEchoMode(QLineEdit::Password);
    password_->setPlaceholderText(tr("Empty: keep the password"));
    groups_->setPlaceholderText(tr("Comma-separated"));
    extension_->setPlaceholderText(tr("Digits; agents need one for skills"));
    skillView_->setModel(skills_);
    skillView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    skillView_->setSelectionMode(QAbstractItemView::SingleSelection);
    skillView_->horizontalHeader()->setStretchLastSection(true);
    skillView_->verticalHeader()->hide();
    skillView_->setMinimumHeight(120);
    skillName_->setEditable(true);  // a skill not in the table yet can be typed
    skillName_->setInsertPolicy(QComboBox::NoInsert);
    skillLevel_->setRange(SkillLevelsModel::kMinLevel, SkillLevelsModel::kMaxLevel);
    skillLevel_->setValue(5);
    removeSkill_->setEnabled(false);

    auto* skillRow = new QHBoxLayout;
    skillRow->addWidget(skillName_, 1);
    skillRow->addWidget(skillLevel_);
    skillRow->addWidget(addSkill_);
    skillRow->addWidget(removeSkill_);
    auto* form = new QWidget;
    auto* fields = new QFormLayout(form);
    fields->addRow(tr("Login *"), login_);
    fields->addRow(tr("Name *"), name_);
    fields->addRow(tr("Role *"), role_);
    fields->addRow(tr("Department"), department_);
    fields->addRow(tr("Extension"), extension_);
    fields->addRow(QString(), enabled_);
    fields->addRow(tr("Groups"), groups_);
    fields->addRow(tr("Password"), password_);
    fields->addRow(tr("Skills"), skillView_);
    fields->addRow(skillRow);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(save_);
    buttons->addStretch();
    auto* side = new QWidget;
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    layout->addWidget(message_);
    return side;
}

void UsersPage::wireUsers() {
    connect(&users_, &cti::qt::UsersAdmin::usersListed, this, [this](quint64 id, const cti::qt::Organisation& org) {
        if (id != listId_) return;
        const qint64 keep = selectAfterList_ != 0 ? selectAfterList_ : editingId_;
        selectAfterList_ = 0;
        model_->setUsers(org.users);
        setDepartments(org.departments);
        setSkillNames(skillNames());
        if (const auto row = keep != 0 ? model_->rowOf(keep) : std::nullopt) selectRow(*row);
        else if (editingId_ != 0) newUser();
        emit usersListed();
    });
    connect(&users_, &cti::qt::UsersAdmin::userSaved, this, [this](quint64 id, const cti::qt::UserRecord& user) {
        if (!saveIds_.remove(id)) return;
        showMessage(tr("Saved"), false);
        password_->clear();
        selectAfterList_ = user.userId;
        listId_ = users_.listUsers();
    });
    connect(&users_, &cti::qt::UsersAdmin::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (saveIds_.remove(id) || id == listId_) showMessage(m, true);
    });
    connect(&tables_, &cti::qt::AdminTables::listed, this, [this](quint64 id, const cti::qt::AdminTable& t) {
        if (id == rolesListId_) return setRoles(t);
        if (id != skillsListId_) return;
        QStringList names;
        for (const auto& r : t.records) names << r.value(QStringLiteral("name"));
        setSkillNames(names);
    });
    // Without the skills table the names the users already have are offered: nothing to show.
}

void UsersPage::refresh(bool skillsTable, bool rolesTable) {
    listId_ = users_.listUsers();
    if (skillsTable) skillsListId_ = tables_.list(admin_section::kSkills);
    if (rolesTable) rolesListId_ = tables_.list(QStringLiteral("roles"));
}

void UsersPage::setRoles(const cti::qt::AdminTable& roles) {
    QHash<QString, QString> titles;
    for (const auto& r : roles.records) titles.insert(r.value(QStringLiteral("name")), r.value(QStringLiteral("title")));
    model_->setRoleTitles(titles);
    const QString current = role_->currentData().toString();
    role_->clear();
    for (const auto& r : roles.records) {
        const QString name = r.value(QStringLiteral("name"));
        role_->addItem(model_->roleTitle(name), name);
    }
    role_->setCurrentIndex(std::max(0, role_->findData(current)));
}

QStringList UsersPage::skillNames() const {
    QStringList names;
    for (int i = 0; i < skillName_->count(); ++i) names << skillName_->itemText(i);
    return names;
}

void UsersPage::setSkillNames(const QStringList& fromTable) {
    QStringList names = fromTable;
    for (const auto& u : model_->users())
        for (const auto& s : u.skills) names << s.skill;
    names.removeAll(QString());
    names.removeDuplicates();
    names.sort();
    const QString typed = skillName_->currentText();
    skillName_->clear();
    skillName_->addItems(names);
    skillName_->setCurrentText(typed);
}

void UsersPage::setDepartments(const QList<cti::qt::Department>& departments) {
    const QString current = department_->currentData().toString();
    department_->clear();
    department_->addItem(tr("(none)"), QString());
    for (const auto& d : departments) department_->addItem(d.name, d.name);
    department_->setCurrentIndex(std::max(0, department_->findData(current)));
}

int UsersPage::selectedRow() const {
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy_->mapToSource(rows.first()).row();
}

void UsersPage::selectRow(int modelRow) {
    const QModelIndex i = proxy_->mapFromSource(model_->index(modelRow, 0));
    if (!i.isValid()) return;
    view_->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->setCurrentIndex(i);
    view_->scrollTo(i);
}

void UsersPage::showSelected() {
    const int row = selectedRow();
    if (row >= 0) showUser(model_->userAt(row));
}

void UsersPage::showUser(const cti::qt::UserRecord& u) {
    editingId_ = u.userId;
    login_->setText(u.login);
    login_->setEnabled(u.userId == 0);  // a login is not changed once the user exists
    name_->setText(u.displayName);
    role_->setCurrentIndex(std::max(0, role_->findData(u.role)));
    if (department_->findData(u.department) < 0) department_->addItem(u.department, u.department);
    department_->setCurrentIndex(department_->findData(u.department));
    extension_->setText(u.extension);
    enabled_->setChecked(u.enabled);
    groups_->setText(u.groups.join(QStringLiteral(", ")));
    password_->clear();
    skills_->setSkills(u.skills);
}

void UsersPage::newUser() {
    view_->clearSelection();
    cti::qt::UserRecord fresh;
    fresh.role = QStringLiteral("agent");
    showUser(fresh);
    showMessage({}, false);
}

cti::qt::UserRecord UsersPage::formUser() const {
    cti::qt::UserRecord u;
    u.userId = editingId_;
    u.login = login_->text().trimmed();
    u.displayName = name_->text().trimmed();
    u.role = role_->currentData().toString();
    u.department = department_->currentData().toString();
    u.extension = extension_->text().trimmed();
    u.enabled = enabled_->isChecked();
    u.groups = splitAdminList(groups_->text());
    u.skills = skills_->skills();
    return u;
}

void UsersPage::save() {
    const auto user = formUser();
    if (const QStringList missing = missingUserFields(user, password_->text()); !missing.isEmpty())
        return showMessage(tr("Please fill in: %1").arg(missing.join(tr(", "))), true);
    saveIds_.insert(users_.saveUser(user, password_->text()));
    showMessage(tr("Saving…"), false);
}

void UsersPage::addSkill() {
    if (const auto row = skills_->setLevel(skillName_->currentText(), skillLevel_->value()))
        skillView_->selectRow(*row);
}

void UsersPage::removeSkill() {
    const auto rows = skillView_->selectionModel()->selectedRows();
    if (!rows.isEmpty()) skills_->removeSkillAt(rows.first().row());
}

void UsersPage::showMessage(const QString& text, bool error) {
    messageIsError_ = error && !text.isEmpty();
    message_->setText(text);
    message_->setStyleSheet(messageIsError_ ? QStringLiteral("color: #c62828;") : QString());
}

QString UsersPage::messageText() const { return message_->text(); }

}  // namespace cti::supervisor
