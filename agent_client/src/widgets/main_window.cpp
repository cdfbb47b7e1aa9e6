#include "widgets/main_window.h"

#include <QGroupBox>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

#include "cti/qtwidgets/connection_status_widget.h"
#include "models/softphone_model.h"
#include "widgets/announcement_panel.h"
#include "widgets/screen_pop_panel.h"
#include "widgets/softphone_bar.h"

namespace cti::agent {

MainWindow::MainWindow(AnnouncementModel& announcements, SoftphoneModel& softphone,
                       const cti::qt::SessionStatus& status, QWidget* parent)
    : QMainWindow(parent), softphone_(new SoftphoneBar(softphone, status)), screenPop_(new ScreenPopPanel(softphone)) {
    setObjectName(QStringLiteral("agentMainWindow"));
    setWindowTitle(tr("CTI Agent Desktop"));

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("E&xit"), QKeySequence::Quit, this, &QWidget::close);

    auto* phoneBox = new QGroupBox(tr("Softphone"));
    auto* phoneLayout = new QVBoxLayout(phoneBox);
    phoneLayout->addWidget(softphone_);

    auto* popBox = new QGroupBox(tr("Screen pop"));
    auto* popLayout = new QVBoxLayout(popBox);
    popLayout->addWidget(screenPop_);

    auto* newsBox = new QGroupBox(tr("Announcements"));
    auto* newsLayout = new QVBoxLayout(newsBox);
    newsLayout->addWidget(new AnnouncementPanel(announcements));

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(phoneBox);
    layout->addWidget(popBox);
    layout->addWidget(newsBox, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(new cti::qt::ConnectionStatusWidget(status));
    resize(1100, 680);
}

}  // namespace cti::agent
