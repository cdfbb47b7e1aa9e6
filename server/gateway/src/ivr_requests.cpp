// SaveIvrFlow: an administrator changes an IVR flow at run time.
#include <boost/asio/post.hpp>
#include <fmt/format.h>

#include "cti/core/logging.h"
#include "cti/gateway/calls_wire.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/hub.h"
#include "cti/storage/ivr.h"

namespace cti::gateway {

namespace {
constexpr std::size_t kMaxFlowBytes = 256 * 1024;
}

void on_save_ivr_flow(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& req) {
    auto* ivr_service = hub.services().ivr;
    auto* acd = hub.services().acd;
    if (!ivr_service || !acd)
        return c->send_error(req.request_id(), wire::UNAVAILABLE, "the IVR is not running on this server");
    const auto& json = req.save_ivr_flow().definition();
    if (json.empty() || json.size() > kMaxFlowBytes)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("a flow definition is 1 byte to {} KiB of JSON", kMaxFlowBytes / 1024));
    std::set<std::string> queues;
    for (const auto& q : acd->queues()) queues.insert(q.name);
    auto prepared = ivr_service->prepare(json, queues);
    if (!prepared) {
        cti::logger("gateway")->info("IVR flow refused user={}: {}", c->session()->user.login,
                                     prepared.error().message);
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "the flow was not saved (the running version stays): " + prepared.error().message);
    }
    auto flow = std::make_shared<ivr::Flow>(**prepared);
    auto version = std::make_shared<int>(0);
    const auto author = c->session()->user.id;
    const auto at = to_unix_ms(hub.services().clock.wall_now());
    hub.services().writer.submit(
        [flow, version, json, author, at](storage::Database& db) -> Result<void> {
            auto v = storage::save_ivr_flow(db, flow->name, json, author, at);
            if (!v) return std::unexpected(v.error());
            *version = *v;
            return {};
        },
        [ex = hub.services().core, weak = std::weak_ptr<Connection>(c), ivr_service, flow, version,
         id = req.request_id()](Result<void> r) {
            boost::asio::post(ex, [weak, ivr_service, flow, version, id, r] {
                auto conn = weak.lock();
                if (!r) {
                    if (conn) conn->send_error(id, wire::UNAVAILABLE, "the flow was not stored: " + r.error().message);
                    return;
                }
                flow->version = *version;
                ivr_service->install(flow);
                if (!conn) return;
                wire::Envelope reply;
                reply.set_request_id(id);
                reply.mutable_save_ivr_flow_ok()->set_name(flow->name);
                reply.mutable_save_ivr_flow_ok()->set_version(*version);
                conn->send(reply);
            });
        });
}

}  // namespace cti::gateway
