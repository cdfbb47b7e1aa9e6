#include "models/workbench_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "models/order_names.h"

namespace cti::agent {

bool showsOverdue(const cti::qt::WorkOrder& order) {
    if (order.state == QLatin1String("closed") || order.state == QLatin1String("voided")) return false;
    return order.overdue();
}

bool isUrgent(const cti::qt::WorkOrder& order) {
    return order.urgency == QLatin1String("urgent") || order.urgency == QLatin1String("very_urgent");
}

WorkbenchModel::WorkbenchModel(QObject* parent) : QAbstractTableModel(parent) {}

int WorkbenchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int WorkbenchModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorkbenchModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& o = rows_.at(index.row());
    const bool overdue = showsOverdue(o);
    const bool finished = o.state == QLatin1String("closed") || o.state == QLatin1String("voided");
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NumberColumn: return o.number;
                case TypeColumn: return orderTypeName(o.type);
                case TitleColumn: return o.title;
                case StateColumn: return o.paused ? tr("%1 (paused)").arg(orderStateName(o.state)) : orderStateName(o.state);
                case UrgencyColumn: return urgencyName(o.urgency);
                case DeadlineColumn: return formatOrderTime(o.nextDueMs());
                case CreatorColumn: return o.creator;
                default: return {};
            }
        case Qt::ForegroundRole:
            if (overdue) return QBrush(QColor(0xC6, 0x28, 0x28));
            if (index.column() == UrgencyColumn && isUrgent(o)) return QBrush(QColor(0xE6, 0x51, 0x00));
            // Out of my hands: still listed until the next refresh, but no longer mine to do.
            if (finished) return QBrush(QColor(0x75, 0x75, 0x75));
            return {};
        case Qt::FontRole:
            if (overdue || (index.column() == UrgencyColumn && isUrgent(o))) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::ToolTipRole:
            if (overdue) return tr("Overdue");
            if (index.column() == UrgencyColumn && isUrgent(o)) return tr("Urgent order: handle it first");
            if (index.column() == TitleColumn) return o.title;
            return {};
        case OrderIdRole: return o.orderId;
        case OverdueRole: return overdue;
        default: return {};
    }
}

QVariant WorkbenchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case NumberColumn: return tr("Number");
        case TypeColumn: return tr("Type");
        case TitleColumn: return tr("Title");
        case StateColumn: return tr("State");
        case UrgencyColumn: return tr("Urgency");
        case DeadlineColumn: return tr("Deadline");
        case CreatorColumn: return tr("Created by");
        default: return {};
    }
}

void WorkbenchModel::setOrders(const QList<cti::qt::WorkOrder>& orders) {
    beginResetModel();
    rows_ = orders;
    reindex();
    endResetModel();
}

void WorkbenchModel::applyNotice(const cti::qt::OrderNotice& notice) { applyOrder(notice.order); }

void WorkbenchModel::applyOrder(const cti::qt::WorkOrder& order) {
    if (order.orderId == 0) return;
    if (const auto row = rowOf(order.orderId)) {
        rows_[*row] = order;
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    // New to me: on top, where the agent looks first.
    beginInsertRows({}, 0, 0);
    rows_.prepend(order);
    reindex();
    endInsertRows();
}

std::optional<int> WorkbenchModel::rowOf(qint64 orderId) const {
    const auto it = rowById_.constFind(orderId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

void WorkbenchModel::reindex() {
    rowById_.clear();
    for (int row = 0; row < rows_.size(); ++row) rowById_.insert(rows_[row].orderId, row);
}

}  // namespace cti::agent
