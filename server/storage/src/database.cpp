#include "cti/storage/database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <utility>

#include "fts_rank.h"

namespace cti::storage {
namespace {

// Messages name the statement by its start, on one line; long SQL would bury the reason.
std::string excerpt(std::string_view text) {
    constexpr std::size_t kMax = 120;
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            space = !out.empty();
            continue;
        }
        // Stop on a character boundary so that the message stays valid UTF-8.
        const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
        if (out.size() >= kMax && !continuation) return out + "...";
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string excerpt(const char* sql) { return excerpt(std::string_view(sql ? sql : "")); }

// One mapping from SQLite result codes to ours, so that callers can branch on the code.
Errc errc_of(int extended) {
    switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
    case SQLITE_CONSTRAINT_ROWID:
        return Errc::already_exists;
    default:
        break;
    }
    switch (extended & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        return Errc::invalid_argument;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Errc::unavailable;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Errc::storage_corrupt;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Errc::io_error;
    default:
        return Errc::internal;
    }
}

// In a file: URI, '?' and '#' would end the path and '%' starts an escape.
std::string uri_path(std::string_view path) {
    std::string out;
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

bool only_separators(std::string_view rest) {
    for (char c : rest)
        if (c != ';' && c != ' ' && c != '\n' && c != '\r' && c != '\t') return false;
    return true;
}

// SQLite does not always keep the errno of a failed write (a failed WAL write or fsync): a file
// created beside the database says whether the folder still takes writes, and why not.
int folder_write_error(sqlite3* db) {
    const char* file = sqlite3_db_filename(db, "main");
    if (file == nullptr || *file == '\0') return 0;
    const std::string probe = std::filesystem::path(file).parent_path() / ".cti-write-probe";
    const int fd = ::open(probe.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return errno;
    int error = 0;
    if (::write(fd, "x", 1) != 1 || ::fsync(fd) != 0) error = errno;
    ::close(fd);
    ::unlink(probe.c_str());
    return error;
}

}  // namespace

Error sqlite_error(sqlite3* db, std::string_view doing) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    const char* message = db ? sqlite3_errmsg(db) : "out of memory";
    std::string text(doing);
    // A full disk is the one a user can do something about: said so that the desktop's message
    // helps them (the administrator frees space; the server goes on meanwhile).
    // An I/O error says why in errno: ENOSPC is the full disk again, EROFS a disk the kernel
    // remounted read-only after an error (ext4's errors=remount-ro).
    int os_error = db && (code & 0xff) == SQLITE_IOERR ? sqlite3_system_errno(db) : 0;
    if (db && (code & 0xff) == SQLITE_IOERR && os_error == 0) os_error = folder_write_error(db);
    if ((code & 0xff) == SQLITE_FULL || os_error == ENOSPC)
        return Error{errc_of(code), text + ": the disk of the server's data folder is full, nothing was saved: "
                                           "free space there (old recordings, logs) and try again"};
    if ((code & 0xff) == SQLITE_READONLY || os_error == EROFS)
        return Error{errc_of(code), text + ": the server's data folder is read-only, nothing was saved: make it "
                                           "writable again (a disk remounted read-only after an error?) and try again"};
    text += ": ";
    text += message;
    text += " (";
    text += sqlite3_errstr(code);
    if (os_error != 0) {
        text += ": ";
        text += std::strerror(os_error);
    }
    text += ")";
    return Error{errc_of(code), std::move(text)};
}

Statement::Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {
    const int count = sqlite3_column_count(stmt_);
    for (int i = 0; i < count; ++i)
        if (const char* name = sqlite3_column_name(stmt_, i)) columns_.try_emplace(name, i);
}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      db_(std::exchange(other.db_, nullptr)),
      bind_error_(std::move(other.bind_error_)),
      columns_(std::move(other.columns_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        db_ = std::exchange(other.db_, nullptr);
        bind_error_ = std::move(other.bind_error_);
        columns_ = std::move(other.columns_);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

namespace {

// Records the first bind failure of a run; step() reports it, so a chain of binds needs no checks.
void remember(int rc, sqlite3* db, sqlite3_stmt* stmt, int index, std::string& error) {
    if (rc == SQLITE_OK || !error.empty()) return;
    error = "binding parameter " + std::to_string(index) + " of " + excerpt(sqlite3_sql(stmt)) +
            ": " + sqlite3_errmsg(db);
}

}  // namespace

Statement& Statement::bind(int index, std::int64_t value) {
    remember(sqlite3_bind_int64(stmt_, index, value), db_, stmt_, index, bind_error_);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    remember(sqlite3_bind_double(stmt_, index, value), db_, stmt_, index, bind_error_);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    // SQLITE_TRANSIENT: SQLite copies, so the caller's buffer may go away before step().
    remember(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8),
             db_, stmt_, index, bind_error_);
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t) {
    remember(sqlite3_bind_null(stmt_, index), db_, stmt_, index, bind_error_);
    return *this;
}

int Statement::parameter_index(std::string_view name) const {
    return sqlite3_bind_parameter_index(stmt_, std::string(name).c_str());
}

namespace {

// An unknown name becomes index 0; we record a message naming the parameter rather than
// SQLite's "column index out of range".
template <class T>
Statement& bind_named(Statement& s, int index, std::string_view name, std::string& error,
                      sqlite3_stmt* stmt, T value) {
    if (index == 0) {
        if (error.empty())
            error = "binding " + std::string(name) + ": no such parameter in " +
                    excerpt(sqlite3_sql(stmt));
        return s;
    }
    return s.bind(index, value);
}

}  // namespace

Statement& Statement::bind(std::string_view name, std::int64_t value) {
    return bind_named(*this, parameter_index(name), name, bind_error_, stmt_, value);
}

Statement& Statement::bind(std::string_view name, double value) {
    return bind_named(*this, parameter_index(name), name, bind_error_, stmt_, value);
}

Statement& Statement::bind(std::string_view name, std::string_view text) {
    return bind_named(*this, parameter_index(name), name, bind_error_, stmt_, text);
}

Statement& Statement::bind(std::string_view name, std::nullptr_t) {
    return bind_named(*this, parameter_index(name), name, bind_error_, stmt_, nullptr);
}

Statement& Statement::bind_blob(std::string_view name, std::string_view bytes) {
    const int index = parameter_index(name);
    if (index == 0) return bind_named(*this, index, name, bind_error_, stmt_, nullptr);
    remember(sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), db_, stmt_, index,
             bind_error_);
    return *this;
}

Result<bool> Statement::step() {
    if (!bind_error_.empty()) return fail(Errc::internal, bind_error_);
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return std::unexpected(sqlite_error(db_, "running " + excerpt(sqlite3_sql(stmt_))));
}

Result<void> Statement::run() {
    while (true) {
        auto more = step();
        if (!more) {
            sqlite3_reset(stmt_);
            return std::unexpected(std::move(more.error()));
        }
        if (!*more) break;
    }
    // Reset (keeping the bindings) so that the statement can run again right away.
    sqlite3_reset(stmt_);
    return {};
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bind_error_.clear();
}

int Statement::column_index(std::string_view column) const {
    // Heterogeneous lookup needs C++20 transparent hashing; a temporary key keeps it simple.
    auto it = columns_.find(std::string(column));
    if (it == columns_.end())
        throw std::logic_error("column '" + std::string(column) + "' is not in the result of " +
                               excerpt(sqlite3_sql(stmt_)));
    return it->second;
}

std::int64_t Statement::get_int(std::string_view column) const {
    return sqlite3_column_int64(stmt_, column_index(column));
}

double Statement::get_double(std::string_view column) const {
    return sqlite3_column_double(stmt_, column_index(column));
}

std::string Statement::get_text(std::string_view column) const {
    const int i = column_index(column);
    // text() before bytes(): the order SQLite documents for a stable length.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    if (!text) return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i)));
}

std::optional<std::int64_t> Statement::get_optional_int(std::string_view column) const {
    const int i = column_index(column);
    if (sqlite3_column_type(stmt_, i) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_int64(stmt_, i);
}

std::optional<std::string> Statement::get_optional_text(std::string_view column) const {
    if (is_null(column)) return std::nullopt;
    return get_text(column);
}

bool Statement::is_null(std::string_view column) const {
    return sqlite3_column_type(stmt_, column_index(column)) == SQLITE_NULL;
}

Result<Database> Database::open(const std::filesystem::path& file, const OpenOptions& options) {
    std::error_code ec;
    if (!options.create && !std::filesystem::exists(file, ec))
        return fail(Errc::not_found,
                    "opening database " + file.string() + ": the file does not exist");

    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    std::string name = file.string();
    if (options.immutable) {
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        // "file://" before an absolute path: an empty authority, so that a path starting with
        // "//" is not taken for a host name.
        name = (file.is_absolute() ? "file://" : "file:") + uri_path(name) + "?immutable=1";
    } else if (options.read_only) {
        flags |= SQLITE_OPEN_READONLY;
    } else {
        flags |= SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
    }

    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqlite_error(db, "opening database " + file.string());
        sqlite3_close_v2(db);
        return std::unexpected(std::move(error));
    }
    sqlite3_busy_timeout(db, static_cast<int>(options.busy_timeout_ms));
    if (register_fts_rank(db) != SQLITE_OK) {
        Error error = sqlite_error(db, "registering the search ranking on " + file.string());
        sqlite3_close_v2(db);
        return std::unexpected(std::move(error));
    }
    return Database(db, file);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

// close_v2: if a Statement outlives its Database, the connection closes when it is finalized.
Database::~Database() { sqlite3_close_v2(db_); }

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc =
        sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), 0, &stmt, &tail);
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_, "preparing " + excerpt(sql)));
    if (!stmt)
        return fail(Errc::internal, "preparing " + excerpt(sql) + ": no statement in the text");
    // SQLite silently ignores whatever follows the first statement; that hides mistakes.
    const auto used = static_cast<std::size_t>(tail - sql.data());
    if (!only_separators(sql.substr(used))) {
        sqlite3_finalize(stmt);
        return fail(Errc::internal, "preparing " + excerpt(sql) +
                                        ": more than one statement (use exec_script for scripts)");
    }
    return Statement(stmt, db_);
}

Result<void> Database::exec_script(std::string_view sql) {
    const std::string text(sql);  // sqlite3_exec needs a terminating NUL
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlite_error(db_, "running " + excerpt(text)));
    return {};
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

}  // namespace cti::storage
