// IvrSession node by node: the actions each event produces, menus with retries and timeouts,
// barge-in and type-ahead, collect with terminator, limits, Luhn and timeouts, lookups,
// conditions on the calendar, VIP and variables, exits and the survey.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "cti/ivr/flow_json.h"
#include "cti/ivr/session.h"

using namespace cti;
using namespace cti::ivr;
using namespace std::chrono_literals;

namespace {

const SteadyTime t0{std::chrono::hours(10)};

std::shared_ptr<const Flow> flow(std::string_view nodes, std::string_view start = "start") {
    auto f = flow_from_json(fmt::format(R"({{"name": "t", "version": 1, "start": "{}",
                                             "nodes": [{}]}})", start, nodes));
    INFO((f ? std::string() : f.error().message));
    REQUIRE(f);
    return std::make_shared<const Flow>(std::move(*f));
}

template <class T>
const T& get(const Actions& a, std::size_t i) {
    INFO("action " << i << " of " << a.size());
    REQUIRE(i < a.size());
    REQUIRE(std::holds_alternative<T>(a[i]));
    return std::get<T>(a[i]);
}

std::vector<PromptId> played(const Actions& a, std::size_t i = 0) { return get<PlayPrompts>(a, i).ids; }

// A menu: 1 -> queue "bills", 2 -> transfer 8001, on_fail -> goodbye.
constexpr const char* menu_nodes = R"(
  {"id": "start", "type": "menu", "prompts": ["menu"], "options": {"1": "q", "2": "x"},
   "timeout_s": 5, "retries": 2, "invalid_prompts": ["invalid"], "timeout_prompts": ["no_input"],
   "on_fail": "bye"},
  {"id": "q", "type": "queue", "queue": "bills", "skill": "billing", "priority": 3},
  {"id": "x", "type": "transfer", "extension": "8001"},
  {"id": "bye", "type": "hangup", "prompts": ["goodbye"], "reason": "menu failed"})";

constexpr const char* collect_nodes = R"(
  {"id": "start", "type": "collect", "prompts": ["enter_account"], "min_digits": 8,
   "max_digits": 10, "timeout_s": 8, "inter_digit_timeout_s": 4, "variable": "account",
   "retries": 1, "invalid_prompts": ["invalid_account"], "timeout_prompts": ["no_input"],
   "on_invalid": "op", "next": "q"},
  {"id": "q", "type": "queue", "queue": "bills"},
  {"id": "op", "type": "queue", "queue": "operator"})";

}  // namespace

TEST_CASE("play plays its prompts and moves on when they are done") {
    IvrSession s(flow(R"({"id": "start", "type": "play", "prompts": ["welcome", "notice"],
                          "next": "end"}, {"id": "end", "type": "hangup", "reason": "bye"})"),
                 {.caller = "13800000000"});
    auto a = s.start(t0);
    CHECK(played(a) == std::vector<PromptId>{"welcome", "notice"});
    CHECK_FALSE(get<PlayPrompts>(a, 0).barge_in);
    CHECK(s.state() == State::playing);
    a = s.on_prompt_done(t0 + 3s);
    CHECK(get<HangUp>(a, 0).reason == "bye");
    CHECK(s.finished());
    CHECK(s.on_dtmf('1', t0 + 4s).empty());
}

TEST_CASE("menu: a valid key leaves through its option with the timer armed after the prompt") {
    IvrSession s(flow(menu_nodes), {});
    auto a = s.start(t0);
    CHECK(played(a) == std::vector<PromptId>{"menu"});
    CHECK(get<PlayPrompts>(a, 0).barge_in);
    CHECK(s.state() == State::prompting);
    a = s.on_prompt_done(t0 + 2s);
    CHECK(get<StartTimer>(a, 0).deadline == t0 + 7s);
    CHECK(s.state() == State::waiting_input);
    a = s.on_dtmf('1', t0 + 3s);
    const auto& q = get<EnqueueCall>(a, 0);
    CHECK(q.queue == "bills");
    CHECK(q.skill == "billing");
    CHECK(q.priority == 3);
    CHECK(s.finished());
}

