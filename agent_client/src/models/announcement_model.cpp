#include "models/announcement_model.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace cti::agent {

namespace {
// Newest first; the id breaks ties so the order is stable for equal timestamps.
bool newerFirst(const cti::qt::Announcement& a, const cti::qt::Announcement& b) {
    if (a.createdMs != b.createdMs) return a.createdMs > b.createdMs;
    return a.announcementId > b.announcementId;
}
}  // namespace

AnnouncementModel::AnnouncementModel(QObject* parent) : QAbstractListModel(parent) {}

int AnnouncementModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant AnnouncementModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& a = rows_.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole: return a.title;
        case Qt::ToolTipRole:
            return tr("%1, %2").arg(a.author, QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.createdMs),
                                                                 QLocale::ShortFormat));
        case IdRole: return a.announcementId;
        case BodyRole: return a.body;
        case AuthorRole: return a.author;
        case CreatedRole: return QDateTime::fromMSecsSinceEpoch(a.createdMs);
        default: return {};
    }
}

QHash<int, QByteArray> AnnouncementModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "announcementId");
    names.insert(TitleRole, "title");
    names.insert(BodyRole, "body");
    names.insert(AuthorRole, "author");
    names.insert(CreatedRole, "created");
    return names;
}

void AnnouncementModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    beginResetModel();
    rows_ = snapshot.announcements;
    std::stable_sort(rows_.begin(), rows_.end(), newerFirst);
    reindex();
    endResetModel();
}

void AnnouncementModel::applyEvent(const cti::qt::ServerEvent& event) {
    if (const auto* announcement = std::get_if<cti::qt::Announcement>(&event.kind)) upsert(*announcement);
}

std::optional<int> AnnouncementModel::rowOf(qint64 announcementId) const {
    const auto it = rowById_.constFind(announcementId);
    if (it == rowById_.cend()) return std::nullopt;
    return *it;
}

void AnnouncementModel::upsert(const cti::qt::Announcement& announcement) {
    if (const auto row = rowOf(announcement.announcementId)) {
        // An edit that keeps the position is a cell update; otherwise remove and re-insert so
        // the newest-first order holds.
        if (rows_[*row].createdMs == announcement.createdMs) {
            rows_[*row] = announcement;
            emit dataChanged(index(*row), index(*row));
            return;
        }
        beginRemoveRows({}, *row, *row);
        rows_.removeAt(*row);
        reindex();
        endRemoveRows();
    }
    const auto pos = std::lower_bound(rows_.begin(), rows_.end(), announcement, newerFirst);
    const int row = static_cast<int>(pos - rows_.begin());
    beginInsertRows({}, row, row);
    rows_.insert(row, announcement);
    reindex();
    endInsertRows();
}

void AnnouncementModel::reindex() {
    rowById_.clear();
    for (int row = 0; row < rows_.size(); ++row) rowById_.insert(rows_[row].announcementId, row);
}

}  // namespace cti::agent
