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

}  // namespace

IvrAdmin::IvrAdmin(Connection& connection, QObject* parent)
    : QObject(parent), connection_(connection),
      requests_(connection, this, [this](quint64 id, ErrorCode code, const QString& message) {
          emit requestFailed(id, code, message);
      }) {
    qRegisterMetaType<cti::qt::IvrFlowInfo>();
    qRegisterMetaType<cti::qt::IvrFlowCatalog>();
}

// The answer id lives in a shared cell set right after send() returns, before any reply arrives.
quint64 IvrAdmin::listFlows() {
    cti::wire::Envelope env;
    env.mutable_list_ivr_flows();
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_ivr_flows_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
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
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_get_ivr_flow_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        emit flowLoaded(*id, fromWire(r.get_ivr_flow_ok().flow()), qs(r.get_ivr_flow_ok().definition()));
    });
    return *id;
}

quint64 IvrAdmin::saveFlow(const QString& definition) {
    cti::wire::Envelope env;
    env.mutable_save_ivr_flow()->set_definition(definition.toStdString());
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_save_ivr_flow_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        emit flowSaved(*id, qs(r.save_ivr_flow_ok().name()), r.save_ivr_flow_ok().version());
    });
    return *id;
}

}  // namespace cti::qt
