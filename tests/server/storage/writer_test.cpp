#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/storage/writer.h"
#include "temp_dir.h"

using namespace cti;
using namespace cti::storage;

namespace {

Database migrated(const std::filesystem::path& file) {
    auto opened = open_and_migrate(file);
    REQUIRE(opened.has_value());
    return std::move(opened->first);
}

std::int64_t count(const std::filesystem::path& file, const std::string& sql) {
    auto db = Database::open(file, OpenOptions{.read_only = true});
    REQUIRE(db.has_value());
    auto stmt = db->prepare(sql);
    REQUIRE(stmt.has_value());
    REQUIRE(stmt->step().value());
    return stmt->get_int("n");
}

// Holds the writer thread inside a job so that what is submitted meanwhile waits in the queue
// and is taken as one batch when the gate opens.
class Gate {
public:
    Writer::Job job() {
        return [this](Database&) -> Result<void> {
            entered_.set_value();
            released_.wait();
            return {};
        };
    }
    void wait_entered() { entered_future_.wait(); }
    void open() { release_.set_value(); }

private:
    std::promise<void> entered_;
    std::future<void> entered_future_ = entered_.get_future();
    std::promise<void> release_;
    std::shared_future<void> released_ = release_.get_future().share();
};

Result<void> add_user(Database& db, const std::string& login) {
    auto id = insert_user(db, NewUser{.login = login, .display_name = login,
                                      .password_hash = "h", .role = "agent"});
    if (!id) return std::unexpected(id.error());
    return {};
}

Result<void> add_event(Database& db, std::int64_t at_ms, std::string_view kind) {
    auto row = append_event(db, at_ms, kind, std::nullopt, "{}");
    if (!row) return std::unexpected(row.error());
    return {};
}

// Results land here on the writer thread; stop() joins it before the test reads them.
using Results = std::vector<std::optional<Result<void>>>;
Writer::Done record(Results& results, std::size_t i) {
    return [&results, i](Result<void> r) { results[i] = std::move(r); };
}

}  // namespace

TEST_CASE("8 threads x 500 submits each complete exactly once", "[storage][writer]") {
    constexpr int kThreads = 8;
    constexpr int kPerThread = 500;
    constexpr int kTotal = kThreads * kPerThread;
    test::TempDir dir;
    const auto file = dir.file("w.db");
    std::vector<std::atomic<int>> calls(kTotal);
    std::atomic<int> failures{0};
    WriterStats stats;
    {
        Writer writer(migrated(file));
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    const int id = t * kPerThread + i;
                    writer.submit(
                        [id, t](Database& db) -> Result<void> {
                            const std::string detail = R"({"thread":)" + std::to_string(t) + "}";
                            auto row = append_event(db, id, "load", std::nullopt, detail);
                            if (!row) return std::unexpected(row.error());
                            return {};
                        },
                        [&calls, &failures, id](Result<void> r) {
                            calls[id].fetch_add(1);
                            if (!r) failures.fetch_add(1);
                        });
                }
            });
        for (auto& thread : threads) thread.join();
        writer.stop();
        stats = writer.stats();
    }
    for (int id = 0; id < kTotal; ++id) {
        CAPTURE(id);
        REQUIRE(calls[id].load() == 1);
    }
    CHECK(failures.load() == 0);
    CHECK(stats.jobs_done == kTotal);
    CHECK(stats.jobs_failed == 0);
    CHECK(stats.batches >= 1);
    CHECK(stats.batches <= kTotal);
    CHECK(stats.queue_depth == 0);
    CHECK(count(file, "SELECT count(DISTINCT at_ms) AS n FROM event_log WHERE kind = 'load'") ==
          kTotal);
}

