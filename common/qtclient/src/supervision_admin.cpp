#include "cti/qtclient/supervision_admin.h"

#include <QCoreApplication>
#include <memory>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

// Office's wording throughout, so that the library's catalog already holds the translations.
QString officeText(const char* text) { return QCoreApplication::translate("cti::qt::Office", text); }

QueueMember fromWire(const cti::wire::QueueMemberInfo& w) { return QueueMember{w.agent_id(), qs(w.queue()), w.level()}; }

template <class Repeated>
QList<QueueMember> membersOf(const Repeated& items) {
    QList<QueueMember> out;
    out.reserve(items.size());
    for (const auto& m : items) out.append(fromWire(m));
    return out;
}

RecordingInfo fromWire(const cti::wire::RecordingInfo& w) {
    return RecordingInfo{w.recording_id(), w.call_id(),    qs(w.caller()),   qs(w.callee()), qs(w.agent()),
                         w.started_ms(),   w.duration_ms(), qs(w.order_no()), qs(w.error()),  w.score()};
}
}  // namespace

SupervisionAdmin::SupervisionAdmin(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    qRegisterMetaType<cti::qt::QueueMember>();
    qRegisterMetaType<cti::qt::RecordingInfo>();
    qRegisterMetaType<cti::qt::RecordingQuery>();
    connect(&connection_, &Connection::replyReceived, this, &SupervisionAdmin::onReply);
}

quint64 SupervisionAdmin::send(cti::wire::Envelope request, Handler handler, quint64 answerId) {
    // Registered before the reply can arrive: replies come queued, after this returns.
    const quint64 id = connection_.request(std::move(request));
    pending_.insert(id, Pending{answerId != 0 ? answerId : id, std::move(handler)});
    return id;
}

void SupervisionAdmin::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.find(requestId);
    if (it == pending_.end()) return;  // someone else's request
    const Pending pending = std::move(*it);
    pending_.erase(it);
    if (reply.has_error()) {
        emit requestFailed(pending.answerId, cti::qt::fromWire(reply.error().code()), qs(reply.error().message()));
        return;
    }
    pending.handler(reply);
}

void SupervisionAdmin::unexpected(quint64 answerId, const cti::wire::Envelope& reply) {
    const auto name = cti::wire::body_name(reply);
    emit requestFailed(answerId, ErrorCode::Internal,
                       officeText("The server answered with an unexpected %1 message.")
                           .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))));
}

// Each request below: the envelope, then what its *Ok becomes. The answer id lives in a shared
// cell set right after send() returns, which is before any reply can arrive (they come queued).
quint64 SupervisionAdmin::listQueueMembers() {
    cti::wire::Envelope env;
    env.mutable_list_queue_members();
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_queue_members_ok()) return unexpected(*id, r);
        emit queueMembersListed(*id, membersOf(r.list_queue_members_ok().members()));
    });
    return *id;
}

quint64 SupervisionAdmin::setQueueMember(const QueueMember& member, bool remove) {
    cti::wire::Envelope env;
    auto* m = env.mutable_set_queue_member();
    m->mutable_member()->set_agent_id(member.agentId);
    m->mutable_member()->set_queue(ss(member.queue));
    m->mutable_member()->set_level(member.level);
    m->set_remove(remove);
    auto id = std::make_shared<quint64>();
    // The reply names no agent when the last tier went: the request's agent is the one.
    *id = send(std::move(env), [this, id, agent = member.agentId](const cti::wire::Envelope& r) {
        if (!r.has_set_queue_member_ok()) return unexpected(*id, r);
        emit queueMemberSet(*id, agent, membersOf(r.set_queue_member_ok().members()));
    });
    return *id;
}

quint64 SupervisionAdmin::searchRecordings(const RecordingQuery& query) {
    cti::wire::Envelope env;
    auto* s = env.mutable_search_recordings();
    s->set_number(ss(query.number));
    s->set_agent_id(query.agentId);
    s->set_from_ms(query.fromMs);
    s->set_to_ms(query.toMs);
    s->set_order_no(ss(query.orderNo));
    s->set_limit(query.limit);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_search_recordings_ok()) return unexpected(*id, r);
        QList<RecordingInfo> out;
        for (const auto& w : r.search_recordings_ok().recordings()) out.append(fromWire(w));
        emit recordingsFound(*id, out);
    });
    return *id;
}

quint64 SupervisionAdmin::scoreRecording(qint64 recordingId, const QList<ScorePoints>& items, const QString& comment) {
    cti::wire::Envelope env;
    auto* s = env.mutable_score_recording();
    s->set_recording_id(recordingId);
    for (const auto& i : items) {
        auto* w = s->add_items();
        w->set_item(ss(i.item));
        w->set_points(i.points);
    }
    s->set_comment(ss(comment));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_score_recording_ok()) return unexpected(*id, r);
        emit recordingScored(*id, fromWire(r.score_recording_ok().recording()), qs(r.score_recording_ok().scored_by()));
    });
    return *id;
}

quint64 SupervisionAdmin::fetchRecordingAudio(qint64 callId) {
    cti::wire::Envelope env;
    auto* f = env.mutable_fetch_audio();
    f->set_kind("recording");
    f->set_id(callId);
    f->set_offset(0);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id, callId](const cti::wire::Envelope& r) {
        if (!r.has_fetch_audio_ok()) return unexpected(*id, r);
        const auto& ok = r.fetch_audio_ok();
        fetchChunk(*id, callId, ok.total_bytes(), QByteArray(ok.data().data(), static_cast<qsizetype>(ok.data().size())));
    });
    return *id;
}

// Asks for the rest until `total` bytes are in; the answer carries the first request's id.
void SupervisionAdmin::fetchChunk(quint64 answerId, qint64 callId, qint64 total, QByteArray sofar) {
    if (total < 0 || total > kMaxRecordingBytes) {
        emit requestFailed(answerId, ErrorCode::InvalidArgument,
                           officeText("The recording is %1 bytes, more than this desktop plays (%2).")
                               .arg(total)
                               .arg(kMaxRecordingBytes));
        return;
    }
    if (sofar.size() >= total) {
        sofar.truncate(total);
        emit recordingAudioFetched(answerId, sofar);
        return;
    }
    cti::wire::Envelope env;
    auto* f = env.mutable_fetch_audio();
    f->set_kind("recording");
    f->set_id(callId);
    f->set_offset(sofar.size());
    send(std::move(env),
         [this, answerId, callId, total, sofar = std::move(sofar)](const cti::wire::Envelope& r) mutable {
             if (!r.has_fetch_audio_ok()) return unexpected(answerId, r);
             const auto& ok = r.fetch_audio_ok();
             if (ok.data().empty() || ok.total_bytes() != total) {
                 // A file that changed or stopped growing under us: never loop on it.
                 emit requestFailed(answerId, ErrorCode::Internal,
                                    officeText("The recording changed while it was being fetched; try again."));
                 return;
             }
             sofar.append(ok.data().data(), static_cast<qsizetype>(ok.data().size()));
             fetchChunk(answerId, callId, total, std::move(sofar));
         },
         answerId);
}

}  // namespace cti::qt
