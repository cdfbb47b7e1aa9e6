// Whole cti-cli runs (parse_args + run_invocation) against the scripted server: output lines,
// "cti-cli: <message>" errors and exit codes.
#include <catch2/catch.hpp>

#include <functional>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "cti/cli/invocation.h"
#include "cti/cli/runner.h"
#include "fake_server.h"
#include "temp_file.h"

using namespace std::chrono_literals;
using cti::cli::test::FakeServer;
using cti::cli::test::TempFile;
using cti::cli::test::TestCertificate;
namespace wire = cti::wire;

namespace {

const TestCertificate& certificate() {
    static const TestCertificate cert;
    return cert;
}

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

Run run_cli(std::uint16_t port, const std::string& password_file, std::vector<std::string> command,
            bool pin = true, std::function<bool()> interrupted = [] { return false; }) {
    std::vector<std::string> args{"cti-cli", "--server", "127.0.0.1:" + std::to_string(port), "--user", "alice",
                                  "--password-file", password_file, "--timeout-ms", "3000"};
    if (pin) {
        args.emplace_back("--pin");
        args.emplace_back(certificate().fingerprint());
    }
    args.insert(args.end(), command.begin(), command.end());
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    Run run;
    auto invocation = cti::cli::parse_args(static_cast<int>(argv.size()), argv.data());
    if (!invocation) {
        run.exit_code = invocation.error().exit_code;
        run.err = invocation.error().text;
        return run;
    }
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    run.exit_code = cti::cli::run_invocation(*invocation, in, out, err, interrupted);
    run.out = out.str();
    run.err = err.str();
    return run;
}

// Answers the Logout cti-cli sends at the end of a run; records whether it came.
void answer_logout(FakeServer::Peer& peer, bool& logged_out) {
    auto logout = peer.read(2s);
    if (!logout || !logout->has_logout()) return;
    logged_out = true;
    wire::Envelope ok;
    ok.mutable_logout_ok();
    peer.reply(*logout, ok);
}

wire::Envelope error_reply(wire::ErrorCode code, const std::string& message) {
    wire::Envelope e;
    e.mutable_error()->set_code(code);
    e.mutable_error()->set_message(message);
    return e;
}

}  // namespace

TEST_CASE("whoami prints the user as one JSON line, then logs out") {
    TempFile password("pw\n");
    bool logged_out = false;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        answer_logout(peer, logged_out);
    });
    auto run = run_cli(server.port(), password.path(), {"whoami"});
    server.join();
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(run.out.starts_with(R"({"user_id":"42","login":"alice")"));
    CHECK(run.out.find('\n') == run.out.size() - 1);
    CHECK(logged_out);
}

TEST_CASE("announce prints the PostAnnouncementOk") {
    TempFile password("pw");
    std::string title;
    bool logged_out = false;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        auto post = peer.read();
        if (!post) return;
        title = post->post_announcement().title();
        wire::Envelope ok;
        auto* a = ok.mutable_post_announcement_ok()->mutable_announcement();
        a->set_announcement_id(3);
        a->set_title(title);
        peer.reply(*post, ok);
        answer_logout(peer, logged_out);
    });
    auto run = run_cli(server.port(), password.path(), {"announce", "Outage", "Line 3 is down"});
    server.join();
    CHECK(run.exit_code == 0);
    CHECK(title == "Outage");
    CHECK(run.out.starts_with(R"({"announcement":{"announcement_id":"3","title":"Outage")"));
}

TEST_CASE("an error reply prints the server's message and exits 5") {
    TempFile password("pw");
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        auto post = peer.read();
        if (!post) return;
        peer.reply(*post, error_reply(wire::PERMISSION_DENIED, "agents may not post announcements"));
        bool ignored = false;
        answer_logout(peer, ignored);
    });
    auto run = run_cli(server.port(), password.path(), {"announce", "t", "b"});
    server.join();
    CHECK(run.exit_code == 5);
    CHECK(run.out.empty());
    CHECK(run.err == "cti-cli: agents may not post announcements\n");
}

TEST_CASE("a refused login exits 4 with the server's text") {
    TempFile password("wrong");
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        auto hello = peer.read();
        if (!hello) return;
        wire::Envelope ok;
        ok.mutable_hello_ok()->set_protocol_major(1);
        peer.reply(*hello, ok);
        auto login = peer.read();
        if (!login) return;
        peer.reply(*login, error_reply(wire::AUTH_FAILED, "unknown user or wrong password"));
        peer.read(2s);
    });
    auto run = run_cli(server.port(), password.path(), {"whoami"});
    server.join();
    CHECK(run.exit_code == 4);
    CHECK(run.err == "cti-cli: unknown user or wrong password\n");
}

TEST_CASE("no server exits 3, and an untrusted certificate exits 3 and shows the fingerprint") {
    TempFile password("pw");
    auto refused = run_cli(cti::cli::test::closed_port(), password.path(), {"ping"});
    CHECK(refused.exit_code == 3);
    CHECK(refused.err.starts_with("cti-cli: cannot connect to 127.0.0.1:"));

    FakeServer server(certificate(), [](FakeServer::Peer&) {});
    auto untrusted = run_cli(server.port(), password.path(), {"ping"}, false);
    server.join();
    CHECK(untrusted.exit_code == 3);
    CHECK(untrusted.err.find("SHA256:" + certificate().fingerprint()) != std::string::npos);
    CHECK(untrusted.err.find("--ca FILE") != std::string::npos);
}

