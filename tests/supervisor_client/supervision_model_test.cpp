// Supervision of the selected agent's call: the pure rules (which of Monitor, Whisper, Barge and
// Hang up are legal, and why not), then the model fed like the app feeds it.
#include <catch2/catch.hpp>

#include <QSignalSpy>

#include "models/supervision_model.h"

using cti::supervisor::legalSupervision;
using cti::supervisor::Supervise;
using cti::supervisor::SupervisionFacts;
using cti::supervisor::SupervisionModel;
using cti::supervisor::supervisionHint;

namespace {

constexpr qint64 kMe = 5;      // the leader, extension 1010
constexpr qint64 kAgent = 1;   // 1001

cti::qt::CallLeg leg(const char* party, const char* number, qint64 user, const char* state = "up") {
    return cti::qt::CallLeg{0, QString::fromUtf8(party), QString::fromUtf8(state), QString::fromUtf8(number), user};
}

cti::qt::Call call(qint64 id, const char* state, QList<cti::qt::CallLeg> legs) {
    cti::qt::Call c;
    c.callId = id;
    c.state = QString::fromUtf8(state);
    c.caller = QStringLiteral("13800138000");
    c.startedMs = 1000 * id;
    c.legs = std::move(legs);
    return c;
}

cti::qt::Call talking(qint64 id = 42) {
    return call(id, "talking", {leg("customer", "13800138000", 0), leg("agent", "1001", kAgent)});
}

SupervisionFacts ready() {
    SupervisionFacts f;
    f.connected = true;
    f.maySupervise = true;
    f.myUserId = kMe;
    f.myExtension = QStringLiteral("1010");
    f.myPhoneRegistered = true;
    f.agentUserId = kAgent;
    f.call = talking();
    return f;
}

bool only(cti::supervisor::SuperviseActions set, std::initializer_list<Supervise> wanted) {
    cti::supervisor::SuperviseActions expected = 0;
    for (Supervise a : wanted) expected |= cti::supervisor::bit(a);
    return set == expected;
}

}  // namespace

TEST_CASE("supervision rules: a talking call of the selected agent may be monitored, whispered, barged, ended",
          "[supervisor][supervision]") {
    auto f = ready();
    CHECK(only(legalSupervision(f), {Supervise::Monitor, Supervise::Whisper, Supervise::Barge, Supervise::HangUp}));
    CHECK(supervisionHint(f).isEmpty());

    SECTION("not connected, or no call.supervise: nothing") {
        f.connected = false;
        CHECK(legalSupervision(f) == 0);
        CHECK(supervisionHint(f) == QStringLiteral("Not connected to the telephony server."));
        f.connected = true;
        f.maySupervise = false;
        CHECK(legalSupervision(f) == 0);
        CHECK(supervisionHint(f) == QStringLiteral("Your role may not supervise calls."));
    }
    SECTION("no agent selected, or the agent has no call: nothing") {
        f.agentUserId = 0;
        CHECK(legalSupervision(f) == 0);
        CHECK(supervisionHint(f) == QStringLiteral("Select an agent on the wall."));
        f.agentUserId = kAgent;
        f.call.reset();
        CHECK(legalSupervision(f) == 0);
        CHECK(supervisionHint(f) == QStringLiteral("The selected agent is not on a call."));
        f.call = call(42, "ended", {});
        CHECK(legalSupervision(f) == 0);
    }
    SECTION("no extension or no registered phone: the call can still be ended, not joined") {
        f.myPhoneRegistered = false;
        CHECK(only(legalSupervision(f), {Supervise::HangUp}));
        CHECK(supervisionHint(f) == QStringLiteral("Your phone (extension 1010) is not registered."));
        f.myExtension.clear();
        CHECK(only(legalSupervision(f), {Supervise::HangUp}));
        CHECK(supervisionHint(f).startsWith(QStringLiteral("You have no extension")));
    }
    SECTION("a call that is not two parties talking can only be ended") {
        f.call->state = QStringLiteral("held");
        CHECK(only(legalSupervision(f), {Supervise::HangUp}));
        CHECK(supervisionHint(f) ==
              QStringLiteral("Only a call where two parties talk can be supervised (this one is on hold)."));
    }
    SECTION("another supervisor on the call: not a second one") {
        f.call->state = QStringLiteral("supervised");
        f.call->legs << leg("supervisor", "1011", 6);
        CHECK(only(legalSupervision(f), {Supervise::HangUp}));
        CHECK(supervisionHint(f) == QStringLiteral("Another supervisor is already on this call."));
    }
    SECTION("on the call as its supervisor: switch to the other modes, or leave") {
        f.call->state = QStringLiteral("supervised");
        f.call->legs << leg("supervisor", "1010", kMe);
        f.myMode = Supervise::Monitor;
        CHECK(only(legalSupervision(f), {Supervise::Whisper, Supervise::Barge, Supervise::HangUp}));
        CHECK(cti::supervisor::mySupervisorLeg(f) != nullptr);
        f.myMode.reset();  // not confirmed yet (the leg rings): every mode may be asked
        CHECK(only(legalSupervision(f), {Supervise::Monitor, Supervise::Whisper, Supervise::Barge, Supervise::HangUp}));
        CHECK(supervisionHint(f).isEmpty());
    }
    SECTION("my own call is not supervised") {
        f.call->legs[1].userId = kMe;
        f.agentUserId = kMe;
        CHECK(legalSupervision(f) == 0);
        CHECK(supervisionHint(f) == QStringLiteral("This is your own call."));
    }
}

