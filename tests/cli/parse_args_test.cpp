#include <catch2/catch.hpp>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

#include "cti/cli/command_table.h"
#include "cti/cli/exit_code.h"
#include "cti/cli/invocation.h"

using cti::cli::parse_args;
using cti::cli::parse_server_address;

namespace {

auto parse(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"cti-cli"};
    argv.insert(argv.end(), args.begin(), args.end());
    return parse_args(static_cast<int>(argv.size()), argv.data());
}

#define BASE "--server", "cti.example.org:7443", "--user", "alice", "--password-file", "pw.txt"

constexpr int kUsage = static_cast<int>(cti::cli::ExitCode::usage);

}  // namespace

TEST_CASE("a complete command line parses into global options and the command") {
    auto inv = parse({BASE, "--pin", "sha256:ab" "cdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", "--timeout-ms",
                      "2500", "whoami"});
    REQUIRE(inv);
    CHECK(inv->command == "whoami");
    CHECK(inv->global.server.host == "cti.example.org");
    CHECK(inv->global.server.port == 7443);
    CHECK(inv->global.user == "alice");
    CHECK(inv->global.password_file == "pw.txt");
    CHECK(inv->global.timeout_ms == 2500);
    CHECK(inv->global.pin.starts_with("AB:CD:EF:01"));
    CHECK_FALSE(inv->global.insecure);
}

