#pragma once
// The requests one adapter (IvrAdmin, AdminTables, UsersAdmin, Prompts...) has in flight over a
// Connection: each request's handler runs when its answer arrives; an Error answer goes to the
// adapter's failure callback instead, so that every request gets exactly one answer. Lives in
// the GUI thread, as a member of its adapter (`owner`: the subscription to the connection's
// replies ends with it).
#include <QHash>
#include <QObject>
#include <functional>

#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

class PendingRequests {
public:
    using Handler = std::function<void(const cti::wire::Envelope&)>;
    using Failure = std::function<void(quint64 requestId, ErrorCode code, const QString& message)>;

    PendingRequests(Connection& connection, QObject* owner, Failure failure);
    PendingRequests(const PendingRequests&) = delete;
    PendingRequests& operator=(const PendingRequests&) = delete;

    // Sends; returns the id the answer carries. The handler is registered before any reply can
    // arrive (replies come queued, after this returns).
    quint64 send(cti::wire::Envelope request, Handler handler);

    // "The server answered with an unexpected X message." (Office's wording, so that the
    // catalogue already holds its translation.)
    static QString unexpected(const cti::wire::Envelope& reply);

private:
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);

    Connection& connection_;
    Failure failure_;
    QHash<quint64, Handler> pending_;
};

}  // namespace cti::qt
