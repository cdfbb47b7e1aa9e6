#pragma once
// The demo call center that `./ctl run` starts with: departments, agents with extensions, a team
// leader, a supervisor, an administrator, a knowledge maintainer, queues, a first announcement.
// Each account gets a random password, written to <data>/demo/<login>.password (0600) so that
// cti-cli --password-file can use it; nothing guessable is shipped.
#include <filesystem>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/password.h"
#include "cti/storage/database.h"

namespace cti::app {

struct DemoLogin {
    std::string login;
    std::string role;
    std::string display_name;
    std::string extension;
    std::filesystem::path password_file;
};

Result<std::vector<DemoLogin>> seed_demo(storage::Database& db, const std::filesystem::path& data_dir,
                                         PasswordStrength strength, std::int64_t now_ms);

// The logins of an earlier seed (read back from <data>/demo), for the start-up banner.
std::vector<DemoLogin> list_demo_logins(const std::filesystem::path& data_dir);

}  // namespace cti::app
