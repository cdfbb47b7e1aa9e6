#pragma once
// Passwords come from files (or standard input), never from the command line, where other
// local users could read them in the process list.
#include <expected>
#include <istream>
#include <string>
#include <string_view>

namespace cti::cli {

// The content of `path` ("-": all of standard_input) without its trailing line break(s).
// Errors, for people: the file cannot be read, or holds nothing but line breaks. `what` names
// the file in messages ("password file").
std::expected<std::string, std::string> read_secret_file(const std::string& path, std::string_view what,
                                                         std::istream& standard_input);

}  // namespace cti::cli
