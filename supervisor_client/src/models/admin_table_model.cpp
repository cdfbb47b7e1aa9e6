#include "models/admin_table_model.h"

#include "models/admin_labels.h"

namespace cti::supervisor {

AdminTableModel::AdminTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int AdminTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.records.size());
}

int AdminTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.columns.size());
}

QVariant AdminTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& column = table_.columns.at(index.column());
    const auto& record = table_.records.at(index.row());
    const QString value = record.value(column.name);
    switch (role) {
        case Qt::DisplayRole: return adminCellText(column, adminValueText(table_.info.table, column, record));
        case Qt::ToolTipRole: return value.contains(QLatin1Char('\n')) ? value : QVariant();
        case ValueRole: return value;
        case SortRole: {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (column.type == QLatin1String("int") && ok) return n;
            return adminCellText(column, adminValueText(table_.info.table, column, record));
        }
        case Qt::TextAlignmentRole:
            if (column.type == QLatin1String("int")) return int(Qt::AlignRight | Qt::AlignVCenter);
            if (column.type == QLatin1String("bool")) return int(Qt::AlignCenter);
            return {};
        default: return {};
    }
}

QVariant AdminTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= table_.columns.size()) return {};
    if (role == Qt::DisplayRole) return AdminLabels::columnTitle(table_.info.table, table_.columns.at(section).name);
    if (role == Qt::ToolTipRole) return table_.columns.at(section).name;
    return {};
}

void AdminTableModel::setTable(cti::qt::AdminTable table) {
    beginResetModel();
    table_ = std::move(table);
    endResetModel();
}

void AdminTableModel::clear() { setTable({}); }

std::optional<int> AdminTableModel::columnOf(const QString& name) const {
    for (int i = 0; i < table_.columns.size(); ++i)
        if (table_.columns.at(i).name == name) return i;
    return std::nullopt;
}

std::optional<int> AdminTableModel::rowOfKey(const cti::qt::AdminRecord& keys) const {
    const auto wanted = adminKeyFields(table_.columns, keys);
    if (wanted.isEmpty()) return std::nullopt;
    for (int row = 0; row < table_.records.size(); ++row)
        if (adminKeyFields(table_.columns, table_.records.at(row)) == wanted) return row;
    return std::nullopt;
}

cti::qt::AdminRecord adminKeyFields(const QList<cti::qt::AdminColumn>& columns, const cti::qt::AdminRecord& record) {
    cti::qt::AdminRecord keys;
    for (const auto& c : columns)
        if (c.key) keys.insert(c.name, record.value(c.name));
    return keys;
}

QString adminCellText(const cti::qt::AdminColumn& column, const QString& value) {
    if (column.type == QLatin1String("bool")) return value == QLatin1String("1") ? QStringLiteral("✓") : QString();
    const qsizetype newline = value.indexOf(QLatin1Char('\n'));
    if (newline >= 0) return value.left(newline) + QStringLiteral(" …");
    return value;
}

QString adminValueText(const QString& table, const cti::qt::AdminColumn& column, const cti::qt::AdminRecord& record) {
    const QString value = record.value(column.name);
    if (table == QLatin1String("parameters") && column.name == QLatin1String("description"))
        return AdminLabels::parameterDescription(record.value(QStringLiteral("key")), value);
    if (column.type == QLatin1String("list")) return AdminLabels::listText(table, column.name, value);
    return AdminLabels::valueText(table, column.name, value);
}

}  // namespace cti::supervisor
