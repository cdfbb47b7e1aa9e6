// Durable write throughput of the storage Writer: group commit against one transaction per row.
// Real fsyncs (synchronous=FULL) on a file in --dir; a row counts once its Done has run, which
// is after its transaction is on disk.
#include <sqlite3.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <semaphore>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"
#include "cti/storage/writer.h"

namespace fs = std::filesystem;
using namespace cti;
using namespace cti::storage;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int producers = 8;
    int rows = 20000;         // group-commit rows per run
    int per_row_rows = 500;   // one-commit-per-row rows per run (each costs an fsync)
    int outstanding = 32;     // per producer
    int runs = 5;
    std::uint32_t max_batch = 1024;
    fs::path dir = fs::temp_directory_path();
};

struct Figures {
    double rows_per_s = 0;
    double p50_ms = 0;
    double p99_ms = 0;
    double rows_per_commit = 0;
};

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(p * static_cast<double>(values.size()));
    return values[std::min(rank, values.size() - 1)];
}

double median(std::vector<double> values) { return percentile(std::move(values), 0.5); }

Writer::Job event_row(int id) {
    return [id](Database& db) -> Result<void> {
        const std::string detail =
            R"({"state":"in_call","queue":"support","seq":)" + std::to_string(id) + "}";
        auto row = append_event(db, 1700000000000 + id, "agent.state", UserId(1 + id % 50), detail);
        if (!row) return std::unexpected(row.error());
        return {};
    };
}

// One run: `rows` rows from the producers, each keeping at most `outstanding` in flight.
Figures run_once(const Options& options, int rows, std::uint32_t max_batch, int run) {
    const fs::path file = options.dir / ("cti-storage-bench-" + std::to_string(::getpid()) + "-" +
                                         std::to_string(run) + ".db");
    auto opened = open_and_migrate(file);
    if (!opened) {
        std::fprintf(stderr, "storage_bench: %s\n", opened.error().message.c_str());
        std::exit(1);
    }
    std::vector<double> latency_ms(static_cast<std::size_t>(rows));
    std::atomic<int> failures{0};
    WriterStats stats;
    const auto start = Clock::now();
    {
        Writer writer(std::move(opened->first), WriterOptions{.max_batch = max_batch});
        std::vector<std::thread> producers;
        for (int p = 0; p < options.producers; ++p) {
            producers.emplace_back([&, p] {
                auto slots = std::make_shared<std::counting_semaphore<>>(options.outstanding);
                for (int id = p; id < rows; id += options.producers) {
                    slots->acquire();
                    const auto submitted = Clock::now();
                    writer.submit(event_row(id), [&, slots, submitted, id](Result<void> r) {
                        const std::chrono::duration<double, std::milli> took =
                            Clock::now() - submitted;
                        latency_ms[static_cast<std::size_t>(id)] = took.count();
                        if (!r) failures.fetch_add(1);
                        slots->release();
                    });
                }
            });
        }
        for (auto& producer : producers) producer.join();
        writer.stop();  // returns after the last Done
        stats = writer.stats();
    }
    const std::chrono::duration<double> elapsed = Clock::now() - start;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix, ec);
    if (failures.load() != 0) {
        std::fprintf(stderr, "storage_bench: %d rows failed\n", failures.load());
        std::exit(1);
    }
    const auto commits = static_cast<double>(std::max<std::uint64_t>(stats.batches, 1));
    return Figures{rows / elapsed.count(), percentile(latency_ms, 0.50),
                   percentile(latency_ms, 0.99), rows / commits};
}

Figures median_of(const Options& options, int rows, std::uint32_t max_batch, const char* label) {
    std::vector<double> rate, p50, p99, per_commit;
    for (int run = 0; run < options.runs; ++run) {
        const Figures f = run_once(options, rows, max_batch, run);
        std::printf("  %-12s run %d: %9.0f rows/s  p50 %8.2f ms  p99 %8.2f ms  %6.1f rows/commit\n",
                    label, run + 1, f.rows_per_s, f.p50_ms, f.p99_ms, f.rows_per_commit);
        std::fflush(stdout);
        rate.push_back(f.rows_per_s);
        p50.push_back(f.p50_ms);
        p99.push_back(f.p99_ms);
        per_commit.push_back(f.rows_per_commit);
    }
    return Figures{median(rate), median(p50), median(p99), median(per_commit)};
}

