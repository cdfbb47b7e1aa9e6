#include <catch2/catch.hpp>

#include <stdexcept>

#include "cti/storage/database.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

namespace {

Database open_new(const test::TempDir& dir) {
    auto db = Database::open(dir.file("t.db"), OpenOptions{.create = true});
    REQUIRE(db.has_value());
    REQUIRE(db->exec_script("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, "
                            "n INTEGER);")
                .has_value());
    return std::move(*db);
}

}  // namespace

TEST_CASE("opening a missing file without create is not_found", "[storage][database]") {
    test::TempDir dir;
    auto db = Database::open(dir.file("missing.db"), OpenOptions{});
    REQUIRE_FALSE(db.has_value());
    CHECK(db.error().code == Errc::not_found);
    CHECK_THAT(db.error().message, Catch::Contains("missing.db"));
    CHECK_FALSE(std::filesystem::exists(dir.file("missing.db")));
}

TEST_CASE("parameters bind by index and by name, columns are read by name", "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);
    auto insert = db.prepare("INSERT INTO t (name, score, n) VALUES (?1, :score, :n)");
    REQUIRE(insert.has_value());
    insert->bind(1, "张伟").bind(":score", 2.5).bind(":n", nullptr);
    REQUIRE(insert->run().has_value());
    CHECK(db.changes() == 1);
    const auto first = db.last_insert_rowid();

    insert->reset();
    insert->bind(1, "停电通知：明天 9:00–12:00").bind(":score", 1.0).bind(":n", 42);
    REQUIRE(insert->run().has_value());

    auto select = db.prepare("SELECT id, name AS label, score, n FROM t ORDER BY id");
    REQUIRE(select.has_value());
    auto row = select->step();
    REQUIRE(row.has_value());
    REQUIRE(*row);
    CHECK(select->get_int("id") == first);
    CHECK(select->get_text("label") == "张伟");
    CHECK(select->get_double("score") == 2.5);
    CHECK(select->is_null("n"));
    CHECK_FALSE(select->get_optional_int("n").has_value());
    CHECK_FALSE(select->get_optional_text("n").has_value());

    row = select->step();
    REQUIRE(row.has_value());
    REQUIRE(*row);
    CHECK(select->get_text("label") == "停电通知：明天 9:00–12:00");
    CHECK(select->get_optional_int("n") == 42);
    CHECK(select->get_optional_text("label") == "停电通知：明天 9:00–12:00");

    row = select->step();
    REQUIRE(row.has_value());
    CHECK_FALSE(*row);
}

TEST_CASE("text with embedded NUL and from a non-terminated view round-trips",
          "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);
    const std::string buffer = "客服中心XYZ";
    const std::string_view view(buffer.data(), buffer.size() - 3);  // not NUL-terminated
    const std::string with_nul("a\0b", 3);
    auto insert = db.prepare("INSERT INTO t (id, name) VALUES (:id, :name)");
    REQUIRE(insert.has_value());
    REQUIRE(insert->bind(":id", 1).bind(":name", view).run().has_value());
    insert->reset();
    REQUIRE(insert->bind(":id", 2).bind(":name", with_nul).run().has_value());

    auto select = db.prepare("SELECT name FROM t ORDER BY id");
    REQUIRE(select.has_value());
    REQUIRE(select->step().value());
    CHECK(select->get_text("name") == "客服中心");
    REQUIRE(select->step().value());
    CHECK(select->get_text("name") == with_nul);
}

TEST_CASE("a bind error is kept and returned by step", "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);
    auto insert = db.prepare("INSERT INTO t (name) VALUES (:name)");
    REQUIRE(insert.has_value());

    SECTION("unknown name") {
        insert->bind(":nmae", "x").bind(":name", "y");
        auto ran = insert->run();
        REQUIRE_FALSE(ran.has_value());
        CHECK_THAT(ran.error().message, Catch::Contains(":nmae"));
    }
    SECTION("index out of range") {
        insert->bind(7, "x");
        auto stepped = insert->step();
        REQUIRE_FALSE(stepped.has_value());
        CHECK_THAT(stepped.error().message, Catch::Contains("parameter 7"));
    }
    // Nothing was inserted, and reset() clears the remembered error.
    insert->reset();
    REQUIRE(insert->bind(":name", "ok").run().has_value());
    auto count = db.prepare("SELECT count(*) AS n FROM t");
    REQUIRE(count->step().value());
    CHECK(count->get_int("n") == 1);
}

TEST_CASE("asking for a column the statement does not return throws", "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);
    REQUIRE(db.exec_script("INSERT INTO t (name) VALUES ('x')").has_value());
    auto select = db.prepare("SELECT name FROM t");
    REQUIRE(select->step().value());
    CHECK_THROWS_AS(select->get_text("nmae"), std::logic_error);
    CHECK_THROWS_WITH(select->get_int("nmae"), Catch::Contains("'nmae'"));
}

TEST_CASE("errors say what was being done", "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);

    auto bad = db.prepare("SELECT nope FROM t");
    REQUIRE_FALSE(bad.has_value());
    CHECK_THAT(bad.error().message, Catch::Contains("preparing SELECT nope FROM t"));
    CHECK_THAT(bad.error().message, Catch::Contains("no such column"));

    auto two = db.prepare("SELECT 1; SELECT 2");
    REQUIRE_FALSE(two.has_value());
    CHECK_THAT(two.error().message, Catch::Contains("exec_script"));

    REQUIRE(db.exec_script("INSERT INTO t (id, name) VALUES (1, 'a')").has_value());
    auto duplicate = db.prepare("INSERT INTO t (id, name) VALUES (1, 'b')");
    auto ran = duplicate->run();
    REQUIRE_FALSE(ran.has_value());
    CHECK(ran.error().code == Errc::already_exists);
    CHECK_THAT(ran.error().message, Catch::Contains("running INSERT INTO t"));

    auto script = db.exec_script("CREATE TABLE u (x); CREATE TABLE u (x);");
    REQUIRE_FALSE(script.has_value());
    CHECK_THAT(script.error().message, Catch::Contains("already exists"));
}

TEST_CASE("a read-only connection cannot write", "[storage][database]") {
    test::TempDir dir;
    { Database db = open_new(dir); }
    auto ro = Database::open(dir.file("t.db"), OpenOptions{.read_only = true});
    REQUIRE(ro.has_value());
    auto written = ro->exec_script("INSERT INTO t (name) VALUES ('x')");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == Errc::io_error);
}

TEST_CASE("moved-from statements and databases are safe to destroy", "[storage][database]") {
    test::TempDir dir;
    Database db = open_new(dir);
    auto stmt = db.prepare("SELECT 1 AS one");
    REQUIRE(stmt.has_value());
    Statement moved = std::move(*stmt);
    REQUIRE(moved.step().value());
    CHECK(moved.get_int("one") == 1);
    Database other = std::move(db);
    CHECK(other.handle() != nullptr);
    CHECK(other.path() == dir.file("t.db"));
}
