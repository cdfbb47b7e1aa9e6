#include "widgets/monitoring_wall.h"

#include <QHeaderView>
#include <QLabel>
#include <QDateTime>
#include <QMenuBar>
#include <QSplitter>
#include <QTimer>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "cti/qtwidgets/connection_status_widget.h"
#include "models/agent_table_model.h"
#include "models/queue_table_model.h"

namespace cti::supervisor {

MonitoringWall::MonitoringWall(AgentTableModel& agents, QueueTableModel& queues, const cti::qt::SessionStatus& status,
                               QWidget* parent)
    : QMainWindow(parent), agents_(agents), queues_(queues), table_(new QTableView), queueTable_(new QTableView),
      summary_(new QLabel) {
    setObjectName(QStringLiteral("monitoringWall"));
    setWindowTitle(tr("CTI Monitoring Wall"));

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);

    // Sorting happens in a proxy so the model's rows (and its id→row map) never move.
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(&agents_);
    table_->setObjectName(QStringLiteral("agentTable"));
    table_->setModel(sorted);
    table_->setSortingEnabled(true);
    table_->sortByColumn(static_cast<int>(AgentTableModel::Column::Login), Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* sortedQueues = new QSortFilterProxyModel(this);
    sortedQueues->setSourceModel(&queues_);
    sortedQueues->setSortRole(QueueTableModel::ValueRole);
    queueTable_->setObjectName(QStringLiteral("queueTable"));
    queueTable_->setModel(sortedQueues);
    queueTable_->setSortingEnabled(true);
    queueTable_->sortByColumn(static_cast<int>(QueueTableModel::Column::Name), Qt::AscendingOrder);
    queueTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    queueTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    queueTable_->verticalHeader()->hide();
    queueTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    summary_->setObjectName(QStringLiteral("agentSummary"));
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(queueTable_);
    split->addWidget(table_);
    split->setStretchFactor(1, 2);
    auto* central = new QWidget;
    layout_ = new QVBoxLayout(central);
    auto* layout = layout_;
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(new cti::qt::ConnectionStatusWidget(status));
    connect(&agents_, &AgentTableModel::countsChanged, this, &MonitoringWall::refreshSummary);
    connect(&queues_, &QueueTableModel::countsChanged, this, &MonitoringWall::refreshSummary);
    // Time in state moves on by itself: the model is given the clock once a second.
    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] { agents_.setNowMs(QDateTime::currentMSecsSinceEpoch()); });
    tick->start(1000);
    refreshSummary();
    resize(1000, 640);
}

void MonitoringWall::refreshSummary() {
    summary_->setText(tr("Agents: %1    Online: %2").arg(agents_.rowCount()).arg(agents_.onlineCount()) +
                      tr("    Callers waiting: %1").arg(queues_.totalWaiting()));
}

void MonitoringWall::addBanner(QWidget* banner) { layout_->insertWidget(0, banner); }

}  // namespace cti::supervisor
