#pragma once
// A red banner across a desktop's window while the server has an active alarm (disk full, data
// folder read-only, recordings stopping): the kind in words, then the server's message. Hidden
// when there is none.
#include <QLabel>

namespace cti::qt {

class AlarmModel;

class AlarmBanner : public QLabel {
    Q_OBJECT
public:
    explicit AlarmBanner(const AlarmModel& model, QWidget* parent = nullptr);

    // "Storage", "Recording"... translated; an unknown kind as it came.
    static QString kindName(const QString& kind);

private:
    void refresh();
    const AlarmModel& model_;
};

}  // namespace cti::qt
