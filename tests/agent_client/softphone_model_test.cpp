// The softphone rules (which actions are legal now), the model's call tracking, and the bar and
// screen pop drawing the model.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include "models/caller_model.h"
#include "models/softphone_model.h"
#include "widgets/screen_pop_panel.h"
#include "widgets/softphone_bar.h"

using cti::agent::SoftAction;
using cti::agent::SoftphoneFacts;

namespace {
constexpr qint64 kMe = 11;

cti::qt::AgentStatusInfo agent(const char* status, const char* state = "idle") {
    return cti::qt::AgentStatusInfo{kMe, QLatin1String(status), QLatin1String(state), {}, 0, 0};
}

cti::qt::Call call(const char* state, const char* myLeg, const char* consultLeg = nullptr) {
    cti::qt::Call c;
    c.callId = 7;
    c.state = QLatin1String(state);
    c.direction = QStringLiteral("inbound");
    c.caller = QStringLiteral("13800000000");
    c.callee = QStringLiteral("12345");
    c.queue = QStringLiteral("热线总队列");
    c.data.insert(QStringLiteral("account"), QStringLiteral("1234567"));
    c.legs.append(cti::qt::CallLeg{1, QStringLiteral("customer"), QStringLiteral("up"), c.caller, 0});
    c.legs.append(cti::qt::CallLeg{2, QStringLiteral("agent"), QLatin1String(myLeg), QStringLiteral("1001"), kMe});
    if (consultLeg)
        c.legs.append(cti::qt::CallLeg{3, QStringLiteral("consult"), QLatin1String(consultLeg), QStringLiteral("1002"), 12});
    return c;
}

SoftphoneFacts facts(cti::qt::AgentStatusInfo a, std::optional<cti::qt::Call> c = {}) {
    return SoftphoneFacts{true, kMe, std::move(a), std::move(c)};
}

std::vector<SoftAction> legal(const SoftphoneFacts& f) {
    std::vector<SoftAction> out;
    const auto set = cti::agent::legalActions(f);
    for (int i = 0; i < static_cast<int>(SoftAction::Count); ++i)
        if (cti::agent::allows(set, static_cast<SoftAction>(i))) out.push_back(static_cast<SoftAction>(i));
    return out;
}

using V = std::vector<SoftAction>;
}  // namespace

TEST_CASE("softphone rules: agent status", "[agent][softphone]") {
    SECTION("nothing without a connection (or with telephony off)") {
        auto f = facts(agent("not_ready"));
        f.connected = false;
        CHECK(legal(f).empty());
    }
    SECTION("signed out: only sign in") { CHECK(legal(facts(agent("logged_out"))) == V{SoftAction::SignIn}); }
    SECTION("unknown status counts as signed out") { CHECK(legal(facts(agent(""))) == V{SoftAction::SignIn}); }
    SECTION("not ready: sign out, ready, away, dial") {
        CHECK(legal(facts(agent("not_ready"))) ==
              V{SoftAction::SignOut, SoftAction::Ready, SoftAction::Away, SoftAction::Dial});
    }
    SECTION("ready: no dial out, no second ready") {
        CHECK(legal(facts(agent("available"))) == V{SoftAction::SignOut, SoftAction::NotReady, SoftAction::Away});
    }
    SECTION("away: ready or not ready, no dial") {
        CHECK(legal(facts(agent("away"))) == V{SoftAction::SignOut, SoftAction::Ready, SoftAction::NotReady});
    }
    SECTION("wrap-up: end wrap-up is offered") {
        const auto actions = legal(facts(agent("available", "wrap_up")));
        CHECK(std::count(actions.begin(), actions.end(), SoftAction::EndWrapUp) == 1);
    }
}

