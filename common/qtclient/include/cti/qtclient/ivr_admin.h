#pragma once
// The IVR flow editor's requests over a Connection (schema/PROTOCOL.md, minor 6; permission
// ivr.edit): the list of flows with the names a flow may use, one flow's JSON, and saving a new
// version. Like Office it lives in the GUI thread and every request gets exactly one answer: its
// own signal, or requestFailed with the server's message (a refused save lists every problem as
// "node 'X': ..."; the running version stays).
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <functional>

#include "cti/qtclient/pending_requests.h"
#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

struct IvrFlowInfo {
    QString name;
    int version = 0;
    qint64 savedMs = 0;
    QString author;  // login; empty when seeded
};

// What ListIvrFlows answers: every flow's newest version and what a flow may refer to.
struct IvrFlowCatalog {
    QList<IvrFlowInfo> flows;
    QStringList queues;
    QStringList prompts;
    QStringList calendars;
};

class IvrAdmin : public QObject {
    Q_OBJECT
public:
    explicit IvrAdmin(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 listFlows();
    quint64 getFlow(const QString& name, int version = 0);  // 0: the newest
    quint64 saveFlow(const QString& definition);            // the flow's JSON

signals:
    void flowsListed(quint64 requestId, const cti::qt::IvrFlowCatalog& catalog);
    void flowLoaded(quint64 requestId, const cti::qt::IvrFlowInfo& flow, const QString& definition);
    void flowSaved(quint64 requestId, const QString& name, int version);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:

    Connection& connection_;
    PendingRequests requests_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::IvrFlowInfo)
Q_DECLARE_METATYPE(cti::qt::IvrFlowCatalog)
