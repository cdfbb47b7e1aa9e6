#include "models/skill_levels_model.h"

#include <algorithm>

namespace cti::supervisor {

SkillLevelsModel::SkillLevelsModel(QObject* parent) : QAbstractTableModel(parent) {}

int SkillLevelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(skills_.size());
}

int SkillLevelsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant SkillLevelsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const auto& s = skills_.at(index.row());
    if (static_cast<Column>(index.column()) == Column::Skill) return s.skill;
    return s.proficiency;
}

QVariant SkillLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    return static_cast<Column>(section) == Column::Skill ? tr("Skill") : tr("Proficiency (1-10)");
}

Qt::ItemFlags SkillLevelsModel::flags(const QModelIndex& index) const {
    auto f = QAbstractTableModel::flags(index);
    // The level is changed in place; a skill's name is not (remove it and add another).
    if (index.isValid() && static_cast<Column>(index.column()) == Column::Proficiency) f |= Qt::ItemIsEditable;
    return f;
}

bool SkillLevelsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || static_cast<Column>(index.column()) != Column::Proficiency)
        return false;
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok) return false;
    skills_[index.row()].proficiency = std::clamp(level, kMinLevel, kMaxLevel);
    emit dataChanged(index, index);
    return true;
}

void SkillLevelsModel::setSkills(QList<cti::qt::SkillLevel> skills) {
    beginResetModel();
    skills_ = std::move(skills);
    endResetModel();
}

std::optional<int> SkillLevelsModel::setLevel(const QString& skill, int level) {
    const QString name = skill.trimmed();
    if (name.isEmpty()) return std::nullopt;
    level = std::clamp(level, kMinLevel, kMaxLevel);
    if (const auto row = rowOf(name)) {
        setData(index(*row, static_cast<int>(Column::Proficiency)), level);
        return row;
    }
    const int row = static_cast<int>(skills_.size());
    beginInsertRows({}, row, row);
    skills_.append(cti::qt::SkillLevel{name, level});
    endInsertRows();
    return row;
}

void SkillLevelsModel::removeSkillAt(int row) {
    if (row < 0 || row >= skills_.size()) return;
    beginRemoveRows({}, row, row);
    skills_.removeAt(row);
    endRemoveRows();
}

std::optional<int> SkillLevelsModel::rowOf(const QString& skill) const {
    for (int i = 0; i < skills_.size(); ++i)
        if (skills_.at(i).skill == skill) return i;
    return std::nullopt;
}

}  // namespace cti::supervisor
