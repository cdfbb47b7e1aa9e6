// The agent desktop's own small models: the screen pop's lookup, the status area's counts, the
// working habits' decisions and the ring tone.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>

#include "app/ringer.h"
#include "models/call_habits.h"
#include "models/caller_model.h"
#include "models/status_area_model.h"
#include "widgets/screen_pop_panel.h"
#include "widgets/status_area.h"

namespace {
cti::qt::Call inbound(qint64 id, const QString& caller, const QString& legState = QStringLiteral("ringing")) {
    cti::qt::Call c;
    c.callId = id;
    c.state = QStringLiteral("setup");
    c.direction = QStringLiteral("inbound");
    c.caller = caller;
    c.callee = QStringLiteral("95598");
    c.data.insert(QStringLiteral("account"), QStringLiteral("2345678901"));
    c.legs = {cti::qt::CallLeg{1, QStringLiteral("customer"), QStringLiteral("up"), caller, 0},
              cti::qt::CallLeg{2, QStringLiteral("agent"), legState, QStringLiteral("1001"), 7}};
    return c;
}

cti::qt::CallerInfo known(const QString& phone) {
    cti::qt::CallerInfo info;
    info.phone = phone;
    info.known = true;
    info.customer.customerId = 9;
    info.customer.number = QStringLiteral("KH20261127000001");
    info.customer.name = QStringLiteral("赵六");
    info.customer.vipLevel = 1;
    info.customer.blacklisted = true;
    info.customer.accounts = {{QStringLiteral("2345678901"), QStringLiteral("电"), QStringLiteral("幸福路1号")}};
    info.responsibleDepartment = QStringLiteral("抢修调度中心");
    cti::qt::ExternalLookup billing;
    billing.name = QStringLiteral("billing");
    billing.ok = true;
    billing.fields.insert(QStringLiteral("推荐产品"), QStringLiteral("电费代扣、峰谷电价，电费代扣"));
    info.external = {billing};
    cti::qt::WorkOrder order;
    order.orderId = 31;
    order.number = QStringLiteral("GD20261120000003");
    order.title = QStringLiteral("停电报修");
    info.recentOrders = {order};
    return info;
}
}  // namespace

TEST_CASE("the screen pop looks a caller up once per call and ignores stale answers", "[agent][screenpop]") {
    cti::agent::CallerModel model;
    QSignalSpy lookups(&model, &cti::agent::CallerModel::lookupRequested);
    model.setCall(inbound(5, QStringLiteral("13800138000")));
    REQUIRE(lookups.size() == 1);
    CHECK(lookups[0][0].toString() == QStringLiteral("13800138000"));
    CHECK(lookups[0][1].toString() == QStringLiteral("2345678901"));
    CHECK(model.looking());
    // The same call changing state asks nothing more.
    model.setCall(inbound(5, QStringLiteral("13800138000"), QStringLiteral("up")));
    CHECK(lookups.size() == 1);
    // An answer for another number (a call no longer shown) is dropped.
    model.applyCaller(known(QStringLiteral("13900000000")));
    CHECK_FALSE(model.caller().has_value());
    model.applyCaller(known(QStringLiteral("13800138000")));
    REQUIRE(model.caller().has_value());
    CHECK(model.vip());
    CHECK(model.blacklisted());
    CHECK(cti::agent::recommendedProducts(*model.caller()) ==
          QStringList{QStringLiteral("电费代扣"), QStringLiteral("峰谷电价")});
    // A new call forgets the old caller and asks again; an internal call asks nothing.
    model.setCall(inbound(6, QStringLiteral("13700000000")));
    CHECK_FALSE(model.caller().has_value());
    CHECK(lookups.size() == 2);
    auto internal = inbound(7, QStringLiteral("1002"));
    internal.direction = QStringLiteral("internal");
    model.setCall(internal);
    CHECK(lookups.size() == 2);
    CHECK_FALSE(model.looking());
    // Outbound: the callee is the customer.
    auto out = inbound(8, QStringLiteral("1001"));
    out.direction = QStringLiteral("outbound");
    out.callee = QStringLiteral("13600000000");
    CHECK(cti::agent::lookupNumber(out) == QStringLiteral("13600000000"));
}

