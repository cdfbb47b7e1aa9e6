#include "widgets/monitoring_wall.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "cti/qtwidgets/connection_status_widget.h"
#include "models/agent_table_model.h"
#include "models/queue_table_model.h"

namespace cti::supervisor {

MonitoringWall::MonitoringWall(AgentTableModel& agents, QueueTableModel& queues, const cti::qt::SessionStatus& status,
                               QWidget* parent)
    : QMainWindow(parent), agents_(agents), queues_(queues), sortedAgents_(new QSortFilterProxyModel(this)),
      table_(new QTableView), queueTable_(new QTableView), summary_(new QLabel), wallboardButton_(new QPushButton),
      wallboardAction_(new QAction(this)), escape_(new QShortcut(QKeySequence(Qt::Key_Escape), this)) {
    setObjectName(QStringLiteral("monitoringWall"));
    setWindowTitle(tr("CTI Monitoring Wall"));

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    wallboardAction_->setText(tr("&Wallboard mode"));
    wallboardAction_->setObjectName(QStringLiteral("wallboardAction"));
    wallboardAction_->setCheckable(true);
    wallboardAction_->setShortcut(QKeySequence(Qt::Key_F11));
    // The action stays active with the menu bar hidden in wallboard mode: it belongs to the window.
    addAction(wallboardAction_);
    viewMenu->addAction(wallboardAction_);
    connect(wallboardAction_, &QAction::toggled, this, &MonitoringWall::setWallboard);
    escape_->setEnabled(false);  // only while on the wallboard: Esc means nothing else here
    connect(escape_, &QShortcut::activated, this, [this] { setWallboard(false); });

    // Sorting happens in a proxy so the model's rows (and its id→row map) never move.
    sortedAgents_->setSourceModel(&agents_);
    table_->setObjectName(QStringLiteral("agentTable"));
    table_->setModel(sortedAgents_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(static_cast<int>(AgentTableModel::Column::Login), Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fit the columns to the rows on screen only. Every status change (and the clock's tick)
    // makes the header measure its columns again; over all 500 agents of a large floor that took
    // ~15 ms a change and saturated the GUI thread at 50 changes/s (bench/wall_bench).
    table_->horizontalHeader()->setResizeContentsPrecision(0);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const qint64 id = current.isValid() ? current.data(AgentTableModel::UserIdRole).toLongLong() : 0;
        if (id == selected_) return;
        selected_ = id;
        emit agentSelected(id);
    });
    // A snapshot (after every reconnect) resets the rows: the leader keeps the agent selected.
    connect(&agents_, &QAbstractItemModel::modelReset, this, [this] {
        if (selected_ != 0 && !selectAgent(selected_)) {
            selected_ = 0;
            emit agentSelected(0);
        }
    });

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
    wallboardButton_->setObjectName(QStringLiteral("wallboardButton"));
    wallboardButton_->setFocusPolicy(Qt::NoFocus);
    connect(wallboardButton_, &QPushButton::clicked, this, [this] { setWallboard(!wallboard_); });
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(wallboardButton_);

    auto* tables = new QSplitter(Qt::Vertical);
    tables->addWidget(queueTable_);
    tables->addWidget(table_);
    tables->setStretchFactor(1, 2);
    side_ = new QWidget;
    side_->setObjectName(QStringLiteral("sidePanels"));
    sideLayout_ = new QVBoxLayout(side_);
    sideLayout_->setContentsMargins(0, 0, 0, 0);
    side_->hide();  // until a panel is added
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(tables);
    split->addWidget(side_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* central = new QWidget;
    layout_ = new QVBoxLayout(central);
    layout_->addLayout(top);
    layout_->addWidget(split, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(new cti::qt::ConnectionStatusWidget(status));
    connect(&agents_, &AgentTableModel::countsChanged, this, &MonitoringWall::refreshSummary);
    connect(&queues_, &QueueTableModel::countsChanged, this, &MonitoringWall::refreshSummary);
    // Time in state moves on by itself: the model is given the clock once a second.
    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] { agents_.setNowMs(QDateTime::currentMSecsSinceEpoch()); });
    tick->start(1000);
    normalFont_ = table_->font();
    refreshSummary();
    applyFonts();
    resize(1280, 720);
}

void MonitoringWall::refreshSummary() {
    summary_->setText(tr("Agents: %1    Online: %2").arg(agents_.rowCount()).arg(agents_.onlineCount()) +
                      tr("    Callers waiting: %1").arg(queues_.totalWaiting()));
}

void MonitoringWall::addBanner(QWidget* banner) { layout_->insertWidget(0, banner); }

void MonitoringWall::addSidePanel(QWidget* panel) {
    sideLayout_->addWidget(panel);
    side_->setVisible(!wallboard_);
}

bool MonitoringWall::selectAgent(qint64 userId) {
    const auto row = agents_.rowOf(userId);
    if (!row) return false;
    const QModelIndex at = sortedAgents_->mapFromSource(agents_.index(*row, 0));
    table_->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table_->scrollTo(at);
    return true;
}

QFont MonitoringWall::wallboardFont(const QFont& normal) {
    QFont big = normal;
    const qreal size = normal.pointSizeF() > 0 ? normal.pointSizeF() : 10;
    big.setPointSizeF(std::max<qreal>(size * 2, 20));
    return big;
}

void MonitoringWall::setWallboard(bool on) {
    if (on == wallboard_) return;
    wallboard_ = on;
    if (on) {
        normalState_ = windowState();
        normalState_.setFlag(Qt::WindowFullScreen, false);
        showFullScreen();
    } else {
        setWindowState(normalState_);
        show();
    }
    menuBar()->setVisible(!on);
    side_->setVisible(!on && sideLayout_->count() > 0);
    escape_->setEnabled(on);
    const QSignalBlocker quiet(wallboardAction_);  // the action may be what called us
    wallboardAction_->setChecked(on);
    applyFonts();
    emit wallboardChanged(on);
}

void MonitoringWall::applyFonts() {
    wallboardButton_->setText(wallboard_ ? tr("Exit wallboard (Esc)") : tr("Wallboard mode (F11)"));
    const QFont font = wallboard_ ? wallboardFont(normalFont_) : normalFont_;
    QFont summaryFont = font;
    summaryFont.setBold(wallboard_);
    summary_->setFont(summaryFont);
    for (QTableView* t : {table_, queueTable_}) {
        t->setFont(font);
        t->horizontalHeader()->setFont(font);
        // Rows follow the type: the default row height does not grow with the font by itself.
        t->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() * 3 / 2);
    }
}

void MonitoringWall::keyPressEvent(QKeyEvent* event) {
    // Esc reaches the window when no child took it (the shortcut covers the usual case).
    if (wallboard_ && event->key() == Qt::Key_Escape) {
        setWallboard(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

}  // namespace cti::supervisor
