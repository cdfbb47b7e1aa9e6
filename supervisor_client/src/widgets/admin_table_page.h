#pragma once
// One administration table (系统管理) in the window: its note (AdminLabels::tableNote), a
// filter, the records (sortable) and the form of the selected or new record, with New, Save and
// Remove as the table allows, and a line saying "Saved" or the server's refusal word for word.
// After a save the table is listed again and the saved record selected; a refused save changes nothing.
// Requests go through cti::qt::AdminTables and only this page's answers are taken.
#include <QSet>
#include <QWidget>

#include "cti/qtclient/admin_tables.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cti::supervisor {

class AdminForm;
class AdminTableModel;

class AdminTablePage : public QWidget {
    Q_OBJECT
public:
    explicit AdminTablePage(cti::qt::AdminTables& tables, QWidget* parent = nullptr);

    // Lists `table` from the server (again, if it is already shown).
    void open(const QString& table);
    const QString& table() const { return table_; }

    AdminTableModel& model() const { return *model_; }
    AdminForm& form() const { return *form_; }
    QTableView& view() const { return *view_; }
    QString messageText() const;
    bool messageIsError() const { return messageIsError_; }
    // The record selected in the table, by its row in model(); -1 if none.
    int selectedRow() const;
    void selectRow(int modelRow);

    // What the buttons do (Remove asks first).
    void newRecord();
    void save();
    void removeSelected();

signals:
    // A table was listed (the first time, and after each save): the page shows it.
    void tableListed(const QString& table);

private:
    void wireTables();
    void showTable(const cti::qt::AdminTable& table);
    void showSelected();
    void showMessage(const QString& text, bool error);
    void updateButtons();
    void askRemove();

    cti::qt::AdminTables& tables_;
    QString table_;
    AdminTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLabel* note_;
    QLineEdit* filter_;
    QTableView* view_;
    AdminForm* form_;
    QPushButton* new_;
    QPushButton* save_;
    QPushButton* remove_;
    QLabel* message_;
    bool messageIsError_ = false;

    quint64 listId_ = 0;  // only the newest listing is shown
    QSet<quint64> saveIds_;
    QSet<quint64> removeIds_;
    cti::qt::AdminRecord selectAfterList_;  // the saved record's keys, selected once listed
};

}  // namespace cti::supervisor
