#include "widgets/departments_page.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/department_model.h"

namespace cti::supervisor {

DepartmentsPage::DepartmentsPage(cti::qt::UsersAdmin& users, QWidget* parent)
    : QWidget(parent), users_(users), model_(new DepartmentModel(this)), view_(new QTableView), name_(new QLineEdit),
      parent_(new QComboBox), new_(new QPushButton(tr("&New"))), save_(new QPushButton(tr("&Save"))),
      message_(new QLabel) {
    view_->setObjectName(QStringLiteral("departmentTable"));
    name_->setObjectName(QStringLiteral("departmentName"));
    parent_->setObjectName(QStringLiteral("departmentParent"));
    new_->setObjectName(QStringLiteral("departmentNewButton"));
    save_->setObjectName(QStringLiteral("departmentSaveButton"));
    message_->setObjectName(QStringLiteral("departmentMessage"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->hide();
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* side = new QWidget;
    auto* fields = new QFormLayout;
    fields->addRow(tr("Name *"), name_);
    fields->addRow(tr("Parent department"), parent_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(save_);
    buttons->addStretch();
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(fields);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(message_);
    sideLayout->addStretch();
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(view_);
    split->addWidget(side);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { showSelected(); });
    connect(new_, &QPushButton::clicked, this, &DepartmentsPage::newDepartment);
    connect(save_, &QPushButton::clicked, this, &DepartmentsPage::save);
    wireUsers();
    newDepartment();
}

void DepartmentsPage::wireUsers() {
    connect(&users_, &cti::qt::UsersAdmin::usersListed, this, [this](quint64 id, const cti::qt::Organisation& org) {
        if (id != listId_) return;
        const qint64 keep = selectAfterList_ != 0 ? selectAfterList_ : editingId_;
        selectAfterList_ = 0;
        model_->setDepartments(org.departments);
        if (const auto row = keep != 0 ? model_->rowOf(keep) : std::nullopt) selectRow(*row);
        else newDepartment();
        emit departmentsListed();
    });
    connect(&users_, &cti::qt::UsersAdmin::departmentSaved, this, [this](quint64 id, const cti::qt::Department& d) {
        if (!saveIds_.remove(id)) return;
        showMessage(tr("Saved"), false);
        selectAfterList_ = d.departmentId;
        listId_ = users_.listUsers();
    });
    connect(&users_, &cti::qt::UsersAdmin::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (saveIds_.remove(id) || id == listId_) showMessage(m, true);
    });
}

void DepartmentsPage::refresh() { listId_ = users_.listUsers(); }

int DepartmentsPage::selectedRow() const {
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void DepartmentsPage::selectRow(int row) {
    view_->selectRow(row);
    showSelected();
}

void DepartmentsPage::showSelected() {
    const int row = selectedRow();
    if (row < 0) return;
    const auto& d = model_->departmentAt(row);
    editingId_ = d.departmentId;
    name_->setText(d.name);
    fillParents(d.departmentId, d.parentId);
}

void DepartmentsPage::fillParents(qint64 departmentId, qint64 parentId) {
    parent_->clear();
    parent_->addItem(tr("(none)"), qint64{0});
    for (const auto& p : model_->possibleParents(departmentId)) parent_->addItem(p.name, p.departmentId);
    parent_->setCurrentIndex(std::max(0, parent_->findData(parentId)));
}

void DepartmentsPage::newDepartment() {
    view_->clearSelection();
    editingId_ = 0;
    name_->clear();
    fillParents(0, 0);
    showMessage({}, false);
}

void DepartmentsPage::save() {
    const QString name = name_->text().trimmed();
    if (name.isEmpty()) return showMessage(tr("Please fill in: %1").arg(tr("Name")), true);
    saveIds_.insert(users_.saveDepartment(cti::qt::Department{editingId_, name, parent_->currentData().toLongLong()}));
    showMessage(tr("Saving…"), false);
}

void DepartmentsPage::showMessage(const QString& text, bool error) {
    messageIsError_ = error && !text.isEmpty();
    message_->setText(text);
    message_->setStyleSheet(messageIsError_ ? QStringLiteral("color: #c62828;") : QString());
}

QString DepartmentsPage::messageText() const { return message_->text(); }

}  // namespace cti::supervisor