TEST_CASE("missing --user is a usage error that names the option") {
    auto inv = parse({"--server", "h:1", "--password-file", "pw", "whoami"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    CHECK(inv.error().text.starts_with("cti-cli: "));
    CHECK(inv.error().text.find("--user is required") != std::string::npos);
}

TEST_CASE("no command is a usage error listing the commands") {
    auto inv = parse({BASE});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    for (const auto& spec : cti::cli::command_table())
        CHECK(inv.error().text.find(std::string(spec.name)) != std::string::npos);
}

TEST_CASE("an unknown command is a usage error") {
    auto inv = parse({BASE, "reboot"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    CHECK(inv.error().text.find("reboot") != std::string::npos);
}

TEST_CASE("help exits 0 with the commands in the text") {
    auto inv = parse({"--help"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == 0);
    CHECK(inv.error().text.find("watch") != std::string::npos);
    CHECK(inv.error().text.find("--password-file") != std::string::npos);
}

TEST_CASE("a command's --help shows its own arguments") {
    auto inv = parse({"announce", "--help"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == 0);
    CHECK(inv.error().text.find("title") != std::string::npos);
}

TEST_CASE("trust options exclude each other") {
    auto inv = parse({BASE, "--pin", "00", "--insecure", "whoami"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    CHECK(inv.error().text.find("excludes") != std::string::npos);
}

TEST_CASE("the CA file must exist") {
    auto inv = parse({BASE, "--ca", "/nonexistent/server.crt", "whoami"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
}

TEST_CASE("a malformed --pin is a usage error that shows the expected form") {
    auto inv = parse({BASE, "--pin", "SHA256:12:34", "whoami"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    CHECK(inv.error().text.find("SHA256:AB:CD") != std::string::npos);
}

TEST_CASE("global options may follow the command") {
    auto inv = parse({"ping", BASE});
    REQUIRE(inv);
    CHECK(inv->command == "ping");
    CHECK(inv->global.user == "alice");
}

TEST_CASE("watch takes --count and --for-ms") {
    auto inv = parse({BASE, "watch", "--count", "3", "--for-ms", "1500"});
    REQUIRE(inv);
    CHECK(inv->command == "watch");
    CHECK(inv->args.count == 3);
    CHECK(inv->args.for_ms == 1500);

    auto negative = parse({BASE, "watch", "--count", "-1"});
    REQUIRE_FALSE(negative);
    CHECK(negative.error().exit_code == kUsage);
}

TEST_CASE("announce needs a title and a body") {
    auto inv = parse({BASE, "announce", "Outage", "Line 3 is down"});
    REQUIRE(inv);
    CHECK(inv->args.title == "Outage");
    CHECK(inv->args.body == "Line 3 is down");

    auto missing = parse({BASE, "announce", "Outage"});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().exit_code == kUsage);
    CHECK(missing.error().text.find("body") != std::string::npos);
}

TEST_CASE("change-password needs --new-password-file, and stdin serves only one of the two") {
    auto inv = parse({BASE, "change-password", "--new-password-file", "new.txt"});
    REQUIRE(inv);
    CHECK(inv->args.new_password_file == "new.txt");

    REQUIRE_FALSE(parse({BASE, "change-password"}));

    auto both = parse({"--server", "h", "--user", "u", "--password-file", "-", "change-password",
                       "--new-password-file", "-"});
    REQUIRE_FALSE(both);
    CHECK(both.error().exit_code == kUsage);
    CHECK(both.error().text.find("standard input") != std::string::npos);
}

TEST_CASE("snapshot --fresh") {
    auto inv = parse({BASE, "snapshot", "--fresh"});
    REQUIRE(inv);
    CHECK(inv->args.fresh);
}

TEST_CASE("every command in the table parses with the global options alone or its required arguments") {
    for (const auto& spec : cti::cli::command_table()) {
        const std::string name(spec.name);
        static const std::set<std::string> kCallOnly{"answer", "hangup", "hold", "retrieve", "complete-transfer",
                                                     "cancel-consult", "conference", "pickup", "monitor", "whisper",
                                                     "barge"};
        auto inv = name == "announce"          ? parse({BASE, "announce", "t", "b"})
                   : name == "change-password" ? parse({BASE, "change-password", "--new-password-file", "n"})
                   : name == "dial"            ? parse({BASE, "dial", "95598"})
                   : kCallOnly.contains(name)  ? parse({BASE, name.c_str(), "7"})
                   : name == "dtmf"            ? parse({BASE, "dtmf", "7", "12#"})
                   : name == "not-ready" || name == "away" ? parse({BASE, name.c_str(), "培训"})
                   : name == "save-flow"       ? parse({BASE, "save-flow", "flow.json"})
                   : name == "order-create"    ? parse({BASE, "order-create", "complaint", "停电"})
                   : name == "order"           ? parse({BASE, "order", "GD20261126000001", "accept"})
                   : name == "order-show"      ? parse({BASE, "order-show", "12"})
                   : name == "customer-save"   ? parse({BASE, "customer-save", "--name", "李", "--phone", "138"})
                   : name == "customer-close"  ? parse({BASE, "customer-close", "3"})
                   : name == "lookup"          ? parse({BASE, "lookup", "13800138000"})
                   : name == "workflow-save"   ? parse({BASE, "workflow-save", "w.json"})
                   : name == "deadline-policy" ? parse({BASE, "deadline-policy", "repair", "urgent", "600", "3600"})
                   : name == "order-summary"   ? parse({BASE, "order-summary", "type"})
                   : name == "phrase-save"     ? parse({BASE, "phrase-save", "phrase", "已处理"})
                   : name == "attach"          ? parse({BASE, "attach", "3", "photo.jpg"})
                   : name == "attachments"     ? parse({BASE, "attachments", "3"})
                   : name == "attachment"      ? parse({BASE, "attachment", "3", "--out", "x"})
                   : name == "message"         ? parse({BASE, "message", "你好", "--to", "1002"})
                   : name == "department-save" ? parse({BASE, "department-save", "城东供电所"})
                   : name == "user-save"       ? parse({BASE, "user-save", "--name", "x", "--role", "agent"})
                   : name == "number-segment"  ? parse({BASE, "number-segment", "0571"})
                   : name == "kb-category-save" ? parse({BASE, "kb-category-save", "电费"})
                   : name == "kb-article-save" ? parse({BASE, "kb-article-save", "如何缴费", "--category", "1"})
                   : name == "kb-article"      ? parse({BASE, "kb-article", "4"})
                   : name == "kb-feedback"     ? parse({BASE, "kb-feedback", "4", "电话已变更"})
                   : name == "kb-feedback-resolve" ? parse({BASE, "kb-feedback-resolve", "2", "已更新"})
                   : name == "kb-send"         ? parse({BASE, "kb-send", "4", "--order", "12", "--channel", "sms"})
                   : name == "voicemail-heard" ? parse({BASE, "voicemail-heard", "5"})
                   : name == "voicemail-fetch" ? parse({BASE, "voicemail-fetch", "5", "--out", "m.wav"})
                   : name == "recording-fetch" ? parse({BASE, "recording-fetch", "5", "--out", "c.wav"})
                   : name == "transfer" || name == "consult" ? parse({BASE, name.c_str(), "7", "1002"})
                   : name == "campaign-save"   ? parse({BASE, "campaign-save", "电费提醒", "--mode", "progressive"})
                   : name == "campaign-import" ? parse({BASE, "campaign-import", "3", "list.csv"})
                   : name.starts_with("campaign-") || name == "preview-next" ? parse({BASE, name.c_str(), "3"})
                   : name == "preview-dial" || name == "preview-skip" ? parse({BASE, name.c_str(), "9"})
                   : name == "disposition"     ? parse({BASE, "disposition", "9", "success"})
                   : name == "prompt-upload"   ? parse({BASE, "prompt-upload", "ivr/welcome", "w.wav", "--lang", "zh_CN"})
                   : name == "fax-send"        ? parse({BASE, "fax-send", "13800138001", "contract.pdf"})
                   : name == "report"          ? parse({BASE, "report", "queue", "--range", "today"})
                   : name == "report-save"     ? parse({BASE, "report-save", "今日队列", "queue"})
                   : name == "queue-member"    ? parse({BASE, "queue-member", "1001", "热线总队列"})
                   : name == "recording-score" ? parse({BASE, "recording-score", "5", "greeting=8"})
                   : name == "flow-get"        ? parse({BASE, "flow-get", "demo_utility_hotline"})
                   : name == "admin-list"      ? parse({BASE, "admin-list", "queues"})
                   : name == "admin-save"      ? parse({BASE, "admin-save", "skills", "name=英语"})
                                               : parse({BASE, name.c_str()});
        INFO(name);
        REQUIRE(inv);
        CHECK(inv->command == name);
        CHECK(cti::cli::find_command(name) == &spec);
    }
}

TEST_CASE("knowledge-base commands carry ids, keywords and the body's source") {
    auto inv = parse({BASE, "kb-article-save", "如何缴费", "--category", "3", "--id", "7", "--keywords", "缴费, 电费",
                      "--body-file", "body.txt"});
    REQUIRE(inv);
    CHECK(inv->args.title == "如何缴费");
    CHECK(inv->args.kb_category == 3);
    CHECK(inv->args.kb_id == 7);
    REQUIRE(inv->args.keywords.size() == 2);
    CHECK(inv->args.keywords[0] == "缴费");
    CHECK(inv->args.body_file == "body.txt");
    CHECK_FALSE(parse({BASE, "kb-article-save", "t", "--category", "3", "--body", "x", "--body-file", "f"}));
    CHECK_FALSE(parse({BASE, "kb-article-save", "t"}));  // the category is required
    inv = parse({BASE, "kb-article-save", "--keywords", "a,b", "标题", "--category", "1"});
    REQUIRE(inv);
    CHECK(inv->args.title == "标题");
    CHECK(inv->args.keywords.size() == 2);
    inv = parse({BASE, "kb-category-save", "计划停电", "--parent", "2", "--id", "5"});
    REQUIRE(inv);
    CHECK(inv->args.name == "计划停电");
    CHECK(inv->args.kb_parent == 2);
    inv = parse({BASE, "kb-send", "4", "--order", "GD20261126000001", "--channel", "email", "--to", "li@example.com"});
    REQUIRE(inv);
    CHECK(inv->args.order == "GD20261126000001");
    CHECK(inv->args.to == "li@example.com");
    CHECK_FALSE(parse({BASE, "kb-send", "4", "--channel", "sms"}));  // the order is required
    CHECK_FALSE(parse({BASE, "kb-article", "0"}));
    inv = parse({BASE, "kb-search", "停电", "--category", "2", "--limit", "5"});
    REQUIRE(inv);
    CHECK(inv->args.text == "停电");
    CHECK_FALSE(parse({BASE, "kb-search", "x", "--limit", "101"}));
}

TEST_CASE("call commands carry the call id, the number and the digits") {
    auto inv = parse({BASE, "transfer", "42", "1003"});
    REQUIRE(inv);
    CHECK(inv->args.call_id == 42);
    CHECK(inv->args.number == "1003");
    inv = parse({BASE, "dtmf", "9", "123#"});
    REQUIRE(inv);
    CHECK(inv->args.digits == "123#");
    CHECK_FALSE(parse({BASE, "hold"}));        // the call id is required
    CHECK_FALSE(parse({BASE, "hold", "-3"}));  // and positive
    CHECK_FALSE(parse({BASE, "dial"}));
}

TEST_CASE("server addresses") {
    auto plain = parse_server_address("cti.example.org:7443");
    REQUIRE(plain);
    CHECK(plain->host == "cti.example.org");
    CHECK(plain->port == 7443);

    auto no_port = parse_server_address("10.0.0.5");
    REQUIRE(no_port);
    CHECK(no_port->host == "10.0.0.5");
    CHECK(no_port->port == cti::cli::kDefaultPort);

    auto v6 = parse_server_address("[::1]:9000");
    REQUIRE(v6);
    CHECK(v6->host == "::1");
    CHECK(v6->port == 9000);

    auto bare_v6 = parse_server_address("fe80::1");
    REQUIRE(bare_v6);
    CHECK(bare_v6->host == "fe80::1");
    CHECK(bare_v6->port == cti::cli::kDefaultPort);

    for (const char* bad : {"", ":7443", "host:", "host:0", "host:65536", "host:12ab", "[::1", "[::1]x", "[]:1"}) {
        INFO(bad);
        CHECK_FALSE(parse_server_address(bad));
    }
    auto inv = parse({"--server", "host:99999", "--user", "u", "--password-file", "p", "ping"});
    REQUIRE_FALSE(inv);
    CHECK(inv.error().exit_code == kUsage);
    CHECK(inv.error().text.find("1 to 65535") != std::string::npos);
}

TEST_CASE("work-order commands carry the order, the action, the targets and the opinion") {
    auto inv = parse({BASE, "order", "GD20261126000001", "dispatch", "--to", "投诉处理中心", "--to", "抢修调度中心",
                      "--opinion", "会签"});
    REQUIRE(inv);
    CHECK(inv->args.order == "GD20261126000001");
    CHECK(inv->args.action == "dispatch");
    CHECK(inv->args.to_departments == std::vector<std::string>{"投诉处理中心", "抢修调度中心"});
    CHECK(inv->args.opinion == "会签");
    inv = parse({BASE, "order-create", "repair", "停电", "--urgency", "very_urgent", "--call", "9", "--restricted"});
    REQUIRE(inv);
    CHECK(inv->args.order_type == "repair");
    CHECK(inv->args.order_call_id == 9);
    CHECK(inv->args.restricted);
    CHECK_FALSE(parse({BASE, "order", "12"}));              // the action is required
    CHECK_FALSE(parse({BASE, "order-search", "--limit", "0"}));  // 1..200
}

TEST_CASE("report and review commands carry their query, level and score items") {
    auto inv = parse({BASE, "report", "agent", "--period", "60m", "--range", "yesterday", "--utc-offset", "480",
                      "--column", "answered", "--column", "talk_s", "--key", "1001 王芳"});
    REQUIRE(inv);
    CHECK(inv->args.kind == "agent");
    CHECK(inv->args.period == "60m");
    CHECK(inv->args.range == "yesterday");
    CHECK(inv->args.utc_offset_min == 480);
    CHECK(inv->args.columns == std::vector<std::string>{"answered", "talk_s"});
    CHECK(inv->args.keys == std::vector<std::string>{"1001 王芳"});
    CHECK_FALSE(parse({BASE, "report"}));  // the subject is required
    inv = parse({BASE, "queue-member", "1001", "投诉队列", "--level", "2"});
    REQUIRE(inv);
    CHECK(inv->args.agent_id == 1001);
    CHECK(inv->args.queue == "投诉队列");
    CHECK(inv->args.level == 2);
    CHECK_FALSE(parse({BASE, "queue-member", "1001", "投诉队列", "--level", "0"}));
    inv = parse({BASE, "recording-score", "7", "greeting=8", "accuracy=25", "--comment", "语速偏快"});
    REQUIRE(inv);
    CHECK(inv->args.items == std::vector<std::string>{"greeting=8", "accuracy=25"});
    CHECK(inv->args.note == "语速偏快");
}