TEST_CASE("supervision rules: the actions' wire values and the agent's live call", "[supervisor][supervision]") {
    CHECK(cti::supervisor::callActionOf(Supervise::Monitor) == cti::qt::CallAction::Monitor);
    CHECK(cti::supervisor::callActionOf(Supervise::Whisper) == cti::qt::CallAction::Whisper);
    CHECK(cti::supervisor::callActionOf(Supervise::Barge) == cti::qt::CallAction::Barge);
    CHECK(cti::supervisor::callActionOf(Supervise::HangUp) == cti::qt::CallAction::HangUp);
    CHECK(static_cast<int>(cti::qt::CallAction::Monitor) == 13);
    CHECK(static_cast<int>(cti::qt::CallAction::Barge) == 15);

    QHash<qint64, cti::qt::Call> calls;
    calls.insert(41, talking(41));
    calls.insert(43, talking(43));
    calls.insert(44, call(44, "ended", {leg("agent", "1001", kAgent)}));
    calls.insert(45, call(45, "talking", {leg("agent", "1002", 2)}));
    CHECK(cti::supervisor::liveCallOf(calls, kAgent)->callId == 43);  // the newest
    CHECK(cti::supervisor::liveCallOf(calls, 2)->callId == 45);
    CHECK_FALSE(cti::supervisor::liveCallOf(calls, 3));
    CHECK_FALSE(cti::supervisor::liveCallOf(calls, 0));
}

