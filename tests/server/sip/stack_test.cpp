// The Stack against real SIPp peers: listening, OPTIONS, the registrar with digest auth,
// blocking of password guessers, and a flood from one address not locking out another.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "sip_test_support.h"

using namespace cti::sip;
using namespace cti::sip::test;

// sofia-sip 1.12.11's TLS transport does not free its OpenSSL context at nua_destroy (only
// OpenSSL frames in the report, allocated by tport_tls when the stack starts with a certificate).
// Our own OpenSSL use is one-shot EVP/HMAC calls, which cannot leak.
extern "C" const char* __lsan_default_suppressions() { return "leak:libcrypto.so\nleak:libssl.so\n"; }

TEST_CASE("stack listens on UDP and TCP and answers OPTIONS 200", "[sip][stack]") {
    TestStack t;
    REQUIRE(t.stack);
    REQUIRE(t.port() != 0);
    CHECK(run_sipp("options.xml", t.port(), {"-m", "1"}) == 0);
    CHECK(run_sipp("options.xml", t.port(), {"-m", "1", "-t", "t1"}) == 0);
    CHECK(t.stack->stats().requests >= 2);
}

TEST_CASE("a second stack on a used port fails with a message", "[sip][stack]") {
    TestStack a;
    REQUIRE(a.stack);
    auto c = test_config();
    c.port = a.port();
    Stack::Options o;
    o.config = c;
    auto r = Stack::start(o, test_directory(), [](Event) {});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("cannot listen") != std::string::npos);
}

TEST_CASE("register with digest auth, binding with the source address, unregister", "[sip][registrar]") {
    TestStack t;
    REQUIRE(t.stack);
    const auto port = free_udp_port();
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-p", std::to_string(port), "-s", "1001", "-au", "1001", "-ap", "secret1001", "-key",
                    "contact_host", "127.0.0.1", "-key", "contact_port", std::to_string(port), "-key", "expires", "300"}) == 0);
    auto ev = t.events.wait<RegistrationChanged>();
    REQUIRE(ev);
    CHECK(ev->extension == "1001");
    CHECK(ev->registered);
    auto reg = t.stack->registration("1001");
    REQUIRE(reg);
    CHECK(reg->source.address == "127.0.0.1");
    CHECK(reg->source.port == port);
    CHECK(reg->user_agent == "SIPp");
    CHECK(t.stack->stats().registrations_ok == 1);

    // Expires: 0 removes the binding.
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-s", "1001", "-au", "1001", "-ap", "secret1001", "-key", "contact_host", "127.0.0.1",
                    "-key", "contact_port", std::to_string(port), "-key", "expires", "0"}) == 0);
    auto gone = t.events.wait<RegistrationChanged>();
    REQUIRE(gone);
    CHECK_FALSE(gone->registered);
    CHECK_FALSE(t.stack->registration("1001"));
}

TEST_CASE("a refresh is an event too, and bindings from before a restart are in place at start", "[sip][registrar]") {
    TestStack t;
    REQUIRE(t.stack);
    const auto port = free_udp_port();
    const std::vector<std::string> args{"-m", "1", "-p", std::to_string(port), "-s", "1001", "-au", "1001", "-ap",
                                        "secret1001", "-key", "contact_host", "127.0.0.1", "-key", "contact_port",
                                        std::to_string(port), "-key", "expires", "300"};
    CHECK(run_sipp("register.xml", t.port(), args) == 0);
    auto first = t.events.wait<RegistrationChanged>();
    REQUIRE(first);
    CHECK(first->changed);
    CHECK(run_sipp("register.xml", t.port(), args) == 0);  // the same binding, refreshed
    auto refresh = t.events.wait<RegistrationChanged>();
    REQUIRE(refresh);
    CHECK(refresh->registered);
    CHECK_FALSE(refresh->changed);
    REQUIRE(refresh->registration);
    CHECK(refresh->registration->expires > first->registration->expires);

    // A new stack given the bindings it had (as the server reads them back after a crash): the
    // UDP one is there before any REGISTER, a TCP one is not (its connection died with the server).
    auto udp = *refresh->registration;
    auto tcp = udp;
    tcp.extension = "1002";
    tcp.source.transport = Transport::tcp;
    TestStack again(test_config(), test_directory(), 0, {udp, tcp});
    REQUIRE(again.stack);
    auto reg = again.stack->registration("1001");
    REQUIRE(reg);
    CHECK(reg->contact == udp.contact);
    CHECK(reg->source.port == port);
    CHECK_FALSE(again.stack->registration("1002"));
    CHECK(again.stack->stats().registered == 1);
}

TEST_CASE("registration lifetimes are clamped: too short 423, too long the maximum, expiry emits", "[sip][registrar]") {
    auto c = test_config();
    c.register_min_expires_s = 2;
    c.register_max_expires_s = 3;
    TestStack t(c);
    REQUIRE(t.stack);
    // 1 s is below the minimum: SIPp expects 200 and gets 423, so the scenario fails.
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-s", "1002", "-au", "1002", "-ap", "secret1002", "-key", "contact_host", "127.0.0.1",
                    "-key", "contact_port", "5099", "-key", "expires", "1"}) != 0);
    CHECK_FALSE(t.stack->registration("1002"));
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-s", "1002", "-au", "1002", "-ap", "secret1002", "-key", "contact_host", "127.0.0.1",
                    "-key", "contact_port", "5099", "-key", "expires", "7200"}) == 0);
    auto reg = t.stack->registration("1002");
    REQUIRE(reg);
    CHECK(reg->expires - std::chrono::steady_clock::now() <= std::chrono::seconds(3));
    REQUIRE(t.events.wait<RegistrationChanged>([](auto& e) { return e.registered; }));
    // The binding expires after the granted 3 s.
    auto gone = t.events.wait<RegistrationChanged>([](auto& e) { return !e.registered; }, 10s);
    REQUIRE(gone);
    CHECK(gone->extension == "1002");
}

