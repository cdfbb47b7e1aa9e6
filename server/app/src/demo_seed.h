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

// Phones: every demo user with an extension gets a SIP credential (digest realm sip_realm),
// its password in <data>/demo/sip-<extension>.password. A demo trunk accepts calls from
// 127.0.0.2 (a gateway simulator such as SIPp -i 127.0.0.2) and sends outbound calls to
// 127.0.0.1:5090; 95598 rings agent 1001 directly, 12345 goes to the queue 热线总队列 and
// 10086 to 故障报修 (agents sign in and go ready to be offered queue calls).
Result<std::vector<DemoLogin>> seed_demo(storage::Database& db, const std::filesystem::path& data_dir,
                                         PasswordStrength strength, std::int64_t now_ms,
                                         std::string_view sip_realm);

// The logins of an earlier seed (read back from <data>/demo), for the start-up banner.
std::vector<DemoLogin> list_demo_logins(const std::filesystem::path& data_dir);

}  // namespace cti::app