TEST_CASE("menu: invalid keys and timeouts are retried, then on_fail") {
    IvrSession s(flow(menu_nodes), {});
    s.start(t0);
    s.on_prompt_done(t0 + 2s);
    auto a = s.on_dtmf('9', t0 + 3s);
    CHECK(played(a) == std::vector<PromptId>{"invalid", "menu"});
    CHECK(s.on_timer(t0 + 7s).empty());  // the old timer is stale: nothing happens
    a = s.on_prompt_done(t0 + 5s);
    CHECK(get<StartTimer>(a, 0).deadline == t0 + 10s);
    CHECK(s.on_timer(t0 + 9s).empty());  // early
    a = s.on_timer(t0 + 10s);
    CHECK(played(a) == std::vector<PromptId>{"no_input", "menu"});
    s.on_prompt_done(t0 + 12s);
    a = s.on_dtmf('7', t0 + 13s);  // third failure with retries = 2
    CHECK(played(a) == std::vector<PromptId>{"goodbye"});
    CHECK(s.node() == "bye");
    a = s.on_prompt_done(t0 + 15s);
    CHECK(get<HangUp>(a, 0).reason == "menu failed");
}

TEST_CASE("menu: barge-in stops the prompt, without barge-in keys wait for its end") {
    SECTION("barge-in") {
        IvrSession s(flow(menu_nodes), {});
        s.start(t0);
        auto a = s.on_dtmf('2', t0 + 1s);
        get<StopPlayback>(a, 0);
        CHECK(get<TransferTo>(a, 1).extension == "8001");
    }
    SECTION("no barge-in: the key is buffered and used when the prompt ends") {
        std::string nodes = menu_nodes;
        nodes.replace(nodes.find("\"on_fail\""), 0, "\"barge_in\": false, ");
        IvrSession s(flow(nodes), {});
        CHECK_FALSE(get<PlayPrompts>(s.start(t0), 0).barge_in);
        CHECK(s.on_dtmf('2', t0 + 1s).empty());
        CHECK(s.state() == State::prompting);
        auto a = s.on_prompt_done(t0 + 4s);
        CHECK(get<TransferTo>(a, 0).extension == "8001");
    }
}

TEST_CASE("type-ahead: keys pressed during a play reach the next menu, which skips its prompt") {
    std::string nodes = std::string(R"({"id": "start", "type": "play", "prompts": ["welcome"],
                                        "barge_in": BARGE, "next": "m"},)") + menu_nodes;
    nodes.replace(nodes.find("\"id\": \"start\", \"type\": \"menu\""), 13, "\"id\": \"m\"");
    SECTION("play without barge-in keeps playing") {
        nodes.replace(nodes.find("BARGE"), 5, "false");
        IvrSession s(flow(nodes), {});
        s.start(t0);
        CHECK(s.on_dtmf('1', t0 + 1s).empty());
        auto a = s.on_prompt_done(t0 + 5s);
        CHECK(get<EnqueueCall>(a, 0).queue == "bills");
    }
    SECTION("play with barge-in stops") {
        nodes.replace(nodes.find("BARGE"), 5, "true");
        IvrSession s(flow(nodes), {});
        s.start(t0);
        auto a = s.on_dtmf('2', t0 + 1s);
        get<StopPlayback>(a, 0);
        CHECK(get<TransferTo>(a, 1).extension == "8001");
    }
}

TEST_CASE("collect: digits up to the terminator are stored and travel with the call") {
    IvrSession s(flow(collect_nodes), {});
    CHECK(played(s.start(t0)) == std::vector<PromptId>{"enter_account"});
    s.on_prompt_done(t0 + 2s);
    for (char d : std::string("1234567")) {
        auto a = s.on_dtmf(d, t0 + 3s);
        CHECK(get<StartTimer>(a, 0).deadline == t0 + 7s);  // inter-digit timeout
    }
    s.on_dtmf('8', t0 + 3s);
    auto a = s.on_dtmf('#', t0 + 4s);
    const auto& q = get<EnqueueCall>(a, 0);
    CHECK(q.queue == "bills");
    CHECK(q.variables.at("account") == "12345678");
}

TEST_CASE("collect: input ends at max digits, keys during the prompt barge in") {
    IvrSession s(flow(collect_nodes), {});
    s.start(t0);
    auto a = s.on_dtmf('5', t0 + 1s);
    get<StopPlayback>(a, 0);
    get<StartTimer>(a, 1);
    for (char d : std::string("55555555")) s.on_dtmf(d, t0 + 2s);
    a = s.on_dtmf('5', t0 + 2s);  // the tenth digit
    CHECK(get<EnqueueCall>(a, 0).variables.at("account") == "5555555555");
}

