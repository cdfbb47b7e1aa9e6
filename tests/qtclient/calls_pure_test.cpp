// Protocol 1.1 (calls, agents, queues) → plain data, and the request envelopes; no socket.
#include <catch2/catch.hpp>

#include "cti/qtclient/convert.h"

TEST_CASE("a wire Call becomes a plain Call with legs and IVR data", "[qtclient][calls]") {
    cti::wire::Call w;
    w.set_call_id(7);
    w.set_state("talking");
    w.set_direction("inbound");
    w.set_caller("13800000000");
    w.set_callee("95566");
    w.set_started_ms(1000);
    w.set_answered_ms(2000);
    w.set_reason("answered");
    w.set_queue("热线总队列");
    (*w.mutable_data())["account"] = "1234567";
    auto* leg = w.add_legs();
    leg->set_leg_id(3);
    leg->set_party("agent");
    leg->set_state("up");
    leg->set_number("1001");
    leg->set_user_id(11);

    const cti::qt::Call c = cti::qt::fromWire(w);
    CHECK(c.callId == 7);
    CHECK(c.state == QStringLiteral("talking"));
    CHECK(c.direction == QStringLiteral("inbound"));
    CHECK(c.caller == QStringLiteral("13800000000"));
    CHECK(c.callee == QStringLiteral("95566"));
    CHECK(c.answeredMs == 2000);
    CHECK(c.queue == QStringLiteral("热线总队列"));
    CHECK(c.data.value(QStringLiteral("account")) == QStringLiteral("1234567"));
    REQUIRE(c.legs.size() == 1);
    CHECK(c.legs[0].party == QStringLiteral("agent"));
    CHECK(c.legOfUser(11) == &c.legs[0]);
    CHECK(c.legOfParty(QStringLiteral("consult")) == nullptr);
    CHECK_FALSE(c.ended());
}

TEST_CASE("snapshot 1.1 fields and every new event kind convert", "[qtclient][calls]") {
    cti::wire::Snapshot s;
    auto* agent = s.add_agents();
    agent->set_user_id(11);
    agent->set_phone_registered(true);
    s.add_calls()->set_call_id(5);
    auto* st = s.add_agent_states();
    st->set_user_id(11);
    st->set_status("not_ready");
    st->set_state("idle");
    st->set_reason("break");
    st->set_since_ms(42);
    auto* q = s.add_queue_states();
    q->set_queue_id(2);
    q->set_name("故障报修");
    q->set_waiting(3);
    q->set_service_level_percent(87.5);
    q->set_agents_in_call(4);
    const auto snap = cti::qt::fromWire(s);
    REQUIRE(snap.agents.size() == 1);
    CHECK(snap.agents[0].phoneRegistered);
    REQUIRE(snap.calls.size() == 1);
    CHECK(snap.calls[0].callId == 5);
    REQUIRE(snap.agentStates.size() == 1);
    CHECK(snap.agentStates[0].status == QStringLiteral("not_ready"));
    CHECK(snap.agentStates[0].reason == QStringLiteral("break"));
    CHECK(snap.agentStates[0].sinceMs == 42);
    CHECK(snap.agentStates[0].signedIn());
    REQUIRE(snap.queueStates.size() == 1);
    CHECK(snap.queueStates[0].waiting == 3);
    CHECK(snap.queueStates[0].serviceLevelPercent == Approx(87.5));
    CHECK(snap.queueStates[0].agentsInCall == 4);

    cti::wire::Event e;
    e.set_seq(9);
    e.mutable_dtmf()->set_digit("5");
    CHECK(std::get<cti::qt::CallDtmf>(cti::qt::fromWire(e).kind).digit == QStringLiteral("5"));
    e.mutable_phone()->set_extension("1001");
    e.mutable_phone()->set_registered(true);
    CHECK(std::get<cti::qt::PhoneRegistration>(cti::qt::fromWire(e).kind).registered);
    e.mutable_agent()->set_status("available");
    CHECK(std::get<cti::qt::AgentStatusInfo>(cti::qt::fromWire(e).kind).status == QStringLiteral("available"));
    e.mutable_queue()->set_abandoned(2);
    CHECK(std::get<cti::qt::QueueStatus>(cti::qt::fromWire(e).kind).abandoned == 2);
    e.mutable_call()->set_state("ended");
    CHECK(std::get<cti::qt::Call>(cti::qt::fromWire(e).kind).ended());
}

TEST_CASE("call control and agent control request envelopes", "[qtclient][calls]") {
    using cti::qt::CallAction;
    const auto dial = cti::qt::callControlRequest(CallAction::Dial, 0, QStringLiteral("1002"));
    REQUIRE(dial.has_call_control());
    CHECK(dial.call_control().action() == cti::wire::DIAL);
    CHECK(dial.call_control().number() == "1002");
    const auto dtmf = cti::qt::callControlRequest(CallAction::SendDtmf, 7, {}, QStringLiteral("123#"));
    CHECK(dtmf.call_control().action() == cti::wire::SEND_DTMF);
    CHECK(dtmf.call_control().call_id() == 7);
    CHECK(dtmf.call_control().digits() == "123#");
    CHECK(cti::qt::toWire(CallAction::Pickup) == cti::wire::PICKUP);
    CHECK(cti::qt::toWire(CallAction::CancelConsult) == cti::wire::CANCEL_CONSULT);
    CHECK(cti::qt::toWire(CallAction::Conference) == cti::wire::CONFERENCE);

    const auto notReady = cti::qt::agentControlRequest(cti::qt::AgentAction::NotReady, QStringLiteral("break"));
    REQUIRE(notReady.has_agent_control());
    CHECK(notReady.agent_control().action() == cti::wire::NOT_READY);
    CHECK(notReady.agent_control().reason() == "break");
    CHECK(cti::qt::toWire(cti::qt::AgentAction::Ready) == cti::wire::READY);
    CHECK(cti::qt::toWire(cti::qt::AgentAction::SignOut) == cti::wire::SIGN_OUT);
}
