// Lookups in outside systems over real sockets: an in-process HTTP server on loopback answers
// with JSON, with an error status, with something that is not JSON, or not at all (timeout);
// a port nobody listens on. Every case ends with an answer that says what happened.
#include <catch2/catch.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

#include <optional>
#include <thread>

#include "cti/lookup/http_lookup.h"

using namespace cti;
using namespace cti::lookup;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

// Answers each connection with `reply` (raw HTTP), or holds it open without answering when
// reply is empty. Records the request line it got.
struct FakeSystem {
    asio::io_context& io;
    tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
    std::string reply;
    std::string request_line;
    std::vector<std::shared_ptr<tcp::socket>> held;

    void serve() {
        auto socket = std::make_shared<tcp::socket>(io);
        acceptor.async_accept(*socket, [this, socket](boost::system::error_code ec) {
            if (ec) return;
            auto buf = std::make_shared<asio::streambuf>();
            asio::async_read_until(*socket, *buf, "\r\n\r\n", [this, socket, buf](boost::system::error_code ec2, std::size_t) {
                if (ec2) return;
                std::istream in(buf.get());
                std::getline(in, request_line);
                if (reply.empty()) return held.push_back(socket);
                asio::async_write(*socket, asio::buffer(reply), [socket](boost::system::error_code, std::size_t) {});
            });
        });
    }
    std::string url(const std::string& path) {
        return "http://127.0.0.1:" + std::to_string(acceptor.local_endpoint().port()) + path;
    }
};

std::string http_reply(int status, const std::string& body) {
    return "HTTP/1.1 " + std::to_string(status) + " X\r\nContent-Type: application/json\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

Answer ask_once(asio::io_context& io, HttpLookups& l, const std::string& name, const std::string& key) {
    std::optional<Answer> got;
    l.ask(name, key, [&](Answer a) { got = std::move(a); });
    io.run_for(std::chrono::seconds(10));
    REQUIRE(got.has_value());
    return std::move(*got);
}

}  // namespace

TEST_CASE("URLs take the URL-encoded key", "[lookup]") {
    auto u = parse_url("http://billing.local:8081/due?account={key}&x=1", "33 01/号");
    REQUIRE(u.has_value());
    CHECK(u->host == "billing.local");
    CHECK(u->port == "8081");
    CHECK(u->target == "/due?account=33%2001%2F%E5%8F%B7&x=1");
    CHECK(parse_url("http://h", "k")->target == "/");
    CHECK_FALSE(parse_url("https://h/x", "k").has_value());
    CHECK(fields_from_json(R"({"amount_due":"128.50","months":2,"items":[1]})").value() ==
          Fields{{"amount_due", "128.50"}, {"months", "2"}, {"items", "[1]"}});
    CHECK_FALSE(fields_from_json("[1,2]").has_value());
    CHECK_FALSE(fields_from_json("<html>").has_value());
}

TEST_CASE("a lookup reply's field is cut at its bound, whole characters kept", "[lookup]") {
    // Found by fuzz_lookup_reply: numbers written short read back long (25E8 is 2500000000.0),
    // so a nested array made a field several times longer than the reply.
    std::string body = R"({"n":[)";
    for (int i = 0; i < 2000; ++i) body += i ? ",25E8" : "25E8";
    body += "]}";
    const auto fields = fields_from_json(body).value();
    CHECK(fields.at("n").size() == kMaxFieldBytes + std::string("…").size());
    CHECK(fields.at("n").ends_with("…"));
    // Chinese text is cut between characters, never inside one.
    std::string chinese;
    for (int i = 0; i < 2000; ++i) chinese += "电";
    const auto cut = fields_from_json(R"({"t":")" + chinese + R"("})").value().at("t");
    CHECK(cut.size() <= kMaxFieldBytes + 3);
    CHECK((cut.size() - std::string("…").size()) % 3 == 0);
    CHECK(fields_from_json(R"({"short":"电费"})").value().at("short") == "电费");
}