TEST_CASE("a failing job in a batch is rolled back alone", "[storage][writer]") {
    test::TempDir dir;
    const auto file = dir.file("w.db");
    Results results(4);
    WriterStats stats;
    {
        Writer writer(migrated(file));
        Gate gate;
        writer.submit(gate.job());
        gate.wait_entered();
        writer.submit([](Database& db) { return add_user(db, "a"); }, record(results, 0));
        writer.submit(
            [](Database& db) -> Result<void> {
                // Its first write must vanish with it.
                if (auto first = add_event(db, 1, "b-partial"); !first) return first;
                return add_user(db, "a");
            },
            record(results, 1));
        writer.submit(
            [](Database& db) -> Result<void> {
                if (auto first = add_event(db, 2, "d-partial"); !first) return first;
                auto stmt = db.prepare("SELECT 1 AS one");
                if (!stmt) return std::unexpected(stmt.error());
                if (auto row = stmt->step(); !row) return std::unexpected(row.error());
                stmt->get_int("two");  // a mistyped column: throws
                return {};
            },
            record(results, 2));
        writer.submit([](Database& db) { return add_user(db, "c"); }, record(results, 3));
        CHECK(writer.stats().queue_depth == 4);
        gate.open();
        writer.stop();
        stats = writer.stats();
    }
    REQUIRE(results[0].has_value());
    CHECK(results[0]->has_value());
    REQUIRE(results[1].has_value());
    REQUIRE_FALSE(results[1]->has_value());
    CHECK(results[1]->error().code == Errc::already_exists);
    CHECK_THAT(results[1]->error().message, Catch::Contains("login 'a'"));
    REQUIRE(results[2].has_value());
    REQUIRE_FALSE(results[2]->has_value());
    CHECK(results[2]->error().code == Errc::internal);
    CHECK_THAT(results[2]->error().message, Catch::Contains("'two'"));
    REQUIRE(results[3].has_value());
    CHECK(results[3]->has_value());

    CHECK(stats.jobs_done == 3);  // the gate, a, c
    CHECK(stats.jobs_failed == 2);
    CHECK(stats.batches == 2);    // the gate alone, then the other four together
    CHECK(count(file, "SELECT count(*) AS n FROM users WHERE login IN ('a', 'c')") == 2);
    CHECK(count(file, "SELECT count(*) AS n FROM event_log") == 0);
}

TEST_CASE("when the transaction is lost mid-batch, earlier jobs fail and later ones commit",
          "[storage][writer]") {
    // SQLite rolls the whole transaction back by itself after a disk-full or I/O error; a job
    // issuing ROLLBACK reproduces that state without breaking the disk.
    test::TempDir dir;
    const auto file = dir.file("w.db");
    Results results(3);
    WriterStats stats;
    {
        Writer writer(migrated(file));
        Gate gate;
        writer.submit(gate.job());
        gate.wait_entered();
        writer.submit([](Database& db) { return add_user(db, "early"); }, record(results, 0));
        writer.submit([](Database& db) { return db.exec_script("ROLLBACK"); }, record(results, 1));
        writer.submit([](Database& db) { return add_user(db, "late"); }, record(results, 2));
        gate.open();
        writer.stop();
        stats = writer.stats();
    }
    REQUIRE(results[0].has_value());
    REQUIRE_FALSE(results[0]->has_value());
    CHECK_THAT(results[0]->error().message, Catch::Contains("rolled back with its batch"));
    REQUIRE(results[1].has_value());
    REQUIRE_FALSE(results[1]->has_value());
    CHECK_THAT(results[1]->error().message, Catch::Equals("a write job ended the transaction"));
    REQUIRE(results[2].has_value());
    CHECK(results[2]->has_value());
    CHECK(stats.jobs_done == 2);
    CHECK(stats.jobs_failed == 2);
    CHECK(count(file, "SELECT count(*) AS n FROM users WHERE login = 'early'") == 0);
    CHECK(count(file, "SELECT count(*) AS n FROM users WHERE login = 'late'") == 1);
}

