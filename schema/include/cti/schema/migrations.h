#pragma once
// The numbered SQL migrations of schema/migrations, embedded at build time.
#include <span>
#include <string_view>

namespace cti::schema {

struct Migration {
    int number;              // from the file name: 0001_initial.sql -> 1
    std::string_view name;   // file name
    std::string_view sql;
};

// In ascending order of number, without gaps (the build checks the names).
std::span<const Migration> migrations();

}  // namespace cti::schema
