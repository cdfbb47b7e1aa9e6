// Reports over a real migrated database: queue stays, calls and agent events written as the
// server writes them, and the figures a supervisor reads.
#include <catch2/catch.hpp>

#include "cti/reports/report.h"
#include "cti/storage/acd.h"
#include "cti/storage/directory.h"
#include "cti/storage/ivr.h"
#include "cti/storage/migrate.h"
#include "cti/storage/telephony.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::reports;

namespace {

storage::Database migrated(const std::filesystem::path& file) {
    auto opened = storage::open_and_migrate(file);
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

// 2026-11-27 00:00 in China (UTC+8) is 2026-11-26 16:00 UTC.
constexpr std::int64_t kDayStart = 1'795'708'800'000;
constexpr std::int64_t kMin = 60'000;
constexpr int kChina = 480;

struct Fixture {
    storage::test::TempDir dir;
    storage::Database db = migrated(dir.file("reports.db"));
    QueueId hotline = storage::insert_queue(db, "热线总队列", "longest_idle").value();
    QueueId complaints = storage::insert_queue(db, "投诉队列", "ring_all").value();
    UserId wang = agent("1001", "王芳");
    UserId li = agent("1002", "李强");
    std::int64_t next_call = 1;

    UserId agent(const std::string& login, const std::string& name) {
        return storage::insert_user(db, {.login = login, .display_name = name, .password_hash = "x",
                                         .role = "agent", .extension = login, .created_ms = 1})
            .value();
    }
    // A call that waited `wait_s` in `queue` from `at`, then ended as `outcome`; an answered one
    // talks `talk_s` with `who`.
    void stay(QueueId queue, std::int64_t at, int wait_s, const std::string& outcome, std::optional<UserId> who = {},
              int talk_s = 0, bool in_sl = true) {
        const CallId call(next_call++);
        REQUIRE(storage::insert_call(db, call, {"inbound", "1380013800" + std::to_string(call.value() % 10), "95598",
                                                "", std::nullopt, who, at}));
        const auto left = at + wait_s * 1000;
        REQUIRE(storage::append_queue_stay(db, {call, queue, outcome, at, left, in_sl, who}));
        if (outcome == "answered") REQUIRE(storage::mark_call_answered(db, call, left, who));
        REQUIRE(storage::finish_call(db, call, left + talk_s * 1000, "normal", "caller"));
    }
    void agent_event(UserId who, std::int64_t at, const std::string& trigger, const std::string& status,
                     const std::string& state) {
        const auto detail = "{\"trigger\":\"" + trigger + "\",\"status\":\"" + status + "\",\"state\":\"" + state + "\"}";
        REQUIRE(storage::append_event(db, at, "agent.state", who, detail));
    }
    ReportTable run(ReportQuery q, std::int64_t now = kDayStart + 23 * 60 * kMin) {  // 23:00 that day
        auto checked = check_query(std::move(q), now);
        REQUIRE(checked.has_value());
        auto t = run_report(db, *checked, now);
        REQUIRE(t.has_value());
        return *t;
    }
};

double col(const ReportTable& t, const ReportRow& r, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i] == name) return r.values[i];
    FAIL("no column " << name);
    return 0;
}

const ReportRow& row(const ReportTable& t, const std::string& period, const std::string& key) {
    for (const auto& r : t.rows)
        if (r.period == period && r.key == key) return r;
    FAIL("no row " << period << " / " << key);
    return t.rows.front();
}

}  // namespace