TEST_CASE("batches hold at most max_batch jobs", "[storage][writer]") {
    test::TempDir dir;
    const auto file = dir.file("w.db");
    WriterStats stats;
    {
        Writer writer(migrated(file), WriterOptions{.max_batch = 10});
        Gate gate;
        writer.submit(gate.job());
        gate.wait_entered();
        for (int i = 0; i < 25; ++i)
            writer.submit([i](Database& db) { return add_event(db, i, "batch"); });
        gate.open();
        writer.stop();
        stats = writer.stats();
    }
    CHECK(stats.batches == 1 + 3);
    CHECK(stats.jobs_done == 26);
    CHECK(count(file, "SELECT count(*) AS n FROM event_log") == 25);
}

TEST_CASE("stop runs what was submitted, later submits are refused at once", "[storage][writer]") {
    test::TempDir dir;
    const auto file = dir.file("w.db");
    Writer writer(migrated(file));
    Gate gate;
    writer.submit(gate.job());
    gate.wait_entered();
    Results queued(50);
    for (std::size_t i = 0; i < queued.size(); ++i)
        writer.submit([i](Database& db) { return add_user(db, std::to_string(i) + "-queued"); },
                      record(queued, i));

    std::thread stopper([&] { writer.stop(); });
    // Once a submit is refused, stop() has begun while the 50 are still queued behind the gate.
    bool refused = false;
    while (!refused) {
        // Shared: a probe accepted before stop() reports later, after this loop.
        auto probe = std::make_shared<std::optional<Result<void>>>();
        writer.submit([](Database&) -> Result<void> { return {}; },
                      [probe](Result<void> r) { *probe = std::move(r); });
        if (*probe && !(*probe)->has_value()) {
            CHECK((*probe)->error().code == Errc::unavailable);
            refused = true;
        } else {
            std::this_thread::yield();
        }
    }
    gate.open();
    stopper.join();
    for (const auto& result : queued) {
        REQUIRE(result.has_value());
        CHECK(result->has_value());
    }

    std::optional<Result<void>> after;
    writer.submit([](Database&) -> Result<void> { return {}; },
                  [&after](Result<void> r) { after = std::move(r); });
    REQUIRE(after.has_value());  // called before submit returned
    REQUIRE_FALSE(after->has_value());
    CHECK(after->error().code == Errc::unavailable);
    writer.stop();  // idempotent
    CHECK(count(file, "SELECT count(*) AS n FROM users") == 50);
}

TEST_CASE("writes that fail on I/O report the storage's health once, and its recovery", "[storage][writer]") {
    test::TempDir dir;
    const auto file = dir.file("w.db");
    std::mutex m;
    std::vector<std::optional<std::string>> reports;
    WriterOptions options;
    options.on_health = [&](std::optional<Error> e) {
        std::lock_guard lock(m);
        reports.push_back(e ? std::optional(e->message) : std::nullopt);
    };
    {
        Writer writer(migrated(file), options);
        auto wait = [&](Writer::Job job) {
            std::promise<Result<void>> done;
            auto f = done.get_future();
            writer.submit(std::move(job), [&done](Result<void> r) { done.set_value(std::move(r)); });
            return f.get();
        };
        // A job's own refusal says nothing about the disk.
        CHECK_FALSE(wait([](Database&) -> Result<void> { return fail(Errc::invalid_argument, "no title"); }));
        CHECK(wait([](Database& db) { return add_user(db, "a"); }));
        // I/O errors: reported once, however many writes fail.
        CHECK_FALSE(wait([](Database&) -> Result<void> { return fail(Errc::io_error, "the disk is full"); }));
        CHECK_FALSE(wait([](Database&) -> Result<void> { return fail(Errc::io_error, "the disk is full"); }));
        // The next write saved clears it.
        CHECK(wait([](Database& db) { return add_user(db, "b"); }));
        CHECK(wait([](Database& db) { return add_user(db, "c"); }));
    }
    REQUIRE(reports.size() == 2);
    CHECK(reports[0] == std::optional<std::string>("the disk is full"));
    CHECK_FALSE(reports[1].has_value());
}
