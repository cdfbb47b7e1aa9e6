#pragma once
// 我的工作台: my workbench list and the order search, in one table. The workbench rows live in
// the caller's WorkbenchModel (kept current by order events); search results go to a model of
// this panel, so that a search never mixes with the workbench and Refresh brings it back.
// Drawing and wiring only: requests leave as signals, answers come in through the slots.
#include <QWidget>

#include "cti/qtclient/office_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cti::agent {

class WorkbenchModel;

// Why the search cannot be sent (the server takes at most 400 bytes of text), or "".
QString searchProblem(const cti::qt::OrderQuery& query);

class WorkbenchPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkbenchPanel(WorkbenchModel& workbench, QWidget* parent = nullptr);

    // The query the search bar holds now.
    cti::qt::OrderQuery query() const;
    bool showingSearch() const { return showingSearch_; }

public slots:
    // The answer to searchRequested.
    void showSearchResults(const QList<cti::qt::WorkOrder>& orders);
    // Back to the workbench rows (Refresh does this too).
    void showWorkbench();
    void showError(const QString& message);

signals:
    void searchRequested(const cti::qt::OrderQuery& query);
    void refreshRequested();  // reload "my workbench"
    void orderOpened(qint64 orderId);

private:
    void search();
    void open(const QModelIndex& index);
    void updateLabel();

    WorkbenchModel& workbench_;
    WorkbenchModel* results_;
    bool showingSearch_ = false;
    QLineEdit* text_;
    QComboBox* type_;
    QComboBox* state_;
    QPushButton* searchButton_;
    QPushButton* refreshButton_;
    QLabel* listLabel_;
    QLabel* message_;
    QTableView* table_;
};

}  // namespace cti::agent