TEST_CASE_METHOD(Fixture, "a queue report counts each stay once and recomputes the total from the sums",
                 "[reports]") {
    const auto at9 = kDayStart + 9 * 60 * kMin;  // 09:00 China time
    stay(hotline, at9 + 1 * kMin, 5, "answered", wang, 120);
    stay(hotline, at9 + 2 * kMin, 35, "answered", li, 60, false);        // after the 20 s threshold
    stay(hotline, at9 + 20 * kMin, 40, "abandoned", {}, 0, false);      // held against the queue
    stay(hotline, at9 + 21 * kMin, 3, "abandoned", {}, 0, true);        // a short abandon
    stay(hotline, at9 + 50 * kMin, 0, "overflowed");
    stay(complaints, at9 + 3 * kMin, 10, "answered", wang, 30);
    stay(hotline, kDayStart - 10 * kMin, 5, "answered", wang, 10);      // yesterday: not counted
    stay(complaints, at9 + 4 * kMin, 0, "rejected");

    const auto t = run({.subject = Subject::queue, .range = "today", .utc_offset_min = kChina});
    CHECK(t.from_ms == kDayStart);
    REQUIRE(t.rows.size() == 2);
    const auto& h = row(t, "", "热线总队列");
    CHECK(col(t, h, "offered") == 5);
    CHECK(col(t, h, "answered") == 2);
    CHECK(col(t, h, "answered_in_sl") == 1);
    CHECK(col(t, h, "abandoned") == 2);
    CHECK(col(t, h, "short_abandoned") == 1);
    CHECK(col(t, h, "overflowed") == 1);
    // 1 answered in time of 2 answered + 1 abandon after the threshold.
    CHECK(col(t, h, "service_level_pct") == Approx(100.0 / 3));
    CHECK(col(t, h, "answer_rate_pct") == Approx(40.0));
    CHECK(col(t, h, "avg_wait_s") == Approx(20.0));
    CHECK(col(t, h, "max_wait_s") == Approx(40.0));
    CHECK(col(t, h, "avg_abandon_wait_s") == Approx(21.5));
    CHECK(col(t, h, "talk_s") == Approx(180.0));
    CHECK(col(t, h, "avg_talk_s") == Approx(90.0));
    const auto& c = row(t, "", "投诉队列");
    CHECK(col(t, c, "answered") == 1);
    CHECK(col(t, c, "rejected") == 1);
    // The total is not an average of the rows' averages: 3 answered, 210 s of talk.
    CHECK(col(t, t.total, "offered") == 7);
    CHECK(col(t, t.total, "answered") == 3);
    CHECK(col(t, t.total, "avg_talk_s") == Approx(70.0));
    CHECK(col(t, t.total, "max_wait_s") == Approx(40.0));
}

TEST_CASE_METHOD(Fixture, "periods start in the desktop's time zone and keys and columns can be chosen",
                 "[reports]") {
    const auto at9 = kDayStart + 9 * 60 * kMin;
    stay(hotline, at9 + 1 * kMin, 5, "answered", wang, 10);
    stay(hotline, at9 + 16 * kMin, 5, "answered", wang, 10);
    stay(hotline, at9 + 17 * kMin, 5, "abandoned", {}, 0, true);
    stay(complaints, at9 + 18 * kMin, 5, "answered", li, 10);

    const auto t = run({.subject = Subject::queue, .period = Period::m15, .range = "today", .utc_offset_min = kChina,
                        .columns = {"answered", "abandoned"}, .keys = {"热线总队列"}});
    CHECK(t.columns == std::vector<std::string>{"answered", "abandoned"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].period == "2026-11-27 09:00");
    CHECK(t.rows[0].values == std::vector<double>{1, 0});
    CHECK(t.rows[1].period == "2026-11-27 09:15");
    CHECK(t.rows[1].values == std::vector<double>{1, 1});
    CHECK(t.total.values == std::vector<double>{2, 1});  // the complaints queue left out

    const auto days = run({.subject = Subject::queue, .period = Period::day, .range = "this_month", .utc_offset_min = kChina});
    REQUIRE(days.rows.size() == 2);
    CHECK(days.rows[0].period == "2026-11-27");
    // In UTC the same calls fall on the 27th too (01:00 UTC), but 00:30 China time is the 26th in UTC.
    stay(hotline, kDayStart + 30 * kMin, 5, "answered", wang, 10);
    const auto utc = run({.subject = Subject::queue, .period = Period::day, .range = "this_month"});
    CHECK(row(utc, "2026-11-26", "热线总队列").values.front() == 1);
}