std::string cpu_model() {
    std::FILE* info = std::fopen("/proc/cpuinfo", "r");
    if (!info) return "unknown CPU";
    std::string model = "unknown CPU";
    char line[256];
    while (std::fgets(line, sizeof line, info)) {
        const std::string_view text = line;
        if (!text.starts_with("model name")) continue;
        const auto colon = text.find(':');
        if (colon != std::string_view::npos) {
            model = std::string(text.substr(colon + 1));
            model.erase(0, model.find_first_not_of(' '));
            if (!model.empty() && model.back() == '\n') model.pop_back();
        }
        break;
    }
    std::fclose(info);
    return model;
}

std::string filesystem_of(const fs::path& dir) {
    struct statfs info {};
    if (::statfs(dir.c_str(), &info) != 0) return "unknown file system";
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53: return "ext4";
    case 0x58465342: return "xfs";
    case 0x9123683E: return "btrfs";
    case 0x794C7630: return "overlayfs";
    case 0x01021994: return "tmpfs (fsync costs nothing here: the figures are not durable ones)";
    default: return "file system type 0x" + std::to_string(info.f_type);
    }
}

int usage() {
    std::fprintf(stderr,
                 "usage: storage_bench [--producers P] [--rows N] [--per-row-rows M]\n"
                 "                     [--outstanding K] [--runs R] [--max-batch B] [--dir D]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (i + 1 >= argc) return usage();
        const char* value = argv[++i];
        const auto number = [&] { return std::atoi(value); };
        if (flag == "--producers") options.producers = number();
        else if (flag == "--rows") options.rows = number();
        else if (flag == "--per-row-rows") options.per_row_rows = number();
        else if (flag == "--outstanding") options.outstanding = number();
        else if (flag == "--runs") options.runs = number();
        else if (flag == "--max-batch") options.max_batch = static_cast<std::uint32_t>(number());
        else if (flag == "--dir") options.dir = value;
        else return usage();
    }
    if (options.producers < 1 || options.rows < 1 || options.per_row_rows < 1 ||
        options.outstanding < 1 || options.runs < 1 || options.max_batch < 1)
        return usage();

    std::printf("storage_bench: SQLite %s, WAL, synchronous=FULL; %s, %u hardware threads; "
                "database in %s (%s)\n",
                sqlite3_libversion(), cpu_model().c_str(), std::thread::hardware_concurrency(),
                options.dir.c_str(), filesystem_of(options.dir).c_str());
    std::printf("%d producers, up to %d rows outstanding each; append_event rows; %d runs\n\n",
                options.producers, options.outstanding, options.runs);

    const Figures group = median_of(options, options.rows, options.max_batch, "group");
    const Figures single = median_of(options, options.per_row_rows, 1, "per-row");

    const std::string title = "median of " + std::to_string(options.runs) + " runs";
    const std::string group_label =
        "group commit (batch <= " + std::to_string(options.max_batch) + ")";
    std::printf("\n%-30s %6s %9s %8s %8s %12s\n", title.c_str(), "rows", "rows/s", "p50 ms",
                "p99 ms", "rows/commit");
    std::printf("%-30s %6d %9.0f %8.2f %8.2f %12.1f\n", group_label.c_str(), options.rows,
                group.rows_per_s, group.p50_ms, group.p99_ms, group.rows_per_commit);
    std::printf("%-30s %6d %9.0f %8.2f %8.2f %12.1f\n", "one commit per row", options.per_row_rows,
                single.rows_per_s, single.p50_ms, single.p99_ms, single.rows_per_commit);
    std::printf("durable rows/s, group / per-row: %.1fx\n", group.rows_per_s / single.rows_per_s);
    std::printf("(latency is submit to Done, queueing behind up to %d outstanding rows included)\n",
                options.producers * options.outstanding);
    return 0;
}
