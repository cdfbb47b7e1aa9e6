#pragma once
// Counters of the gateway, exported by /metrics. Touched on the core thread only.
#include <cstdint>

namespace cti::gateway {

struct GatewayMetrics {
    std::uint64_t connections_accepted = 0;
    std::uint64_t connections_open = 0;
    std::uint64_t connections_refused = 0;  // over max_connections
    std::uint64_t tls_failures = 0;         // handshake failed, plain TCP on the TLS port
    std::uint64_t frames_in = 0;
    std::uint64_t frames_out = 0;
    std::uint64_t bad_frames = 0;
    std::uint64_t logins_ok = 0;
    std::uint64_t logins_failed = 0;
    std::uint64_t logins_refused = 0;       // rate limited
    std::uint64_t sessions_resumed = 0;
    std::uint64_t slow_clients_dropped = 0;
    std::uint64_t timeouts = 0;
    std::uint64_t events_published = 0;
};

}  // namespace cti::gateway
