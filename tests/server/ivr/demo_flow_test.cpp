// The shipped demo flow (server/ivr/flows/demo_utility_hotline.json): it validates, its prompt
// catalogue covers every prompt it plays, and callers walk through it to the right place.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "cti/ivr/flow_json.h"
#include "cti/ivr/session.h"
#include "cti/ivr/validate.h"

using namespace cti;
using namespace cti::ivr;
using namespace std::chrono_literals;

namespace {

const SteadyTime t0{std::chrono::hours(5)};

std::shared_ptr<const Flow> demo() {
    std::ifstream in(CTI_SOURCE_DIR "/server/ivr/flows/demo_utility_hotline.json");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    auto f = flow_from_json(text.str());
    INFO((f ? std::string() : f.error().message));
    REQUIRE(f);
    return std::make_shared<const Flow>(std::move(*f));
}

// Open every day 08:00-20:00 (Beijing).
std::shared_ptr<const Environment> hotline_hours() {
    auto cal = calendar_from_json(R"({"weekly": {
        "mon": ["08:00-20:00"], "tue": ["08:00-20:00"], "wed": ["08:00-20:00"],
        "thu": ["08:00-20:00"], "fri": ["08:00-20:00"], "sat": ["08:00-20:00"],
        "sun": ["08:00-20:00"]}})");
    REQUIRE(cal);
    auto env = std::make_shared<Environment>();
    env->calendars["default"] = *cal;
    return env;
}

// 2026-03-03 at the given Beijing hour.
WallTime beijing(int hour) {
    return WallTime{std::chrono::sys_days{std::chrono::year{2026} / 3 / 3}} +
           std::chrono::hours(hour - 8);
}

template <class T>
const T& get(const Actions& a, std::size_t i) {
    INFO("action " << i << " of " << a.size());
    REQUIRE(i < a.size());
    REQUIRE(std::holds_alternative<T>(a[i]));
    return std::get<T>(a[i]);
}

// A caller during opening hours, through the welcome and the outage notice to the lookup.
IvrSession answered(CallInfo call = {.caller = "13800138000"}) {
    call.wall_at_start = beijing(10);
    IvrSession s(demo(), call, hotline_hours());
    CHECK(get<PlayPrompts>(s.start(t0), 0).ids == std::vector<PromptId>{"welcome"});
    CHECK(get<PlayPrompts>(s.on_prompt_done(t0 + 3s), 0).ids ==
          std::vector<PromptId>{"outage_notice"});
    auto a = s.on_prompt_done(t0 + 10s);
    CHECK(get<LookupCustomer>(a, 0).key == call.caller);
    return s;
}

}  // namespace

TEST_CASE("the demo flow validates against its own prompt catalogue and the demo queues") {
    auto f = demo();
    KnownNames known{{}, {"故障报修", "投诉专席", "热线总队列"}, {"default"}};
    for (const auto& [id, text] : f->prompts) {
        known.prompts.insert(id);
        CHECK_FALSE(text.zh_CN.empty());
        CHECK_FALSE(text.en.empty());
    }
    auto problems = check(*f, known);
    INFO((problems ? std::string() : problems.error().message));
    CHECK(problems.has_value());
    // Every catalogue entry is used by some node.
    std::set<PromptId> used;
    for (const auto& n : f->nodes) {
        for (const auto& p : prompt_ids(n.body)) used.insert(p);
    }
    CHECK(used == known.prompts);
}