TEST_CASE_METHOD(Fixture, "an agent report adds calls taken, offers missed and the time in each status",
                 "[reports]") {
    const auto at9 = kDayStart + 9 * 60 * kMin;
    agent_event(wang, kDayStart - 60 * kMin, "sign_in", "not_ready", "idle");  // signed in before the day
    agent_event(wang, at9, "set_ready", "available", "idle");
    agent_event(wang, at9 + 10 * kMin, "offer", "available", "reserved");
    agent_event(wang, at9 + 10 * kMin + 20'000, "offer_no_answer", "not_ready", "idle");
    agent_event(wang, at9 + 20 * kMin, "set_ready", "available", "idle");
    agent_event(wang, at9 + 30 * kMin, "offer", "available", "reserved");
    agent_event(wang, at9 + 30 * kMin + 5'000, "offer_answered", "available", "in_call");
    agent_event(wang, at9 + 32 * kMin + 5'000, "call_ended", "available", "wrap_up");
    agent_event(wang, at9 + 33 * kMin + 5'000, "wrap_up_ended", "available", "idle");
    agent_event(wang, at9 + 60 * kMin, "sign_out", "logged_out", "idle");
    stay(hotline, at9 + 30 * kMin, 5, "answered", wang, 120);

    const auto t = run({.subject = Subject::agent, .range = "today", .utc_offset_min = kChina});
    const auto& w = row(t, "", "1001 王芳");
    CHECK(col(t, w, "answered") == 1);
    CHECK(col(t, w, "offers") == 2);
    CHECK(col(t, w, "missed") == 1);
    CHECK(col(t, w, "talk_s") == Approx(120));
    CHECK(col(t, w, "signed_in_s") == Approx(10 * 3600));            // 00:00 (clipped) to 10:00
    CHECK(col(t, w, "not_ready_s") == Approx(9 * 3600 + 10 * 60 - 20));  // to 09:00, then 10 min less 20 s
    CHECK(col(t, w, "ready_s") == Approx(60 * 60 - (10 * 60 - 20)));  // 09:00-10:00 but the not-ready spell
    CHECK(col(t, w, "wrap_up_s") == Approx(60));
    CHECK(col(t, w, "occupancy_pct") == Approx(100.0 * (120 + 60) / (10 * 3600)));
}

TEST_CASE("ranges are whole local days, weeks, months and years", "[reports]") {
    const auto now = kDayStart + 9 * 60 * kMin;
    CHECK(resolve_range("today", kChina, now).value() == std::pair{kDayStart, kDayStart + 24 * 60 * kMin});
    CHECK(resolve_range("yesterday", kChina, now).value().first == kDayStart - 24 * 60 * kMin);
    CHECK(resolve_range("last_7_days", kChina, now).value().first == kDayStart - 6 * 24 * 60 * kMin);
    const auto month = resolve_range("this_month", kChina, now).value();
    CHECK(month.first == kDayStart - 26 * 24 * 60 * kMin);  // 2026-11-01
    CHECK(month.second == kDayStart + 4 * 24 * 60 * kMin);  // 2026-12-01
    const auto last = resolve_range("last_month", kChina, now).value();
    CHECK(last.second == month.first);
    CHECK(last.first == month.first - 31 * 24 * 60 * kMin);  // October has 31 days
    CHECK(resolve_range("this_year", kChina, now).value().second == kDayStart + 35 * 24 * 60 * kMin);
    CHECK_FALSE(resolve_range("forever", kChina, now));
}

TEST_CASE("a report query is checked before any SQL runs", "[reports]") {
    const auto now = kDayStart;
    const auto refused = [&](ReportQuery q, std::string_view says) {
        auto r = check_query(std::move(q), now);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK_THAT(r.error().message, Catch::Contains(std::string(says)));
    };
    refused({.subject = Subject::queue, .range = "someday"}, "unknown range");
    refused({.subject = Subject::queue, .from_ms = now, .to_ms = now}, "start before the end");
    refused({.subject = Subject::queue, .from_ms = 1, .to_ms = 401LL * 24 * 60 * kMin}, "400 days");
    refused({.subject = Subject::queue, .period = Period::m15, .from_ms = now, .to_ms = now + 40LL * 24 * 60 * kMin},
            "too many periods");
    refused({.subject = Subject::agent, .range = "today", .columns = {"offered"}}, "no column \"offered\"");
    refused({.subject = Subject::queue, .range = "today", .utc_offset_min = 900}, "offset");
    CHECK(check_query({.subject = Subject::order_type, .period = Period::year, .range = "this_year"}, now));
}

TEST_CASE_METHOD(Fixture, "an IVR node report counts callers per node and where they left the flow", "[reports]") {
    const auto at9 = kDayStart + 9 * 60 * kMin;
    // Two callers go to the bill queue through the menu; one gives up at the menu.
    REQUIRE(storage::append_ivr_visits(db, CallId(1), "热线", {"welcome", "menu"}, at9));
    REQUIRE(storage::append_ivr_visits(db, CallId(1), "热线", {"bill"}, at9 + 5'000));
    REQUIRE(storage::append_ivr_visits(db, CallId(2), "热线", {"welcome", "menu"}, at9 + kMin));
    REQUIRE(storage::append_ivr_visits(db, CallId(2), "热线", {"menu"}, at9 + kMin + 7'000));  // repeated
    REQUIRE(storage::append_ivr_visits(db, CallId(3), "热线", {"welcome", "menu", "bill"}, at9 + 2 * kMin));
    const auto t = run({.subject = Subject::ivr_node, .range = "today", .utc_offset_min = kChina});
    const auto& menu = row(t, "", "热线/menu");
    CHECK(col(t, menu, "visits") == 4);
    CHECK(col(t, menu, "calls") == 3);
    CHECK(col(t, menu, "left_here") == 1);
    CHECK(col(t, menu, "left_pct") == Approx(100.0 / 3));
    const auto& bill = row(t, "", "热线/bill");
    CHECK(col(t, bill, "calls") == 2);
    CHECK(col(t, bill, "left_here") == 2);
    CHECK(col(t, row(t, "", "热线/welcome"), "left_here") == 0);
}
