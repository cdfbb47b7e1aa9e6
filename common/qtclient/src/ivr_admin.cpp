#include "cti/qtclient/ivr_admin.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

IvrFlowInfo fromWire(const cti::wire::IvrFlowInfo& w) {
    return IvrFlowInfo{qs(w.name()), w.version(), w.saved_ms(), qs(w.author())};
}

template <class Repeated>
QStringList strings(const Repeated& items) {
    QStringList out;
    for (const auto& s : items) out << qs(s);
    return out;
}

// Office's wording, so that the catalog already holds its translation.
QString unexpected(const cti::wire::Envelope& reply) {
    return QCoreApplication::translate("cti::qt::Office", "The server answered with an unexpected %1 message.")
        .arg(QString::fromUtf8(cti::wire::body_name(reply).data()));
}
}  // namespace

IvrAdmin::IvrAdmin(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    qRegisterMetaType<cti::qt::IvrFlowInfo>();
    qRegisterMetaType<cti::qt::IvrFlowCatalog>();
    connect(&connection_, &Connection::replyReceived, this, &IvrAdmin::onReply);
}

quint64 IvrAdmin::send(cti::wire::Envelope request, Handler handler) {
    // Registered before the reply can arrive: replies come queued, after this returns.
    const quint64 id = connection_.request(std::move(request));
    pending_.insert(id, std::move(handler));
    return id;
}

void IvrAdmin::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.find(requestId);
    if (it == pending_.end()) return;  // someone else's request
    const Handler handler = std::move(*it);
    pending_.erase(it);
    if (reply.has_error()) {
        emit requestFailed(requestId, cti::qt::fromWire(reply.error().code()), qs(reply.error().message()));
        return;
    }
    handler(reply);
}

// The answer id lives in a shared cell set right after send() returns, before any reply arrives.
quint64 IvrAdmin::listFlows() {
    cti::wire::Envelope env;
    env.mutable_list_ivr_flows();
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_ivr_flows_ok()) return emit requestFailed(*id, ErrorCode::Internal, unexpected(r));
        const auto& ok = r.list_ivr_flows_ok();
        IvrFlowCatalog catalog{{}, strings(ok.queues()), strings(ok.prompts()), strings(ok.calendars())};
        for (const auto& f : ok.flows()) catalog.flows << fromWire(f);
        emit flowsListed(*id, catalog);
    });
    return *id;
}

quint64 IvrAdmin::getFlow(const QString& name, int version) {
    cti::wire::Envelope env;
    env.mutable_get_ivr_flow()->set_name(name.toStdString());
    env.mutable_get_ivr_flow()->set_version(version);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_get_ivr_flow_ok()) return emit requestFailed(*id, ErrorCode::Internal, unexpected(r));
        emit flowLoaded(*id, fromWire(r.get_ivr_flow_ok().flow()), qs(r.get_ivr_flow_ok().definition()));
    });
    return *id;
}

quint64 IvrAdmin::saveFlow(const QString& definition) {
    cti::wire::Envelope env;
    env.mutable_save_ivr_flow()->set_definition(definition.toStdString());
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_save_ivr_flow_ok()) return emit requestFailed(*id, ErrorCode::Internal, unexpected(r));
        emit flowSaved(*id, qs(r.save_ivr_flow_ok().name()), r.save_ivr_flow_ok().version());
    });
    return *id;
}

}  // namespace cti::qt
