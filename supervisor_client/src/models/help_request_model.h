#pragma once
// Agents' help requests (求助) as they arrive, newest first: the time, the agent and the text.
// Only internal messages that are help requests (isHelpRequest) become rows; the wall selects
// the row's agent so the leader can monitor or whisper at once.
#include <QAbstractTableModel>
#include <QList>

#include "cti/qtclient/types.h"

namespace cti::supervisor {

class HelpRequestModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Time, Agent, Text, Count };
    static constexpr int LoginRole = Qt::UserRole + 1;  // QString, the agent's login (if known)

    explicit HelpRequestModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A help request becomes the first row (true); any other message is not ours (false).
    // The server names the sender by display name (InternalMessage.from); `login` is the agent's
    // login when the wall knows who that is.
    bool applyMessage(const cti::qt::InternalMessage& message, const QString& login = {});
    QString loginAt(int row) const;  // empty when the sender is not an agent of the wall

    // The most rows kept: a busy day's requests, not all of them.
    static constexpr int kMaxRows = 200;

private:
    struct Row {
        cti::qt::InternalMessage message;
        QString login;
    };
    QList<Row> rows_;
};

}  // namespace cti::supervisor
