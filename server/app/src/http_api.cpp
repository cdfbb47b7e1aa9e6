#include "http_api.h"

#include <fmt/format.h>

namespace cti::app {
namespace {

void counter(std::string& out, std::string_view name, std::string_view help, std::uint64_t v,
             std::string_view type = "counter") {
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n{} {}\n", name, help, name, type, name, v);
}

}  // namespace

std::string render_metrics(const MetricsInfo& m) {
    std::string out;
    const auto& g = m.gateway;
    counter(out, "cti_uptime_seconds", "Seconds since the server started.", static_cast<std::uint64_t>(m.uptime_s), "gauge");
    counter(out, "cti_gateway_connections_open", "Desktop connections open now.", g.connections_open, "gauge");
    counter(out, "cti_gateway_sessions", "Desktop sessions alive now (including those in the resume grace).", m.sessions, "gauge");
    counter(out, "cti_gateway_connections_accepted_total", "Desktop connections accepted.", g.connections_accepted);
    counter(out, "cti_gateway_connections_refused_total", "Connections refused at max_connections.", g.connections_refused);
    counter(out, "cti_gateway_tls_failures_total", "TLS handshakes that failed, plain TCP included.", g.tls_failures);
    counter(out, "cti_gateway_frames_in_total", "Frames received.", g.frames_in);
    counter(out, "cti_gateway_frames_out_total", "Frames queued for sending.", g.frames_out);
    counter(out, "cti_gateway_bad_frames_total", "Frames rejected: oversize, undecodable or unknown.", g.bad_frames);
    counter(out, "cti_gateway_logins_ok_total", "Successful logins.", g.logins_ok);
    counter(out, "cti_gateway_logins_failed_total", "Failed logins (unknown user or wrong password).", g.logins_failed);
    counter(out, "cti_gateway_logins_refused_total", "Logins refused by the failed-login throttle.", g.logins_refused);
    counter(out, "cti_gateway_sessions_resumed_total", "Sessions resumed after a dropped link.", g.sessions_resumed);
    counter(out, "cti_gateway_slow_clients_dropped_total", "Connections dropped for a full send queue.", g.slow_clients_dropped);
    counter(out, "cti_gateway_timeouts_total", "Connections closed by the handshake or idle timeout.", g.timeouts);
    counter(out, "cti_gateway_events_published_total", "Events published to desktops.", g.events_published);
    counter(out, "cti_storage_jobs_done_total", "Write jobs committed.", m.storage.jobs_done);
    counter(out, "cti_storage_jobs_failed_total", "Write jobs that failed and were rolled back.", m.storage.jobs_failed);
    counter(out, "cti_storage_batches_total", "Group-commit transactions.", m.storage.batches);
    counter(out, "cti_storage_queue_depth", "Write jobs waiting now.", m.storage.queue_depth, "gauge");
    return out;
}

HttpReply handle_http(std::string_view method, std::string_view target, const HealthInfo& health,
                      const MetricsInfo& metrics) {
    if (method != "GET" && method != "HEAD")
        return {405, "text/plain; charset=utf-8", "only GET and HEAD are served here\n"};
    const auto path = target.substr(0, target.find('?'));
    if (path == "/health") {
        return {health.storage_ok ? 200u : 503u, "application/json",
                fmt::format(R"({{"status":"{}","storage":"{}","version":"{}","uptime_s":{}}})",
                            health.storage_ok ? "ok" : "degraded",
                            health.storage_ok ? "ok" : "refusing writes", health.version,
                            health.uptime_s) + "\n"};
    }
    if (path == "/metrics")
        return {200, "text/plain; version=0.0.4; charset=utf-8", render_metrics(metrics)};
    return {404, "text/plain; charset=utf-8", "not found: try /health or /metrics\n"};
}

}  // namespace cti::app