TEST_CASE("softphone rules: the call", "[agent][softphone]") {
    SECTION("ringing at me: answer and hang up, no sign out, ready or dial") {
        CHECK(legal(facts(agent("available", "reserved"), call("setup", "ringing"))) ==
              V{SoftAction::NotReady, SoftAction::Answer, SoftAction::HangUp});
    }
    SECTION("talking: hold, consult, transfer, keys; no answer") {
        CHECK(legal(facts(agent("available", "in_call"), call("talking", "up"))) ==
              V{SoftAction::NotReady, SoftAction::HangUp, SoftAction::Hold, SoftAction::Consult, SoftAction::Transfer,
                SoftAction::SendDtmf});
    }
    SECTION("held: retrieve, not hold") {
        const auto a = legal(facts(agent("available", "in_call"), call("held", "up")));
        CHECK(std::count(a.begin(), a.end(), SoftAction::Retrieve) == 1);
        CHECK(std::count(a.begin(), a.end(), SoftAction::Hold) == 0);
    }
    SECTION("consulting while the consulted party rings: cancel only") {
        const auto a = legal(facts(agent("available", "in_call"), call("consulting", "up", "ringing")));
        CHECK(std::count(a.begin(), a.end(), SoftAction::CancelConsult) == 1);
        CHECK(std::count(a.begin(), a.end(), SoftAction::CompleteTransfer) == 0);
        CHECK(std::count(a.begin(), a.end(), SoftAction::Conference) == 0);
    }
    SECTION("consulting with the consulted party up: complete transfer and conference") {
        const auto a = legal(facts(agent("available", "in_call"), call("consulting", "up", "up")));
        CHECK(std::count(a.begin(), a.end(), SoftAction::CompleteTransfer) == 1);
        CHECK(std::count(a.begin(), a.end(), SoftAction::Conference) == 1);
        CHECK(std::count(a.begin(), a.end(), SoftAction::Hold) == 0);
    }
    SECTION("a call ringing somewhere else is not mine to answer") {
        const auto a = legal(facts(agent("not_ready"), call("setup", "up")));
        CHECK(std::count(a.begin(), a.end(), SoftAction::Answer) == 0);
        CHECK(std::count(a.begin(), a.end(), SoftAction::Dial) == 0);
    }
}

TEST_CASE("softphone model: intents, the number after hang-up, the timer", "[agent][softphone]") {
    cti::agent::SoftphoneModel model;
    cti::qt::Snapshot snapshot;
    snapshot.me.userId = kMe;
    snapshot.agentStates = {agent("not_ready")};
    model.applySnapshot(snapshot);
    model.setConnected(true);
    CHECK(model.allows(SoftAction::Dial));

    QSignalSpy calls(&model, &cti::agent::SoftphoneModel::callControlRequested);
    QSignalSpy agents(&model, &cti::agent::SoftphoneModel::agentControlRequested);
    model.request(SoftAction::Dial, QStringLiteral("1002"));
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][0].value<cti::qt::CallAction>() == cti::qt::CallAction::Dial);
    CHECK(calls[0][2].toString() == QStringLiteral("1002"));
    model.request(SoftAction::Answer);  // not legal now: no intent
    CHECK(calls.size() == 1);
    model.request(SoftAction::Away, QStringLiteral("meeting"));
    REQUIRE(agents.size() == 1);
    CHECK(agents[0][0].value<cti::qt::AgentAction>() == cti::qt::AgentAction::Away);
    CHECK(agents[0][1].toString() == QStringLiteral("meeting"));

    // Another agent's status is not mine.
    model.applyAgentStatus(cti::qt::AgentStatusInfo{99, QStringLiteral("available"), {}, {}, 0, 0});
    CHECK(model.facts().agent.status == QStringLiteral("not_ready"));

    model.applyAgentStatus(agent("available", "reserved"));
    model.applyCall(call("setup", "ringing"));
    CHECK(model.ringing());
    CHECK(model.partyNumber() == QStringLiteral("13800000000"));
    CHECK(model.timerText().isEmpty());
    model.request(SoftAction::Answer);
    REQUIRE(calls.size() == 2);
    CHECK(calls[1][0].value<cti::qt::CallAction>() == cti::qt::CallAction::Answer);
    CHECK(calls[1][1].toLongLong() == 7);

    auto talking = call("talking", "up");
    talking.answeredMs = 1;  // server clock, Unix ms: long ago
    model.applyCall(talking);
    CHECK_FALSE(model.ringing());
    CHECK_FALSE(model.timerText().isEmpty());

    auto ended = talking;
    ended.state = QStringLiteral("ended");
    ended.legs.clear();
    model.applyCall(ended);
    CHECK_FALSE(model.facts().call.has_value());
    CHECK(model.partyNumber() == QStringLiteral("13800000000"));  // stays after hang-up
    CHECK(model.timerText().isEmpty());
    CHECK_FALSE(model.allows(SoftAction::HangUp));

    model.applyError(QStringLiteral("refused: say why"));
    CHECK(model.lastError() == QStringLiteral("refused: say why"));
}

