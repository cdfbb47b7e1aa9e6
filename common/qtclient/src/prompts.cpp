#include "cti/qtclient/prompts.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

// Office's wording, so that the catalog already holds its translation.
QString unexpected(const cti::wire::Envelope& reply) {
    return QCoreApplication::translate("cti::qt::Office", "The server answered with an unexpected %1 message.")
        .arg(QString::fromUtf8(cti::wire::body_name(reply).data()));
}
}  // namespace

Prompts::Prompts(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    connect(&connection_, &Connection::replyReceived, this, &Prompts::onReply);
}

void Prompts::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
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

quint64 Prompts::upload(const QString& promptId, const QString& language, const QByteArray& audio) {
    cti::wire::Envelope env;
    auto* m = env.mutable_upload_prompt();
    m->set_prompt_id(promptId.toStdString());
    m->set_language(language.toStdString());
    m->set_audio(audio.constData(), static_cast<std::size_t>(audio.size()));
    // Registered before the reply can arrive: replies come queued, after request() returns.
    const quint64 id = connection_.request(std::move(env));
    pending_.insert(id, [this, id](const cti::wire::Envelope& r) {
        if (!r.has_upload_prompt_ok()) return emit requestFailed(id, ErrorCode::Internal, unexpected(r));
        emit uploaded(id, qs(r.upload_prompt_ok().prompt_id()), r.upload_prompt_ok().seconds());
    });
    return id;
}

}  // namespace cti::qt
