#include "widgets/workbench_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/order_names.h"
#include "models/workbench_model.h"

namespace cti::agent {

namespace {
// server/tickets store.h kMaxQueryBytes: the gateway refuses longer text.
constexpr qsizetype kMaxQueryBytes = 400;
}  // namespace

QString searchProblem(const cti::qt::OrderQuery& query) {
    if (query.text.toUtf8().size() > kMaxQueryBytes)
        return WorkbenchPanel::tr("The search text is too long: use a few words.");
    return {};
}

WorkbenchPanel::WorkbenchPanel(WorkbenchModel& workbench, QWidget* parent)
    : QWidget(parent), workbench_(workbench), results_(new WorkbenchModel(this)), text_(new QLineEdit(this)),
      type_(new QComboBox(this)), state_(new QComboBox(this)), searchButton_(new QPushButton(tr("Search"), this)),
      refreshButton_(new QPushButton(tr("My workbench"), this)), listLabel_(new QLabel(this)),
      message_(new QLabel(this)), table_(new QTableView(this)) {
    setObjectName(QStringLiteral("workbenchPanel"));
    text_->setObjectName(QStringLiteral("orderSearchEdit"));
    text_->setPlaceholderText(tr("Number, title, content, caller..."));
    text_->setClearButtonEnabled(true);
    type_->setObjectName(QStringLiteral("orderSearchTypeCombo"));
    type_->addItem(tr("All types"), QString());
    for (const auto& t : orderTypes()) type_->addItem(orderTypeName(t), t);
    state_->setObjectName(QStringLiteral("orderSearchStateCombo"));
    state_->addItem(tr("All states"), QString());
    for (const auto& s : orderStates()) state_->addItem(orderStateName(s), s);
    searchButton_->setObjectName(QStringLiteral("orderSearchButton"));
    searchButton_->setToolTip(tr("Search all the orders you may see."));
    refreshButton_->setObjectName(QStringLiteral("workbenchRefreshButton"));
    refreshButton_->setToolTip(tr("Reload the orders waiting for you or your department."));
    listLabel_->setObjectName(QStringLiteral("workbenchListLabel"));
    message_->setObjectName(QStringLiteral("workbenchMessage"));
    message_->setWordWrap(true);

    table_->setObjectName(QStringLiteral("workbenchTable"));
    table_->setModel(&workbench_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(WorkbenchModel::TitleColumn, QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    bar->addWidget(text_, 1);
    bar->addWidget(type_);
    bar->addWidget(state_);
    bar->addWidget(searchButton_);
    bar->addWidget(refreshButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(listLabel_);
    layout->addWidget(table_, 1);
    layout->addWidget(message_);

    connect(text_, &QLineEdit::returnPressed, this, &WorkbenchPanel::search);
    connect(searchButton_, &QPushButton::clicked, this, &WorkbenchPanel::search);
    connect(refreshButton_, &QPushButton::clicked, this, [this] {
        showWorkbench();
        emit refreshRequested();
    });
    // activated: a double-click, or Enter on the current row.
    connect(table_, &QTableView::activated, this, &WorkbenchPanel::open);
    for (auto* model : {&workbench_, results_}) {
        connect(model, &QAbstractItemModel::modelReset, this, &WorkbenchPanel::updateLabel);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WorkbenchPanel::updateLabel);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WorkbenchPanel::updateLabel);
    }
    updateLabel();
}

cti::qt::OrderQuery WorkbenchPanel::query() const {
    cti::qt::OrderQuery q;
    q.text = text_->text().trimmed();
    q.type = type_->currentData().toString();
    q.state = state_->currentData().toString();
    return q;
}

void WorkbenchPanel::search() {
    const auto q = query();
    if (const QString problem = searchProblem(q); !problem.isEmpty()) {
        message_->setText(problem);
        return;
    }
    message_->setText(tr("Searching..."));
    emit searchRequested(q);
}

void WorkbenchPanel::showSearchResults(const QList<cti::qt::WorkOrder>& orders) {
    results_->setOrders(orders);
    showingSearch_ = true;
    table_->setModel(results_);
    table_->horizontalHeader()->setSectionResizeMode(WorkbenchModel::TitleColumn, QHeaderView::Stretch);
    message_->clear();
    updateLabel();
}

void WorkbenchPanel::showWorkbench() {
    showingSearch_ = false;
    table_->setModel(&workbench_);
    table_->horizontalHeader()->setSectionResizeMode(WorkbenchModel::TitleColumn, QHeaderView::Stretch);
    message_->clear();
    updateLabel();
}

void WorkbenchPanel::showError(const QString& message) { message_->setText(message); }

void WorkbenchPanel::open(const QModelIndex& index) {
    if (!index.isValid()) return;
    const qint64 id = index.data(WorkbenchModel::OrderIdRole).toLongLong();
    if (id != 0) emit orderOpened(id);
}

void WorkbenchPanel::updateLabel() {
    if (showingSearch_)
        listLabel_->setText(tr("Search: %n order(s) found", nullptr, results_->rowCount()));
    else
        listLabel_->setText(tr("My workbench: %n order(s)", nullptr, workbench_.rowCount()));
}

}  // namespace cti::agent
