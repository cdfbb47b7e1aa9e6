// The server's alarms on a desktop: from the wire to the model to the red banner.
#include <catch2/catch.hpp>

#include "cti/qtclient/alarm_model.h"
#include "cti/qtclient/convert.h"
#include "cti/qtwidgets/alarm_banner.h"

namespace {
cti::qt::ServerEvent alarmEvent(const char* kind, bool active, const char* message) {
    cti::wire::Event e;
    e.set_seq(7);
    auto* a = e.mutable_alarm();
    a->set_kind(kind);
    a->set_active(active);
    a->set_message(message);
    a->set_since_ms(1'700'000'000'000);
    return cti::qt::fromWire(e);
}
}  // namespace

TEST_CASE("alarms: the snapshot's, then raised and cleared by events, shown as a banner", "[qtclient][alarm]") {
    cti::wire::Snapshot wire;
    auto* a = wire.add_alarms();
    a->set_kind("recording");
    a->set_active(true);
    a->set_message("the recording of call 4 stopped: disk full");
    const auto snapshot = cti::qt::fromWire(wire);
    REQUIRE(snapshot.alarms.size() == 1);
    CHECK(snapshot.alarms[0].message == QStringLiteral("the recording of call 4 stopped: disk full"));

    cti::qt::AlarmModel model;
    cti::qt::AlarmBanner banner(model);
    CHECK(banner.isHidden());
    model.applySnapshot(snapshot);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text() == QStringLiteral("Alarm — Call recording: the recording of call 4 stopped: disk full"));

    model.applyEvent(alarmEvent("storage", true, "the disk of the server's data folder is full"));
    REQUIRE(model.active().size() == 2);
    CHECK(banner.text().contains(QStringLiteral("Server storage: the disk of the server's data folder is full")));
    // Raised again: one alarm per kind, its message updated.
    model.applyEvent(alarmEvent("storage", true, "read-only"));
    REQUIRE(model.active().size() == 2);
    CHECK(model.active()[1].message == QStringLiteral("read-only"));
    // Cleared: gone; a clear of an alarm never seen changes nothing.
    model.applyEvent(alarmEvent("recording", false, ""));
    model.applyEvent(alarmEvent("unknown", false, ""));
    REQUIRE(model.active().size() == 1);
    CHECK(model.active()[0].kind == QStringLiteral("storage"));
    model.applyEvent(alarmEvent("storage", false, ""));
    CHECK(model.active().isEmpty());
    CHECK(banner.isHidden());
}
