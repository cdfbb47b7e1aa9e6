#pragma once
// The skills editor of the Users page (技能): one user's skills with a proficiency of 1 to 10
// each, edited in place before the user is saved. A skill appears once: adding one the user has
// already changes its level. Nothing reaches the server until the user is saved (SaveUser), which
// applies the new skills to the running ACD at once.
#include <QAbstractTableModel>

#include <optional>

#include "cti/qtclient/users_admin.h"

namespace cti::supervisor {

class SkillLevelsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Skill, Proficiency, Count };
    static constexpr int kMinLevel = 1;
    static constexpr int kMaxLevel = 10;

    explicit SkillLevelsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setSkills(QList<cti::qt::SkillLevel> skills);
    const QList<cti::qt::SkillLevel>& skills() const { return skills_; }
    // Adds the skill, or changes its level if the user has it; the level is kept within 1..10.
    // Returns the skill's row, nothing for an empty name.
    std::optional<int> setLevel(const QString& skill, int level);
    void removeSkillAt(int row);
    std::optional<int> rowOf(const QString& skill) const;

private:
    QList<cti::qt::SkillLevel> skills_;
};

}  // namespace cti::supervisor
