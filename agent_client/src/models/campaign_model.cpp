#include "models/campaign_model.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

#include <span>
#include <utility>

namespace cti::agent {

namespace {

QString translated(const char* text) { return QCoreApplication::translate("cti::agent::CampaignNames", text); }

using Entry = std::pair<const char*, const char*>;  // the server's word, its English name
using Table = std::span<const Entry>;

// server/campaign/src/names.cpp: the same words the protocol carries.
constexpr Entry kModes[] = {
    {"preview", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Preview")},
    {"progressive", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Progressive")},
    {"predictive", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Predictive")},
    {"agentless", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Automatic (no agent)")},
};
constexpr Entry kStates[] = {
    {"draft", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Draft")},
    {"running", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Running")},
    {"paused", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Paused")},
    {"finished", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Finished")},
};
// The schedule's reasons (schedule.h ScheduleReason) and the pacing's (pacing.h PacingReason).
constexpr Entry kWaitingReasons[] = {
    {"not_started", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Not started yet")},
    {"ended", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Past its last day")},
    {"holiday", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Holiday")},
    {"closed_today", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "No calling today")},
    {"outside_hours", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Outside calling hours")},
    {"closing_soon", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Calling hours end soon")},
    {"no_agents", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "No agent signed in")},
    {"no_free_agent", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "No agent free")},
    {"lines_full", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "All lines in use")},
    {"warming_up", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Warming up")},
    {"abandon_fallback", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Slowed down: abandon rate near the cap")},
    {"strict_start", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Starting carefully: too few answers yet to risk an abandon")},
    {"no_request", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Waiting for an agent to ask for a record")},
};
constexpr Entry kDispositions[] = {
    {"success", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Success")},
    {"refused", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Refused")},
    {"wrong_number", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Wrong number")},
    {"callback", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Call back later")},
    {"do_not_call", QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Do not call again")},
};

// A word the client does not know (a newer server) is shown as it is rather than hidden.
QString nameIn(const Table& table, const QString& word) {
    for (const auto& [key, text] : table)
        if (word == QLatin1String(key)) return translated(text);
    return word;
}

}  // namespace

QString modeName(const QString& mode) { return nameIn(kModes, mode); }
QString campaignStateName(const QString& state) { return nameIn(kStates, state); }
QString waitingReasonName(const QString& reason) { return nameIn(kWaitingReasons, reason); }
QString dispositionName(const QString& disposition) { return nameIn(kDispositions, disposition); }

QStringList dispositions() {
    QStringList out;
    for (const auto& entry : kDispositions) out << QLatin1String(entry.first);
    return out;
}

QString dispositionProblem(const QString& disposition, const QString& note, qint64 callbackAtMs, qint64 nowMs) {
    if (disposition.isEmpty()) return translated(QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "Choose what came of the call."));
    if (disposition.toUtf8().size() > kMaxDispositionBytes)
        return translated(QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "The disposition is too long."));
    // Bytes, as the server counts: 2000 bytes are about 660 Chinese characters.
    if (note.toUtf8().size() > kMaxNoteBytes)
        return translated(QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "The note is too long: shorten it."));
    if (disposition == QLatin1String("callback") && callbackAtMs <= nowMs)
        return translated(QT_TRANSLATE_NOOP("cti::agent::CampaignNames", "A callback needs a time in the future."));
    return {};
}

qint64 recordIdOf(const cti::qt::Call& call) {
    bool ok = false;
    const qint64 id = call.data.value(QStringLiteral("campaign_record")).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

qint64 campaignRecordOf(const cti::qt::Call& call, const QHash<qint64, qint64>& previewCalls) {
    if (const qint64 id = recordIdOf(call); id != 0) return id;
    return previewCalls.value(call.callId, 0);
}

bool previewsRecords(const cti::qt::CampaignInfo& campaign) {
    return campaign.mode == QLatin1String("preview") && campaign.state == QLatin1String("running");
}

CampaignModel::CampaignModel(QObject* parent) : QAbstractTableModel(parent) {}

int CampaignModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CampaignModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CampaignModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& c = rows_.at(index.row());
    const bool running = c.state == QLatin1String("running");
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NameColumn: return c.name;
                case ModeColumn: return modeName(c.mode);
                case StateColumn: return campaignStateName(c.state);
                case DialledColumn: return c.dialled;
                case AnsweredColumn: return c.answered;
                case AbandonRateColumn: return QStringLiteral("%1 %").arg(c.abandonRate * 100, 0, 'f', 1);
                case ConversionsColumn: return c.conversions;
                // The server only gives a reason for a running campaign; it is empty otherwise.
                case WaitingColumn: return waitingReasonName(c.waitingReason);
                default: return {};
            }
        case Qt::TextAlignmentRole:
            if (index.column() >= DialledColumn && index.column() <= ConversionsColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ForegroundRole:
            // Only running campaigns give work; the others are listed for their figures.
            if (!running) return QBrush(QColor(0x75, 0x75, 0x75));
            if (index.column() == WaitingColumn && !c.waitingReason.isEmpty()) return QBrush(QColor(0xE6, 0x51, 0x00));
            return {};
        case Qt::ToolTipRole:
            if (index.column() == NameColumn)
                return tr("%1 records, %2 still to call, %3 calls in progress")
                    .arg(c.records)
                    .arg(c.pending)
                    .arg(c.callsInProgress);
            return {};
        case CampaignIdRole: return c.campaignId;
        default: return {};
    }
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case NameColumn: return tr("Campaign");
        case ModeColumn: return tr("Mode");
        case StateColumn: return tr("State");
        case DialledColumn: return tr("Dialled");
        case AnsweredColumn: return tr("Answered");
        case AbandonRateColumn: return tr("Abandon rate");
        case ConversionsColumn: return tr("Conversions");
        case WaitingColumn: return tr("Waiting because");
        default: return {};
    }
}

void CampaignModel::setCampaigns(const QList<cti::qt::CampaignInfo>& campaigns) {
    beginResetModel();
    rows_ = campaigns;
    reindex();
    endResetModel();
}

void CampaignModel::applyCampaign(const cti::qt::CampaignInfo& campaign) {
    if (campaign.campaignId == 0) return;
    if (const auto row = rowOf(campaign.campaignId)) {
        rows_[*row] = campaign;
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
        return;
    }
    // A campaign created or started since the list was loaded.
    const int row = static_cast<int>(rows_.size());
    beginInsertRows({}, row, row);
    rows_.append(campaign);
    rowById_.insert(campaign.campaignId, row);
    endInsertRows();
}

std::optional<int> CampaignModel::rowOf(qint64 campaignId) const {
    const auto it = rowById_.constFind(campaignId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

void CampaignModel::reindex() {
    rowById_.clear();
    for (int row = 0; row < rows_.size(); ++row) rowById_.insert(rows_[row].campaignId, row);
}

}  // namespace cti::agent