TEST_CASE("bill query: account number keyed in, looked up, read out, then an operator") {
    auto s = answered();
    auto a = s.on_lookup_result(false, {}, t0 + 11s);
    CHECK(get<PlayPrompts>(a, 0).ids == std::vector<PromptId>{"main_menu"});
    a = s.on_dtmf('1', t0 + 12s);
    get<StopPlayback>(a, 0);
    CHECK(get<PlayPrompts>(a, 1).ids == std::vector<PromptId>{"enter_account"});
    s.on_prompt_done(t0 + 15s);
    for (char d : std::string("3301234567")) a = s.on_dtmf(d, t0 + 18s);  // 10 digits: done
    CHECK(get<LookupCustomer>(a, 0).by == "account");
    CHECK(get<LookupCustomer>(a, 0).key == "3301234567");
    a = s.on_lookup_result(true, {{"arrears", "128.60"}, {"name", "王五"}}, t0 + 19s);
    CHECK(get<SpeakText>(a, 0).text == "户号3301234567，截至本月底欠费128.60元。");
    CHECK(get<SpeakText>(a, 0).hint == SpeakHint::amount);
    CHECK(get<PlayPrompts>(s.on_prompt_done(t0 + 25s), 0).ids ==
          std::vector<PromptId>{"bill_menu"});
    s.on_prompt_done(t0 + 28s);
    a = s.on_dtmf('0', t0 + 29s);
    const auto& q = get<EnqueueCall>(a, 0);
    CHECK(q.queue == "热线总队列");
    CHECK(q.variables.at("account") == "3301234567");  // for the screen pop
    CHECK(q.variables.at("customer.name") == "王五");
}

TEST_CASE("repair and complaint go to their queues, keys typed ahead skip the menu prompt") {
    SECTION("repair, pressed while the lookup runs") {
        auto s = answered();
        CHECK(s.state() == State::looking_up);
        CHECK(s.on_dtmf('2', t0 + 10s).empty());  // kept until the lookup answers
        auto a = s.on_lookup_result(false, {}, t0 + 11s);
        CHECK(get<EnqueueCall>(a, 0).queue == "故障报修");
        CHECK(get<EnqueueCall>(a, 0).skill == "repair");
    }
    SECTION("complaint") {
        auto s = answered();
        s.on_lookup_result(false, {}, t0 + 11s);
        s.on_prompt_done(t0 + 18s);
        CHECK(get<EnqueueCall>(s.on_dtmf('3', t0 + 19s), 0).queue == "投诉专席");
    }
}

TEST_CASE("a VIP caller goes straight to the hotline queue with priority") {
    auto s = answered();
    auto a = s.on_lookup_result(true, {{"vip_level", "1"}}, t0 + 11s);
    CHECK(get<EnqueueCall>(a, 0).queue == "热线总队列");
    CHECK(get<EnqueueCall>(a, 0).priority == 10);
}

TEST_CASE("a caller who never presses a key reaches the operator") {
    auto s = answered();
    s.on_lookup_result(false, {}, t0 + 11s);
    auto now = t0 + 20s;
    Actions a = s.on_prompt_done(now);
    for (int attempt = 0; attempt < 2; ++attempt) {
        now = get<StartTimer>(a, 0).deadline;
        a = s.on_timer(now);
        CHECK(get<PlayPrompts>(a, 0).ids == std::vector<PromptId>{"no_input", "main_menu"});
        a = s.on_prompt_done(now + 8s);
    }
    a = s.on_timer(get<StartTimer>(a, 0).deadline);
    CHECK(get<EnqueueCall>(a, 0).queue == "热线总队列");
}

TEST_CASE("after hours the caller leaves a voicemail, blacklisted callers are turned away") {
    IvrSession night(demo(), {.caller = "13800138000", .wall_at_start = beijing(22)},
                     hotline_hours());
    night.start(t0);
    CHECK(get<PlayPrompts>(night.on_prompt_done(t0 + 3s), 0).ids ==
          std::vector<PromptId>{"after_hours"});
    CHECK(get<Voicemail>(night.on_prompt_done(t0 + 12s), 0).mailbox == "hotline");

    IvrSession blocked(demo(), {.caller = "4000000000", .blacklisted = true}, hotline_hours());
    CHECK(get<PlayPrompts>(blocked.start(t0), 0).ids == std::vector<PromptId>{"blocked_notice"});
    CHECK(get<HangUp>(blocked.on_prompt_done(t0 + 5s), 0).reason == "blacklisted");
}
