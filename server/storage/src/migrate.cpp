#include "cti/storage/migrate.h"

#include <sqlite3.h>

#include <cstdio>
#include <string>

#include "cti/schema/migrations.h"

namespace cti::storage {
namespace {

namespace fs = std::filesystem;

Result<int> user_version(Database& db) {
    auto stmt = db.prepare("PRAGMA user_version");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    auto row = stmt->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return fail(Errc::internal, "reading PRAGMA user_version: no row");
    return static_cast<int>(stmt->get_int("user_version"));
}

// The problems PRAGMA quick_check reports (at most a few, they can number thousands); empty
// when the file is sound.
Result<std::string> quick_check_problems(Database& db) {
    auto stmt = db.prepare("PRAGMA quick_check(3)");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    std::string problems;
    while (true) {
        auto row = stmt->step();
        if (!row) return std::unexpected(std::move(row.error()));
        if (!*row) break;
        const std::string line = stmt->get_text("quick_check");
        if (line == "ok") continue;
        if (!problems.empty()) problems += "; ";
        problems += line;
    }
    return problems;
}

Error damaged(const fs::path& file, std::string_view why) {
    return Error{Errc::storage_corrupt,
                 "database " + file.string() + " is damaged (" + std::string(why) +
                     "): restore it from a backup (cti-server --backup makes one) or move it "
                     "away to start empty; nothing was changed"};
}

// Checks an existing file through a read-only connection, which cannot write to it: a file we
// refuse stays byte for byte as it was (no WAL switch, no header rewrite, no journal).
Result<int> inspect(const fs::path& file, std::uint32_t busy_timeout_ms) {
    // Without a -wal or -journal beside it the file holds the whole database and nobody is
    // writing to it; reading it as immutable then leaves no -wal/-shm files behind either.
    std::error_code ec;
    const bool side_files = fs::exists(file.string() + "-wal", ec) ||
                            fs::exists(file.string() + "-journal", ec);
    auto db = Database::open(file, OpenOptions{.read_only = true,
                                               .busy_timeout_ms = busy_timeout_ms,
                                               .immutable = !side_files});
    if (!db) return std::unexpected(std::move(db.error()));

    // The first read of the header is where a file that is not a database shows (SQLITE_NOTADB).
    auto version = user_version(*db);
    if (!version) {
        if (version.error().code == Errc::storage_corrupt)
            return std::unexpected(damaged(file, version.error().message));
        return std::unexpected(std::move(version.error()));
    }
    // Checked before quick_check: a newer server's schema may use what this SQLite cannot
    // parse, and "install the newer server" is the right advice, not "restore a backup".
    const int latest = latest_schema_version();
    if (*version > latest)
        return fail(Errc::storage_too_new,
                    "database " + file.string() + " was written by a newer cti-server (schema " +
                        std::to_string(*version) + ", this one knows " + std::to_string(latest) +
                        "): install the newer server or restore a backup; nothing was changed");

    auto problems = quick_check_problems(*db);
    if (!problems) {
        if (problems.error().code == Errc::storage_corrupt)
            return std::unexpected(damaged(file, problems.error().message));
        return std::unexpected(std::move(problems.error()));
    }
    if (!problems->empty()) return std::unexpected(damaged(file, "quick_check: " + *problems));
    return *version;
}

Result<void> configure(Database& db) {
    auto mode = db.prepare("PRAGMA journal_mode=WAL");
    if (!mode) return std::unexpected(std::move(mode.error()));
    auto row = mode->step();
    if (!row) return std::unexpected(std::move(row.error()));
    // SQLite answers with the mode in force; it stays in the old one when WAL is impossible
    // (e.g. a file system without shared memory), and readers would then block the writer.
    if (!*row || mode->get_text("journal_mode") != "wal")
        return fail(Errc::io_error, "database " + db.path().string() +
                                        ": cannot switch to WAL journal mode; keep the database on "
                                        "a local file system");
    return db.exec_script("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
}

// A migration that rebuilds a table others refer to starts with this line: SQLite's procedure for
// such changes runs with foreign keys off (else dropping the old table would cascade), and checks
// them all before committing. The pragma has no effect inside a transaction, hence here.
constexpr std::string_view kForeignKeysOff = "-- cti:foreign-keys-off";

Result<void> check_foreign_keys(Database& db) {
    auto check = db.prepare("PRAGMA foreign_key_check");
    if (!check) return std::unexpected(std::move(check.error()));
    auto row = check->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (*row)
        return fail(Errc::storage_corrupt, "a row of " + check->get_text("table") +
                                       " refers to a missing row of " + check->get_text("parent"));
    return {};
}

Result<void> apply(Database& db, const schema::Migration& migration) {
    const bool keys_off = migration.sql.starts_with(kForeignKeysOff);
    if (keys_off)
        if (auto off = db.exec_script("PRAGMA foreign_keys=OFF"); !off) return off;
    struct KeysBackOn {
        Database& db;
        bool on;
        ~KeysBackOn() {
            if (on) (void)db.exec_script("PRAGMA foreign_keys=ON");
        }
    } back_on{db, keys_off};
    const auto failed = [&](const Error& error) {
        db.exec_script("ROLLBACK");
        return fail(error.code, "applying migration " + std::string(migration.name) + " to " +
                                    db.path().string() + ": " + error.message +
                                    "; the database stays at schema " +
                                    std::to_string(migration.number - 1));
    };
    if (auto begun = db.exec_script("BEGIN IMMEDIATE"); !begun) return failed(begun.error());
    // Another process may have migrated while we waited for the write lock.
    auto version = user_version(db);
    if (!version) return failed(version.error());
    if (*version < migration.number) {
        if (auto ran = db.exec_script(migration.sql); !ran) return failed(ran.error());
        // PRAGMA takes no parameters; the number comes from our own table, not from input.
        const std::string bump = "PRAGMA user_version=" + std::to_string(migration.number);
        if (auto bumped = db.exec_script(bump); !bumped) return failed(bumped.error());
        if (keys_off)
            if (auto checked = check_foreign_keys(db); !checked) return failed(checked.error());
    }
    if (auto committed = db.exec_script("COMMIT"); !committed) return failed(committed.error());
    return {};
}

}  // namespace

int latest_schema_version() {
    const auto all = schema::migrations();
    return all.empty() ? 0 : all.back().number;
}

Result<std::pair<Database, MigrationReport>> open_and_migrate(const fs::path& file,
                                                             std::uint32_t busy_timeout_ms) {
    MigrationReport report;
    std::error_code ec;
    report.created = !fs::exists(file, ec);
    if (!report.created) {
        if (auto checked = inspect(file, busy_timeout_ms); !checked)
            return std::unexpected(std::move(checked.error()));
    }

    auto db = Database::open(file, OpenOptions{.create = true, .busy_timeout_ms = busy_timeout_ms});
    if (!db) return std::unexpected(std::move(db.error()));
    if (auto configured = configure(*db); !configured)
        return std::unexpected(std::move(configured.error()));

    auto from = user_version(*db);
    if (!from) return std::unexpected(std::move(from.error()));
    report.from_version = *from;
    for (const auto& migration : schema::migrations()) {
        if (migration.number <= report.from_version) continue;
        if (auto applied = apply(*db, migration); !applied)
            return std::unexpected(std::move(applied.error()));
    }
    auto to = user_version(*db);
    if (!to) return std::unexpected(std::move(to.error()));
    report.to_version = *to;
    return std::pair{std::move(*db), report};
}

Result<void> backup(const fs::path& database, const fs::path& destination) {
    const std::string what = "backing up " + database.string() + " to " + destination.string();
    auto source = Database::open(database, OpenOptions{.read_only = true});
    if (!source) return std::unexpected(std::move(source.error()));

    // "x" creates the file only if it does not exist, atomically: a backup never overwrites.
    std::error_code ec;
    std::FILE* created = std::fopen(destination.c_str(), "wbx");
    if (!created) {
        if (fs::exists(destination, ec))
            return fail(Errc::already_exists, what + ": the destination exists; a backup never "
                                                      "overwrites a file, choose a new name");
        return fail(Errc::io_error, what + ": cannot create the destination file");
    }
    std::fclose(created);

    Result<void> result;
    {
        auto target = Database::open(destination, OpenOptions{});
        if (!target) {
            result = std::unexpected(std::move(target.error()));
        } else if (sqlite3_backup* copy = sqlite3_backup_init(target->handle(), "main",
                                                              source->handle(), "main");
                   !copy) {
            result = std::unexpected(sqlite_error(target->handle(), what));
        } else {
            // All pages in one step: one read transaction on the source, so the copy is a
            // consistent snapshot. Copying in chunks would restart whenever the writer commits.
            const int stepped = sqlite3_backup_step(copy, -1);
            const int finished = sqlite3_backup_finish(copy);
            if (stepped != SQLITE_DONE || finished != SQLITE_OK)
                result = std::unexpected(sqlite_error(target->handle(), what));
        }
    }
    if (!result) {
        // A partial copy must not be mistaken for a backup later.
        fs::remove(destination, ec);
        fs::remove(destination.string() + "-journal", ec);
    }
    return result;
}

}  // namespace cti::storage
