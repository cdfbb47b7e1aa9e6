// Call control over the desktop protocol against the real server (real TLS, real SIP stack and
// media engine): the refusals a desktop must see, and a dial to a phone that is not registered
// ending with a call record. Calls with real phones are in telephony/ (SIPp and baresip).
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "cti/storage/database.h"
#include "cti/storage/telephony.h"
#include "test_server.h"

using namespace cti;
using namespace cti::test;
using namespace std::chrono_literals;

namespace {


client::Result<wire::Envelope> control(client::Client& c, wire::CallAction action, std::int64_t call = 0,
                                       std::string number = {}, std::string digits = {}) {
    wire::Envelope e;
    auto* cc = e.mutable_call_control();
    cc->set_action(action);
    cc->set_call_id(call);
    cc->set_number(std::move(number));
    cc->set_digits(std::move(digits));
    return c.request(e);
}

// Waits for the call event in the given state (other events are skipped).
std::optional<wire::Call> await_call(client::Client& c, std::int64_t id, const std::string& state) {
    for (int i = 0; i < 200; ++i) {
        auto e = c.next_event(30000ms);
        if (!e || !*e) return std::nullopt;
        if ((*e)->has_event() && (*e)->event().has_call() && (*e)->event().call().call_id() == id &&
            (*e)->event().call().state() == state)
            return (*e)->event().call();
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("call control refuses what a desktop may not do, with a message, and keeps serving",
          "[calls][protocol][bad-input]") {
    TestServer server;
    auto agent = server.login("1001");
    expect_snapshot(*agent);

    SECTION("numbers and digits are checked") {
        auto r = control(*agent, wire::DIAL, 0, "1001@evil.example");
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
        r = control(*agent, wire::DIAL, 0, std::string(40, '1'));
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
        r = control(*agent, wire::DIAL, 0, "1001");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("own extension"));
    }
    SECTION("a call that does not exist") {
        auto r = control(*agent, wire::HANGUP, 999);
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::NOT_FOUND);
        r = control(*agent, wire::SEND_DTMF, 999, "", "12X");
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
    }
    SECTION("the extension's outbound policy") {
        auto r = control(*agent, wire::DIAL, 0, "0085212345678");  // demo phones: national only
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::PERMISSION_DENIED);
        CHECK_THAT(r.error().message, Catch::Contains("national"));
    }
    SECTION("roles without a phone or without the permission") {
        auto kb = server.login("kb");
        expect_snapshot(*kb);
        auto r = control(*kb, wire::DIAL, 0, "1002");
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::PERMISSION_DENIED);
        auto supervisor = server.login("supervisor");
        expect_snapshot(*supervisor);
        r = control(*supervisor, wire::DIAL, 0, "1002");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("no phone extension"));
    }
    SECTION("an action the protocol does not know") {
        auto r = control(*agent, static_cast<wire::CallAction>(77));
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
    }
    CHECK(ping_ok(*agent));
}

TEST_CASE("dialling while the agent's phone is not registered ends the call with a record",
          "[calls][protocol]") {
    TestServer server;
    auto agent = server.login("1002");
    auto snap = expect_snapshot(*agent);
    for (const auto& a : snap.agents()) CHECK_FALSE(a.phone_registered());

    // Dial out only when signed in and not ready.
    auto r = control(*agent, wire::DIAL, 0, "1003");
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("not ready"));
    auto status = [&](wire::AgentAction a, std::string reason = {}) {
        wire::Envelope e;
        e.mutable_agent_control()->set_action(a);
        e.mutable_agent_control()->set_reason(std::move(reason));
        return agent->request(e);
    };
    auto signed_in = status(wire::SIGN_IN);
    REQUIRE(signed_in);
    CHECK(signed_in->agent_control_ok().agent().status() == "not_ready");
    REQUIRE(status(wire::READY));
    r = control(*agent, wire::DIAL, 0, "1003");
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("not ready"));
    auto no_reason = status(wire::NOT_READY);
    REQUIRE_FALSE(no_reason);
    CHECK(no_reason.error().server_code == wire::INVALID_ARGUMENT);
    REQUIRE(status(wire::NOT_READY, "外呼"));

    r = control(*agent, wire::DIAL, 0, "1003");
    REQUIRE(r);
    const auto id = r->call_control_ok().call_id();
    CHECK(id > 0);
    auto ended = await_call(*agent, id, "ended");
    REQUIRE(ended);
    CHECK(ended->direction() == "internal");
    CHECK(ended->caller() == "1002");
    CHECK(ended->callee() == "1003");
    CHECK_THAT(ended->reason(), Catch::Contains("480") || Catch::Contains("404"));

    // After the call: after-call work, then the agent chooses again. The server keeps serving.
    auto busy = control(*agent, wire::DIAL, 0, "1004");
    REQUIRE_FALSE(busy);
    CHECK_THAT(busy.error().message, Catch::Contains("after-call work") || Catch::Contains("not ready"));
    auto ended_wrap_up = status(wire::END_WRAP_UP);
    REQUIRE(ended_wrap_up);
    // A dial-out is made from not ready, and the agent stays there afterwards.
    CHECK(ended_wrap_up->agent_control_ok().agent().status() == "not_ready");
    CHECK(ended_wrap_up->agent_control_ok().agent().state() == "idle");
    auto again = control(*agent, wire::DIAL, 0, "1004");
    REQUIRE(again);
    CHECK(again->call_control_ok().call_id() == id + 1);
    REQUIRE(await_call(*agent, id + 1, "ended"));

    server.stop();
    auto db = storage::Database::open(server.config().database_path(), {.read_only = true});
    REQUIRE(db);
    auto rec = storage::find_call(*db, CallId(id));
    REQUIRE(rec);
    REQUIRE(rec->has_value());
    CHECK((*rec)->direction == "internal");
    CHECK((*rec)->agent_id.has_value());
    CHECK_FALSE((*rec)->answered_ms.has_value());
    REQUIRE((*rec)->ended_ms.has_value());
    CHECK_FALSE((*rec)->end_reason.empty());
}