TEST_CASE("collect: timeouts end input, too few digits and no input are retried") {
    IvrSession s(flow(collect_nodes), {});
    s.start(t0);
    auto a = s.on_prompt_done(t0 + 2s);
    CHECK(get<StartTimer>(a, 0).deadline == t0 + 10s);  // first digit timeout
    SECTION("enough digits, then silence: accepted") {
        for (char d : std::string("87654321")) s.on_dtmf(d, t0 + 3s);
        a = s.on_timer(t0 + 7s);
        CHECK(get<EnqueueCall>(a, 0).variables.at("account") == "87654321");
    }
    SECTION("too few digits, then a timeout without input: on_invalid") {
        for (char d : std::string("123")) s.on_dtmf(d, t0 + 3s);
        a = s.on_timer(t0 + 7s);
        CHECK(played(a) == std::vector<PromptId>{"invalid_account", "enter_account"});
        s.on_prompt_done(t0 + 9s);
        a = s.on_timer(t0 + 17s);
        CHECK(get<EnqueueCall>(a, 0).queue == "operator");
        CHECK_FALSE(get<EnqueueCall>(a, 0).variables.contains("account"));
    }
    SECTION("no input plays the timeout prompt") {
        a = s.on_timer(t0 + 10s);
        CHECK(played(a) == std::vector<PromptId>{"no_input", "enter_account"});
    }
    SECTION("a star is not a digit") {
        for (char d : std::string("1234*678#")) a = s.on_dtmf(d, t0 + 3s);
        CHECK(played(a) == std::vector<PromptId>{"invalid_account", "enter_account"});
    }
}

TEST_CASE("collect: the Luhn rule") {
    auto f = flow(R"({"id": "start", "type": "collect", "prompts": ["card"], "min_digits": 11,
                      "max_digits": 19, "luhn": true, "variable": "card", "retries": 0,
                      "next": "ok"},
                     {"id": "ok", "type": "transfer", "extension": "8000"})");
    IvrSession good(f, {});
    good.start(t0);
    Actions a;
    for (char d : std::string("79927398713#")) a = good.on_dtmf(d, t0);
    CHECK(get<TransferTo>(a, 0).variables.at("card") == "79927398713");
    IvrSession bad(f, {});
    bad.start(t0);
    for (char d : std::string("79927398710#")) a = bad.on_dtmf(d, t0);
    CHECK(get<HangUp>(a, 0).reason == "no valid input at start");
}

TEST_CASE("lookup: the host's answer picks the branch, fields become variables") {
    auto f = flow(R"(
      {"id": "start", "type": "lookup", "key": "caller", "timeout_s": 3, "found": "vip",
       "not_found": "general"},
      {"id": "vip", "type": "condition", "test": "vip_at_least", "level": 2, "then": "green",
       "else": "general"},
      {"id": "green", "type": "queue", "queue": "vip", "priority": 10},
      {"id": "general", "type": "queue", "queue": "hotline"})");
    IvrSession s(f, {.caller = "13912345678"});
    auto a = s.start(t0);
    CHECK(get<LookupCustomer>(a, 0).by == "caller");
    CHECK(get<LookupCustomer>(a, 0).key == "13912345678");
    CHECK(get<StartTimer>(a, 1).deadline == t0 + 3s);
    SECTION("found, VIP level 1") {
        a = s.on_lookup_result(true, {{"name", "张三"}, {"vip_level", "1"}}, t0 + 1s);
        CHECK(get<EnqueueCall>(a, 0).queue == "vip");
        CHECK(get<EnqueueCall>(a, 0).variables.at("customer.name") == "张三");
        CHECK(s.call().vip_level == 1);
    }
    SECTION("found, not a VIP") {
        a = s.on_lookup_result(true, {{"name", "李四"}}, t0 + 1s);
        CHECK(get<EnqueueCall>(a, 0).queue == "hotline");
    }
    SECTION("no answer in time counts as not found; a late answer is ignored") {
        a = s.on_timer(t0 + 3s);
        CHECK(get<EnqueueCall>(a, 0).queue == "hotline");
        CHECK(s.on_lookup_result(true, {}, t0 + 4s).empty());
    }
}

TEST_CASE("lookup by a keyed-in variable") {
    auto f = flow(R"(
      {"id": "start", "type": "set", "variable": "account", "value": "20261234", "next": "l"},
      {"id": "l", "type": "lookup", "key": "account", "found": "f", "not_found": "f"},
      {"id": "f", "type": "hangup"})");
    IvrSession s(f, {});
    auto a = s.start(t0);
    CHECK(get<LookupCustomer>(a, 0).by == "account");
    CHECK(get<LookupCustomer>(a, 0).key == "20261234");
}

