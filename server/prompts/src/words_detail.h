#pragma once
// Helpers shared by the Chinese and English wordings.
#include <cstdint>

#include "cti/core/error.h"

namespace cti::prompts::detail {

// |n| without overflow for INT64_MIN.
inline std::uint64_t magnitude(std::int64_t n) {
    return n < 0 ? static_cast<std::uint64_t>(-(n + 1)) + 1 : static_cast<std::uint64_t>(n);
}

// Year 1-9999, month 1-12, day 1-31, else invalid_argument saying so.
Result<void> check_date(int year, int month, int day);

}  // namespace cti::prompts::detail
