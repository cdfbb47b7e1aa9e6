#pragma once
// 外呼任务: the outbound campaigns an agent works on (protocol minor 4), kept current by the
// campaign events, and the pure rules of the page: the server's words translated, and what a
// disposition needs (mirroring server/center's CampaignService::set_disposition). State only; the
// campaign panel draws it.
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

#include "cti/qtclient/office_types.h"
#include "cti/qtclient/types.h"

namespace cti::agent {

// preview, progressive, predictive, agentless.
QString modeName(const QString& mode);
// draft, running, paused, finished.
QString campaignStateName(const QString& state);
// Why a running campaign does not dial now (the schedule's or the pacing's reason); "" for "".
QString waitingReasonName(const QString& reason);

// The dispositions the agent chooses from, in the order the combo lists them. The server takes
// any word of 1 to 64 bytes; these are the ones it acts on (callback, do_not_call) or counts
// (success is a conversion), plus the usual refusals.
QStringList dispositions();
QString dispositionName(const QString& disposition);
// server/center campaign_service.cpp: a disposition is 1 to 64 bytes, a note at most 2000.
inline constexpr qsizetype kMaxDispositionBytes = 64;
inline constexpr qsizetype kMaxNoteBytes = 2000;
// Why the disposition cannot be sent, or "": no disposition, too long a note, a callback
// without a time in the future (nowMs: the clock the desktop reads).
QString dispositionProblem(const QString& disposition, const QString& note, qint64 callbackAtMs, qint64 nowMs);

// The call-list record a campaign call is about: its data's "campaign_record"
// (server/center campaign_dialer.cpp screen_pop_data), 0 if the call is not a campaign call.
qint64 recordIdOf(const cti::qt::Call& call);
// The same, or else the record this desktop dialled the call for in preview (previewCalls: call
// id to record id): a preview dial is the agent's own click-to-dial, and the server puts no
// campaign data on it.
qint64 campaignRecordOf(const cti::qt::Call& call, const QHash<qint64, qint64>& previewCalls);
// The agent asks for records one by one only in a running preview campaign; the other modes
// dial by themselves and their calls come to the agent like queue calls.
bool previewsRecords(const cti::qt::CampaignInfo& campaign);

class CampaignModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ModeColumn, StateColumn, DialledColumn, AnsweredColumn, AbandonRateColumn,
                  ConversionsColumn, WaitingColumn, ColumnCount };
    enum Role { CampaignIdRole = Qt::UserRole + 1 };

    explicit CampaignModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything, in the server's order.
    void setCampaigns(const QList<cti::qt::CampaignInfo>& campaigns);
    // A campaign event: updates its row, or appends a campaign new to this desktop.
    void applyCampaign(const cti::qt::CampaignInfo& campaign);

    const cti::qt::CampaignInfo& campaignAt(int row) const { return rows_.at(row); }
    std::optional<int> rowOf(qint64 campaignId) const;

private:
    void reindex();

    QList<cti::qt::CampaignInfo> rows_;
    QHash<qint64, int> rowById_;
};

}  // namespace cti::agent
