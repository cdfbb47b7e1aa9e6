#include "models/voicemail_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QtEndian>

#include <algorithm>

#include "models/softphone_model.h"  // formatDuration

namespace cti::agent {

namespace {

QString trWav(const char* text) { return QCoreApplication::translate("cti::agent::VoicemailAudio", text); }

bool newerFirst(const cti::qt::Voicemail& a, const cti::qt::Voicemail& b) {
    if (a.createdMs != b.createdMs) return a.createdMs > b.createdMs;
    return a.voicemailId > b.voicemailId;
}

}  // namespace

QString wavProblem(const QByteArray& wav) {
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return trWav("The voicemail's audio is not a WAV file.");
    bool haveFormat = false;
    // Chunks follow the 12-byte header: a 4-byte id, a little-endian 32-bit size, the data,
    // padded to an even size. A size pointing past the end means a cut or corrupt download.
    for (qsizetype at = 12; at + 8 <= wav.size();) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "data") {
            if (!haveFormat) break;
            if (static_cast<qsizetype>(size) > wav.size() - body) return trWav("The voicemail's audio is cut short.");
            return {};
        }
        if (static_cast<qsizetype>(size) > wav.size() - body) break;
        if (id == "fmt ") haveFormat = size >= 16;
        at = body + static_cast<qsizetype>(size) + (size & 1);
    }
    return trWav("The voicemail's audio is damaged.");
}

VoicemailModel::VoicemailModel(QObject* parent) : QAbstractTableModel(parent) {}

int VoicemailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int VoicemailModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VoicemailModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& v = rows_.at(index.row());
    switch (role) {
        case VoicemailIdRole: return v.voicemailId;
        case HeardRole: return v.heard();
        case Qt::FontRole: {
            if (v.heard()) return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ToolTipRole:
            // The recording keeps what was said before it ended early; the agent should know why.
            if (!v.error.isEmpty()) return tr("The recording ended early: %1").arg(v.error);
            return {};
        case Qt::DisplayRole: break;
        default: return {};
    }
    switch (index.column()) {
        case CallerColumn: return v.caller.isEmpty() ? tr("(unknown)") : v.caller;
        case MailboxColumn: return v.mailbox;
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.createdMs), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case DurationColumn: return formatDuration(v.durationMs);
        case StatusColumn: return v.heard() ? tr("Heard") : tr("Not heard");
        default: return {};
    }
}

QVariant VoicemailModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case CallerColumn: return tr("Caller");
        case MailboxColumn: return tr("Mailbox");
        case TimeColumn: return tr("Time");
        case DurationColumn: return tr("Duration");
        case StatusColumn: return tr("Status");
        default: return {};
    }
}

void VoicemailModel::setVoicemails(const QList<cti::qt::Voicemail>& voicemails) {
    beginResetModel();
    rows_.clear();
    // One row per id even if the list repeats one.
    for (const auto& v : voicemails)
        if (std::none_of(rows_.cbegin(), rows_.cend(), [&v](const auto& r) { return r.voicemailId == v.voicemailId; }))
            rows_.append(v);
    std::stable_sort(rows_.begin(), rows_.end(), newerFirst);
    reindex();
    endResetModel();
    recount();
}

void VoicemailModel::applyVoicemail(const cti::qt::Voicemail& voicemail) {
    if (const auto row = rowOf(voicemail.voicemailId)) {
        rows_[*row] = voicemail;
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    } else {
        // A new message is the newest one: it arrives as an event the moment it is recorded.
        beginInsertRows({}, 0, 0);
        rows_.prepend(voicemail);
        reindex();
        endInsertRows();
    }
    recount();
}

std::optional<int> VoicemailModel::rowOf(qint64 voicemailId) const {
    const auto it = rowById_.constFind(voicemailId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

std::optional<cti::qt::Voicemail> VoicemailModel::find(qint64 voicemailId) const {
    if (const auto row = rowOf(voicemailId)) return rows_.at(*row);
    return std::nullopt;
}

void VoicemailModel::reindex() {
    rowById_.clear();
    for (int row = 0; row < rows_.size(); ++row) rowById_.insert(rows_[row].voicemailId, row);
}

void VoicemailModel::recount() {
    const int unheard =
        static_cast<int>(std::count_if(rows_.cbegin(), rows_.cend(), [](const auto& v) { return !v.heard(); }));
    if (unheard == unheard_) return;
    unheard_ = unheard;
    emit unheardCountChanged(unheard_);
}

}  // namespace cti::agent
