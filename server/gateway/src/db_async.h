#pragma once
// Database work for a request, off the core thread, continued on it (private to the gateway).
//   write_value: one Writer job (its own SAVEPOINT inside the batch's transaction: all or
//                nothing); `then` runs once it is committed.
//   read_value:  a read on the slow-work pool with its own read-only connection (WAL: it never
//                waits for the writer), so that a long search never stalls the core thread.
// `then` runs only if the connection is still there.
#include <boost/asio/post.hpp>
#include <fmt/format.h>

#include <functional>
#include <memory>
#include <optional>

#include "cti/gateway/connection.h"
#include "cti/gateway/hub.h"
#include "cti/gateway/requests.h"

namespace cti::gateway::detail {

using ConnPtr = std::shared_ptr<Connection>;

inline wire::Envelope reply_to(const wire::Envelope& request) {
    wire::Envelope e;
    e.set_request_id(request.request_id());
    return e;
}

inline void send_failure(const ConnPtr& c, const wire::Envelope& req, const Error& e, std::string_view what) {
    c->send_error(req.request_id(), to_wire_code(e.code), fmt::format("{}: {}", what, e.message));
}

template <class T>
void write_value(Hub& hub, const ConnPtr& c, std::function<Result<T>(storage::Database&)> job,
                 std::function<void(const ConnPtr&, Result<T>)> then) {
    auto out = std::make_shared<std::optional<Result<T>>>();
    hub.services().writer.submit(
        [job = std::move(job), out](storage::Database& db) -> Result<void> {
            *out = job(db);
            if (!**out) return std::unexpected((**out).error());
            return {};
        },
        [ex = hub.services().core, weak = std::weak_ptr<Connection>(c), then = std::move(then), out](Result<void> r) {
            boost::asio::post(ex, [weak, then, out, r] {
                auto conn = weak.lock();
                if (!conn) return;
                if (!r) return then(conn, std::unexpected(r.error()));
                then(conn, std::move(**out));
            });
        });
}

template <class T>
void read_value(Hub& hub, const ConnPtr& c, std::function<Result<T>(storage::Database&)> job,
                std::function<void(const ConnPtr&, Result<T>)> then) {
    boost::asio::post(hub.services().slow_work, [path = hub.services().reader.path(), ex = hub.services().core,
                                                 weak = std::weak_ptr<Connection>(c), job = std::move(job),
                                                 then = std::move(then)]() mutable {
        auto db = storage::Database::open(path, storage::OpenOptions{.read_only = true});
        auto result = db ? job(*db) : Result<T>(std::unexpected(db.error()));
        boost::asio::post(ex, [weak, then = std::move(then), result = std::move(result)]() mutable {
            if (auto conn = weak.lock()) then(conn, std::move(result));
        });
    });
}

}  // namespace cti::gateway::detail
