#pragma once
// My call history (通话记录): the table of CallHistoryModel, Refresh, and calling a number back
// (double-click or the Call back button). Intents only: main() sends MyCalls on
// refreshRequested and dials on callBackRequested.
#include <QWidget>

#include "cti/qtclient/office_types.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cti::agent {

class CallHistoryModel;

class CallHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit CallHistoryPanel(QWidget* parent = nullptr);

    CallHistoryModel& model() { return *model_; }

public slots:
    void setCalls(const QList<cti::qt::CallSummary>& calls);
    void setMyExtension(const QString& extension);
    void showError(const QString& message);

signals:
    void refreshRequested();
    void callBackRequested(const QString& number);

private:
    void callBack(int row);
    void updateButtons();

    CallHistoryModel* model_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* callBack_;
    QLabel* status_;
};

}  // namespace cti::agent
