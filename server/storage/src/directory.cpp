#include "cti/storage/directory.h"

#include <sqlite3.h>

#include <string>

namespace cti::storage {
namespace {

// Every reader of users selects the same columns, so that read_user sees the same names.
constexpr std::string_view kSelectUser =
    "SELECT u.user_id AS user_id, u.login AS login, u.display_name AS display_name, "
    "u.password_hash AS password_hash, u.role AS role, u.department_id AS department_id, "
    "d.name AS department, u.extension AS extension, u.enabled AS enabled, "
    "u.created_ms AS created_ms "
    "FROM users u LEFT JOIN departments d ON d.department_id = u.department_id ";

UserRecord read_user(const Statement& row) {
    UserRecord user;
    user.id = UserId(row.get_int("user_id"));
    user.login = row.get_text("login");
    user.display_name = row.get_text("display_name");
    user.password_hash = row.get_text("password_hash");
    user.role = row.get_text("role");
    if (auto department = row.get_optional_int("department_id"))
        user.department_id = DepartmentId(*department);
    user.department = row.get_optional_text("department").value_or("");
    user.extension = row.get_optional_text("extension").value_or("");
    user.enabled = row.get_int("enabled") != 0;
    user.created_ms = row.get_int("created_ms");
    return user;
}

// Prepares, or says what we were about to do.
Result<Statement> prepare(Database& db, std::string_view sql, std::string_view doing) {
    auto stmt = db.prepare(sql);
    if (!stmt) return fail(stmt.error().code, std::string(doing) + ": " + stmt.error().message);
    return stmt;
}

Result<std::optional<UserRecord>> one_user(Statement& stmt) {
    auto row = stmt.step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row) return std::optional<UserRecord>{};
    return std::optional<UserRecord>{read_user(stmt)};
}

std::unexpected<Error> with_context(Error error, std::string_view doing) {
    return fail(error.code, std::string(doing) + ": " + error.message);
}

bool mentions(const Error& error, std::string_view what) {
    return error.message.find(what) != std::string::npos;
}

// The extended code of the statement that just failed tells a missing parent row from a
// failed CHECK; our Errc folds both into one.
bool failed_with(Database& db, int extended_code) {
    return sqlite3_extended_errcode(db.handle()) == extended_code;
}

}  // namespace

Result<std::optional<UserRecord>> find_user_by_login(Database& db, std::string_view login) {
    const std::string doing = "finding user '" + std::string(login) + "'";
    auto stmt = prepare(db, std::string(kSelectUser) + "WHERE u.login = :login", doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":login", login);
    return one_user(*stmt);
}

Result<std::optional<UserRecord>> find_user(Database& db, UserId id) {
    const std::string doing = "finding user " + std::to_string(id.value());
    auto stmt = prepare(db, std::string(kSelectUser) + "WHERE u.user_id = :id", doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":id", id.value());
    return one_user(*stmt);
}

Result<std::vector<UserRecord>> list_users(Database& db) {
    auto stmt = prepare(db, std::string(kSelectUser) + "ORDER BY u.login", "listing users");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    std::vector<UserRecord> users;
    while (true) {
        auto row = stmt->step();
        if (!row) return with_context(std::move(row.error()), "listing users");
        if (!*row) return users;
        users.push_back(read_user(*stmt));
    }
}

Result<void> check_role_defined(Database& db, const std::string& role) {
    auto stmt = prepare(db, "SELECT 1 AS found FROM roles WHERE name = :role", "looking up the role");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":role", role);
    auto row = stmt->step();
    if (!row) return std::unexpected(std::move(row.error()));
    if (!*row)
        return fail(Errc::invalid_argument,
                    "role '" + role + "' is not defined; choose one of the roles table (agent, team_leader, ...)");
    return {};
}

