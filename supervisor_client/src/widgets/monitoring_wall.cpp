#include "widgets/monitoring_wall.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include "cti/qtwidgets/connection_status_widget.h"
#include "models/agent_table_model.h"

namespace cti::supervisor {

MonitoringWall::MonitoringWall(AgentTableModel& agents, const cti::qt::SessionStatus& status, QWidget* parent)
    : QMainWindow(parent), agents_(agents), table_(new QTableView), summary_(new QLabel) {
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

    summary_->setObjectName(QStringLiteral("agentSummary"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(summary_);
    layout->addWidget(table_, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(new cti::qt::ConnectionStatusWidget(status));
    connect(&agents_, &AgentTableModel::countsChanged, this, &MonitoringWall::refreshSummary);
    refreshSummary();
    resize(1000, 640);
}

void MonitoringWall::refreshSummary() {
    summary_->setText(tr("Agents: %1    Online: %2").arg(agents_.rowCount()).arg(agents_.onlineCount()));
}

}  // namespace cti::supervisor