TEST_CASE("a missing password file exits 2 before connecting") {
    auto run = run_cli(cti::cli::test::closed_port(), "/nonexistent/pw", {"whoami"});
    CHECK(run.exit_code == 2);
    CHECK(run.err.starts_with("cti-cli: cannot read the password file /nonexistent/pw"));
}

TEST_CASE("watch prints the snapshot, then events, and stops after --count events") {
    TempFile password("pw");
    bool logged_out = false;
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        for (std::uint64_t seq = 8; seq <= 10; ++seq) {
            wire::Envelope e;
            e.mutable_event()->set_seq(seq);
            e.mutable_event()->mutable_announcement()->set_title("a" + std::to_string(seq));
            peer.send(e);
        }
        answer_logout(peer, logged_out);
    });
    auto run = run_cli(server.port(), password.path(), {"watch", "--count", "2"});
    server.join();
    CHECK(run.exit_code == 0);
    std::istringstream lines(run.out);
    std::vector<std::string> got;
    for (std::string line; std::getline(lines, line);) got.push_back(line);
    REQUIRE(got.size() == 3);
    CHECK(got[0].starts_with(R"({"snapshot":{"me":{"user_id":"42")"));
    CHECK(got[1].starts_with(R"({"event":{"seq":"8")"));
    CHECK(got[2].starts_with(R"({"event":{"seq":"9")"));
    CHECK(logged_out);
}

TEST_CASE("watch --for-ms ends quietly after that time") {
    TempFile password("pw");
    FakeServer server(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        bool ignored = false;
        answer_logout(peer, ignored);
    });
    const auto start = std::chrono::steady_clock::now();
    auto run = run_cli(server.port(), password.path(), {"watch", "--for-ms", "300"});
    const auto took = std::chrono::steady_clock::now() - start;
    server.join();
    CHECK(run.exit_code == 0);
    CHECK(run.out.starts_with(R"({"snapshot":)"));
    CHECK(took >= 300ms);
    CHECK(took < 3s);
}

TEST_CASE("ping prints the round trip, logout needs its LogoutOk, change-password sends both passwords") {
    TempFile password("old-pw\n");
    TempFile new_password("new-pw\n");
    std::string old_seen;
    std::string new_seen;
    bool logged_out = false;
    FakeServer server(
        certificate(),
        [&](FakeServer::Peer& peer) {
            if (!peer.accept_login()) return;
            auto request = peer.read();
            if (!request) return;
            wire::Envelope reply;
            if (request->has_ping()) {
                reply.mutable_pong()->set_nonce(request->ping().nonce());
                reply.mutable_pong()->set_server_time_ms(1700000000000);
            } else if (request->has_change_password()) {
                old_seen = request->change_password().old_password();
                new_seen = request->change_password().new_password();
                reply.mutable_change_password_ok();
            } else if (request->has_logout()) {
                logged_out = true;
                reply.mutable_logout_ok();
            }
            peer.reply(*request, reply);
            bool ignored = false;
            answer_logout(peer, ignored);
        },
        3);
    auto ping = run_cli(server.port(), password.path(), {"ping"});
    CHECK(ping.exit_code == 0);
    CHECK(ping.out.starts_with(R"({"round_trip_ms":)"));
    CHECK(ping.out.find(R"("server_time_ms":1700000000000)") != std::string::npos);

    auto change = run_cli(server.port(), password.path(), {"change-password", "--new-password-file", new_password.path()});
    CHECK(change.exit_code == 0);
    CHECK(change.out.empty());

    auto logout = run_cli(server.port(), password.path(), {"logout"});
    CHECK(logout.exit_code == 0);
    server.join();
    CHECK(old_seen == "old-pw");
    CHECK(new_seen == "new-pw");
    CHECK(logged_out);
}

TEST_CASE("watch stops with exit 0 when interrupted, and an Error from the server ends it with exit 5") {
    TempFile password("pw");
    FakeServer server(
        certificate(),
        [&](FakeServer::Peer& peer) {
            if (!peer.accept_login()) return;
            bool ignored = false;
            answer_logout(peer, ignored);
        },
        1);
    int polls = 0;
    auto interrupted = run_cli(server.port(), password.path(), {"watch"}, true, [&] { return ++polls > 3; });
    server.join();
    CHECK(interrupted.exit_code == 0);
    CHECK(interrupted.out.starts_with(R"({"snapshot":)"));

    FakeServer closing(certificate(), [&](FakeServer::Peer& peer) {
        if (!peer.accept_login()) return;
        peer.send(error_reply(wire::TIMEOUT, "no data or heartbeat within the idle timeout; reconnect"));
    });
    auto ended = run_cli(closing.port(), password.path(), {"watch"});
    closing.join();
    CHECK(ended.exit_code == 5);
    CHECK(ended.err == "cti-cli: no data or heartbeat within the idle timeout; reconnect\n");
}
