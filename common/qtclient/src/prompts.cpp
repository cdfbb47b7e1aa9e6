#include "cti/qtclient/prompts.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

Prompts::Prompts(Connection& connection, QObject* parent)
    : QObject(parent), connection_(connection),
      requests_(connection, this, [this](quint64 id, ErrorCode code, const QString& message) {
          emit requestFailed(id, code, message);
      }) {
}

quint64 Prompts::upload(const QString& promptId, const QString& language, const QByteArray& audio) {
    cti::wire::Envelope env;
    auto* m = env.mutable_upload_prompt();
    m->set_prompt_id(promptId.toStdString());
    m->set_language(language.toStdString());
    m->set_audio(audio.constData(), static_cast<std::size_t>(audio.size()));
    // The answer id lives in a shared cell set right after send() returns, before any reply arrives.
    auto id = std::make_shared<quint64>();
    *id = requests_.send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_upload_prompt_ok()) return emit requestFailed(*id, ErrorCode::Internal, PendingRequests::unexpected(r));
        emit uploaded(*id, qs(r.upload_prompt_ok().prompt_id()), r.upload_prompt_ok().seconds());
    });
    return *id;
}

}  // namespace cti::qt