TEST_CASE("conditions: business hours and holidays from the calendar, blacklist, variables") {
    auto env = std::make_shared<Environment>();
    auto cal = calendar_from_json(R"({"weekly": {"mon": ["08:00-20:00"], "tue": ["08:00-20:00"]},
                                      "holidays": [{"date": "2026-10-05", "name": "国庆"}]})");
    REQUIRE(cal);
    env->calendars["default"] = *cal;
    auto f = flow(R"(
      {"id": "start", "type": "condition", "test": "business_open", "then": "open",
       "else": "holiday"},
      {"id": "holiday", "type": "condition", "test": "holiday", "then": "hol", "else": "closed"},
      {"id": "open", "type": "queue", "queue": "hotline"},
      {"id": "hol", "type": "voicemail", "mailbox": "holiday"},
      {"id": "closed", "type": "voicemail", "mailbox": "night"})");
    // 2026-03-02 is a Monday; 2026-10-05 a Monday inside the holiday. Beijing = UTC+8.
    auto at = [](std::chrono::sys_days d, std::chrono::hours h) { return WallTime{d} + h - 8h; };
    using std::chrono::sys_days;
    auto run = [&](WallTime wall, SteadyTime now = t0) {
        IvrSession s(f, {.wall_at_start = wall}, env);
        return s.start(now);
    };
    CHECK(get<EnqueueCall>(run(at(sys_days{2026y / 3 / 2}, 19h)), 0).queue == "hotline");
    CHECK(get<Voicemail>(run(at(sys_days{2026y / 3 / 2}, 20h)), 0).mailbox == "night");
    CHECK(get<Voicemail>(run(at(sys_days{2026y / 10 / 5}, 10h)), 0).mailbox == "holiday");
    // The wall time follows the steady clock from start(): the condition is reached later.
    auto g = flow(R"(
      {"id": "start", "type": "play", "prompts": ["welcome"], "next": "c"},
      {"id": "c", "type": "condition", "test": "business_open", "then": "open", "else": "closed"},
      {"id": "open", "type": "queue", "queue": "hotline"},
      {"id": "closed", "type": "voicemail", "mailbox": "night"})");
    IvrSession late(g, {.wall_at_start = at(sys_days{2026y / 3 / 2}, 19h) + 59min}, env);
    late.start(t0);
    CHECK(get<Voicemail>(late.on_prompt_done(t0 + 2min), 0).mailbox == "night");
    // No calendar known: open, so callers still reach agents.
    IvrSession none(f, {});
    CHECK(get<EnqueueCall>(none.start(t0), 0).queue == "hotline");
}

TEST_CASE("conditions on variables and the blacklist, set and tts templates") {
    auto f = flow(R"(
      {"id": "start", "type": "condition", "test": "blacklisted", "then": "block", "else": "s"},
      {"id": "block", "type": "hangup", "reason": "blacklisted"},
      {"id": "s", "type": "set", "variable": "greeting", "value": "尾号${caller}", "next": "c"},
      {"id": "c", "type": "condition", "test": "variable_compare", "variable": "arrears",
       "op": ">", "value": "9", "then": "owe", "else": "fine"},
      {"id": "owe", "type": "tts", "text": "您好${greeting}，欠费${arrears}元", "hint": "amount",
       "language": "zh_CN", "next": "end"},
      {"id": "fine", "type": "tts", "text": "no arrears", "language": "en", "next": "end"},
      {"id": "end", "type": "hangup"})");
    SECTION("blacklisted") {
        IvrSession s(f, {.blacklisted = true});
        CHECK(get<HangUp>(s.start(t0), 0).reason == "blacklisted");
    }
    SECTION("a variable that was never set compares false") {
        IvrSession s(f, {.caller = "5678"});
        CHECK(get<SpeakText>(s.start(t0), 0).text == "no arrears");
    }
}

TEST_CASE("tts speaks the expanded template with the hint, variables compare numerically") {
    auto f = flow(R"(
      {"id": "start", "type": "set", "variable": "arrears", "value": "120.50", "next": "c"},
      {"id": "c", "type": "condition", "test": "variable_compare", "variable": "arrears",
       "op": ">", "value": "9", "then": "owe", "else": "end"},
      {"id": "owe", "type": "tts", "text": "${caller}您好，欠费${arrears}元", "hint": "amount",
       "barge_in": true, "next": "end"},
      {"id": "end", "type": "hangup", "reason": "done"})");
    IvrSession s(f, {.caller = "5678"});
    auto a = s.start(t0);
    const auto& say = get<SpeakText>(a, 0);
    CHECK(say.text == "5678您好，欠费120.50元");
    CHECK(say.hint == SpeakHint::amount);
    CHECK(say.language == Language::zh_CN);
    CHECK(get<HangUp>(s.on_prompt_done(t0 + 4s), 0).reason == "done");
}