TEST_CASE("wrong passwords: 401 with a fresh challenge, then the address is blocked (403)", "[sip][registrar]") {
    auto c = test_config();
    c.auth_failures_before_block = 3;
    TestStack t(c);
    REQUIRE(t.stack);
    CHECK(run_sipp("register_wrong_password.xml", t.port(), {"-m", "1", "-s", "1001", "-au", "1001", "-ap", "guess"}) == 0);
    // An unknown extension from another address gets exactly the same treatment.
    CHECK(run_sipp("register_wrong_password.xml", t.port(),
                   {"-m", "1", "-i", "127.0.0.4", "-s", "9999", "-au", "9999", "-ap", "guess"}) == 0);
    auto s = t.stack->stats();
    CHECK(s.auth_failures == 6);
    CHECK(s.blocked >= 2);
    CHECK(s.registrations_ok == 0);
    // A third address with the right password is not affected.
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-i", "127.0.0.5", "-s", "1001", "-au", "1001", "-ap", "secret1001", "-key", "contact_host",
                    "127.0.0.5", "-key", "contact_port", "5060", "-key", "expires", "60"}) == 0);
}

TEST_CASE("an OPTIONS flood from one address does not stop another from registering", "[sip][admission]") {
    auto c = test_config();
    c.source_requests_per_second = 20;
    c.source_request_burst = 40;
    TestStack t(c);
    REQUIRE(t.stack);
    Sipp attacker(sipp_args("options_flood.xml", t.port(), {"-m", "3000", "-r", "1000", "-l", "3000", "-i", "127.0.0.1"}));
    // Wait until the limiter is visibly refusing the attacker, then register from 127.0.0.2.
    for (int i = 0; i < 200 && t.stack->stats().rate_limited == 0; ++i) std::this_thread::sleep_for(20ms);
    CHECK(t.stack->stats().rate_limited > 0);
    CHECK(run_sipp("register.xml", t.port(),
                   {"-m", "1", "-i", "127.0.0.2", "-s", "1003", "-au", "1003", "-ap", "secret1003", "-key", "contact_host",
                    "127.0.0.2", "-key", "contact_port", "5060", "-key", "expires", "60"}) == 0);
    CHECK(t.stack->registration("1003"));
    attacker.wait();
    CHECK(t.stack->stats().rate_limited > 100);
}

TEST_CASE("SIP over TLS when a certificate and key are given", "[sip][stack][tls]") {
    const auto dir = std::filesystem::path(CTI_BINARY_DIR) / "sip-tls-test";
    std::filesystem::create_directories(dir);
    const auto cert = (dir / "server.crt").string(), key = (dir / "server.key").string();
    const std::string gen = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -keyout " + key +
                            " -out " + cert + " >/dev/null 2>&1";
    REQUIRE(std::system(gen.c_str()) == 0);
    Stack::Options o;
    o.config = test_config();
    o.tls_cert = cert;
    o.tls_key = key;
    EventQueue events;
    auto r = Stack::start(o, test_directory(), [&](Event e) { events.push(std::move(e)); });
    REQUIRE(r);
    auto& stack = *r;
    REQUIRE(stack->tls_port() != 0);
    CHECK(stack->tls_port() != stack->port());
    CHECK(run_sipp("options.xml", stack->port(), {"-m", "1"}) == 0);
    CHECK(run_sipp("options.xml", stack->port(), {"-m", "1", "-t", "t1"}) == 0);
    // OPTIONS over TLS with openssl s_client as the client.
    const auto req = (dir / "options.txt").string();
    {
        std::ofstream f(req, std::ios::binary);
        f << "OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bK-tls1;rport\r\n"
             "Max-Forwards: 70\r\nTo: <sip:127.0.0.1>\r\nFrom: <sip:probe@127.0.0.1>;tag=tls\r\n"
             "Call-ID: tls-options-1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    }
    const auto out = (dir / "reply.txt").string();
    const std::string cmd = "(cat " + req + "; sleep 2) | timeout 10 openssl s_client -quiet -connect 127.0.0.1:" +
                            std::to_string(stack->tls_port()) + " > " + out + " 2>/dev/null";
    std::system(cmd.c_str());
    std::ifstream in(out);
    std::string reply((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(reply.rfind("SIP/2.0 200", 0) == 0);
    // The temporary certificate folder for sofia-sip is private and removed at shutdown.
    stack.reset();
    std::filesystem::remove_all(dir);
}

TEST_CASE("TLS with a missing or wrong certificate fails with a message", "[sip][stack][tls]") {
    Stack::Options o;
    o.config = test_config();
    o.tls_cert = "/nonexistent/server.crt";
    o.tls_key = "/nonexistent/server.key";
    auto r = Stack::start(o, test_directory(), [](Event) {});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("cannot read the TLS certificate") != std::string::npos);
    o.tls_key.clear();
    auto r2 = Stack::start(o, test_directory(), [](Event) {});
    REQUIRE_FALSE(r2);
    CHECK(r2.error().code == cti::Errc::config_error);
}
