// Calls against real SIPp peers: an incoming trunk call with DTMF INFO and a re-INVITE, an
// outgoing call to a registered extension behind a "NAT", ring timeout, and shutdown with live calls.
#include <catch2/catch.hpp>

#include "sip_test_support.h"

using namespace cti::sip;
using namespace cti::sip::test;

namespace {
std::vector<std::string> register_args(const std::string& ext, std::uint16_t from_port, const std::string& contact_host,
                                       std::uint16_t contact_port) {
    return {"-m", "1", "-p", std::to_string(from_port), "-s", ext, "-au", ext, "-ap", "secret" + ext,
            "-key", "contact_host", contact_host, "-key", "contact_port", std::to_string(contact_port),
            "-key", "expires", "300"};
}
}  // namespace

TEST_CASE("trunk call: IncomingCall, answer, DTMF INFO both types, peer re-INVITE, BYE", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    Sipp caller(sipp_args("uac_call_dtmf.xml", t.port(), {"-m", "1", "-i", "127.0.0.3", "-s", "4001", "-mi", "127.0.0.3", "-mp", "30000"}));
    auto in = t.events.wait<IncomingCall>();
    REQUIRE(in);
    CHECK(in->trunk_id == 7);
    CHECK_FALSE(in->extension);
    CHECK(in->to_user == "4001");
    CHECK(in->from_user == "13800138000");
    CHECK(in->from_display == "Caller");
    CHECK(in->source.address == "127.0.0.3");
    CHECK(in->offer.audio.payload_types == std::vector<int>{8, 0, 96});
    CHECK(in->offer.audio.telephone_event_pt == 96);
    CHECK(in->offer.audio.port == 30000);
    t.stack->ring(in->leg);
    auto local = local_sdp();
    local.audio.payload_types = {8};
    local.audio.telephone_event_pt = 96;
    t.stack->answer(in->leg, local);

    auto d1 = t.events.wait<DtmfInfo>();
    REQUIRE(d1);
    CHECK(d1->leg == in->leg);
    CHECK(d1->digit == '5');
    CHECK(d1->duration_ms == 160);
    auto d2 = t.events.wait<DtmfInfo>();
    REQUIRE(d2);
    CHECK(d2->digit == '7');
    auto media = t.events.wait<RemoteMediaChanged>();
    REQUIRE(media);
    CHECK(media->offer.audio.direction == Direction::sendonly);  // SIPp checks our a=recvonly
    auto end = t.events.wait<LegEnded>();
    REQUIRE(end);
    CHECK(end->leg == in->leg);
    CHECK(end->by_remote);
    CHECK(caller.wait() == 0);
    CHECK(t.stack->stats().active_legs == 0);
}

TEST_CASE("an extension's INVITE: 407 challenge, then IncomingCall with the extension", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    Sipp caller(sipp_args("uac_call_auth.xml", t.port(),
                          {"-m", "1", "-s", "4001", "-au", "1002", "-ap", "secret1002", "-key", "caller", "1002"}));
    auto in = t.events.wait<IncomingCall>();
    REQUIRE(in);
    CHECK(in->extension == "1002");
    CHECK_FALSE(in->trunk_id);
    CHECK(in->from_user == "1002");
    CHECK(in->to_user == "4001");
    CHECK(in->offer.audio.telephone_event_pt == 101);
    t.stack->answer(in->leg, local_sdp());
    auto end = t.events.wait<LegEnded>();
    REQUIRE(end);
    CHECK(end->by_remote);
    CHECK(caller.wait() == 0);
    // The wrong password for the same flow never reaches the application.
    Sipp wrong(sipp_args("uac_call_auth.xml", t.port(),
                         {"-m", "1", "-s", "4001", "-au", "1002", "-ap", "nope", "-key", "caller", "1002", "-timeout", "5s"}));
    CHECK(wrong.wait() != 0);
    CHECK(t.events.count<IncomingCall>() == 0);
    CHECK(t.stack->stats().auth_failures >= 1);
}

