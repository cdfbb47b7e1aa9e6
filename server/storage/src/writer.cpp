#include "cti/storage/writer.h"

#include <sqlite3.h>

#include "cti/core/logging.h"

#include <exception>
#include <utility>
#include <vector>

namespace cti::storage {
namespace {

bool in_transaction(Database& db) { return sqlite3_get_autocommit(db.handle()) == 0; }

// A job that throws (e.g. std::logic_error from get_* on a mistyped column) must not take the
// writer thread, and with it every later write, down.
Result<void> call(const Writer::Job& job, Database& db) {
    try {
        return job(db);
    } catch (const std::exception& e) {
        return fail(Errc::internal, std::string("write job threw: ") + e.what());
    }
}

// SAVEPOINT around the job: its failure undoes its own writes and nothing else of the batch.
Result<void> run_in_savepoint(const Writer::Job& job, Database& db) {
    if (auto saved = db.exec_script("SAVEPOINT cti_job"); !saved) return saved;
    Result<void> result = call(job, db);
    if (!in_transaction(db)) {
        // SQLite dropped the transaction after an error, or the job broke the contract.
        if (result) return fail(Errc::internal, "a write job ended the transaction");
        return result;
    }
    if (result) {
        auto released = db.exec_script("RELEASE cti_job");
        if (released) return result;
        result = std::move(released);
    }
    if (in_transaction(db)) {
        db.exec_script("ROLLBACK TO cti_job");
        db.exec_script("RELEASE cti_job");
    }
    return result;
}

}  // namespace

Writer::Writer(Database db, WriterOptions options) : db_(std::move(db)), options_(options) {
    if (options_.max_batch == 0) options_.max_batch = 1;
    thread_ = std::thread([this] { run(); });
}

Writer::~Writer() { stop(); }

void Writer::submit(Job job, Done done) {
    {
        std::lock_guard lock(mutex_);
        if (!stopping_) {
            queue_.push_back(Item{std::move(job), std::move(done)});
            wake_.notify_one();
            return;
        }
    }
    if (done) done(fail(Errc::unavailable, "the storage writer has stopped (the server is shutting "
                                           "down); the write was not made"));
}

void Writer::stop() {
    std::thread thread;
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        // Taken under the lock so that two threads calling stop() do not both join.
        thread = std::move(thread_);
    }
    wake_.notify_one();
    if (!thread.joinable()) return;
    if (thread.get_id() == std::this_thread::get_id()) {
        // stop() from a Done callback: the thread ends after draining; the destructor joins it.
        std::lock_guard lock(mutex_);
        thread_ = std::move(thread);
        return;
    }
    thread.join();
}

WriterStats Writer::stats() const {
    std::lock_guard lock(mutex_);
    WriterStats stats = stats_;
    stats.queue_depth = queue_.size();
    return stats;
}

void Writer::run() {
    std::deque<Item> batch;
    while (true) {
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, and everything submitted has run
            const std::size_t n = std::min<std::size_t>(queue_.size(), options_.max_batch);
            auto end = queue_.begin() + static_cast<std::ptrdiff_t>(n);
            batch.insert(batch.end(), std::make_move_iterator(queue_.begin()),
                         std::make_move_iterator(end));
            queue_.erase(queue_.begin(), end);
        }
        // Jobs and callbacks run without the lock: submitters never wait behind an fsync.
        run_batch(batch);
        batch.clear();
    }
}

void Writer::run_batch(std::deque<Item>& batch) {
    std::vector<Result<void>> results(batch.size());
    std::uint64_t commits = 0;
    std::size_t next = 0;
    // Normally one transaction. SQLite rolls a whole transaction back by itself after some
    // errors (disk full, I/O error); the jobs after that point then get a new transaction
    // rather than running in autocommit mode.
    while (next < batch.size()) {
        const std::size_t first = next;
        if (auto begun = db_.exec_script("BEGIN IMMEDIATE"); !begun) {
            cti::logger("storage")->error("{} write(s) not saved: {}", batch.size() - first, begun.error().message);
            for (std::size_t i = first; i < batch.size(); ++i) results[i] = begun;
            break;
        }
        bool lost = false;
        while (next < batch.size() && !lost) {
            results[next] = run_in_savepoint(batch[next].job, db_);
            lost = !in_transaction(db_);
            ++next;
        }
        if (lost) {
            const Error cause = results[next - 1]
                                    ? Error{Errc::internal, "a write job ended the transaction"}
                                    : results[next - 1].error();
            cti::logger("storage")->error("{} write(s) not saved: {}", next - first, cause.message);
            results[next - 1] = std::unexpected(cause);
            for (std::size_t i = first; i + 1 < next; ++i)
                if (results[i])
                    results[i] = fail(cause.code, "the write was rolled back with its batch after "
                                                  "another write failed: " + cause.message);
            continue;
        }
        if (auto committed = db_.exec_script("COMMIT"); !committed) {
            if (in_transaction(db_)) db_.exec_script("ROLLBACK");
            cti::logger("storage")->error("{} write(s) not saved: {}", next - first, committed.error().message);
            // A job that failed keeps its own error: it says why that write was refused.
            for (std::size_t i = first; i < next; ++i)
                if (results[i]) results[i] = committed;
            continue;
        }
        ++commits;
    }

    std::uint64_t failed = 0;
    for (const auto& result : results)
        if (!result) ++failed;
    {
        std::lock_guard lock(mutex_);
        stats_.jobs_done += results.size() - failed;
        stats_.jobs_failed += failed;
        stats_.batches += commits;
    }
    report_health(results, commits);
    for (std::size_t i = 0; i < batch.size(); ++i)
        if (batch[i].done) batch[i].done(std::move(results[i]));
}

// An I/O error (disk full, read-only folder, a failing disk) is the server's problem, not the
// job's: it raises the alarm once; the first batch that commits without one clears it. A job's
// own refusal (a constraint, a bad argument) says nothing about the disk.
void Writer::report_health(const std::vector<Result<void>>& results, std::uint64_t commits) {
    if (!options_.on_health) return;
    const Result<void>* io = nullptr;
    for (const auto& r : results)
        if (!r && r.error().code == Errc::io_error) io = &r;
    if (io && !failing_) {
        failing_ = true;
        options_.on_health(io->error());
    } else if (!io && commits > 0 && failing_) {
        failing_ = false;
        options_.on_health(std::nullopt);
    }
}

}  // namespace cti::storage