Result<UserId> insert_user(Database& db, const NewUser& user) {
    const std::string doing = "adding user '" + user.login + "'";
    if (auto defined = check_role_defined(db, user.role); !defined) return with_context(defined.error(), doing);
    auto stmt = prepare(db,
                        "INSERT INTO users (login, display_name, password_hash, role, "
                        "department_id, extension, created_ms) VALUES (:login, :display_name, "
                        ":password_hash, :role, :department_id, :extension, :created_ms)",
                        doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":login", user.login)
        .bind(":display_name", user.display_name)
        .bind(":password_hash", user.password_hash)
        .bind(":role", user.role)
        .bind(":created_ms", user.created_ms);
    if (user.department_id)
        stmt->bind(":department_id", user.department_id->value());
    else
        stmt->bind(":department_id", nullptr);
    // An empty extension is stored as NULL: UNIQUE allows many NULLs but only one ''.
    if (user.extension.empty())
        stmt->bind(":extension", nullptr);
    else
        stmt->bind(":extension", user.extension);

    if (auto ran = stmt->run(); !ran) {
        const Error& error = ran.error();
        if (error.code == Errc::already_exists && mentions(error, "users.extension"))
            return fail(Errc::already_exists, "extension " + user.extension +
                                                  " is already assigned to another user; choose "
                                                  "another extension");
        if (error.code == Errc::already_exists)
            return fail(Errc::already_exists,
                        "login '" + user.login + "' is already taken; choose another login");
        if (failed_with(db, SQLITE_CONSTRAINT_FOREIGNKEY))
            return fail(Errc::not_found, doing + ": department " +
                                             std::to_string(user.department_id->value()) +
                                             " does not exist");
        return with_context(error, doing);
    }
    return UserId(db.last_insert_rowid());
}

Result<void> update_password_hash(Database& db, UserId id, std::string_view hash) {
    const std::string doing = "changing the password of user " + std::to_string(id.value());
    auto stmt = prepare(db, "UPDATE users SET password_hash = :hash WHERE user_id = :id", doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":hash", hash).bind(":id", id.value());
    if (auto ran = stmt->run(); !ran) return with_context(std::move(ran.error()), doing);
    if (db.changes() == 0) return fail(Errc::not_found, doing + ": no such user");
    return {};
}

Result<DepartmentId> insert_department(Database& db, std::string_view name,
                                       std::optional<DepartmentId> parent) {
    const std::string doing = "adding department '" + std::string(name) + "'";
    auto stmt = prepare(db, "INSERT INTO departments (name, parent_id) VALUES (:name, :parent)",
                        doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":name", name);
    if (parent)
        stmt->bind(":parent", parent->value());
    else
        stmt->bind(":parent", nullptr);
    if (auto ran = stmt->run(); !ran) {
        if (ran.error().code == Errc::already_exists)
            return fail(Errc::already_exists, "department '" + std::string(name) +
                                                  "' already exists; choose another name");
        if (failed_with(db, SQLITE_CONSTRAINT_FOREIGNKEY))
            return fail(Errc::not_found, doing + ": parent department " +
                                             std::to_string(parent->value()) + " does not exist");
        return with_context(std::move(ran.error()), doing);
    }
    return DepartmentId(db.last_insert_rowid());
}

Result<QueueId> insert_queue(Database& db, std::string_view name, std::string_view strategy) {
    const std::string doing = "adding queue '" + std::string(name) + "'";
    auto stmt = prepare(db, "INSERT INTO queues (name, strategy) VALUES (:name, :strategy)", doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":name", name).bind(":strategy", strategy);
    if (auto ran = stmt->run(); !ran) {
        if (ran.error().code == Errc::already_exists)
            return fail(Errc::already_exists,
                        "queue '" + std::string(name) + "' already exists; choose another name");
        return with_context(std::move(ran.error()), doing);
    }
    return QueueId(db.last_insert_rowid());
}

Result<std::vector<QueueRecord>> list_queues(Database& db) {
    auto stmt = prepare(db,
                        "SELECT queue_id AS queue_id, name AS name, strategy AS strategy "
                        "FROM queues ORDER BY name",
                        "listing queues");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    std::vector<QueueRecord> queues;
    while (true) {
        auto row = stmt->step();
        if (!row) return with_context(std::move(row.error()), "listing queues");
        if (!*row) return queues;
        queues.push_back(QueueRecord{QueueId(stmt->get_int("queue_id")), stmt->get_text("name"),
                                     stmt->get_text("strategy")});
    }
}