TEST_CASE("a team leader forces an agent's status, an agent may not force a colleague's", "[acd][protocol]") {
    TestServer server;
    auto leader = server.login("leader");
    auto agent = server.login("1001");
    auto colleague = server.login("1002");
    auto snap = expect_snapshot(*leader);
    auto id_of = [&](const std::string& login) {
        for (const auto& a : snap.agents())
            if (a.login() == login) return a.user_id();
        FAIL("no agent " << login);
        return std::int64_t{0};
    };
    const auto agent_id = id_of("1001");
    CHECK(std::count(snap.me().permissions().begin(), snap.me().permissions().end(), "agent.force") == 1);
    auto as = [](client::Client& c, wire::AgentAction a, std::int64_t target = 0, std::string reason = {}) {
        wire::Envelope e;
        e.mutable_agent_control()->set_action(a);
        e.mutable_agent_control()->set_agent_id(target);
        e.mutable_agent_control()->set_reason(std::move(reason));
        return c.request(e);
    };
    // The agent's desktop hears each change it did not make: its status event.
    auto heard = [&](const std::string& status) {
        for (int i = 0; i < 200; ++i) {
            auto e = agent->next_event(30000ms);
            if (!e || !*e) return false;
            if ((*e)->has_event() && (*e)->event().has_agent() && (*e)->event().agent().user_id() == agent_id &&
                (*e)->event().agent().status() == status)
                return true;
        }
        return false;
    };
    REQUIRE(as(*agent, wire::SIGN_IN));
    REQUIRE(as(*agent, wire::READY));

    // Not ready needs its reason, forced or not.
    auto no_reason = as(*leader, wire::NOT_READY, agent_id);
    REQUIRE_FALSE(no_reason);
    CHECK(no_reason.error().server_code == wire::INVALID_ARGUMENT);
    auto forced = as(*leader, wire::NOT_READY, agent_id, "班长置忙");
    REQUIRE(forced);
    CHECK(forced->agent_control_ok().agent().user_id() == agent_id);
    CHECK(forced->agent_control_ok().agent().status() == "not_ready");
    CHECK(forced->agent_control_ok().agent().reason() == "班长置忙");
    CHECK(heard("not_ready"));

    // An agent may not change a colleague's status; the colleague's stays as it was.
    auto refused = as(*colleague, wire::READY, agent_id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().server_code == wire::PERMISSION_DENIED);
    CHECK_THAT(refused.error().message, Catch::Contains("team leaders"));
    // Agents sign in themselves.
    auto sign_in = as(*leader, wire::SIGN_IN, agent_id);
    REQUIRE_FALSE(sign_in);
    CHECK(sign_in.error().server_code == wire::INVALID_ARGUMENT);
    // A user who is no agent: said so.
    auto nobody = as(*leader, wire::READY, snap.me().user_id() + 1000);
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().server_code == wire::NOT_FOUND);
    CHECK_THAT(nobody.error().message, Catch::Contains("not an agent"));

    auto ready = as(*leader, wire::READY, agent_id);
    REQUIRE(ready);
    CHECK(ready->agent_control_ok().agent().status() == "available");
    CHECK(heard("available"));
    auto out = as(*leader, wire::SIGN_OUT, agent_id);
    REQUIRE(out);
    CHECK(out->agent_control_ok().agent().status() == "logged_out");
    CHECK(heard("logged_out"));

    // The event log says who forced each change: the leader's not ready, ready and sign-out,
    // not the agent's own sign-in and ready.
    const auto leader_id = snap.me().user_id();
    server.stop();
    auto db = storage::Database::open(server.config().database_path(), {.read_only = true});
    REQUIRE(db);
    auto rows = db->prepare("SELECT json_extract(detail, '$.status') AS status, "
                            "coalesce(json_extract(detail, '$.by'), 0) AS forced_by FROM event_log "
                            "WHERE kind = 'agent.state' AND user_id = :agent ORDER BY event_id");
    REQUIRE(rows);
    rows->bind(":agent", agent_id);
    std::vector<std::string> log;
    for (auto row = rows->step(); row && *row; row = rows->step())
        log.push_back(rows->get_text("status") + (rows->get_int("forced_by") == leader_id ? " by leader" : ""));
    const std::vector<std::string> expected{"not_ready by leader", "available by leader", "logged_out by leader"};
    CHECK(std::search(log.begin(), log.end(), expected.begin(), expected.end()) != log.end());
    CHECK(std::count(log.begin(), log.end(), "available") >= 1);  // 1001's own ready
}

