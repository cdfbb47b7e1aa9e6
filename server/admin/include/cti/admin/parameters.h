#pragma once
// System parameters (系统参数): configuration values an administrator edits from the desktop
// instead of the server's configuration file. Stored in system_parameters; the server reads them
// at start, after the file, so a stored value wins (a restart applies a change: the services
// that use these values size themselves at start).
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/config.h"
#include "cti/storage/database.h"

namespace cti::admin {

struct Parameter {
    std::string_view key;          // "recording.retention_days": the configuration file's section.name
    bool is_text = false;          // else a whole number in [min, max]
    std::int64_t min = 0;
    std::int64_t max = 0;          // text: the longest length
    std::string_view description;  // English; the desktop translates by key
    std::function<std::string(const Config&)> get;
    std::function<void(Config&, const std::string&)> set;  // the value is checked already
};

std::span<const Parameter> parameters();
const Parameter* find_parameter(std::string_view key);
// The problem with a value for this parameter, or "" when it is fine.
std::string check_parameter(const Parameter& p, const std::string& value);

// Overlays the stored values on `config`. A stored value that no longer passes its check (or an
// unknown key) is skipped; the returned lines say which, for the log. `applied` (when given)
// gets "key = value" for each value taken.
std::vector<std::string> apply_parameters(Config& config, storage::Database& db,
                                          std::vector<std::string>* applied = nullptr);

}  // namespace cti::admin
