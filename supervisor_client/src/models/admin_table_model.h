#pragma once
// One administration table as the window shows it (系统管理): the server's AdminListOk, one row
// per record and one column per AdminColumn, headed by the column's translated label. Codes show
// as their labels (AdminLabels::valueText; ValueRole keeps the code), booleans as ✓ or nothing;
// SortRole sorts numbers as numbers. The records are the server's: the
// window lists the table again after each save rather than editing rows here.
#include <QAbstractTableModel>

#include <optional>

#include "cti/qtclient/admin_tables.h"

namespace cti::supervisor {

class AdminTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1;  // QString: the value as the server sent it
    static constexpr int SortRole = Qt::UserRole + 2;   // a number for int columns, else the text

    explicit AdminTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setTable(cti::qt::AdminTable table);
    void clear();

    const cti::qt::AdminTable& table() const { return table_; }
    const cti::qt::AdminTableInfo& info() const { return table_.info; }
    const QList<cti::qt::AdminColumn>& columns() const { return table_.columns; }
    const cti::qt::AdminRecord& recordAt(int row) const { return table_.records.at(row); }
    std::optional<int> columnOf(const QString& name) const;
    // The row whose key fields equal `keys`' (only the key columns are compared).
    std::optional<int> rowOfKey(const cti::qt::AdminRecord& keys) const;

private:
    cti::qt::AdminTable table_;
};

// The key fields of `record` under `columns` (what a removal names).
cti::qt::AdminRecord adminKeyFields(const QList<cti::qt::AdminColumn>& columns, const cti::qt::AdminRecord& record);
// A value as a cell shows it: bool as ✓ or nothing, multi-line text as its first line with "…".
QString adminCellText(const cti::qt::AdminColumn& column, const QString& value);
// The value of `column` in `record` of `table` in the desktop's words: a code by its label (list
// items each), a system parameter's description by its key; anything else as it is.
QString adminValueText(const QString& table, const cti::qt::AdminColumn& column, const cti::qt::AdminRecord& record);

}  // namespace cti::supervisor