TEST_CASE("the screen pop shows the customer, the badges and the recent orders", "[agent][screenpop]") {
    cti::agent::SoftphoneModel phone;
    cti::qt::Snapshot me;
    me.me.userId = 7;
    phone.applySnapshot(me);
    phone.setConnected(true);
    cti::agent::CallerModel caller;
    cti::agent::ScreenPopPanel pop(phone, caller);
    QObject::connect(&phone, &cti::agent::SoftphoneModel::changed, &caller, [&] { caller.setCall(phone.shownCall()); });
    QSignalSpy opened(&pop, &cti::agent::ScreenPopPanel::orderOpened);
    phone.applyCall(inbound(5, QStringLiteral("13800138000")));
    auto* customer = pop.findChild<QLabel*>(QStringLiteral("screenPopCustomer"));
    REQUIRE(customer);
    CHECK(customer->text() == QStringLiteral("Looking up…"));
    caller.applyCaller(known(QStringLiteral("13800138000")));
    CHECK(customer->text().contains(QStringLiteral("赵六")));
    CHECK(customer->text().contains(QStringLiteral("2345678901")));
    const QString badges = pop.findChild<QLabel*>(QStringLiteral("screenPopBadges"))->text();
    CHECK(badges.contains(QStringLiteral("VIP")));
    CHECK(badges.contains(QStringLiteral("Blacklisted")));
    CHECK(pop.findChild<QLabel*>(QStringLiteral("screenPopDepartment"))->text() == QStringLiteral("抢修调度中心"));
    CHECK(pop.findChild<QLabel*>(QStringLiteral("screenPopProducts"))->text() == QStringLiteral("电费代扣、峰谷电价"));
    auto* recent = pop.findChild<QListWidget*>(QStringLiteral("screenPopRecent"));
    REQUIRE(recent);
    REQUIRE(recent->count() == 1);
    CHECK(recent->item(0)->text().contains(QStringLiteral("GD20261120000003")));
    emit recent->itemActivated(recent->item(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toLongLong() == 31);
}

TEST_CASE("the status area counts agents by state and the callers waiting", "[agent][status]") {
    using cti::qt::AgentStatusInfo;
    const QList<AgentStatusInfo> agents{
        {1, QStringLiteral("available"), QStringLiteral("idle"), {}, 0, 0},
        {2, QStringLiteral("available"), QStringLiteral("in_call"), {}, 5, 0},
        {3, QStringLiteral("available"), QStringLiteral("wrap_up"), {}, 0, 0},
        {4, QStringLiteral("not_ready"), QStringLiteral("idle"), QStringLiteral("break"), 0, 0},
        {5, QStringLiteral("away"), QStringLiteral("idle"), QStringLiteral("meeting"), 0, 0},
        {6, QStringLiteral("logged_out"), QStringLiteral("idle"), {}, 0, 0},
    };
    cti::qt::QueueStatus a, b;
    a.queueId = 1;
    a.waiting = 2;
    a.longestWaitS = 40;
    b.queueId = 2;
    b.waiting = 1;
    b.longestWaitS = 95;
    const auto c = cti::agent::countStatus(agents, {a, b});
    CHECK(c.onDuty == 5);
    CHECK(c.idle == 1);
    CHECK(c.inCall == 1);
    CHECK(c.wrapUp == 1);
    CHECK(c.notReady == 1);
    CHECK(c.away == 1);
    CHECK(c.waiting == 3);
    CHECK(c.longestWaitS == 95);

    cti::agent::StatusAreaModel model;
    cti::agent::StatusArea area(model);
    cti::qt::Snapshot s;
    s.agentStates = agents;
    s.queueStates = {a};
    model.applySnapshot(s);
    CHECK(area.text().contains(QStringLiteral("idle 1")));
    CHECK(area.text().contains(QStringLiteral("Callers waiting: 2")));
    // The idle agent takes a call: callers wait and nobody is idle, which shows in red.
    model.applyAgentStatus({1, QStringLiteral("available"), QStringLiteral("in_call"), {}, 6, 0});
    CHECK(model.counts().idle == 0);
    CHECK(area.text().contains(QStringLiteral("#c00000")));
}

TEST_CASE("auto answer and intermittent work decide from the softphone's facts", "[agent][habits]") {
    cti::agent::SoftphoneFacts ringing;
    ringing.connected = true;
    ringing.myUserId = 7;
    ringing.agent = {7, QStringLiteral("available"), QStringLiteral("reserved"), {}, 5, 0};
    ringing.call = inbound(5, QStringLiteral("13800138000"));
    cti::agent::CallHabits habits;
    CHECK(cti::agent::callToAutoAnswer(habits, ringing, 0) == 0);  // manual answer: nothing
    habits.autoAnswer = true;
    CHECK(cti::agent::callToAutoAnswer(habits, ringing, 0) == 5);
    CHECK(cti::agent::callToAutoAnswer(habits, ringing, 5) == 0);  // answered once already

    cti::agent::SoftphoneFacts after = ringing;
    after.call.reset();
    after.agent.state = QStringLiteral("wrap_up");
    CHECK_FALSE(cti::agent::restAfterCall(habits, ringing, after));  // continuous
    habits.mode = cti::agent::WorkMode::Intermittent;
    CHECK(cti::agent::restAfterCall(habits, ringing, after));
    after.agent.status = QStringLiteral("not_ready");  // already resting
    CHECK_FALSE(cti::agent::restAfterCall(habits, ringing, after));
}

TEST_CASE("the ring tone is a valid WAV of 450 Hz, one second on", "[agent][ring]") {
    const QByteArray wav = cti::agent::ringToneWav(5);
    REQUIRE(wav.size() == 44 + 8000 * 5 * 2);
    CHECK(wav.left(4) == "RIFF");
    CHECK(wav.mid(8, 8) == "WAVEfmt ");
    auto sample = [&](int i) {
        return static_cast<qint16>(static_cast<quint8>(wav[44 + 2 * i]) | (static_cast<quint8>(wav[45 + 2 * i]) << 8));
    };
    int crossings = 0;
    for (int i = 1; i < 8000; ++i) crossings += (sample(i - 1) < 0) != (sample(i) < 0);
    CHECK(crossings >= 895);  // 450 Hz: 900 sign changes a second
    CHECK(crossings <= 905);
    for (int i = 8000; i < 40000; i += 997) CHECK(sample(i) == 0);  // then silence
}
