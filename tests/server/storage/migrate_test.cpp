#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <random>

#include "cti/schema/migrations.h"
#include "cti/storage/campaign.h"
#include "cti/storage/fax.h"
#include "cti/storage/registrations.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/storage/acd.h"
#include "cti/storage/ivr.h"
#include "cti/storage/telephony.h"
#include "cti/storage/voicemail.h"
#include "migration_checks.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;
using cti::storage_checks::migration_checks;

namespace {

// An old database as an older server left it: migrations 1..version applied by hand.
void build_at_version(const std::filesystem::path& file, int version) {
    auto db = Database::open(file, OpenOptions{.create = true});
    REQUIRE(db.has_value());
    for (const auto& m : schema::migrations())
        if (m.number <= version) REQUIRE(db->exec_script(m.sql).has_value());
    REQUIRE(db->exec_script("PRAGMA user_version=" + std::to_string(version)).has_value());
    if (version >= 1) REQUIRE(insert_department(*db, "旧部门").has_value());
}

std::int64_t pragma(Database& db, const std::string& name) {
    auto stmt = db.prepare("PRAGMA " + name);
    REQUIRE(stmt.has_value());
    REQUIRE(stmt->step().value());
    return stmt->get_int(name);
}

bool has_side_files(const std::filesystem::path& file) {
    return std::filesystem::exists(file.string() + "-wal") ||
           std::filesystem::exists(file.string() + "-shm") ||
           std::filesystem::exists(file.string() + "-journal");
}

// A database with enough pages that overwriting one in the middle hits table or index b-trees.
void build_populated(const std::filesystem::path& file) {
    auto opened = open_and_migrate(file);
    REQUIRE(opened.has_value());
    Database& db = opened->first;
    REQUIRE(db.exec_script("BEGIN").has_value());
    const std::string detail = R"({"note":")" + std::string(200, 'x') + R"("})";
    for (int i = 0; i < 2000; ++i)
        REQUIRE(append_event(db, i, "populate", std::nullopt, detail).has_value());
    REQUIRE(db.exec_script("COMMIT").has_value());
}

}  // namespace

TEST_CASE("every migration has a check", "[storage][migrate]") {
    CHECK(static_cast<int>(migration_checks().size()) == latest_schema_version());
    CHECK(latest_schema_version() == static_cast<int>(schema::migrations().size()));
}

TEST_CASE("a new file is created at the latest schema in WAL mode", "[storage][migrate]") {
    test::TempDir dir;
    auto opened = open_and_migrate(dir.file("new.db"));
    REQUIRE(opened.has_value());
    auto& [db, report] = *opened;
    CHECK(report.created);
    CHECK(report.from_version == 0);
    CHECK(report.to_version == latest_schema_version());
    CHECK(pragma(db, "user_version") == latest_schema_version());
    CHECK(pragma(db, "foreign_keys") == 1);
    CHECK(pragma(db, "synchronous") == 2);  // FULL
    {
        // Scoped: a PRAGMA journal_mode left mid-step counts as a write in progress, and SQLite then
        // refuses the SAVEPOINT of a check that writes in one transaction (15).
        auto mode = db.prepare("PRAGMA journal_mode");
        REQUIRE(mode->step().value());
        CHECK(mode->get_text("journal_mode") == "wal");
    }
    for (const auto& [number, check] : migration_checks()) check(db);
}

TEST_CASE("a database at any older schema is brought to the latest", "[storage][migrate]") {
    const int from = GENERATE(range(0, latest_schema_version() + 1));
    CAPTURE(from);
    test::TempDir dir;
    const auto file = dir.file("old.db");
    build_at_version(file, from);

    auto opened = open_and_migrate(file);
    REQUIRE(opened.has_value());
    auto& [db, report] = *opened;
    CHECK_FALSE(report.created);
    CHECK(report.from_version == from);
    CHECK(report.to_version == latest_schema_version());
    for (const auto& [number, check] : migration_checks()) {
        CAPTURE(number);
        check(db);
    }
    if (from >= 1) {
        auto kept = db.prepare("SELECT count(*) AS n FROM departments WHERE name = '旧部门'");
        REQUIRE(kept->step().value());
        CHECK(kept->get_int("n") == 1);
    }
}

TEST_CASE("re-opening a migrated database applies nothing", "[storage][migrate]") {
    test::TempDir dir;
    // Characters that mean something in a file: URI, which the immutable check opens.
    const auto file = dir.file("again ?#%41.db");
    REQUIRE(open_and_migrate(file).has_value());
    REQUIRE_FALSE(has_side_files(file));

    auto again = open_and_migrate(file);
    REQUIRE(again.has_value());
    CHECK_FALSE(again->second.created);
    CHECK(again->second.from_version == latest_schema_version());
    CHECK(again->second.to_version == latest_schema_version());
    CHECK(std::filesystem::exists(file));
    CHECK_FALSE(std::filesystem::exists(dir.file("again ?#A.db")));
}

TEST_CASE("a database another connection has open is checked through its WAL",
          "[storage][migrate]") {
    test::TempDir dir;
    const auto file = dir.file("busy.db");
    auto first = open_and_migrate(file);
    REQUIRE(first.has_value());
    REQUIRE(append_event(first->first, 1, "uncheckpointed", std::nullopt, "{}").has_value());
    REQUIRE(std::filesystem::exists(file.string() + "-wal"));

    auto second = open_and_migrate(file);
    REQUIRE(second.has_value());
    CHECK(second->second.from_version == latest_schema_version());
    auto row = second->first.prepare("SELECT count(*) AS n FROM event_log");
    REQUIRE(row->step().value());
    CHECK(row->get_int("n") == 1);
}