TEST_CASE("an outside system's JSON answer becomes fields, failures say why", "[lookup]") {
    asio::io_context io;
    FakeSystem sys{io};
    std::map<std::string, LookupConfig> cfg;

    SECTION("a JSON object") {
        sys.reply = http_reply(200, R"({"name":"李建国","amount_due":"128.50"})");
        cfg["billing"] = {sys.url("/due?account={key}"), 2000, 65536};
        HttpLookups l(io.get_executor(), cfg);
        sys.serve();
        auto a = ask_once(io, l, "billing", "3301001");
        REQUIRE(a.fields.has_value());
        CHECK(a.fields->at("amount_due") == "128.50");
        CHECK(sys.request_line.starts_with("GET /due?account=3301001 HTTP/1.1"));
    }
    SECTION("not found, an error status, not JSON, too big") {
        cfg["billing"] = {sys.url("/x"), 2000, 64};
        HttpLookups l(io.get_executor(), cfg);
        for (auto [reply, expected] : {std::pair{http_reply(404, "{}"), "billing knows nothing about it"},
                                       {http_reply(500, "{}"), "billing answered HTTP 500"},
                                       {http_reply(200, "<html>"), "billing: the answer is not a JSON object"},
                                       {http_reply(200, "{\"a\":\"" + std::string(100, 'x') + "\"}"),
                                        "billing answered more than 64 bytes"}}) {
            sys.reply = reply;
            sys.serve();
            io.restart();
            CAPTURE(expected);
            auto a = ask_once(io, l, "billing", "1");
            REQUIRE_FALSE(a.fields.has_value());
            CHECK(a.fields.error().message == expected);
        }
    }
    SECTION("no answer within the timeout") {
        sys.reply = "";  // accepts, reads, never answers
        cfg["slow"] = {sys.url("/"), 300, 65536};
        HttpLookups l(io.get_executor(), cfg);
        sys.serve();
        const auto start = std::chrono::steady_clock::now();
        auto a = ask_once(io, l, "slow", "1");
        REQUIRE_FALSE(a.fields.has_value());
        CHECK(a.fields.error().message == "slow did not answer within 300 ms");
        CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    }
    SECTION("nobody listening; not configured") {
        const auto port = sys.acceptor.local_endpoint().port();
        sys.acceptor.close();
        cfg["down"] = {"http://127.0.0.1:" + std::to_string(port) + "/", 2000, 65536};
        HttpLookups l(io.get_executor(), cfg);
        auto a = ask_once(io, l, "down", "1");
        REQUIRE_FALSE(a.fields.has_value());
        CHECK(a.fields.error().message.starts_with("down: connecting failed"));
        io.restart();
        auto none = ask_once(io, l, "nope", "1");
        CHECK(none.fields.error().message == "no lookup named 'nope' is configured");
    }
}

TEST_CASE("ask_all gathers every system's answer, in name order", "[lookup]") {
    asio::io_context io;
    FakeSystem a{io}, b{io};
    a.reply = http_reply(200, R"({"x":"1"})");
    b.reply = "";  // times out
    std::map<std::string, LookupConfig> cfg{{"billing", {a.url("/"), 2000, 65536}}, {"install", {b.url("/"), 200, 65536}}};
    HttpLookups l(io.get_executor(), cfg);
    a.serve();
    b.serve();
    std::optional<std::vector<Answer>> got;
    l.ask_all("k", [&](std::vector<Answer> all) { got = std::move(all); });
    io.run_for(std::chrono::seconds(10));
    REQUIRE(got.has_value());
    REQUIRE(got->size() == 2);
    CHECK((*got)[0].name == "billing");
    CHECK((*got)[0].fields.has_value());
    CHECK((*got)[1].name == "install");
    CHECK_FALSE((*got)[1].fields.has_value());
}
