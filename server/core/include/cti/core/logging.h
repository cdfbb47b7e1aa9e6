#pragma once
// Structured logs through spdlog. Each module logs through its own named logger
// (cti::logger("gateway")); messages put fields as key=value so that both the text and the JSON
// format stay greppable.
#include <spdlog/spdlog.h>

#include <memory>
#include <string_view>

#include "cti/core/config.h"

namespace cti {

// Configures the default sink (stderr) and format for every logger; call once at start-up.
void setup_logging(const LogConfig& config);

// The logger of a module, created on first use with the configured sink and level.
std::shared_ptr<spdlog::logger> logger(std::string_view module);

}  // namespace cti