TEST_CASE("a file that is not a database is refused and left unchanged", "[storage][migrate]") {
    test::TempDir dir;
    const auto file = dir.file("random.db");
    std::mt19937 random(12345);
    std::string bytes(64 * 1024, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    test::write_bytes(file, bytes);

    auto opened = open_and_migrate(file);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == Errc::storage_corrupt);
    CHECK_THAT(opened.error().message, Catch::Contains(file.string() + " is damaged"));
    CHECK_THAT(opened.error().message, Catch::Contains("restore it from a backup"));
    CHECK_THAT(opened.error().message, Catch::Contains("nothing was changed"));
    CHECK(test::read_bytes(file) == bytes);
    CHECK_FALSE(has_side_files(file));
}

TEST_CASE("a database with a damaged page is refused and left unchanged", "[storage][migrate]") {
    test::TempDir dir;
    const auto file = dir.file("damaged.db");
    build_populated(file);
    REQUIRE_FALSE(has_side_files(file));  // the last close checkpointed the WAL

    std::string bytes = test::read_bytes(file);
    constexpr std::size_t kPage = 4096;
    const std::size_t pages = bytes.size() / kPage;
    REQUIRE(pages > 20);
    std::mt19937 random(99);
    for (std::size_t i = 0; i < kPage; ++i)
        bytes[(pages / 2) * kPage + i] = static_cast<char>(random());
    test::write_bytes(file, bytes);

    auto opened = open_and_migrate(file);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == Errc::storage_corrupt);
    CHECK_THAT(opened.error().message, Catch::Contains("is damaged"));
    CHECK_THAT(opened.error().message, Catch::Contains("cti-server --backup"));
    CHECK(test::read_bytes(file) == bytes);
    CHECK_FALSE(has_side_files(file));
}

TEST_CASE("a database from a newer server is refused and left unchanged", "[storage][migrate]") {
    test::TempDir dir;
    const auto file = dir.file("newer.db");
    {
        auto opened = open_and_migrate(file);
        REQUIRE(opened.has_value());
        const std::string newer = std::to_string(latest_schema_version() + 1);
        REQUIRE(opened->first.exec_script("PRAGMA user_version=" + newer).has_value());
    }
    REQUIRE_FALSE(has_side_files(file));
    const std::string before = test::read_bytes(file);

    auto opened = open_and_migrate(file);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == Errc::storage_too_new);
    const std::string expected = "(schema " + std::to_string(latest_schema_version() + 1) +
                                 ", this one knows " + std::to_string(latest_schema_version()) +
                                 ")";
    CHECK_THAT(opened.error().message, Catch::Contains(expected));
    CHECK_THAT(opened.error().message, Catch::Contains("install the newer server"));
    CHECK(test::read_bytes(file) == before);
    CHECK_FALSE(has_side_files(file));
}

TEST_CASE("migration 20 rebuilds users and loses nothing that refers to them", "[storage][migrate]") {
    test::TempDir dir;
    const auto file = dir.file("v19.db");
    build_at_version(file, 19);
    {
        auto db = Database::open(file, OpenOptions{});
        REQUIRE(db.has_value());
        REQUIRE(db->exec_script("PRAGMA foreign_keys=ON"));
        // As a server of schema 19 wrote it (today's insert_user asks the roles table first).
        REQUIRE(db->exec_script("INSERT INTO users (login, display_name, password_hash, role, extension, created_ms) "
                                "VALUES ('1001', '王芳', 'x', 'agent', '1001', 1)"));
        const auto u = std::optional<UserId>(UserId(db->last_insert_rowid()));
        auto q = insert_queue(*db, "热线", "longest_idle");
        REQUIRE(q.has_value());
        REQUIRE(set_queue_member(*db, {*q, *u, 1}));
        REQUIRE(db->exec_script("INSERT INTO announcements (title, body, author_id, created_ms) VALUES ('t', 'b', " +
                                std::to_string(u->value()) + ", 1)"));
    }
    auto opened = open_and_migrate(file);
    REQUIRE(opened.has_value());
    auto& db = opened->first;
    // Dropping the old users table with foreign keys on would have deleted the tier (ON DELETE
    // CASCADE); the runner turns them off for this migration and back on after it.
    CHECK(pragma(db, "foreign_keys") == 1);
    auto kept = db.prepare("SELECT (SELECT count(*) FROM queue_members) AS members, "
                           "(SELECT count(*) FROM announcements) AS notes, "
                           "(SELECT role FROM users WHERE login = '1001') AS role");
    REQUIRE(kept->step().value());
    CHECK(kept->get_int("members") == 1);
    CHECK(kept->get_int("notes") == 1);
    CHECK(kept->get_text("role") == "agent");
    auto check = db.prepare("PRAGMA foreign_key_check");
    REQUIRE(check.has_value());
    CHECK_FALSE(check->step().value());
    // The users table refers to roles now: a role nobody defined is refused.
    CHECK_FALSE(db.exec_script("UPDATE users SET role = 'root' WHERE login = '1001'"));
}
