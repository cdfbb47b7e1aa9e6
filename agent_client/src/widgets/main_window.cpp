#include "widgets/main_window.h"

#include <QGroupBox>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "cti/qtwidgets/connection_status_widget.h"
#include "models/softphone_model.h"
#include "widgets/announcement_panel.h"
#include "widgets/screen_pop_panel.h"
#include "widgets/softphone_bar.h"
#include "widgets/status_area.h"

namespace cti::agent {

MainWindow::MainWindow(AnnouncementModel& announcements, SoftphoneModel& softphone, const CallerModel& caller,
                       const StatusAreaModel& statusArea, const cti::qt::SessionStatus& status, QWidget* parent)
    : QMainWindow(parent), softphone_(new SoftphoneBar(softphone, status)),
      screenPop_(new ScreenPopPanel(softphone, caller)), pages_(new QTabWidget) {
    setObjectName(QStringLiteral("agentMainWindow"));
    setWindowTitle(tr("CTI Agent Desktop"));

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);
    tools_ = menuBar()->addMenu(tr("&Tools"));

    auto* phoneBox = new QGroupBox(tr("Softphone"));
    auto* phoneLayout = new QVBoxLayout(phoneBox);
    phoneLayout->addWidget(softphone_);

    auto* popBox = new QGroupBox(tr("Screen pop"));
    auto* popLayout = new QVBoxLayout(popBox);
    popLayout->addWidget(screenPop_);
    popLayout->addStretch(1);

    pages_->setObjectName(QStringLiteral("pages"));
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(popBox);
    split->addWidget(pages_);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 900});

    auto* central = new QWidget;
    layout_ = new QVBoxLayout(central);
    auto* layout = layout_;
    layout->addWidget(phoneBox);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    auto* news = new AnnouncementPanel(announcements);
    news->setObjectName(QStringLiteral("announcementsPage"));
    addPage(news, tr("Announcements"));

    statusBar()->addWidget(new StatusArea(statusArea), 1);
    statusBar()->addPermanentWidget(new cti::qt::ConnectionStatusWidget(status));
    resize(1366, 800);
}

void MainWindow::addBanner(QWidget* banner) { layout_->insertWidget(0, banner); }

void MainWindow::addPage(QWidget* page, const QString& title) { pages_->addTab(page, title); }

void MainWindow::showPage(QWidget* page) {
    if (const int i = pages_->indexOf(page); i >= 0) pages_->setCurrentIndex(i);
}

}  // namespace cti::agent