TEST_CASE("supervision model: from the snapshot and the call events to the requests", "[supervisor][supervision]") {
    qRegisterMetaType<cti::qt::CallAction>();
    SupervisionModel model;
    QSignalSpy requests(&model, &SupervisionModel::callControlRequested);
    cti::qt::Snapshot s;
    s.me.userId = kMe;
    s.me.extension = QStringLiteral("1010");
    s.me.permissions = {QStringLiteral("call.control"), QStringLiteral("call.supervise")};
    s.agents = {{kAgent, QStringLiteral("1001"), QStringLiteral("张伟"), QStringLiteral("1001"), {}, true, true},
                {kMe, QStringLiteral("leader"), QStringLiteral("陈静"), QStringLiteral("1010"), {}, true, true}};
    model.setConnected(true);
    model.applySnapshot(s);
    CHECK(model.facts().maySupervise);
    CHECK(model.facts().myPhoneRegistered);
    CHECK(model.actions() == 0);
    CHECK(model.callText().isEmpty());

    model.selectAgent(kAgent, QStringLiteral("张伟"));
    CHECK(model.callText() == QStringLiteral("张伟 is not on a call."));
    model.applyCall(talking());
    REQUIRE(model.facts().call);
    CHECK(model.facts().call->callId == 42);
    CHECK(model.allows(Supervise::Monitor));
    CHECK(model.callText().startsWith(QStringLiteral("Call 42, talking, caller 13800138000\n")));
    CHECK(model.callText().contains(QStringLiteral("Agent 1001 (connected)")));
    CHECK_FALSE(model.hangUpLeaves());

    model.request(Supervise::Monitor);
    REQUIRE(requests.size() == 1);
    CHECK(requests[0][0].value<cti::qt::CallAction>() == cti::qt::CallAction::Monitor);
    CHECK(requests[0][1].toLongLong() == 42);

    // The server rings my phone (the supervisor leg), then answers the request.
    auto supervised = talking();
    supervised.legs << leg("supervisor", "1010", kMe, "ringing");
    model.applyCall(supervised);
    model.confirmMode(42, Supervise::Monitor);
    CHECK(model.facts().myMode == Supervise::Monitor);
    CHECK_FALSE(model.allows(Supervise::Monitor));
    CHECK(model.allows(Supervise::Whisper));
    CHECK(model.hangUpLeaves());
    CHECK(model.message() == QStringLiteral("Monitoring: you hear both; nobody hears you."));
    supervised.state = QStringLiteral("supervised");
    supervised.legs[2].state = QStringLiteral("up");
    model.applyCall(supervised);
    CHECK(model.callText().contains(QStringLiteral("Supervisor 1010 (connected) — you, monitoring")));

    model.request(Supervise::Whisper);
    model.confirmMode(42, Supervise::Whisper);
    CHECK(model.facts().myMode == Supervise::Whisper);
    CHECK(model.allows(Supervise::Monitor));

    SECTION("a refusal is shown until the next request") {
        model.applyError(QStringLiteral("another supervisor is already on this call"));
        CHECK(model.message() == QStringLiteral("another supervisor is already on this call"));
        model.request(Supervise::Barge);
        CHECK(model.message().isEmpty());
    }
    SECTION("hanging up on the call leaves it; my leg gone, the mode is forgotten") {
        model.request(Supervise::HangUp);
        CHECK(requests.last()[0].value<cti::qt::CallAction>() == cti::qt::CallAction::HangUp);
        model.confirmMode(42, Supervise::HangUp);
        CHECK(model.message() == QStringLiteral("You left the call; the customer and the agent talk on."));
        model.applyCall(talking());
        CHECK_FALSE(model.facts().myMode);
        CHECK_FALSE(model.hangUpLeaves());
        CHECK(model.allows(Supervise::Monitor));
    }
    SECTION("the call ends: nothing left to do") {
        auto ended = talking();
        ended.state = QStringLiteral("ended");
        model.applyCall(ended);
        CHECK_FALSE(model.facts().call);
        CHECK(model.actions() == 0);
    }
    SECTION("my phone unregisters: I may no longer join another call") {
        model.applyCall(talking());  // my leg gone
        model.applyPhone({QStringLiteral("1010"), false, {}});
        CHECK_FALSE(model.facts().myPhoneRegistered);
        CHECK_FALSE(model.allows(Supervise::Monitor));
        model.applyPhone({QStringLiteral("1001"), true, {}});  // someone else's phone: not mine
        CHECK_FALSE(model.facts().myPhoneRegistered);
    }
    SECTION("a request not allowed now is not sent") {
        const auto before = requests.size();
        model.selectAgent(0, {});
        model.request(Supervise::Barge);
        CHECK(requests.size() == before);
    }
}
