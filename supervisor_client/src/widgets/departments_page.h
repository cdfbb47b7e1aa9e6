#pragma once
// The Departments page of the administration window (部门): the departments with their parent,
// and the form of the selected or new one (name, parent). Saving sends SaveDepartment: a new
// department, a new name (rename) or a new parent. The server's refusal (a name in use) is
// shown word for word and nothing changes. Layout and wiring only: the rows are DepartmentModel.
#include <QSet>
#include <QWidget>

#include "cti/qtclient/users_admin.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cti::supervisor {

class DepartmentModel;

class DepartmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit DepartmentsPage(cti::qt::UsersAdmin& users, QWidget* parent = nullptr);

    void refresh();

    DepartmentModel& model() const { return *model_; }
    QString messageText() const;
    bool messageIsError() const { return messageIsError_; }
    int selectedRow() const;
    void selectRow(int row);

    // What the buttons do.
    void newDepartment();
    void save();

signals:
    void departmentsListed();

private:
    void wireUsers();
    void showSelected();
    void fillParents(qint64 departmentId, qint64 parentId);
    void showMessage(const QString& text, bool error);

    cti::qt::UsersAdmin& users_;
    DepartmentModel* model_;
    QTableView* view_;
    QLineEdit* name_;
    QComboBox* parent_;
    QPushButton* new_;
    QPushButton* save_;
    QLabel* message_;
    bool messageIsError_ = false;

    qint64 editingId_ = 0;  // 0: a new department
    quint64 listId_ = 0;
    QSet<quint64> saveIds_;
    qint64 selectAfterList_ = 0;
};

}  // namespace cti::supervisor
