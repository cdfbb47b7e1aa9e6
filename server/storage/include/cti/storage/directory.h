#pragma once
// Typed queries over the organisation tables of 0001_initial.sql (users, departments, queues,
// queue members) and announcements, and the event log of 0002_event_log.sql.
// Plain functions over a Database: callers choose the connection (writer jobs or a reader).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct UserRecord {
    UserId id;
    std::string login;
    std::string display_name;
    std::string password_hash;
    std::string role;        // agent, team_leader, supervisor, administrator, maintainer
    std::optional<DepartmentId> department_id;
    std::string department;  // name, empty when none
    std::string extension;   // empty when none
    bool enabled = true;
    std::int64_t created_ms = 0;
};

struct NewUser {
    std::string login;
    std::string display_name;
    std::string password_hash;
    std::string role;
    std::optional<DepartmentId> department_id;
    std::string extension;  // empty: NULL
    std::int64_t created_ms = 0;
};

Result<std::optional<UserRecord>> find_user_by_login(Database& db, std::string_view login);
Result<std::optional<UserRecord>> find_user(Database& db, UserId id);
Result<std::vector<UserRecord>> list_users(Database& db);  // ordered by login
Result<UserId> insert_user(Database& db, const NewUser& user);  // already_exists on a taken login/extension
// A role of the roles table (users refer to it); invalid_argument naming the role otherwise.
Result<void> check_role_defined(Database& db, const std::string& role);
Result<void> update_password_hash(Database& db, UserId id, std::string_view hash);  // not_found

Result<DepartmentId> insert_department(Database& db, std::string_view name,
                                       std::optional<DepartmentId> parent = std::nullopt);

// Administration of the organisation (organisation.cpp).
struct UserUpdate {
    std::string display_name;
    std::string role;
    std::optional<DepartmentId> department_id;
    std::string extension;  // empty: none
    bool enabled = true;
};
Result<void> update_user(Database& db, UserId id, const UserUpdate& user);  // not_found, already_exists
Result<std::vector<std::string>> user_groups(Database& db, UserId id);
Result<void> set_user_groups(Database& db, UserId id, const std::vector<std::string>& groups);
struct DepartmentRecord {
    DepartmentId id;
    std::string name;
    std::optional<DepartmentId> parent;
};
Result<std::vector<DepartmentRecord>> list_departments(Database& db);
// Renames or moves; refuses a loop (under itself or one of its descendants).
Result<void> update_department(Database& db, DepartmentId id, std::string_view name, std::optional<DepartmentId> parent);

struct QueueRecord {
    QueueId id;
    std::string name;
    std::string strategy;
};
Result<QueueId> insert_queue(Database& db, std::string_view name, std::string_view strategy);
Result<std::vector<QueueRecord>> list_queues(Database& db);  // ordered by name
Result<void> add_queue_member(Database& db, QueueId queue, UserId user, int level);

struct AnnouncementRecord {
    AnnouncementId id;
    std::string title;
    std::string body;
    UserId author_id;
    std::string author;  // author's display name
    std::int64_t created_ms = 0;
};
Result<AnnouncementId> insert_announcement(Database& db, std::string_view title,
                                           std::string_view body, UserId author,
                                           std::int64_t created_ms);
// Newest first.
Result<std::vector<AnnouncementRecord>> recent_announcements(Database& db, int limit);

// Appends to event_log; detail_json must be a JSON object (the table checks json_valid).
Result<std::int64_t> append_event(Database& db, std::int64_t at_ms, std::string_view kind,
                                  std::optional<UserId> user, std::string_view detail_json);

}  // namespace cti::storage
