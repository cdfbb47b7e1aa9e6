// The faxes table (0016): a fax to send through its attempts, a received one, the lists.
#include <catch2/catch.hpp>

#include "cti/storage/fax.h"
#include "cti/storage/migrate.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

namespace {
Database migrated(const test::TempDir& dir) {
    auto opened = open_and_migrate(dir.file("fax.db"));
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}
}  // namespace

TEST_CASE("faxes: a fax to send goes through its attempts and is listed", "[storage][fax]") {
    test::TempDir dir;
    Database db = migrated(dir);
    FaxRecord f{.id = 1, .number = "13800138001", .path = "fax/out/1.tif", .file_name = "合同.pdf",
                .document_pages = 2, .created_ms = 1000, .updated_ms = 1000};
    REQUIRE(insert_fax(db, f).value() == 1);
    CHECK(unfinished_faxes(db).value().size() == 1);

    f.state = "queued";
    f.attempts = 1;
    f.call = CallId(42);
    f.reason = "486 Busy Here";
    f.retry_at_ms = 6000;
    f.updated_ms = 1500;
    REQUIRE(update_fax(db, f).has_value());
    auto got = find_fax(db, 1).value();
    REQUIRE(got.has_value());
    CHECK(got->reason == "486 Busy Here");
    CHECK(got->call == CallId(42));
    CHECK(got->file_name == "合同.pdf");

    f.state = "done";
    f.attempts = 2;
    f.pages = 2;
    f.reason.clear();
    REQUIRE(update_fax(db, f).has_value());
    CHECK(unfinished_faxes(db).value().empty());

    REQUIRE(insert_fax(db, {.direction = "receive", .number = "13900139000", .call = CallId(50), .state = "received",
                            .path = "fax/2024-05-01/call-50.tif", .pages = 3, .created_ms = 2000,
                            .updated_ms = 2000}).has_value());
    CHECK(max_fax_id(db).value() == 2);
    auto both = list_faxes(db, "", 10).value();
    REQUIRE(both.size() == 2);
    CHECK(both.front().direction == "receive");  // newest first
    CHECK(list_faxes(db, "send", 10).value().size() == 1);
    CHECK(list_faxes(db, "receive", 10).value().front().pages == 3);
    CHECK(list_faxes(db, "", 1).value().size() == 1);
}

TEST_CASE("faxes: an update of a fax that does not exist is not_found", "[storage][fax]") {
    test::TempDir dir;
    Database db = migrated(dir);
    auto r = update_fax(db, FaxRecord{.id = 99, .number = "1", .path = "x.tif"});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == Errc::not_found);
    CHECK_FALSE(find_fax(db, 99).value().has_value());
}
