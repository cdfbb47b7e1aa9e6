#include "cti/cli/secret_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace cti::cli {

std::expected<std::string, std::string> read_secret_file(const std::string& path, std::string_view what,
                                                         std::istream& standard_input) {
    const bool from_stdin = path == "-";
    const std::string name = from_stdin ? "standard input" : path;
    std::string content;
    if (from_stdin) {
        content.assign(std::istreambuf_iterator<char>(standard_input), std::istreambuf_iterator<char>());
    } else {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec))
            return std::unexpected("the " + std::string(what) + " " + path + " is a folder: give the file that holds the password");
        std::ifstream file(path, std::ios::binary);
        if (!file)
            return std::unexpected("cannot read the " + std::string(what) + " " + path + " (" +
                                   std::strerror(errno) + ")");
        content.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        if (file.bad())
            return std::unexpected("cannot read the " + std::string(what) + " " + path + " (read error)");
    }
    // Editors and `echo` end the file with a line break that is not part of the password;
    // Windows editors add "\r\n".
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.pop_back();
    if (content.empty())
        return std::unexpected("the " + std::string(what) + " (" + name +
                               ") is empty: put the password on its first line");
    return content;
}

}  // namespace cti::cli
