#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>

#include "models/announcement_model.h"

using cti::agent::AnnouncementModel;

namespace {
cti::qt::Announcement announcement(qint64 id, qint64 createdMs, const char* title) {
    return cti::qt::Announcement{id, QString::fromUtf8(title), QStringLiteral("body %1").arg(id),
                                 QStringLiteral("lead"), createdMs};
}

cti::qt::ServerEvent event(quint64 seq, cti::qt::Announcement a) {
    cti::qt::ServerEvent e;
    e.seq = seq;
    e.kind = std::move(a);
    return e;
}

QStringList titles(const AnnouncementModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) out.append(model.index(row).data().toString());
    return out;
}
}  // namespace

TEST_CASE("announcements: the snapshot's list, newest first", "[agent][model]") {
    AnnouncementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cti::qt::Snapshot snapshot;
    snapshot.announcements = {announcement(1, 1000, "old"), announcement(2, 3000, "newest"),
                              announcement(3, 2000, "middle")};
    model.applySnapshot(snapshot);
    CHECK(titles(model) == QStringList{"newest", "middle", "old"});
    CHECK(model.rowOf(1) == 2);
    CHECK(model.index(0).data(AnnouncementModel::BodyRole).toString() == QStringLiteral("body 2"));
    CHECK(model.index(0).data(AnnouncementModel::CreatedRole).toDateTime().toMSecsSinceEpoch() == 3000);

    SECTION("an announcement event is inserted in order") {
        model.applyEvent(event(10, announcement(4, 2500, "posted now")));
        CHECK(titles(model) == QStringList{"newest", "posted now", "middle", "old"});
        CHECK(model.rowOf(4) == 1);
        CHECK(model.rowOf(1) == 3);
    }
    SECTION("an event for a known id updates it in place") {
        model.applyEvent(event(10, announcement(3, 2000, "middle (corrected)")));
        CHECK(titles(model) == QStringList{"newest", "middle (corrected)", "old"});
    }
    SECTION("other event kinds are ignored") {
        cti::qt::ServerEvent presence;
        presence.kind = cti::qt::PresenceChange{7, QStringLiteral("alice"), true};
        model.applyEvent(presence);
        CHECK(model.rowCount() == 3);
    }
    SECTION("a new snapshot replaces everything") {
        model.applySnapshot(cti::qt::Snapshot{});
        CHECK(model.rowCount() == 0);
        CHECK_FALSE(model.rowOf(2));
    }
}
