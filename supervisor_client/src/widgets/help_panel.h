#pragma once
// The wall's help requests (求助): the newest first, with the time and the agent. Choosing one
// asks the wall to select that agent (agentChosen), so Monitor and Whisper are one click away.
#include <QGroupBox>

class QTableView;

namespace cti::supervisor {

class HelpRequestModel;

class HelpPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit HelpPanel(HelpRequestModel& model, QWidget* parent = nullptr);

    QTableView& table() const { return *table_; }

signals:
    void agentChosen(const QString& login);

private:
    void refreshTitle();

    HelpRequestModel& model_;
    QTableView* table_;
};

}  // namespace cti::supervisor
