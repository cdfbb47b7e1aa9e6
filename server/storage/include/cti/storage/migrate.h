#pragma once
// Opening the database at start: integrity check, schema version check, migrations, WAL.
#include <filesystem>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct MigrationReport {
    int from_version = 0;   // PRAGMA user_version found
    int to_version = 0;     // after migrating
    bool created = false;   // the file did not exist
};

// The schema version this build knows (the highest migration number).
int latest_schema_version();

// Opens (creating if missing) and migrates the database:
// - a file that is not an SQLite database, or fails PRAGMA quick_check, is storage_corrupt;
// - a user_version above latest_schema_version() is storage_too_new;
// in both cases nothing is written and the message says what to do (restore a backup, install
// the newer server). Each missing migration runs in its own transaction and bumps user_version.
// Sets journal_mode=WAL, synchronous=FULL, foreign_keys=ON. Returns the read-write connection.
Result<std::pair<Database, MigrationReport>> open_and_migrate(const std::filesystem::path& file,
                                                             std::uint32_t busy_timeout_ms = 5000);

// Online backup (sqlite3_backup) of a live database to a new file; the server may keep writing.
// Fails if destination exists.
Result<void> backup(const std::filesystem::path& database, const std::filesystem::path& destination);

}  // namespace cti::storage
