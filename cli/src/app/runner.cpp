#include "cti/cli/runner.h"

#include "cti/cli/command_table.h"
#include "cti/cli/exit_code.h"
#include "cti/cli/secret_file.h"

namespace cti::cli {

namespace {

int report(std::ostream& err, const client::ClientError& error, Stage stage) {
    err << "cti-cli: " << error.message << '\n';
    return static_cast<int>(exit_code_for(error, stage));
}

int report_usage(std::ostream& err, const std::string& message) {
    err << "cti-cli: " << message << '\n';
    return static_cast<int>(ExitCode::usage);
}

}  // namespace

client::ClientOptions client_options(const GlobalArgs& global) {
    client::ClientOptions options;
    options.host = global.server.host;
    options.port = global.server.port;
    options.ca_file = global.ca_file;
    options.pin_sha256 = global.pin;
    options.verify = !global.insecure;
    options.timeout = std::chrono::milliseconds(global.timeout_ms);
    options.client_name = "cti-cli";
    return options;
}

int run_invocation(const Invocation& invocation, std::istream& standard_input, std::ostream& out,
                   std::ostream& err, const std::function<bool()>& interrupted) {
    const CommandSpec* spec = find_command(invocation.command);
    if (!spec) return report_usage(err, "unknown command '" + invocation.command + "'");

    Secrets secrets;
    auto password = read_secret_file(invocation.global.password_file, "password file", standard_input);
    if (!password) return report_usage(err, password.error());
    secrets.password = std::move(*password);
    if (!invocation.args.new_password_file.empty()) {
        auto new_password = read_secret_file(invocation.args.new_password_file, "new password file", standard_input);
        if (!new_password) return report_usage(err, new_password.error());
        secrets.new_password = std::move(*new_password);
    }

    client::Client client(client_options(invocation.global));
    if (auto connected = client.connect(); !connected) return report(err, connected.error(), Stage::connect);
    if (auto hello = client.hello(); !hello) return report(err, hello.error(), Stage::connect);
    auto login = client.login(invocation.global.user, secrets.password);
    if (!login) return report(err, login.error(), Stage::login);

    CommandContext context{client, invocation, secrets, *login, out, interrupted};
    auto result = spec->run(context);
    out.flush();
    // A run is one whole session: without Logout the server would keep it for its resume grace
    // and show the user online for that long after cti-cli has exited. Best effort: the result
    // of the command is what counts.
    if (!spec->ends_session && client.is_open()) {
        wire::Envelope goodbye;
        goodbye.mutable_logout();
        (void)client.request(std::move(goodbye));
    }
    client.close();
    if (!result) return report(err, result.error(), Stage::command);
    return static_cast<int>(ExitCode::ok);
}

}  // namespace cti::cli
