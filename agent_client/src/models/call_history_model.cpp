#include "models/call_history_model.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include "models/softphone_model.h"  // formatDuration: one duration format for the timer and history

namespace cti::agent {

QString otherParty(const cti::qt::CallSummary& call, const QString& myExtension) {
    if (call.direction == QLatin1String("outbound")) return call.callee;
    if (call.direction == QLatin1String("internal") && !myExtension.isEmpty() && call.caller == myExtension)
        return call.callee;
    return call.caller;
}

QString durationText(const cti::qt::CallSummary& call) {
    if (missed(call) || call.endedMs == 0 || call.endedMs < call.answeredMs) return {};
    return formatDuration(call.endedMs - call.answeredMs);
}

CallHistoryModel::CallHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

int CallHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CallHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString CallHistoryModel::directionText(const QString& direction) {
    if (direction == QLatin1String("inbound")) return tr("Inbound");
    if (direction == QLatin1String("outbound")) return tr("Outbound");
    if (direction == QLatin1String("internal")) return tr("Internal");
    return direction;
}

QVariant CallHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& c = rows_.at(index.row());
    switch (role) {
        case CallIdRole: return c.callId;
        case PartyNumberRole: return otherParty(c, myExtension_);
        case MissedRole: return missed(c);
        case Qt::ForegroundRole:
            // A missed inbound call is the one an agent may owe a call back: it stands out.
            if (missed(c) && c.direction != QLatin1String("outbound")) return QBrush(QColor(0xb0, 0x00, 0x20));
            return {};
        case Qt::DisplayRole: break;
        default: return {};
    }
    switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.startedMs), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case DirectionColumn: return directionText(c.direction);
        case PartyColumn: return otherParty(c, myExtension_);
        case ResultColumn:
            if (!missed(c)) return tr("Answered");
            // Nobody picked up my outbound call: not something I missed.
            return c.direction == QLatin1String("outbound") ? tr("No answer") : tr("Missed");
        case DurationColumn: return durationText(c);
        default: return {};
    }
}

QVariant CallHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TimeColumn: return tr("Time");
        case DirectionColumn: return tr("Direction");
        case PartyColumn: return tr("Number");
        case ResultColumn: return tr("Result");
        case DurationColumn: return tr("Duration");
        default: return {};
    }
}

void CallHistoryModel::setCalls(const QList<cti::qt::CallSummary>& calls) {
    beginResetModel();
    rows_ = calls;
    // The server sends newest first; sorting again costs nothing and does not trust it to.
    std::stable_sort(rows_.begin(), rows_.end(),
                     [](const auto& a, const auto& b) { return a.startedMs > b.startedMs; });
    endResetModel();
}

void CallHistoryModel::setMyExtension(const QString& extension) {
    if (extension == myExtension_) return;
    myExtension_ = extension;
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace cti::agent
