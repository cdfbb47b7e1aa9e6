#pragma once
#include <filesystem>
#include <string>

#include "cti/core/config.h"
#include "cti/core/error.h"

namespace cti::app {

// Creates the administrator `login` with the password in the file (first line), or gives an
// existing login the administrator role, enables it and sets the password. Creates and migrates
// the database when needed. Returns what was done, for the operator.
Result<std::string> create_admin(const Config& config, const std::string& login, const std::filesystem::path& password_file,
                                 std::int64_t now_ms);

}  // namespace cti::app
