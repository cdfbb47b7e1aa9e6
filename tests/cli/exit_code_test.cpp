#include <catch2/catch.hpp>

#include "cti/cli/exit_code.h"

using cti::cli::ExitCode;
using cti::cli::exit_code_for;
using cti::cli::Stage;
using cti::client::ClientError;
using cti::client::ErrorKind;

namespace {
ClientError server(cti::wire::ErrorCode code) { return ClientError{ErrorKind::server, code, "m"}; }
ClientError local(ErrorKind kind) { return ClientError{kind, cti::wire::ERROR_UNSPECIFIED, "m"}; }
}  // namespace

TEST_CASE("anything before Hello succeeds is a connect failure") {
    for (auto kind : {ErrorKind::connect, ErrorKind::tls, ErrorKind::timeout, ErrorKind::closed, ErrorKind::protocol})
        CHECK(exit_code_for(local(kind), Stage::connect) == ExitCode::connect);
    CHECK(exit_code_for(server(cti::wire::VERSION_MISMATCH), Stage::connect) == ExitCode::connect);
}

TEST_CASE("authentication failures and rate limiting exit 4 wherever they happen") {
    for (auto stage : {Stage::connect, Stage::login, Stage::command}) {
        CHECK(exit_code_for(server(cti::wire::AUTH_FAILED), stage) == ExitCode::auth);
        CHECK(exit_code_for(server(cti::wire::RATE_LIMITED), stage) == ExitCode::auth);
    }
}

TEST_CASE("other error replies exit 5, lost connections and timeouts exit 1") {
    CHECK(exit_code_for(server(cti::wire::PERMISSION_DENIED), Stage::command) == ExitCode::server_error);
    CHECK(exit_code_for(server(cti::wire::INVALID_ARGUMENT), Stage::command) == ExitCode::server_error);
    CHECK(exit_code_for(server(cti::wire::PROTOCOL_ORDER), Stage::login) == ExitCode::server_error);
    CHECK(exit_code_for(local(ErrorKind::timeout), Stage::command) == ExitCode::failure);
    CHECK(exit_code_for(local(ErrorKind::closed), Stage::login) == ExitCode::failure);
    CHECK(exit_code_for(local(ErrorKind::protocol), Stage::command) == ExitCode::failure);
}
