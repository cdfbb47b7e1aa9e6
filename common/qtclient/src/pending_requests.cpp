#include "cti/qtclient/pending_requests.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

PendingRequests::PendingRequests(Connection& connection, QObject* owner, Failure failure)
    : connection_(connection), failure_(std::move(failure)) {
    QObject::connect(&connection_, &Connection::replyReceived, owner,
                     [this](quint64 requestId, const cti::wire::Envelope& reply) { onReply(requestId, reply); });
}

quint64 PendingRequests::send(cti::wire::Envelope request, Handler handler) {
    const quint64 id = connection_.request(std::move(request));
    pending_.insert(id, std::move(handler));
    return id;
}

QString PendingRequests::unexpected(const cti::wire::Envelope& reply) {
    return QCoreApplication::translate("cti::qt::Office", "The server answered with an unexpected %1 message.")
        .arg(QString::fromUtf8(cti::wire::body_name(reply).data()));
}

void PendingRequests::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.find(requestId);
    if (it == pending_.end()) return;  // someone else's request
    const Handler handler = std::move(*it);
    pending_.erase(it);
    if (reply.has_error()) {
        failure_(requestId, cti::qt::fromWire(reply.error().code()), QString::fromStdString(reply.error().message()));
        return;
    }
    handler(reply);
}

}  // namespace cti::qt
