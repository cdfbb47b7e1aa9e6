#pragma once
// The status area: agents on duty / idle / on calls / not ready / away and the callers waiting,
// from StatusAreaModel. Drawing only.
#include <QLabel>

namespace cti::agent {

class StatusAreaModel;

class StatusArea : public QLabel {
    Q_OBJECT
public:
    explicit StatusArea(const StatusAreaModel& model, QWidget* parent = nullptr);

private:
    void refresh();
    const StatusAreaModel& model_;
};

}  // namespace cti::agent
