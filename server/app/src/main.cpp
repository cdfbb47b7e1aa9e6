// cti-server: the contact-center server. See README.md for the configuration and the ports.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "cti/core/clock.h"
#include "cti/core/config.h"
#include "cti/core/logging.h"
#include "cti/storage/migrate.h"
#include "create_admin.h"
#include "server.h"

namespace {

void print_banner(const cti::app::Server& s) {
    const auto& c = s.config();
    const auto& r = s.report();
    fmt::print("cti-server {} ready\n", CTI_VERSION);
    fmt::print("  data folder   {}\n", c.data_dir.string());
    fmt::print("  database      {} (schema {})\n", c.database_path().string(), r.schema_to);
    fmt::print("  desktops      {}:{} (TLS; certificate {}, SHA-256 {})\n", c.gateway.bind,
               s.gateway_port(), c.cert_path().string(), r.certificate_fingerprint);
    if (c.http.enabled)
        fmt::print("  HTTP          http://{}:{}/health and /metrics\n", c.http.bind, s.http_port());
    if (c.sip.enabled)
        fmt::print("  SIP           {}:{} udp/tcp (phones register as their extension; RTP ports {}-{})\n",
                   c.sip.bind, s.sip_port(), c.media.rtp_port_min, c.media.rtp_port_max);
    else
        fmt::print("  SIP           off (sip.enabled = false)\n");
    if (!r.demo_logins.empty()) {
        fmt::print("  demo logins (password in the file beside each):\n");
        for (const auto& d : r.demo_logins)
            fmt::print("    {:<11} {:<14} {}{}  {}\n", d.login, d.role, d.display_name,
                       d.extension.empty() ? "" : " ext " + d.extension, d.password_file.string());
        fmt::print("  demo phones: extension = SIP user, password in {}/demo/sip-<extension>.password;\n"
                   "  calls to 95598 ring 1001; 12345 and 10086 are queues (sign in and go ready to take them);\n"
                   "  a trunk is accepted from 127.0.0.2\n",
                   c.data_dir.string());
        fmt::print("  try: cti-cli --server 127.0.0.1:{} --ca {} --user 1001 --password-file {} snapshot\n",
                   s.gateway_port(), c.cert_path().string(), r.demo_logins.front().password_file.string());
    }
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"cti-server: the contact-center server"};
    std::string config_file, data_dir, backup_file, ready_file, admin_login, admin_password_file;
    bool seed_demo = false;
    int gateway_port = -1, http_port = -1, sip_port = -1;
    app.add_option("--config", config_file, "TOML configuration file (every key is optional)");
    app.add_option("--data", data_dir, "data folder (database, TLS certificate, recordings)");
    app.add_flag("--seed-demo", seed_demo, "seed a demo call center when the database is created");
    app.add_option("--backup", backup_file, "write an online backup of the database to FILE and exit");
    app.add_option("--gateway-port", gateway_port, "override gateway.port (0: any free port)");
    app.add_option("--http-port", http_port, "override http.port (0: any free port)");
    app.add_option("--sip-port", sip_port, "override sip.port (0: any free port)");
    app.add_option("--ready-file", ready_file, "write the listening ports as JSON to FILE once ready");
    app.add_option("--create-admin", admin_login,
                   "create the administrator LOGIN (or reset it: role, enabled, password) and exit");
    app.add_option("--password-file", admin_password_file, "with --create-admin: the file holding the password");
    CLI11_PARSE(app, argc, argv);

    cti::Config config;
    if (!config_file.empty()) {
        auto loaded = cti::load_config(config_file);
        if (!loaded) {
            std::cerr << "cti-server: " << loaded.error().message << '\n';
            return 2;
        }
        config = std::move(*loaded);
    }
    if (!data_dir.empty()) config.data_dir = data_dir;
    if (seed_demo) config.seed_demo = true;
    if (gateway_port >= 0) config.gateway.port = static_cast<std::uint16_t>(gateway_port);
    if (http_port >= 0) config.http.port = static_cast<std::uint16_t>(http_port);
    if (sip_port >= 0) config.sip.port = static_cast<std::uint16_t>(sip_port);
    cti::setup_logging(config.log);

    if (!backup_file.empty()) {
        auto r = cti::storage::backup(config.database_path(), backup_file);
        if (!r) {
            std::cerr << "cti-server: backup failed: " << r.error().message << '\n';
            return 1;
        }
        fmt::print("backup of {} written to {}\n", config.database_path().string(), backup_file);
        return 0;
    }

    if (!admin_login.empty()) {
        if (admin_password_file.empty()) {
            std::cerr << "cti-server: --create-admin needs --password-file FILE\n";
            return 2;
        }
        auto r = cti::app::create_admin(config, admin_login, admin_password_file,
                                        cti::to_unix_ms(std::chrono::system_clock::now()));
        if (!r) {
            std::cerr << "cti-server: " << r.error().message << '\n';
            return 1;
        }
        fmt::print("{}\n", *r);
        return 0;
    }

    auto server = cti::app::Server::create(config);
    if (!server) {
        cti::logger("server")->critical("{}", server.error().message);
        std::cerr << "cti-server: " << server.error().message << '\n';
        return 2;
    }
    print_banner(**server);
    if (!ready_file.empty()) {
        std::ofstream(ready_file) << fmt::format(R"({{"gateway_port":{},"http_port":{},"sip_port":{}}})",
                                                 (*server)->gateway_port(), (*server)->http_port(),
                                                 (*server)->sip_port())
                                  << '\n';
    }
    (*server)->run(true);
    return 0;
}
