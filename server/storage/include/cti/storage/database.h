#pragma once
// SQLite access: one connection, prepared statements, columns read by name.
// A Database is used by one thread at a time (the writer thread owns the read-write connection;
// each reader thread opens its own read-only connection; WAL lets them run side by side).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cti/core/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace cti::storage {

class Statement {
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    // Parameters by 1-based index or by name (":name" as written in the SQL).
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(std::string_view name, std::int64_t value);
    Statement& bind(std::string_view name, double value);
    Statement& bind(std::string_view name, std::string_view text);
    Statement& bind(std::string_view name, std::nullptr_t);
    // Bytes stored as a BLOB (get_text reads them back whole, NULs included).
    Statement& bind_blob(std::string_view name, std::string_view bytes);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(std::string_view name, const char* text) { return bind(name, std::string_view(text)); }
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(std::string_view name, int value) { return bind(name, std::int64_t{value}); }

    // Advances: true when a row is available, false when done. A bind error surfaces here.
    Result<bool> step();
    // Steps to completion (for INSERT/UPDATE/DELETE).
    Result<void> run();
    // Ready to run again with new bindings (keeps the compiled statement).
    void reset();

    // Columns of the current row, by name. Asking for a column the statement does not return is
    // a programming error: throws std::logic_error naming the column (in every build type, so
    // that tests can check it and the Writer can turn it into an error for the one job).
    std::int64_t get_int(std::string_view column) const;
    double get_double(std::string_view column) const;
    std::string get_text(std::string_view column) const;
    std::optional<std::int64_t> get_optional_int(std::string_view column) const;
    std::optional<std::string> get_optional_text(std::string_view column) const;
    bool is_null(std::string_view column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, sqlite3* db);
    int column_index(std::string_view column) const;
    int parameter_index(std::string_view name) const;

    sqlite3_stmt* stmt_ = nullptr;
    sqlite3* db_ = nullptr;
    std::string bind_error_;
    std::unordered_map<std::string, int> columns_;
};

struct OpenOptions {
    bool read_only = false;
    bool create = false;           // create the file if missing (read-write only)
    std::uint32_t busy_timeout_ms = 5000;
    // Read the file as if on read-only media: no locks and no -wal/-shm files beside it (a
    // read-only WAL connection leaves both behind). Only when no other connection may write.
    bool immutable = false;
};

class Database {
public:
    static Result<Database> open(const std::filesystem::path& file, const OpenOptions& options);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Result<Statement> prepare(std::string_view sql);
    // Runs SQL text that may hold several statements without parameters (migrations, pragmas).
    Result<void> exec_script(std::string_view sql);

    std::int64_t last_insert_rowid() const;
    int changes() const;
    sqlite3* handle() const { return db_; }
    const std::filesystem::path& path() const { return path_; }

private:
    Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

// Steps the statement to its end and reads each row with read(statement): the result rows of a
// query as values, or the first error.
template <class T, class F>
Result<std::vector<T>> collect_rows(Statement& s, F&& read) {
    std::vector<T> out;
    for (;;) {
        auto row = s.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return out;
        out.push_back(read(s));
    }
}

// An error value from the connection's last SQLite error, with what was being done.
Error sqlite_error(sqlite3* db, std::string_view doing);

}  // namespace cti::storage
