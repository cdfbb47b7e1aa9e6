#pragma once
// Uploading a prompt (提示音) over a Connection (schema/cti.proto UploadPrompt; permission
// prompt.edit). Listing and removing prompts are the administration table "prompts"
// (AdminTables). Like IvrAdmin it lives in the GUI thread and every request gets exactly one
// answer: uploaded, or requestFailed with the server's message (not audio, too long, a malformed
// id: the old recording then stays). A request larger than the server's frame limit is refused
// by the Connection before it leaves, with a message that says so.
#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

#include "cti/qtclient/pending_requests.h"
#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

class Prompts : public QObject {
    Q_OBJECT
public:
    explicit Prompts(Connection& connection, QObject* parent = nullptr);

    // `promptId` is "<category>/<name>" ([a-z0-9_-]), `language` zh_CN or en, `audio` the file's
    // bytes (WAV or any format the server decodes; it stores 8 kHz mono). Returns the request id.
    quint64 upload(const QString& promptId, const QString& language, const QByteArray& audio);

signals:
    // `seconds`: the stored prompt's length, as the server measured it.
    void uploaded(quint64 requestId, const QString& promptId, double seconds);
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:

    Connection& connection_;
    PendingRequests requests_;
};

}  // namespace cti::qt
