#include "widgets/help_panel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include "models/help_request_model.h"

namespace cti::supervisor {

HelpPanel::HelpPanel(HelpRequestModel& model, QWidget* parent)
    : QGroupBox(parent), model_(model), table_(new QTableView) {
    setObjectName(QStringLiteral("helpPanel"));
    table_->setObjectName(QStringLiteral("helpTable"));
    table_->setModel(&model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    // A click on the row already current still chooses it: the leader may come back to it.
    connect(table_, &QAbstractItemView::clicked, this, [this](const QModelIndex& i) {
        if (i.isValid()) emit agentChosen(model_.loginAt(i.row()));
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid()) emit agentChosen(model_.loginAt(i.row()));
    });
    connect(&model_, &QAbstractItemModel::rowsInserted, this, &HelpPanel::refreshTitle);
    connect(&model_, &QAbstractItemModel::rowsRemoved, this, &HelpPanel::refreshTitle);
    refreshTitle();
}

void HelpPanel::refreshTitle() {
    const int n = model_.rowCount();
    setTitle(n > 0 ? tr("Help requests (%1)").arg(n) : tr("Help requests"));
}

}  // namespace cti::supervisor
