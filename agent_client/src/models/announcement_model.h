#pragma once
// Electronic announcements (电子公告) the agent sees: the Snapshot's list, then announcement
// Events as they are posted. Newest first. Holds state only; the view draws it.
#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::agent {

class AnnouncementModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        AuthorRole,
        CreatedRole,  // QDateTime, local time
    };

    explicit AnnouncementModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces everything: a snapshot is the whole truth as of its event_seq.
    void applySnapshot(const cti::qt::Snapshot& snapshot);
    // Adds (or updates, by id) an announcement event; other event kinds are not ours.
    void applyEvent(const cti::qt::ServerEvent& event);

    std::optional<int> rowOf(qint64 announcementId) const;
    const cti::qt::Announcement& at(int row) const { return rows_.at(row); }

private:
    void upsert(const cti::qt::Announcement& announcement);
    void reindex();

    QList<cti::qt::Announcement> rows_;  // newest first
    QHash<qint64, int> rowById_;
};

}  // namespace cti::agent
