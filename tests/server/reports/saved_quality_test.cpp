// Custom reports kept per owner, and the review of call recordings (search and scoring), over a
// real migrated database.
#include <catch2/catch.hpp>

#include "cti/reports/quality.h"
#include "cti/reports/saved.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/storage/telephony.h"
#include "cti/storage/voicemail.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::reports;

namespace {

storage::Database migrated(const std::filesystem::path& file) {
    auto opened = storage::open_and_migrate(file);
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

struct Fixture {
    storage::test::TempDir dir;
    storage::Database db = migrated(dir.file("saved.db"));
    UserId leader = user("zhao", "team_leader", "");
    UserId other = user("qian", "team_leader", "");
    UserId wang = user("1001", "agent", "1001");

    UserId user(const std::string& login, const std::string& role, const std::string& ext) {
        return storage::insert_user(db, {.login = login, .display_name = login, .password_hash = "x", .role = role,
                                         .extension = ext, .created_ms = 1})
            .value();
    }
};

ReportQuery daily_agents() {
    return {.subject = Subject::agent, .period = Period::day, .range = "this_month", .utc_offset_min = 480,
            .columns = {"answered", "talk_s"}, .keys = {"1001 王芳"}};
}

}  // namespace

TEST_CASE_METHOD(Fixture, "a saved report keeps its query and is seen by its owner, or by all when shared",
                 "[reports][saved]") {
    auto mine = save_report(db, {.name = "每日坐席", .query = daily_agents(), .owner = leader}, false, 10);
    REQUIRE(mine.has_value());
    CHECK(mine->id > 0);
    CHECK(mine->owner_login == "zhao");
    CHECK(mine->query.subject == Subject::agent);
    CHECK(mine->query.period == Period::day);
    CHECK(mine->query.range == "this_month");
    CHECK(mine->query.columns == std::vector<std::string>{"answered", "talk_s"});
    CHECK(mine->query.keys == std::vector<std::string>{"1001 王芳"});

    // Another leader neither sees nor changes it; the same name twice is refused.
    CHECK(list_reports(db, other).value().empty());
    auto taken = save_report(db, {.id = mine->id, .name = "改名", .owner = other}, false, 11);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().code == Errc::permission_denied);
    auto twice = save_report(db, {.name = "每日坐席", .owner = leader}, false, 12);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == Errc::already_exists);
    // Only administrators share.
    CHECK(save_report(db, {.name = "全员", .owner = leader, .shared = true}, false, 13).error().code ==
          Errc::permission_denied);
    auto shared = save_report(db, {.name = "全员", .owner = leader, .shared = true}, true, 14);
    REQUIRE(shared.has_value());
    auto seen = list_reports(db, other).value();
    REQUIRE(seen.size() == 1);
    CHECK(seen.front().name == "全员");
    CHECK(list_reports(db, leader).value().size() == 2);

    CHECK(remove_report(db, mine->id, other, false).error().code == Errc::permission_denied);
    REQUIRE(remove_report(db, mine->id, leader, false));
    CHECK(list_reports(db, leader).value().size() == 1);
    CHECK(save_report(db, {.name = "", .owner = leader}, false, 15).error().code == Errc::invalid_argument);
}

TEST_CASE("a report query survives JSON and a bad one is refused", "[reports][saved]") {
    auto back = query_from_json(query_to_json(daily_agents()));
    REQUIRE(back.has_value());
    CHECK(back->keys == daily_agents().keys);
    CHECK(back->utc_offset_min == 480);
    CHECK_FALSE(query_from_json("[1]"));
    CHECK_FALSE(query_from_json(R"({"subject":"weather"})"));
    CHECK_FALSE(query_from_json(R"({"subject":"queue","columns":"answered"})"));
}

TEST_CASE_METHOD(Fixture, "recordings are found by number, agent, time and work order, and scored",
                 "[reports][quality]") {
    const auto call = [&](std::int64_t id, const std::string& caller, std::optional<UserId> agent, std::int64_t at) {
        REQUIRE(storage::insert_call(db, CallId(id), {"inbound", caller, "95598", "", std::nullopt, agent, at}));
        return storage::insert_recording(db, {.call = CallId(id), .path = "rec/" + std::to_string(id) + ".wav",
                                              .frames = 8000, .started_ms = at, .ended_ms = at + 65'000})
            .value();
    };
    const auto r1 = call(1, "13800138000", wang, 1'000'000);
    const auto r2 = call(2, "13900139000", wang, 2'000'000);
    const auto r3 = call(3, "13800138000", std::nullopt, 3'000'000);
    REQUIRE(db.exec_script(
        "INSERT INTO work_orders (number, type, urgency, channel, state, title, content, creator_id, workflow, "
        "created_ms, updated_ms, call_id) VALUES ('GD20261127000001', 'repair', 'normal', 'phone', 'open', '停电', "
        "'小区停电', 1, 'default', 1, 1, 2)"));

    const auto ids = [&](RecordingSearch s) {
        std::vector<std::int64_t> out;
        auto found = search_recordings(db, s);  // kept: a range-for over .value() of a temporary dangles
        REQUIRE(found.has_value());
        for (const auto& r : *found) out.push_back(r.recording_id);
        return out;
    };
    CHECK(ids({.number = "138001"}) == std::vector<std::int64_t>{r3, r1});  // newest first
    CHECK(ids({.agent = wang}) == std::vector<std::int64_t>{r2, r1});
    CHECK(ids({.from_ms = 1'500'000, .to_ms = 2'500'000}) == std::vector<std::int64_t>{r2});
    CHECK(ids({.order_no = "GD20261127000001"}) == std::vector<std::int64_t>{r2});
    const auto found = search_recordings(db, {.order_no = "GD20261127000001"}).value().front();
    CHECK(found.agent == "1001");
    CHECK(found.duration_ms == 65'000);
    CHECK(found.order_no == "GD20261127000001");
    CHECK(found.score == -1);
    CHECK_FALSE(search_recordings(db, {.number = "138'; DROP TABLE calls; --"}));
    CHECK_FALSE(search_recordings(db, {.limit = 501}));

    auto scored = score_recording(db, r2, {{"greeting", 9}, {"accuracy", 28}, {"attitude", 18}}, "语速偏快", wang, 5);
    REQUIRE(scored.has_value());
    CHECK(scored->score == 55);
    REQUIRE(score_recording(db, r2, {{"greeting", 10}}, "", wang, 6));
    CHECK(search_recordings(db, {.order_no = "GD20261127000001"}).value().front().score == 10);  // the newest
    CHECK(score_recording(db, 999, {{"greeting", 1}}, "", wang, 7).error().code == Errc::not_found);
    CHECK_FALSE(score_total({{"greeting", 11}}, ""));
    CHECK_FALSE(score_total({{"greeting", 1}, {"greeting", 2}}, ""));
    CHECK_FALSE(score_total({{"smile", 1}}, ""));
    CHECK_FALSE(score_total({}, ""));
    CHECK_FALSE(score_total({{"greeting", 1}}, std::string(501, 'x')));
    int max = 0;
    for (const auto& i : score_items()) max += i.max_points;
    CHECK(max == 100);
}
