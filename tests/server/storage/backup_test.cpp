#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/storage/writer.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

TEST_CASE("backup while the writer is inserting", "[storage][backup]") {
    test::TempDir dir;
    const auto file = dir.file("live.db");
    const auto copy = dir.file("copy.db");
    auto opened = open_and_migrate(file);
    REQUIRE(opened.has_value());
    Writer writer(std::move(opened->first));

    // Rows whose Done has run are committed; at_ms numbers them so the copy can be compared.
    std::atomic<std::int64_t> committed{0};
    std::atomic<bool> producing{true};
    std::thread producer([&] {
        for (std::int64_t i = 0; producing.load(); ++i) {
            // A bounded backlog, as a real server's admission control would keep.
            while (i - committed.load() > 2000 && producing.load()) std::this_thread::yield();
            writer.submit(
                [i](Database& db) -> Result<void> {
                    auto row = append_event(db, i, "live", std::nullopt, R"({"n":1})");
                    if (!row) return std::unexpected(row.error());
                    return {};
                },
                [&committed](Result<void> r) {
                    if (r) committed.fetch_add(1);
                });
        }
    });
    while (committed.load() < 500) std::this_thread::yield();

    const std::int64_t before = committed.load();
    auto made = backup(file, copy);
    const std::int64_t after = committed.load();
    producing = false;
    producer.join();
    writer.stop();
    REQUIRE(made.has_value());

    auto db = Database::open(copy, OpenOptions{.read_only = true});
    REQUIRE(db.has_value());
    auto check = db->prepare("PRAGMA quick_check");
    REQUIRE(check->step().value());
    CHECK(check->get_text("quick_check") == "ok");
    auto rows = db->prepare("SELECT count(*) AS n, max(at_ms) AS last FROM event_log");
    REQUIRE(rows->step().value());
    // A snapshot: everything committed before the backup began, and nothing torn.
    CHECK(rows->get_int("n") >= before);
    CHECK(rows->get_int("n") <= after);
    CHECK(rows->get_int("last") == rows->get_int("n") - 1);
    INFO("rows committed before " << before << ", in the copy " << rows->get_int("n"));

    // The copy is a usable database of the same schema.
    auto reopened = open_and_migrate(copy);
    REQUIRE(reopened.has_value());
    CHECK(reopened->second.from_version == latest_schema_version());
}

TEST_CASE("backup refuses an existing destination and a missing source", "[storage][backup]") {
    test::TempDir dir;
    const auto file = dir.file("db.db");
    REQUIRE(open_and_migrate(file).has_value());

    const auto taken = dir.file("taken.db");
    test::write_bytes(taken, "keep me");
    auto refused = backup(file, taken);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Errc::already_exists);
    CHECK_THAT(refused.error().message, Catch::Contains("taken.db"));
    CHECK(test::read_bytes(taken) == "keep me");

    const auto target = dir.file("never.db");
    auto missing = backup(dir.file("missing.db"), target);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == Errc::not_found);
    CHECK_FALSE(std::filesystem::exists(target));
}
