#include "cti/cli/invocation.h"

#include <charconv>

namespace cti::cli {

namespace {

std::expected<std::uint16_t, std::string> parse_port(std::string_view text, std::string_view whole) {
    unsigned value = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value == 0 || value > 65535)
        return std::unexpected("--server " + std::string(whole) + ": the port must be a number from 1 to 65535");
    return static_cast<std::uint16_t>(value);
}

}  // namespace

std::expected<ServerAddress, std::string> parse_server_address(std::string_view text) {
    const std::string usage = "--server " + std::string(text) + ": give HOST:PORT, e.g. cti.example.org:7443 or [::1]:7443";
    ServerAddress address;
    std::string_view host = text;
    std::string_view port;
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string_view::npos) return std::unexpected(usage);
        host = text.substr(1, close - 1);
        const auto rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (!rest.starts_with(':')) return std::unexpected(usage);
            port = rest.substr(1);
            if (port.empty()) return std::unexpected(usage);
        }
    } else if (const auto colon = text.find(':'); colon != std::string_view::npos &&
                                                  text.find(':', colon + 1) == std::string_view::npos) {
        host = text.substr(0, colon);
        port = text.substr(colon + 1);
        if (port.empty()) return std::unexpected(usage);
    }
    // Several colons without brackets: a bare IPv6 address, which cannot carry a port.
    if (host.empty()) return std::unexpected(usage);
    address.host = std::string(host);
    if (!port.empty()) {
        auto parsed = parse_port(port, text);
        if (!parsed) return std::unexpected(parsed.error());
        address.port = *parsed;
    }
    return address;
}

}  // namespace cti::cli