TEST_CASE("formatDuration", "[agent][softphone]") {
    CHECK(cti::agent::formatDuration(0) == QStringLiteral("00:00"));
    CHECK(cti::agent::formatDuration(65'000) == QStringLiteral("01:05"));
    CHECK(cti::agent::formatDuration(3'725'000) == QStringLiteral("1:02:05"));
}

TEST_CASE("softphone bar and screen pop draw the model", "[agent][softphone]") {
    cti::qt::SessionStatus status;
    cti::agent::SoftphoneModel model;
    cti::qt::Snapshot snapshot;
    snapshot.me.userId = kMe;
    snapshot.agentStates = {agent("available", "reserved")};
    model.applySnapshot(snapshot);
    model.setConnected(true);
    cti::agent::SoftphoneBar bar(model, status);
    cti::agent::CallerModel lookup;
    cti::agent::ScreenPopPanel pop(model, lookup);

    CHECK_FALSE(bar.button(SoftAction::Answer)->isEnabled());
    model.applyCall(call("setup", "ringing"));
    CHECK(bar.button(SoftAction::Answer)->isEnabled());
    CHECK(bar.button(SoftAction::HangUp)->isEnabled());
    CHECK_FALSE(bar.button(SoftAction::Hold)->isEnabled());
    CHECK_FALSE(bar.button(SoftAction::Dial)->isEnabled());
    // Every button follows the model exactly.
    for (int i = 0; i < static_cast<int>(SoftAction::Count); ++i) {
        const auto a = static_cast<SoftAction>(i);
        REQUIRE(bar.button(a));
        CHECK(bar.button(a)->isEnabled() == model.allows(a));
    }

    QSignalSpy calls(&model, &cti::agent::SoftphoneModel::callControlRequested);
    bar.button(SoftAction::Answer)->click();
    REQUIRE(calls.size() == 1);
    CHECK(calls[0][0].value<cti::qt::CallAction>() == cti::qt::CallAction::Answer);

    auto* caller = pop.findChild<QLabel*>(QStringLiteral("screenPopCaller"));
    auto* queue = pop.findChild<QLabel*>(QStringLiteral("screenPopQueue"));
    auto* data = pop.findChild<QLabel*>(QStringLiteral("screenPopData"));
    REQUIRE((caller && queue && data));
    CHECK(caller->text() == QStringLiteral("13800000000"));
    CHECK(queue->text() == QStringLiteral("热线总队列"));
    CHECK(data->text().contains(QStringLiteral("1234567")));

    auto ended = call("ended", "up");
    model.applyCall(ended);
    auto* party = bar.findChild<QLabel*>(QStringLiteral("partyLabel"));
    REQUIRE(party);
    CHECK(party->text().contains(QStringLiteral("13800000000")));
    CHECK(caller->text() == QStringLiteral("13800000000"));
    CHECK_FALSE(bar.button(SoftAction::HangUp)->isEnabled());

    model.applyError(QStringLiteral("Not allowed now."));
    auto* note = bar.findChild<QLabel*>(QStringLiteral("softphoneNote"));
    REQUIRE(note);
    CHECK(note->text() == QStringLiteral("Not allowed now."));
}

TEST_CASE("a call transferred away is no longer mine: no hang up, the number stays", "[agent][softphone]") {
    cti::agent::SoftphoneModel model;
    cti::qt::Snapshot snapshot;
    snapshot.me.userId = 7;
    snapshot.agentStates = {cti::qt::AgentStatusInfo{7, QStringLiteral("available"), QStringLiteral("in_call"), {}, 5, 0}};
    model.applySnapshot(snapshot);
    model.setConnected(true);
    cti::qt::Call call;
    call.callId = 5;
    call.state = QStringLiteral("talking");
    call.direction = QStringLiteral("inbound");
    call.caller = QStringLiteral("13800138000");
    call.answeredMs = 1;
    call.legs = {cti::qt::CallLeg{1, QStringLiteral("customer"), QStringLiteral("up"), call.caller, 0},
                 cti::qt::CallLeg{2, QStringLiteral("agent"), QStringLiteral("up"), QStringLiteral("1001"), 7}};
    model.applyCall(call);
    REQUIRE(model.allows(cti::agent::SoftAction::HangUp));
    REQUIRE(model.allows(cti::agent::SoftAction::Transfer));

    // The blind transfer: the call goes on between the caller and 1002.
    call.legs[1] = cti::qt::CallLeg{3, QStringLiteral("agent"), QStringLiteral("up"), QStringLiteral("1002"), 8};
    model.applyCall(call);
    CHECK_FALSE(model.facts().call.has_value());
    CHECK_FALSE(model.allows(cti::agent::SoftAction::HangUp));
    CHECK_FALSE(model.allows(cti::agent::SoftAction::Hold));
    REQUIRE(model.shownCall().has_value());
    CHECK(model.shownCall()->callId == 5);
    CHECK(model.partyNumber() == QStringLiteral("13800138000"));
    // Its later events (it ends) change nothing for me.
    call.state = QStringLiteral("ended");
    model.applyCall(call);
    CHECK_FALSE(model.facts().call.has_value());
}
