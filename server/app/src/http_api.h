#pragma once
// The HTTP endpoints for operations: /health for load balancers and systemd, /metrics in the
// Prometheus text format. Pure functions over plain data, served by http_server.
#include <cstdint>
#include <string>
#include <string_view>

#include "cti/gateway/metrics.h"
#include "cti/storage/writer.h"

namespace cti::app {

struct HealthInfo {
    bool storage_ok = true;       // the writer accepts work
    std::string version;
    std::int64_t uptime_s = 0;
};

struct MetricsInfo {
    gateway::GatewayMetrics gateway;
    storage::WriterStats storage;
    std::size_t sessions = 0;
    std::int64_t uptime_s = 0;
};

struct HttpReply {
    unsigned status = 200;
    std::string content_type;
    std::string body;
};

// method and target as received; anything but GET/HEAD of a known path is an error reply.
HttpReply handle_http(std::string_view method, std::string_view target, const HealthInfo& health,
                      const MetricsInfo& metrics);

std::string render_metrics(const MetricsInfo& m);

}  // namespace cti::app
