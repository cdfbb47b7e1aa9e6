// Forcing the selected agent's status from the wall: the pure rules (which of Ready, Not ready
// and Sign out are legal), then the model fed like the app feeds it.
#include <catch2/catch.hpp>

#include <QSignalSpy>

#include "models/agent_force.h"

using cti::supervisor::AgentForceModel;
using cti::supervisor::Force;
using cti::supervisor::ForceFacts;
using cti::supervisor::forceBit;
using cti::supervisor::legalForce;

namespace {

constexpr qint64 kMe = 5;
constexpr qint64 kAgent = 1;

ForceFacts facts(const char* status) {
    ForceFacts f;
    f.connected = true;
    f.mayForce = true;
    f.myUserId = kMe;
    f.agentUserId = kAgent;
    f.agentStatus = QString::fromLatin1(status);
    return f;
}

cti::qt::AgentStatusInfo status(qint64 user, const char* s) {
    cti::qt::AgentStatusInfo a;
    a.userId = user;
    a.status = QString::fromLatin1(s);
    a.state = QStringLiteral("idle");
    return a;
}

}  // namespace

TEST_CASE("force: what a leader may do to the selected agent's status", "[supervisor][force]") {
    CHECK(legalForce(facts("available")) == (forceBit(Force::NotReady) | forceBit(Force::SignOut)));
    CHECK(legalForce(facts("not_ready")) == (forceBit(Force::Ready) | forceBit(Force::SignOut)));
    CHECK(legalForce(facts("away")) == (forceBit(Force::Ready) | forceBit(Force::NotReady) | forceBit(Force::SignOut)));
    CHECK(legalForce(facts("logged_out")) == 0);  // agents sign in themselves
    CHECK(legalForce(facts("")) == 0);            // no status known
    auto f = facts("available");
    f.mayForce = false;
    CHECK(legalForce(f) == 0);
    f = facts("available");
    f.connected = false;
    CHECK(legalForce(f) == 0);
    f = facts("available");
    f.agentUserId = kMe;  // oneself: the agent desktop's business
    CHECK(legalForce(f) == 0);
    f.agentUserId = 0;
    CHECK(legalForce(f) == 0);
}

TEST_CASE("force model: the snapshot, the selection, a request and the server's answers", "[supervisor][force]") {
    AgentForceModel m;
    QSignalSpy requested(&m, &AgentForceModel::agentControlRequested);
    cti::qt::Snapshot snap;
    snap.me.userId = kMe;
    snap.me.permissions = {QStringLiteral("agent.force")};
    snap.agentStates = {status(kAgent, "available"), status(2, "logged_out")};
    m.setConnected(true);
    m.applySnapshot(snap);
    CHECK_FALSE(m.hint().isEmpty());  // nobody chosen yet
    m.selectAgent(kAgent, QStringLiteral("张伟"));
    CHECK(m.hint().isEmpty());
    CHECK(m.allows(Force::NotReady));
    CHECK_FALSE(m.allows(Force::Ready));

    m.request(Force::Ready);  // not legal: nothing sent
    CHECK(requested.isEmpty());
    m.request(Force::NotReady);
    REQUIRE(requested.size() == 1);
    CHECK(requested[0][0].value<cti::qt::AgentAction>() == cti::qt::AgentAction::NotReady);
    CHECK(requested[0][1].toString() == QStringLiteral("supervisor"));
    CHECK(requested[0][2].toLongLong() == kAgent);

    m.confirm(status(kAgent, "not_ready"));
    CHECK(m.facts().agentStatus == QStringLiteral("not_ready"));
    CHECK(m.message().contains(QStringLiteral("张伟")));
    CHECK(m.allows(Force::Ready));
    // The agent's own change arrives as an event.
    m.applyAgent(status(kAgent, "logged_out"));
    CHECK_FALSE(m.allows(Force::SignOut));
    CHECK_FALSE(m.hint().isEmpty());
    m.applyError(QStringLiteral("only team leaders and supervisors may change another agent's status"));
    CHECK(m.message().contains(QStringLiteral("team leaders")));

    // Without the permission nothing is possible, and the hint says why.
    snap.me.permissions.clear();
    m.applySnapshot(snap);
    CHECK_FALSE(m.allows(Force::SignOut));
    CHECK(m.hint().contains(QStringLiteral("team leaders")));
}
