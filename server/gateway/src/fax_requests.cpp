// Faxes: SendFax (the document stored, converted or checked on the slow-work pool, then queued
// on the core thread), ListFaxes, and Event.fax.
#include <fmt/format.h>

#include <algorithm>

#include "cti/calls/routing.h"
#include "cti/center/fax_service.h"
#include "cti/gateway/fax_wire.h"
#include "cti/gateway/roles.h"
#include "db_async.h"

namespace cti::gateway {
using namespace detail;
using storage::Database;

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;
constexpr std::size_t kMaxFileNameBytes = 128;
}  // namespace

wire::FaxInfo to_wire(const storage::FaxRecord& f) {
    wire::FaxInfo w;
    w.set_fax_id(f.id);
    w.set_direction(f.direction);
    w.set_number(f.number);
    if (f.call) w.set_call_id(f.call->value());
    w.set_state(f.state);
    w.set_pages(f.pages);
    w.set_attempts(f.attempts);
    w.set_reason(f.reason);
    w.set_created_ms(f.created_ms);
    w.set_updated_ms(f.updated_ms);
    w.set_file_name(f.file_name);
    w.set_document_pages(f.document_pages);
    if (f.user) w.set_user_id(f.user->value());
    return w;
}

void publish_fax(Hub& hub, const storage::FaxRecord& f) {
    wire::Event e;
    *e.mutable_fax() = to_wire(f);
    hub.publish_to(std::move(e), [](const SessionUser& u) { return has_permission(u, Permission::fax_send); });
}

void on_send_fax(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    auto* faxes = hub.services().faxes;
    if (!faxes) return c->send_error(req.request_id(), wire::UNAVAILABLE, "faxes need telephony, which is off on this server");
    const auto& m = req.send_fax();
    if (!calls::valid_number(m.number()))
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             "SendFax.number is the fax number to dial: 1-32 of 0-9 * # and a leading +");
    if (m.file_name().size() > kMaxFileNameBytes)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("SendFax.file_name is at most {} bytes", kMaxFileNameBytes));
    if (m.document().empty())
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "SendFax.document is empty: send a TIFF-F or a PDF");
    if (m.document().size() > center::kMaxFaxDocumentBytes)
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT,
                             fmt::format("the document is {} bytes; at most 10 MiB can be faxed", m.document().size()));
    // ghostscript takes about a second a page: on the slow-work pool, like any long read.
    read_value<center::FaxDocument>(
        hub, c,
        [dir = hub.services().data_dir, doc = m.document(), name = m.file_name()](Database&) {
            return center::prepare_fax_document(dir, doc, name);
        },
        [&hub, req, user = c->session()->user.id](const ConnPtr& conn, Result<center::FaxDocument> doc) {
            if (!doc) return send_failure(conn, req, doc.error(), "the fax was not queued");
            auto* faxes = hub.services().faxes;
            if (!faxes) return conn->send_error(req.request_id(), wire::UNAVAILABLE, "telephony stopped; send the fax again later");
            const auto& m = req.send_fax();
            auto queued = faxes->send(m.number(), *doc, m.file_name(), user);
            if (!queued) {
                std::error_code ec;
                std::filesystem::remove(doc->path, ec);
                return send_failure(conn, req, queued.error(), "the fax was not queued");
            }
            auto reply = reply_to(req);
            *reply.mutable_send_fax_ok()->mutable_fax() = to_wire(*queued);
            conn->send(reply);
        });
}

void on_list_faxes(Hub& hub, const ConnPtr& c, const wire::Envelope& req) {
    const auto& m = req.list_faxes();
    if (!m.direction().empty() && m.direction() != "send" && m.direction() != "receive")
        return c->send_error(req.request_id(), wire::INVALID_ARGUMENT, "ListFaxes.direction is empty, send or receive");
    const int limit = m.limit() <= 0 ? kDefaultLimit : std::min(m.limit(), kMaxLimit);
    read_value<wire::ListFaxesOk>(
        hub, c,
        [direction = m.direction(), limit](Database& db) -> Result<wire::ListFaxesOk> {
            auto list = storage::list_faxes(db, direction, limit);
            if (!list) return std::unexpected(list.error());
            wire::ListFaxesOk ok;
            for (const auto& f : *list) *ok.add_faxes() = to_wire(f);
            return ok;
        },
        [req](const ConnPtr& conn, Result<wire::ListFaxesOk> r) {
            if (!r) return send_failure(conn, req, r.error(), "the faxes could not be listed");
            auto reply = reply_to(req);
            *reply.mutable_list_faxes_ok() = std::move(*r);
            conn->send(reply);
        });
}

}  // namespace cti::gateway
