#pragma once
// My call history (通话记录): the calls I was on (MyCalls), newest first, one row each. State
// only; CallHistoryPanel draws it. What a row says (the other party, missed or not, how long)
// comes from the pure functions below.
#include <QAbstractTableModel>
#include <QList>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

// The number that is not mine: the caller of an inbound call, the callee of an outbound one.
// For an internal call it is whichever of the two is not myExtension; with my extension unknown
// it is the caller (the one who reached me is the likelier one to call back).
QString otherParty(const cti::qt::CallSummary& call, const QString& myExtension = {});

// A call that was never answered (answeredMs 0).
inline bool missed(const cti::qt::CallSummary& call) { return call.answeredMs == 0; }

// How long the conversation lasted, answer to hang-up, "mm:ss" (or "h:mm:ss"); empty when the
// call was not answered or has not ended.
QString durationText(const cti::qt::CallSummary& call);

class CallHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, PartyColumn, ResultColumn, DurationColumn, ColumnCount };
    enum Role {
        CallIdRole = Qt::UserRole + 1,
        PartyNumberRole,  // otherParty(), on every column, for calling back
        MissedRole,       // bool
    };

    explicit CallHistoryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows (MyCalls answers with the whole recent history).
    void setCalls(const QList<cti::qt::CallSummary>& calls);
    // My extension, to tell the other party of an internal call.
    void setMyExtension(const QString& extension);

    const cti::qt::CallSummary& at(int row) const { return rows_.at(row); }

    // "Inbound", "Outbound", "Internal", translated; an unknown word is shown as it came.
    static QString directionText(const QString& direction);

private:
    QList<cti::qt::CallSummary> rows_;  // newest first
    QString myExtension_;
};

}  // namespace cti::agent