Result<void> add_queue_member(Database& db, QueueId queue, UserId user, int level) {
    const std::string doing = "adding user " + std::to_string(user.value()) + " to queue " +
                              std::to_string(queue.value());
    auto stmt = prepare(db,
                        "INSERT INTO queue_members (queue_id, user_id, level) "
                        "VALUES (:queue, :user, :level)",
                        doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":queue", queue.value()).bind(":user", user.value()).bind(":level", level);
    if (auto ran = stmt->run(); !ran) {
        if (ran.error().code == Errc::already_exists)
            return fail(Errc::already_exists, doing + ": the user is already a member");
        if (failed_with(db, SQLITE_CONSTRAINT_FOREIGNKEY))
            return fail(Errc::not_found, doing + ": no such queue or user");
        return with_context(std::move(ran.error()), doing);
    }
    return {};
}

Result<AnnouncementId> insert_announcement(Database& db, std::string_view title,
                                           std::string_view body, UserId author,
                                           std::int64_t created_ms) {
    const std::string doing = "adding announcement '" + std::string(title) + "'";
    auto stmt = prepare(db,
                        "INSERT INTO announcements (title, body, author_id, created_ms) "
                        "VALUES (:title, :body, :author, :created_ms)",
                        doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":title", title)
        .bind(":body", body)
        .bind(":author", author.value())
        .bind(":created_ms", created_ms);
    if (auto ran = stmt->run(); !ran) {
        if (failed_with(db, SQLITE_CONSTRAINT_FOREIGNKEY))
            return fail(Errc::not_found,
                        doing + ": author " + std::to_string(author.value()) + " does not exist");
        return with_context(std::move(ran.error()), doing);
    }
    return AnnouncementId(db.last_insert_rowid());
}

Result<std::vector<AnnouncementRecord>> recent_announcements(Database& db, int limit) {
    auto stmt = prepare(db,
                        "SELECT a.announcement_id AS announcement_id, a.title AS title, "
                        "a.body AS body, a.author_id AS author_id, u.display_name AS author, "
                        "a.created_ms AS created_ms "
                        "FROM announcements a JOIN users u ON u.user_id = a.author_id "
                        "ORDER BY a.created_ms DESC, a.announcement_id DESC LIMIT :limit",
                        "listing announcements");
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":limit", limit);
    std::vector<AnnouncementRecord> announcements;
    while (true) {
        auto row = stmt->step();
        if (!row) return with_context(std::move(row.error()), "listing announcements");
        if (!*row) return announcements;
        announcements.push_back(AnnouncementRecord{
            AnnouncementId(stmt->get_int("announcement_id")), stmt->get_text("title"),
            stmt->get_text("body"), UserId(stmt->get_int("author_id")), stmt->get_text("author"),
            stmt->get_int("created_ms")});
    }
}

Result<std::int64_t> append_event(Database& db, std::int64_t at_ms, std::string_view kind,
                                  std::optional<UserId> user, std::string_view detail_json) {
    const std::string doing = "appending event '" + std::string(kind) + "'";
    // json_valid (checked by the table) accepts any JSON value; the log wants objects only.
    const auto start = detail_json.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos || detail_json[start] != '{')
        return fail(Errc::invalid_argument, doing + ": the detail must be a JSON object");
    auto stmt = prepare(db,
                        "INSERT INTO event_log (at_ms, kind, user_id, detail) "
                        "VALUES (:at_ms, :kind, :user, :detail)",
                        doing);
    if (!stmt) return std::unexpected(std::move(stmt.error()));
    stmt->bind(":at_ms", at_ms).bind(":kind", kind).bind(":detail", detail_json);
    if (user)
        stmt->bind(":user", user->value());
    else
        stmt->bind(":user", nullptr);
    if (auto ran = stmt->run(); !ran) {
        if (failed_with(db, SQLITE_CONSTRAINT_CHECK))
            return fail(Errc::invalid_argument, doing + ": the detail is not valid JSON");
        return with_context(std::move(ran.error()), doing);
    }
    return db.last_insert_rowid();
}

}  // namespace cti::storage
