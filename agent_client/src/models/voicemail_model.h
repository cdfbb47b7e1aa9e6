#pragma once
// Voicemail (语音留言) in the mailboxes I may hear: ListVoicemails, then voicemail events and
// MarkVoicemailHeard answers. Newest first, unheard in bold, and the unheard count the tab and
// the tray show. State only; VoicemailPanel draws it and plays the audio.
#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

// Why `wav` cannot be a playable RIFF/WAVE file (no RIFF/WAVE header, no fmt or data chunk, a
// chunk running past the end), or an empty string. Checked before the bytes reach the media
// backend: a corrupt download gets a clear message, not a backend's guess.
QString wavProblem(const QByteArray& wav);

class VoicemailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CallerColumn, MailboxColumn, TimeColumn, DurationColumn, StatusColumn, ColumnCount };
    enum Role {
        VoicemailIdRole = Qt::UserRole + 1,
        HeardRole,  // bool
    };

    explicit VoicemailModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces everything (ListVoicemails answers with the whole list).
    void setVoicemails(const QList<cti::qt::Voicemail>& voicemails);
    // A new voicemail (event) goes on top; a known id (MarkVoicemailHeardOk, or another
    // listener's) is updated in place.
    void applyVoicemail(const cti::qt::Voicemail& voicemail);

    int unheardCount() const { return unheard_; }
    std::optional<cti::qt::Voicemail> find(qint64 voicemailId) const;
    std::optional<int> rowOf(qint64 voicemailId) const;
    const cti::qt::Voicemail& at(int row) const { return rows_.at(row); }

signals:
    void unheardCountChanged(int count);

private:
    void reindex();
    void recount();

    QList<cti::qt::Voicemail> rows_;  // newest first
    QHash<qint64, int> rowById_;
    int unheard_ = 0;
};

}  // namespace cti::agent