TEST_CASE("an INVITE from a non-trunk address is challenged 407, no SDP 488", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    // uac_call_hold expects 200; it gets 407 (127.0.0.1 is no trunk) and fails.
    Sipp caller(sipp_args("uac_call_hold.xml", t.port(), {"-m", "1", "-s", "4001"}));
    CHECK(caller.wait() != 0);
    CHECK(t.events.count<IncomingCall>() == 0);
}

TEST_CASE("outgoing call to an extension behind NAT: ringing, answered, hangup reaches the phone", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    const auto phone_port = free_udp_port();
    // The phone's Contact names an unreachable address; its packets come from phone_port.
    REQUIRE(run_sipp("register.xml", t.port(), register_args("1002", phone_port, "10.255.255.1", 5999)) == 0);
    REQUIRE(t.events.wait<RegistrationChanged>());
    Sipp phone(sipp_args("uas_answer.xml", t.port(),
                         {"-m", "1", "-p", std::to_string(phone_port), "-key", "contact_host", "10.255.255.1", "-key",
                          "contact_port", "5999"}));
    REQUIRE(wait_udp_port_bound(phone_port));
    OutgoingCall call;
    call.number = "1002";
    call.from_user = "4001";
    call.from_display = "Hotline \"VIP\"";
    call.offer = local_sdp();
    call.auto_answer = true;
    auto id = t.stack->invite(call);
    REQUIRE(id);
    auto ringing = t.events.wait<LegRinging>();
    REQUIRE(ringing);
    CHECK(ringing->leg == *id);
    CHECK(ringing->status == 180);
    auto answered = t.events.wait<LegAnswered>();
    REQUIRE(answered);
    CHECK(answered->leg == *id);
    CHECK(answered->answer.audio.payload_types == std::vector<int>{8, 101});
    t.stack->hangup(*id, "agent hung up");
    auto ended = t.events.wait<LegEnded>();
    REQUIRE(ended);
    CHECK(ended->leg == *id);
    CHECK_FALSE(ended->by_remote);
    CHECK(phone.wait() == 0);  // it received the BYE, sent to the NAT address
}

TEST_CASE("outgoing call failures: unknown 404, unregistered 480, bad number refused at once", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    OutgoingCall call;
    call.offer = local_sdp();
    call.number = "5555";
    auto a = t.stack->invite(call);
    REQUIRE(a);
    auto fa = t.events.wait<LegFailed>([&](auto& f) { return f.leg == *a; });
    REQUIRE(fa);
    CHECK(fa->status == 404);
    call.number = "1003";
    auto b = t.stack->invite(call);
    REQUIRE(b);
    auto fb = t.events.wait<LegFailed>([&](auto& f) { return f.leg == *b; });
    REQUIRE(fb);
    CHECK(fb->status == 480);
    call.number = "10;03>";
    CHECK_FALSE(t.stack->invite(call));
}

TEST_CASE("ring timeout cancels the call and reports LegFailed 408", "[sip][calls]") {
    TestStack t;
    REQUIRE(t.stack);
    const auto phone_port = free_udp_port();
    REQUIRE(run_sipp("register.xml", t.port(), register_args("1001", phone_port, "127.0.0.1", phone_port)) == 0);
    Sipp phone(sipp_args("uas_ring_no_answer.xml", t.port(), {"-m", "1", "-p", std::to_string(phone_port)}));
    REQUIRE(wait_udp_port_bound(phone_port));
    OutgoingCall call;
    call.number = "1001";
    call.offer = local_sdp();
    call.ring_timeout = 1s;
    auto id = t.stack->invite(call);
    REQUIRE(id);
    REQUIRE(t.events.wait<LegRinging>());
    auto failed = t.events.wait<LegFailed>();
    REQUIRE(failed);
    CHECK(failed->leg == *id);
    CHECK(failed->status == 408);
    CHECK(phone.wait() == 0);
    CHECK(t.events.count<LegEnded>() == 0);  // exactly one final event
}

