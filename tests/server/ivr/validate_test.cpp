// Save-time validation: each kind of bad flow is refused with the node and the reason.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "cti/ivr/flow_json.h"
#include "cti/ivr/validate.h"

using namespace cti;
using namespace cti::ivr;

namespace {

const KnownNames known{{"welcome", "menu", "invalid", "goodbye", "enter_account"},
                       {"hotline", "repair"},
                       {"default"}};

Flow load(std::string_view nodes, std::string_view start = "start") {
    auto f = flow_from_json(fmt::format(R"({{"name": "t", "version": 3, "start": "{}",
                                             "nodes": [{}]}})", start, nodes));
    INFO((f ? std::string() : f.error().message));
    REQUIRE(f);
    return *f;
}

// The one problem a flow has, as "node: reason".
std::string only_problem(const Flow& f) {
    auto problems = validate(f, known);
    std::string all;
    for (const auto& p : problems) all += p.node + ": " + p.reason + "\n";
    INFO(all);
    REQUIRE(problems.size() == 1);
    return problems[0].node + ": " + problems[0].reason;
}

bool contains(const std::string& text, std::string_view part) {
    INFO(text);
    return text.find(part) != std::string::npos;
}

constexpr const char* good = R"(
  {"id": "start", "type": "play", "prompts": ["welcome"], "next": "m"},
  {"id": "m", "type": "menu", "prompts": ["menu"], "options": {"1": "q", "9": "start"},
   "invalid_prompts": ["invalid"], "on_fail": "bye"},
  {"id": "q", "type": "queue", "queue": "hotline"},
  {"id": "bye", "type": "hangup", "prompts": ["goodbye"]})";

}  // namespace

TEST_CASE("a good flow has no problems, a loop through a menu is fine") {
    CHECK(validate(load(good), known).empty());
    CHECK(check(load(good), known).has_value());
}

TEST_CASE("missing or unknown start node") {
    CHECK(only_problem(load(good, "")) ==
          ": the flow has no start node; set \"start\" to the id of the first node");
    CHECK(contains(only_problem(load(good, "begin")), "start node 'begin' does not exist"));
}

TEST_CASE("unreachable nodes") {
    auto p = only_problem(load(std::string(good) + R"(, {"id": "orphan", "type": "hangup"})"));
    CHECK(contains(p, "orphan: unreachable"));
}

TEST_CASE("missing prompt ids") {
    auto p = only_problem(load(R"({"id": "start", "type": "play", "prompts": ["welcom"],
                                   "next": "end"}, {"id": "end", "type": "hangup"})"));
    CHECK(contains(p, "start: prompt 'welcom' is not in the prompt library"));
}

TEST_CASE("references to unknown nodes and missing next") {
    auto p = only_problem(load(R"({"id": "start", "type": "play", "prompts": ["welcome"],
                                   "next": "nowhere"})"));
    CHECK(contains(p, "start: goes to node 'nowhere', which does not exist"));
    p = only_problem(load(R"({"id": "start", "type": "play", "prompts": ["welcome"]})"));
    CHECK(contains(p, "start: 'next' is empty"));
}

TEST_CASE("unknown node types") {
    auto p = only_problem(load(R"({"id": "start", "type": "fax_back", "next": "x"})"));
    CHECK(contains(p, "start: unknown node type 'fax_back'; use one of play, menu"));
}

TEST_CASE("a menu without options") {
    auto p = only_problem(load(R"({"id": "start", "type": "menu", "prompts": ["menu"],
                                   "on_fail": "bye"}, {"id": "bye", "type": "hangup"})"));
    CHECK(contains(p, "start: the menu has no option"));
}

TEST_CASE("unknown queues") {
    auto p = only_problem(load(R"({"id": "start", "type": "queue", "queue": "sales"})"));
    CHECK(contains(p, "start: queue 'sales' does not exist"));
}

