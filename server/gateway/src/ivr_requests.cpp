// SaveIvrFlow: an administrator changes an IVR flow at run time; ListIvrFlows and GetIvrFlow
// feed the flow editor.
#include <boost/asio/post.hpp>
#include <fmt/format.h>

#include "cti/core/logging.h"
#include "cti/gateway/calls_wire.h"
#include "cti/gateway/connection.h"
#include "cti/gateway/hub.h"
#include "cti/storage/ivr.h"
#include "db_async.h"

namespace cti::gateway {

namespace {
constexpr std::size_t kMaxFlowBytes = 256 * 1024;
constexpr std::size_t kMaxNameBytes = 64;

void to_wire(const storage::IvrFlowRecord& f, wire::IvrFlowInfo& w) {
    w.set_name(f.name);
    w.set_version(f.version);
    w.set_saved_ms(f.created_ms);
    w.set_author(f.author);
}
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

void on_list_ivr_flows(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& req) {
    auto* ivr_service = hub.services().ivr;
    auto* acd = hub.services().acd;
    if (!ivr_service || !acd)
        return c->send_error(req.request_id(), wire::UNAVAILABLE, "the IVR is not running on this server");
    // The names are the core thread's; the flows are read off it.
    wire::ListIvrFlowsOk names;
    for (const auto& q : acd->queues()) names.add_queues(q.name);
    for (const auto& p : ivr_service->prompt_ids()) names.add_prompts(p);
    for (const auto& cal : ivr_service->calendar_names()) names.add_calendars(cal);
    detail::read_value<wire::ListIvrFlowsOk>(
        hub, c,
        [names = std::move(names)](storage::Database& db) -> Result<wire::ListIvrFlowsOk> {
            auto flows = storage::latest_ivr_flows(db);
            if (!flows) return std::unexpected(flows.error());
            wire::ListIvrFlowsOk ok = names;
            for (const auto& f : *flows) to_wire(f, *ok.add_flows());
            return ok;
        },
        [req](const detail::ConnPtr& conn, Result<wire::ListIvrFlowsOk> r) {
            if (!r) return detail::send_failure(conn, req, r.error(), "the IVR flows could not be read");
            auto reply = detail::reply_to(req);
            *reply.mutable_list_ivr_flows_ok() = std::move(*r);
            conn->send(reply);
        });
}

void on_get_ivr_flow(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& req) {
    const auto& m = req.get_ivr_flow();
    if (m.name().empty() || m.name().size() > kMaxNameBytes || m.version() < 0)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "name the flow (up to 64 bytes) and a version (0: the newest)");
    detail::read_value<wire::GetIvrFlowOk>(
        hub, c,
        [name = m.name(), version = m.version()](storage::Database& db) -> Result<wire::GetIvrFlowOk> {
            auto f = storage::find_ivr_flow(db, name, version);
            if (!f) return std::unexpected(f.error());
            if (!*f)
                return fail(Errc::not_found,
                            version ? fmt::format("the flow {} has no version {}", name, version)
                                    : fmt::format("there is no IVR flow named {}", name));
            wire::GetIvrFlowOk ok;
            to_wire(**f, *ok.mutable_flow());
            ok.set_definition((*f)->definition);
            return ok;
        },
        [req](const detail::ConnPtr& conn, Result<wire::GetIvrFlowOk> r) {
            if (!r) return detail::send_failure(conn, req, r.error(), "the flow could not be read");
            auto reply = detail::reply_to(req);
            *reply.mutable_get_ivr_flow_ok() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
