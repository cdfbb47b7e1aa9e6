#include "models/department_model.h"

#include <QSet>

namespace cti::supervisor {

DepartmentModel::DepartmentModel(QObject* parent) : QAbstractTableModel(parent) {}

int DepartmentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(departments_.size());
}

int DepartmentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant DepartmentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& d = departments_.at(index.row());
    if (role == DepartmentIdRole) return d.departmentId;
    if (role != Qt::DisplayRole) return {};
    return static_cast<Column>(index.column()) == Column::Name ? d.name : nameOf(d.parentId);
}

QVariant DepartmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return static_cast<Column>(section) == Column::Name ? tr("Department") : tr("Parent department");
}

void DepartmentModel::setDepartments(QList<cti::qt::Department> departments) {
    beginResetModel();
    departments_ = std::move(departments);
    endResetModel();
}

std::optional<int> DepartmentModel::rowOf(qint64 departmentId) const {
    for (int i = 0; i < departments_.size(); ++i)
        if (departments_.at(i).departmentId == departmentId) return i;
    return std::nullopt;
}

std::optional<int> DepartmentModel::rowOfName(const QString& name) const {
    for (int i = 0; i < departments_.size(); ++i)
        if (departments_.at(i).name == name) return i;
    return std::nullopt;
}

QString DepartmentModel::nameOf(qint64 departmentId) const {
    const auto row = departmentId != 0 ? rowOf(departmentId) : std::nullopt;
    return row ? departments_.at(*row).name : QString();
}

QList<cti::qt::Department> DepartmentModel::possibleParents(qint64 departmentId) const {
    // Walks up from each department: it is excluded when the walk meets `departmentId`.
    QList<cti::qt::Department> out;
    for (const auto& d : departments_) {
        if (departmentId == 0) {
            out << d;
            continue;
        }
        QSet<qint64> seen;
        qint64 at = d.departmentId;
        bool under = false;
        while (at != 0 && !seen.contains(at)) {
            if (at == departmentId) {
                under = true;
                break;
            }
            seen.insert(at);
            const auto row = rowOf(at);
            at = row ? departments_.at(*row).parentId : 0;
        }
        if (!under) out << d;
    }
    return out;
}

}  // namespace cti::supervisor