TEST_CASE("loops without exit are refused, loops that wait or leave are not") {
    auto p = only_problem(load(R"(
      {"id": "start", "type": "play", "prompts": ["welcome"], "next": "again"},
      {"id": "again", "type": "set", "variable": "n", "value": "1", "next": "start"})"));
    CHECK(contains(p, "loop without exit: start -> again -> start"));

    p = only_problem(load(R"({"id": "start", "type": "play", "prompts": ["welcome"],
                              "next": "start"})"));
    CHECK(contains(p, "loop without exit: start -> start"));

    // A condition that can leave the loop is an exit.
    CHECK(validate(load(R"(
      {"id": "start", "type": "play", "prompts": ["welcome"], "next": "c"},
      {"id": "c", "type": "condition", "test": "business_open", "then": "start", "else": "q"},
      {"id": "q", "type": "queue", "queue": "hotline"})"), known).empty());
    // A loop through a collect waits for the caller.
    CHECK(validate(load(R"(
      {"id": "start", "type": "collect", "prompts": ["enter_account"], "variable": "a",
       "next": "p", "on_invalid": "p"},
      {"id": "p", "type": "play", "prompts": ["welcome"], "next": "start"})"), known).empty());
}

TEST_CASE("node settings that cannot work") {
    auto p = only_problem(load(R"({"id": "start", "type": "collect", "prompts": ["enter_account"],
                                   "min_digits": 10, "max_digits": 8, "variable": "a",
                                   "next": "e"}, {"id": "e", "type": "hangup"})"));
    CHECK(contains(p, "digit limits 10..8 are impossible"));
    p = only_problem(load(R"({"id": "start", "type": "condition", "test": "business_open",
                              "calendar": "night", "then": "e", "else": "e"},
                             {"id": "e", "type": "hangup"})"));
    CHECK(contains(p, "calendar 'night' does not exist"));
    p = only_problem(load(R"({"id": "start", "type": "condition", "test": "variable_compare",
                              "variable": "x", "op": "=<", "then": "e", "else": "e"},
                             {"id": "e", "type": "hangup"})"));
    CHECK(contains(p, "operator '=<' is unknown"));
    p = only_problem(load(R"({"id": "start", "type": "transfer"})"));
    CHECK(contains(p, "'extension' is empty"));
}

TEST_CASE("every problem is reported at once, and check() joins them") {
    auto f = load(R"(
      {"id": "start", "type": "menu", "prompts": ["nope"], "options": {"1": "ghost"}},
      {"id": "lost", "type": "robot"})");
    auto problems = validate(f, known);
    CHECK(problems.size() == 4);  // missing prompt, unknown node, unknown type, unreachable
    auto r = check(f, known);
    REQUIRE_FALSE(r);
    CHECK(contains(r.error().message, "flow 't' v3 is not valid: node 'start': goes to node"));
    CHECK(contains(r.error().message, "node 'lost': unknown node type 'robot'"));
}

TEST_CASE("the loader refuses what is not a flow, naming the node and field") {
    auto bad = [](std::string_view json) {
        auto f = flow_from_json(json);
        REQUIRE_FALSE(f);
        return f.error().message;
    };
    CHECK(contains(bad("{"), "not valid JSON"));
    CHECK(contains(bad(R"({"start": "a"})"), "needs \"nodes\""));
    CHECK(contains(bad(R"({"nodes": [{"type": "play"}]})"), "non-empty \"id\""));
    CHECK(contains(bad(R"({"nodes": [{"id": "a", "type": "hangup"}, {"id": "a", "type": "hangup"}]})"),
                   "node id 'a' is used twice"));
    CHECK(contains(bad(R"({"nodes": [{"id": "m", "type": "menu", "retries": "two"}]})"),
                   "node 'm': field 'retries' must be a whole number"));
    CHECK(contains(bad(R"({"nodes": [{"id": "m", "type": "menu", "options": {"10": "x"}}]})"),
                   "menu option '10' is not a key"));
    CHECK(contains(bad(R"({"nodes": [{"id": "c", "type": "condition", "test": "sunny"}]})"),
                   "node 'c': condition test 'sunny' is unknown"));
}
