#pragma once
// The announcements list and the text of the selected one. Draws AnnouncementModel's data.
#include <QWidget>

class QListView;
class QTextBrowser;

namespace cti::agent {

class AnnouncementModel;

class AnnouncementPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnnouncementPanel(AnnouncementModel& model, QWidget* parent = nullptr);

private:
    void showCurrent();

    AnnouncementModel& model_;
    QListView* list_;
    QTextBrowser* text_;
};

}  // namespace cti::agent
