#include "widgets/call_history_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/call_history_model.h"

namespace cti::agent {

CallHistoryPanel::CallHistoryPanel(QWidget* parent)
    : QWidget(parent), model_(new CallHistoryModel(this)), table_(new QTableView(this)),
      refresh_(new QPushButton(tr("Refresh"), this)), callBack_(new QPushButton(tr("Call back"), this)),
      status_(new QLabel(this)) {
    setObjectName(QStringLiteral("callHistoryPanel"));
    table_->setObjectName(QStringLiteral("callHistoryTable"));
    refresh_->setObjectName(QStringLiteral("callHistoryRefresh"));
    callBack_->setObjectName(QStringLiteral("callHistoryCallBack"));
    status_->setObjectName(QStringLiteral("callHistoryStatus"));

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    callBack_->setToolTip(tr("Dial the other party of the chosen call"));
    status_->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addWidget(callBack_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(refresh_, &QPushButton::clicked, this, [this] {
        status_->clear();
        emit refreshRequested();
    });
    connect(table_, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) { callBack(index.row()); });
    connect(callBack_, &QPushButton::clicked, this, [this] { callBack(table_->currentIndex().row()); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &CallHistoryPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, &CallHistoryPanel::updateButtons);
    updateButtons();
}

void CallHistoryPanel::setCalls(const QList<cti::qt::CallSummary>& calls) {
    model_->setCalls(calls);
    table_->resizeColumnsToContents();
    status_->setText(calls.isEmpty() ? tr("No calls yet.") : QString());
}

void CallHistoryPanel::setMyExtension(const QString& extension) { model_->setMyExtension(extension); }

void CallHistoryPanel::showError(const QString& message) { status_->setText(message); }

void CallHistoryPanel::callBack(int row) {
    if (row < 0 || row >= model_->rowCount()) return;
    const QString number = model_->index(row, 0).data(CallHistoryModel::PartyNumberRole).toString();
    // A withheld or unknown number cannot be dialled.
    if (!number.isEmpty()) emit callBackRequested(number);
}

void CallHistoryPanel::updateButtons() {
    const QModelIndex current = table_->currentIndex();
    callBack_->setEnabled(current.isValid() &&
                          !current.data(CallHistoryModel::PartyNumberRole).toString().isEmpty());
}

}  // namespace cti::agent
