#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cti/cli/secret_file.h"
#include "temp_file.h"

using cti::cli::read_secret_file;
using cti::cli::test::TempFile;

TEST_CASE("the trailing line break of a password file is not part of the password") {
    std::istringstream no_stdin;
    for (const char* content : {"s3cret\n", "s3cret", "s3cret\r\n", "s3cret\n\n"}) {
        TempFile file(content);
        auto password = read_secret_file(file.path(), "password file", no_stdin);
        REQUIRE(password);
        CHECK(*password == "s3cret");
    }
}

TEST_CASE("spaces and inner line breaks are kept") {
    std::istringstream no_stdin;
    TempFile file(" pass word \nsecond\n");
    auto password = read_secret_file(file.path(), "password file", no_stdin);
    REQUIRE(password);
    CHECK(*password == " pass word \nsecond");
}

TEST_CASE("an empty password file is an error that says what to do") {
    std::istringstream no_stdin;
    for (const char* content : {"", "\n", "\r\n"}) {
        TempFile file(content);
        auto password = read_secret_file(file.path(), "password file", no_stdin);
        REQUIRE_FALSE(password);
        CHECK(password.error().find("empty") != std::string::npos);
        CHECK(password.error().find("password file") != std::string::npos);
    }
}

TEST_CASE("a missing or unreadable password file is an error naming it") {
    std::istringstream no_stdin;
    auto missing = read_secret_file("/nonexistent/pw.txt", "password file", no_stdin);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().find("/nonexistent/pw.txt") != std::string::npos);
    CHECK(missing.error().find("No such file") != std::string::npos);

    auto folder = read_secret_file(std::filesystem::temp_directory_path().string(), "password file", no_stdin);
    REQUIRE_FALSE(folder);
    CHECK(folder.error().find("folder") != std::string::npos);
}

TEST_CASE("a dash reads the password from standard input") {
    std::istringstream input("from-stdin\n");
    auto password = read_secret_file("-", "password file", input);
    REQUIRE(password);
    CHECK(*password == "from-stdin");

    std::istringstream empty;
    auto none = read_secret_file("-", "password file", empty);
    REQUIRE_FALSE(none);
    CHECK(none.error().find("standard input") != std::string::npos);
}
