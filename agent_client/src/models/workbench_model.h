#pragma once
// My workbench (我的工作台): the orders waiting for me or my department, as the server's
// Workbench reply lists them (overdue first, then by the nearest deadline), kept current by the
// order events pushed to me. Also used for a list of search results. State only; the table view
// draws it.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

// Whether the row is drawn as overdue: the server's flags, for an order still in someone's
// hands (a closed or voided order keeps its flags but nobody is late with it any more).
bool showsOverdue(const cti::qt::WorkOrder& order);
// urgent or very_urgent.
bool isUrgent(const cti::qt::WorkOrder& order);

class WorkbenchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TypeColumn, TitleColumn, StateColumn, UrgencyColumn, DeadlineColumn, CreatorColumn,
                  ColumnCount };
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        OverdueRole,  // bool, showsOverdue()
    };

    explicit WorkbenchModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything, in the server's order.
    void setOrders(const QList<cti::qt::WorkOrder>& orders);
    // Updates the row of the notice's order, or inserts it at the top. An order that left my
    // hands (closed, voided, sent elsewhere) stays until the next refresh, showing its new state.
    void applyNotice(const cti::qt::OrderNotice& notice);
    // The same for an order this user just changed or created (an action's reply).
    void applyOrder(const cti::qt::WorkOrder& order);

    const cti::qt::WorkOrder& orderAt(int row) const { return rows_.at(row); }
    std::optional<int> rowOf(qint64 orderId) const;

private:
    void reindex();

    QList<cti::qt::WorkOrder> rows_;
    QHash<qint64, int> rowById_;
};

}  // namespace cti::agent