TEST_CASE("exits: transfer, voicemail and callback carry the variables") {
    auto f = flow(R"(
      {"id": "start", "type": "set", "variable": "meter", "value": "M-42", "next": "cb"},
      {"id": "cb", "type": "callback", "queue": "hotline", "next": "thanks"},
      {"id": "thanks", "type": "play", "prompts": ["callback_ok"], "next": "vm"},
      {"id": "vm", "type": "voicemail", "mailbox": "repair"})");
    IvrSession s(f, {.caller = "010-5555"});
    auto a = s.start(t0);
    const auto& cb = get<RequestCallback>(a, 0);
    CHECK(cb.queue == "hotline");
    CHECK(cb.number == "010-5555");
    CHECK(cb.variables.at("meter") == "M-42");
    CHECK(played(a, 1) == std::vector<PromptId>{"callback_ok"});
    a = s.on_prompt_done(t0 + 2s);
    CHECK(get<Voicemail>(a, 0).variables.at("meter") == "M-42");
    CHECK(s.finished());

    IvrSession alone(flow(R"({"id": "start", "type": "callback", "queue": "hotline"})"), {});
    a = alone.start(t0);
    get<RequestCallback>(a, 0);
    CHECK(get<HangUp>(a, 1).reason == "callback requested");
}

TEST_CASE("survey: a valid answer is recorded, invalid keys and silence are retried") {
    auto f = flow(R"(
      {"id": "start", "type": "survey", "prompts": ["rate_us"], "valid_digits": "123",
       "variable": "satisfaction", "timeout_s": 6, "retries": 1,
       "invalid_prompts": ["invalid"], "next": "bye"},
      {"id": "bye", "type": "hangup", "prompts": ["thanks"], "reason": "survey done"})");
    IvrSession s(f, {});
    s.start(t0);
    s.on_prompt_done(t0 + 3s);
    SECTION("answered after one invalid key") {
        auto a = s.on_dtmf('9', t0 + 4s);
        CHECK(played(a) == std::vector<PromptId>{"invalid", "rate_us"});
        a = s.on_dtmf('1', t0 + 5s);  // barge-in on the repeated question
        get<StopPlayback>(a, 0);
        CHECK(get<RecordSurvey>(a, 1).answer == "1");
        CHECK(get<RecordSurvey>(a, 1).question == "start");
        CHECK(played(a, 2) == std::vector<PromptId>{"thanks"});
        CHECK(s.variables().at("satisfaction") == "1");
        CHECK(s.on_dtmf('2', t0 + 6s).empty());  // keys during the goodbye do nothing
        CHECK(get<HangUp>(s.on_prompt_done(t0 + 7s), 0).reason == "survey done");
    }
    SECTION("no answer: the flow goes on without one") {
        s.on_timer(t0 + 9s);
        s.on_prompt_done(t0 + 11s);
        auto a = s.on_timer(t0 + 17s);
        CHECK(played(a) == std::vector<PromptId>{"thanks"});
        CHECK_FALSE(s.variables().contains("satisfaction"));
    }
}

TEST_CASE("a runaway loop is hung up, the caller hanging up ends the session") {
    IvrSession loop(flow(R"({"id": "start", "type": "set", "variable": "x", "value": "1",
                             "next": "b"},
                            {"id": "b", "type": "set", "variable": "y", "value": "2",
                             "next": "start"})"), {});
    auto a = loop.start(t0);
    CHECK(get<HangUp>(a, 0).reason.starts_with("flow loop"));

    IvrSession s(flow(menu_nodes), {});
    s.start(t0);
    s.on_caller_hangup(t0 + 1s);
    CHECK(s.finished());
    CHECK(s.on_prompt_done(t0 + 2s).empty());
    CHECK(s.on_dtmf('1', t0 + 2s).empty());
}

TEST_CASE("the nodes entered are handed to the host once each, automatic ones included") {
    IvrSession s(flow(R"({"id": "start", "type": "set", "variable": "v", "value": "1", "next": "menu"},
                         {"id": "menu", "type": "menu", "prompts": ["menu"], "options": {"1": "q"}},
                         {"id": "q", "type": "queue", "queue": "bills"})"),
                 {});
    s.start(t0);
    CHECK(s.take_entered() == std::vector<NodeId>{"start", "menu"});
    CHECK(s.take_entered().empty());  // handed over already
    s.on_prompt_done(t0 + 2s);
    CHECK(s.take_entered().empty());  // still at the menu
    s.on_dtmf('1', t0 + 3s);
    CHECK(s.take_entered() == std::vector<NodeId>{"q"});
}