TEST_CASE("the leader hears every agent change at once, colleagues the latest state", "[acd][protocol]") {
    TestServer server;
    auto leader = server.login("leader");
    auto agent = server.login("1001");
    auto colleague = server.login("1002");
    const auto agent_id = expect_snapshot(*agent).me().user_id();
    auto as = [&](wire::AgentAction a, std::string reason = {}) {
        wire::Envelope e;
        e.mutable_agent_control()->set_action(a);
        e.mutable_agent_control()->set_reason(std::move(reason));
        REQUIRE(agent->request(e));
    };
    as(wire::SIGN_IN);
    as(wire::READY);
    as(wire::NOT_READY, "小休");
    as(wire::READY);
    as(wire::AWAY, "会议");
    // The statuses of 1001 a desktop hears until "away" (the last change) arrives, and the
    // figures of 热线总队列 it hears (every agent change changes its agents by state) until they
    // show 1001 away.
    struct Heard {
        std::vector<std::string> statuses;
        std::vector<std::string> queue;  // "available/idle/not_ready/away" counts, each change
    };
    auto heard = [&](client::Client& c) {
        Heard h;
        std::uint64_t last_seq = 0;
        auto done = [&] {
            return !h.statuses.empty() && h.statuses.back() == "away" && !h.queue.empty() &&
                   h.queue.back().ends_with("/1");
        };
        for (int i = 0; i < 300 && !done(); ++i) {
            auto e = c.next_event(30000ms);
            REQUIRE(e);
            REQUIRE(*e);
            if (!(*e)->has_event()) continue;
            const auto& ev = (*e)->event();
            // Each session numbers its own events: no gap although others' events were left out.
            if (last_seq != 0) CHECK(ev.seq() == last_seq + 1);
            last_seq = ev.seq();
            if (ev.has_queue() && ev.queue().name() == "热线总队列") {
                const auto& q = ev.queue();
                const auto counts = fmt::format("{}/{}/{}/{}", q.agents_available(), q.agents_idle(), q.agents_not_ready(),
                                                q.agents_away());
                if (h.queue.empty() || h.queue.back() != counts) h.queue.push_back(counts);
            }
            if (!ev.has_agent() || ev.agent().user_id() != agent_id) continue;
            if (h.statuses.empty() || h.statuses.back() != ev.agent().status()) h.statuses.push_back(ev.agent().status());
        }
        return h;
    };
    const auto by_leader = heard(*leader);
    const std::vector<std::string> every{"not_ready", "available", "not_ready", "available", "away"};
    CHECK(std::search(by_leader.statuses.begin(), by_leader.statuses.end(), every.begin(), every.end()) !=
          by_leader.statuses.end());
    // The wall sees the queue go through every change: 1001 ready (available, idle), not ready
    // (idle by state), ready again, away.
    const std::vector<std::string> queue_every{"1/1/0/0", "0/1/1/0", "1/1/0/0", "0/1/0/1"};
    INFO("the wall heard 热线总队列 (available/idle/not ready/away): " << fmt::format("{}", fmt::join(by_leader.queue, " ")));
    CHECK(std::search(by_leader.queue.begin(), by_leader.queue.end(), queue_every.begin(), queue_every.end()) !=
          by_leader.queue.end());
    // A colleague's desktop (the status area counts colleagues, the queue panel its queues) gets
    // at most every change, and ends on the latest: here changes made within a second come as one.
    const auto by_colleague = heard(*colleague);
    REQUIRE_FALSE(by_colleague.statuses.empty());
    CHECK(by_colleague.statuses.back() == "away");
    CHECK(by_colleague.statuses.size() <= by_leader.statuses.size());
    CHECK(by_colleague.queue.back() == by_leader.queue.back());
    CHECK(by_colleague.queue.size() <= by_leader.queue.size());
}
