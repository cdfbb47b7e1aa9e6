#include "tls_dir.h"

#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>

namespace cti::sip {
namespace fs = std::filesystem;

namespace {
Result<std::string> read_file(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(Errc::config_error, fmt::format("sip: cannot read the TLS {} '{}'; check the path and its permissions", what, path));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

Result<std::string> make_tls_dir(const std::string& cert_file, const std::string& key_file) {
    auto cert = read_file(cert_file, "certificate");
    if (!cert) return std::unexpected(cert.error());
    auto key = read_file(key_file, "key");
    if (!key) return std::unexpected(key.error());
    if (cert->find("-----BEGIN CERTIFICATE-----") == std::string::npos)
        return fail(Errc::config_error, fmt::format("sip: '{}' is not a PEM certificate", cert_file));
    if (key->find("PRIVATE KEY-----") == std::string::npos)
        return fail(Errc::config_error, fmt::format("sip: '{}' is not a PEM private key", key_file));
    std::string templ = (fs::temp_directory_path() / "cti-sip-tls-XXXXXX").string();
    if (!mkdtemp(templ.data()))
        return fail(Errc::io_error, "sip: cannot create a temporary folder for the TLS certificate");
    const fs::path agent = fs::path(templ) / "agent.pem";
    {
        std::ofstream out(agent, std::ios::binary);
        out << *key << '\n' << *cert << '\n';
        if (!out) return fail(Errc::io_error, "sip: cannot write the TLS certificate for sofia-sip");
    }
    fs::permissions(agent, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    std::ofstream(fs::path(templ) / "cafile.pem", std::ios::binary) << *cert << '\n';
    return templ;
}

void remove_tls_dir(const std::string& dir) {
    if (dir.empty()) return;
    std::error_code ec;
    fs::remove_all(dir, ec);
}

}  // namespace cti::sip