TEST_CASE("max_calls: beyond the limit a new INVITE gets 503 while calls continue", "[sip][calls]") {
    TestStack t(test_config(), test_directory(), 1);
    REQUIRE(t.stack);
    Sipp first(sipp_args("uac_call_hold.xml", t.port(), {"-m", "1", "-i", "127.0.0.3", "-s", "4001"}));
    auto in = t.events.wait<IncomingCall>();
    REQUIRE(in);
    t.stack->answer(in->leg, local_sdp());
    Sipp second(sipp_args("uac_call_hold.xml", t.port(), {"-m", "1", "-i", "127.0.0.3", "-s", "4002"}));
    CHECK(second.wait() != 0);  // 503
    CHECK(t.stack->stats().overloaded >= 1);
    t.stack->hangup(in->leg);
    REQUIRE(t.events.wait<LegEnded>());
    CHECK(first.wait() == 0);
}

TEST_CASE("shutdown with several live calls is clean and hangs them up", "[sip][calls]") {
    auto t = std::make_unique<TestStack>();
    REQUIRE(t->stack);
    Sipp callers(sipp_args("uac_call_hold.xml", t->port(), {"-m", "4", "-l", "4", "-r", "20", "-i", "127.0.0.3", "-s", "4001"}));
    std::vector<LegId> legs;
    for (int i = 0; i < 4; ++i) {
        auto in = t->events.wait<IncomingCall>();
        REQUIRE(in);
        t->stack->answer(in->leg, local_sdp(static_cast<std::uint16_t>(40000 + 2 * i)));
        legs.push_back(in->leg);
    }
    // One more leg still ringing out (never answered) to a registered phone.
    const auto phone_port = free_udp_port();
    REQUIRE(run_sipp("register.xml", t->port(), register_args("1001", phone_port, "127.0.0.1", phone_port)) == 0);
    Sipp phone(sipp_args("uas_ring_no_answer.xml", t->port(), {"-m", "1", "-p", std::to_string(phone_port)}));
    REQUIRE(wait_udp_port_bound(phone_port));
    OutgoingCall call;
    call.number = "1001";
    call.offer = local_sdp();
    REQUIRE(t->stack->invite(call));
    REQUIRE(t->events.wait<LegRinging>());
    t->stack.reset();  // shuts down: BYE to the four, CANCEL to the ringing one
    CHECK(callers.wait() == 0);
    CHECK(phone.wait() == 0);
    std::size_t ended = t->events.count<LegEnded>();
    CHECK(ended == 5);
}

// Found by tests/integration/telephony/protos_c07_test.sh (live calls, callers gone): our BYEs went
// unanswered, and nua_shutdown waited for their transactions (timer F, 32 s) before it completed,
// so a SIGTERM took ~33 s. Legs still alive after the grace are now dropped before nua_shutdown.
TEST_CASE("shutdown with live calls whose callers are gone ends within seconds", "[sip][calls]") {
    auto t = std::make_unique<TestStack>();
    REQUIRE(t->stack);
    Sipp callers(
        sipp_args("uac_call_hold.xml", t->port(), {"-m", "3", "-l", "3", "-r", "20", "-i", "127.0.0.3", "-s", "4001"}));
    for (int i = 0; i < 3; ++i) {
        auto in = t->events.wait<IncomingCall>();
        REQUIRE(in);
        t->stack->answer(in->leg, local_sdp(static_cast<std::uint16_t>(40000 + 2 * i)));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the ACKs
    callers.freeze();  // nobody answers the BYEs any more, and no ICMP says so
    const auto started = std::chrono::steady_clock::now();
    t->stack.reset();
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(took < std::chrono::seconds(8));
    CHECK(t->events.count<LegEnded>() == 3);
}
