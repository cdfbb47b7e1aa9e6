#include "models/help_request_model.h"

#include <QDateTime>

#include "models/notices.h"

namespace cti::supervisor {

HelpRequestModel::HelpRequestModel(QObject* parent) : QAbstractTableModel(parent) {}

int HelpRequestModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int HelpRequestModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant HelpRequestModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& r = rows_.at(index.row());
    if (role == LoginRole) return r.login;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (static_cast<Column>(index.column())) {
        case Column::Time:
            return QDateTime::fromMSecsSinceEpoch(r.message.createdMs).toString(QStringLiteral("HH:mm:ss"));
        case Column::Agent:
            return r.login.isEmpty() || r.login == r.message.from ? r.message.from
                                                                  : tr("%1 (%2)").arg(r.message.from, r.login);
        case Column::Text: return r.message.text;
        case Column::Count: break;
    }
    return {};
}

QVariant HelpRequestModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
        case Column::Time: return tr("Time");
        case Column::Agent: return tr("Agent");
        case Column::Text: return tr("Request");
        case Column::Count: break;
    }
    return {};
}

bool HelpRequestModel::applyMessage(const cti::qt::InternalMessage& message, const QString& login) {
    if (!isHelpRequest(message.text)) return false;
    // The same message twice (a reconnect that replays it) is one request.
    for (const Row& r : rows_)
        if (message.messageId != 0 && r.message.messageId == message.messageId) return false;
    beginInsertRows({}, 0, 0);
    rows_.prepend(Row{message, login});
    endInsertRows();
    if (rows_.size() > kMaxRows) {
        const int last = static_cast<int>(rows_.size()) - 1;
        beginRemoveRows({}, last, last);
        rows_.removeLast();
        endRemoveRows();
    }
    return true;
}

QString HelpRequestModel::loginAt(int row) const {
    return row >= 0 && row < rows_.size() ? rows_.at(row).login : QString();
}

}  // namespace cti::supervisor
