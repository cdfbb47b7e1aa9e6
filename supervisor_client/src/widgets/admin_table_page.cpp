#include "widgets/admin_table_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/admin_labels.h"
#include "models/admin_table_model.h"
#include "widgets/admin_form.h"

namespace cti::supervisor {

AdminTablePage::AdminTablePage(cti::qt::AdminTables& tables, QWidget* parent)
    : QWidget(parent), tables_(tables), model_(new AdminTableModel(this)), proxy_(new QSortFilterProxyModel(this)),
      note_(new QLabel), filter_(new QLineEdit), view_(new QTableView), form_(new AdminForm),
      new_(new QPushButton(tr("&New"))), save_(new QPushButton(tr("&Save"))), remove_(new QPushButton(tr("&Remove"))),
      message_(new QLabel) {
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(AdminTableModel::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);  // any column
    note_->setObjectName(QStringLiteral("adminNote"));
    note_->setWordWrap(true);
    note_->hide();
    filter_->setObjectName(QStringLiteral("adminFilter"));
    filter_->setPlaceholderText(tr("Filter"));
    filter_->setClearButtonEnabled(true);
    view_->setObjectName(QStringLiteral("adminTable"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(-1, Qt::AscendingOrder);  // the server's order until a header is clicked
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->verticalHeader()->hide();
    form_->setObjectName(QStringLiteral("adminForm"));
    new_->setObjectName(QStringLiteral("adminNewButton"));
    save_->setObjectName(QStringLiteral("adminSaveButton"));
    remove_->setObjectName(QStringLiteral("adminRemoveButton"));
    message_->setObjectName(QStringLiteral("adminMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* formScroll = new QScrollArea;
    formScroll->setWidget(form_);
    formScroll->setWidgetResizable(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(save_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    auto* formSide = new QWidget;
    auto* formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(formScroll, 1);
    formLayout->addLayout(buttons);
    formLayout->addWidget(message_);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(view_);
    split->addWidget(formSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note_);
    layout->addWidget(filter_);
    layout->addWidget(split, 1);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(new_, &QPushButton::clicked, this, &AdminTablePage::newRecord);
    connect(save_, &QPushButton::clicked, this, &AdminTablePage::save);
    connect(remove_, &QPushButton::clicked, this, &AdminTablePage::askRemove);
    wireTables();
    updateButtons();
}

void AdminTablePage::wireTables() {
    connect(&tables_, &cti::qt::AdminTables::listed, this, [this](quint64 id, const cti::qt::AdminTable& t) {
        if (id == listId_) showTable(t);
    });
    connect(&tables_, &cti::qt::AdminTables::saved, this,
            [this](quint64 id, const QString& table, const cti::qt::AdminRecord& record) {
                if (!saveIds_.remove(id)) return;
                showMessage(tr("Saved"), false);
                // The server's keys (an assigned id) pick the row once the table is listed again.
                selectAfterList_ = adminKeyFields(model_->columns(), record);
                if (table == table_) listId_ = tables_.list(table_);
            });
    connect(&tables_, &cti::qt::AdminTables::removed, this,
            [this](quint64 id, const QString& table, const cti::qt::AdminRecord&) {
                if (!removeIds_.remove(id)) return;
                showMessage(tr("Removed"), false);
                selectAfterList_.clear();
                if (table == table_) listId_ = tables_.list(table_);
            });
    // The server's refusal says which field and why: shown as it is, and nothing changes.
    connect(&tables_, &cti::qt::AdminTables::requestFailed, this,
            [this](quint64 id, cti::qt::ErrorCode, const QString& message) {
                if (saveIds_.remove(id) || removeIds_.remove(id) || id == listId_) showMessage(message, true);
            });
}

void AdminTablePage::open(const QString& table) {
    if (table != table_) {
        table_ = table;
        selectAfterList_.clear();
        filter_->clear();
        model_->clear();
        form_->setColumns(table, {});
        showMessage({}, false);
        updateButtons();
    } else if (const int row = selectedRow(); row >= 0) {
        selectAfterList_ = adminKeyFields(model_->columns(), model_->recordAt(row));
    }
    listId_ = tables_.list(table);
}

void AdminTablePage::showTable(const cti::qt::AdminTable& table) {
    model_->setTable(table);
    // The desktop's own words for a table it knows; the server's for a newer one.
    const QString note = AdminLabels::tableNote(table.info.table, table.note);
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
    form_->setColumns(table.info.table, table.columns);
    view_->resizeColumnsToContents();
    const auto row = model_->rowOfKey(selectAfterList_);
    selectAfterList_.clear();
    if (row) selectRow(*row);
    else showSelected();
    updateButtons();
    emit tableListed(table.info.table);
}

int AdminTablePage::selectedRow() const {
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : proxy_->mapToSource(rows.first()).row();
}

void AdminTablePage::selectRow(int modelRow) {
    const QModelIndex i = proxy_->mapFromSource(model_->index(modelRow, 0));
    if (!i.isValid()) return view_->clearSelection();  // filtered out
    view_->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->setCurrentIndex(i);
    view_->scrollTo(i);
}

void AdminTablePage::showSelected() {
    const int row = selectedRow();
    if (row >= 0) form_->edit(model_->recordAt(row));
    else form_->startNew();
}

void AdminTablePage::newRecord() {
    view_->clearSelection();
    form_->startNew();
    showMessage({}, false);
    updateButtons();
}

void AdminTablePage::save() {
    if (table_.isEmpty()) return;
    if (const QStringList missing = form_->missingRequired(); !missing.isEmpty())
        return showMessage(tr("Please fill in: %1").arg(missing.join(tr(", "))), true);
    saveIds_.insert(tables_.save(table_, form_->recordToSave()));
    showMessage(tr("Saving…"), false);
}

void AdminTablePage::removeSelected() {
    if (table_.isEmpty() || selectedRow() < 0) return;
    removeIds_.insert(tables_.remove(table_, form_->model().keyFields()));
    showMessage(tr("Removing…"), false);
}

void AdminTablePage::askRemove() {
    if (selectedRow() < 0) return;
    const auto answer = QMessageBox::question(this, AdminLabels::sectionTitle(table_),
                                              tr("Remove the selected record?"), QMessageBox::Yes | QMessageBox::No,
                                              QMessageBox::No);
    if (answer == QMessageBox::Yes) removeSelected();
}

void AdminTablePage::showMessage(const QString& text, bool error) {
    messageIsError_ = error && !text.isEmpty();
    message_->setText(text);
    message_->setStyleSheet(messageIsError_ ? QStringLiteral("color: #c62828;") : QString());
}

QString AdminTablePage::messageText() const { return message_->text(); }

void AdminTablePage::updateButtons() {
    const auto& info = model_->info();
    const bool isNew = form_->model().isNew();
    const bool mayChange = isNew ? info.mayAdd : info.mayEdit;
    new_->setEnabled(info.mayAdd);
    save_->setEnabled(mayChange);
    remove_->setEnabled(info.mayRemove && selectedRow() >= 0);
    form_->setEnabled(mayChange);  // disabled editors still show a record that may only be read
}

}  // namespace cti::supervisor
