#pragma once
// The single SQLite writer: one thread owns the read-write connection and runs every write job.
// Jobs waiting when the thread gets to them are committed together in one transaction (group
// commit): one fsync for the whole batch instead of one per job, which is what makes durable
// writes fast. Each job runs inside its own SAVEPOINT, so a job that fails is rolled back alone
// and the others in the batch still commit.
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct WriterOptions {
    std::uint32_t max_batch = 1024;  // jobs per transaction at most
    // Called on the writer thread when writing stops working (an I/O error: the disk is full,
    // the data folder read-only...) with that error, and with nullopt when a later write is
    // saved again. Only on a change; must not block (post to your own thread). The server
    // raises and clears its storage alarm with it.
    std::function<void(std::optional<Error>)> on_health;
};

struct WriterStats {
    std::uint64_t jobs_done = 0;   // committed
    std::uint64_t jobs_failed = 0; // ran and were rolled back (not those refused after stop())
    std::uint64_t batches = 0;     // committed transactions
    std::uint64_t queue_depth = 0; // jobs waiting now
};

class Writer {
public:
    // Runs inside the batch's transaction: it must not BEGIN, COMMIT or ROLLBACK itself (its
    // own SAVEPOINTs are fine). An exception it throws becomes its Errc::internal error.
    using Job = std::function<Result<void>(Database&)>;
    // Called on the writer thread once the job's transaction has committed (or with the job's
    // error, or with the commit's error). Must not block; post to your own thread.
    using Done = std::function<void(Result<void>)>;

    // Takes the read-write connection (from open_and_migrate) and starts the thread.
    Writer(Database db, WriterOptions options = {});
    ~Writer();  // stop()
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    // Thread-safe. After stop(), done is called at once with Errc::unavailable.
    void submit(Job job, Done done = {});
    // Runs every job already submitted, then ends the thread. Idempotent.
    void stop();
    WriterStats stats() const;

private:
    struct Item {
        Job job;
        Done done;
    };
    void run();
    void run_batch(std::deque<Item>& batch);
    void report_health(const std::vector<Result<void>>& results, std::uint64_t commits);

    Database db_;
    WriterOptions options_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Item> queue_;
    bool stopping_ = false;
    WriterStats stats_;
    bool failing_ = false;  // the last batch lost writes to an I/O error (writer thread only)
    std::thread thread_;
};

}  // namespace cti::storage
