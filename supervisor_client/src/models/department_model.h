#pragma once
// The departments (部门) as the administration window lists them: name and parent department,
// from ListUsersOk. Saving goes through SaveDepartment; the window lists again afterwards.
#include <QAbstractTableModel>

#include <optional>

#include "cti/qtclient/users_admin.h"

namespace cti::supervisor {

class DepartmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Name, Parent, Count };
    static constexpr int DepartmentIdRole = Qt::UserRole + 1;  // qint64

    explicit DepartmentModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setDepartments(QList<cti::qt::Department> departments);
    const QList<cti::qt::Department>& departments() const { return departments_; }
    const cti::qt::Department& departmentAt(int row) const { return departments_.at(row); }
    std::optional<int> rowOf(qint64 departmentId) const;
    std::optional<int> rowOfName(const QString& name) const;
    QString nameOf(qint64 departmentId) const;
    // The departments `departmentId` may have as its parent: any but itself and those under it
    // (a department cannot be its own ancestor).
    QList<cti::qt::Department> possibleParents(qint64 departmentId) const;

private:
    QList<cti::qt::Department> departments_;
};

}  // namespace cti::supervisor
