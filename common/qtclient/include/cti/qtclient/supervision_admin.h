#pragma once
// The supervisor's queue membership and recording review over a Connection (schema/PROTOCOL.md,
// "Reports, IVR flow editing, queue membership, recording review (protocol 1.6)"): an agent's
// tiers (agent.force), recordings searched, scored (call.supervise) and fetched for playback.
// Like Office it lives in the GUI thread and every request gets exactly one answer: its own
// signal, or requestFailed with the server's message.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <functional>

#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

// A tier: the agent takes calls from `queue` at `level` (1 is offered first, up to 99).
struct QueueMember {
    qint64 agentId = 0;
    QString queue;
    int level = 1;

    bool operator==(const QueueMember&) const = default;
};

struct RecordingQuery {
    QString number;       // digits the caller or callee contains; empty: any
    qint64 agentId = 0;   // 0: any agent
    qint64 fromMs = 0;    // Unix ms; 0: no lower bound
    qint64 toMs = 0;      // 0: now
    QString orderNo;      // the work order registered on the call
    int limit = 0;        // 1..500, 0: the server's 100

    bool operator==(const RecordingQuery&) const = default;
};

struct RecordingInfo {
    qint64 recordingId = 0;
    qint64 callId = 0;    // what playback asks for (FetchAudio kind "recording")
    QString caller;
    QString callee;
    QString agent;        // login, empty if no agent took the call
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QString orderNo;
    QString error;        // why the recording ended early, if it did
    int score = -1;       // the latest scoring's total, -1: not scored

    bool operator==(const RecordingInfo&) const = default;
};

// One line of a scoring: an item (greeting, accuracy, attitude, compliance, resolution) and its
// points (0..the item's maximum).
struct ScorePoints {
    QString item;
    int points = 0;

    bool operator==(const ScorePoints&) const = default;
};

class SupervisionAdmin : public QObject {
    Q_OBJECT
public:
    explicit SupervisionAdmin(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 listQueueMembers();
    // Adds or changes a tier (remove false), or removes it (the level is then ignored).
    quint64 setQueueMember(const cti::qt::QueueMember& member, bool remove);
    quint64 searchRecordings(const cti::qt::RecordingQuery& query);
    quint64 scoreRecording(qint64 recordingId, const QList<cti::qt::ScorePoints>& items, const QString& comment);
    // The call's recording (a stereo WAV), fetched in the server's chunks; answered once by
    // recordingAudioFetched.
    quint64 fetchRecordingAudio(qint64 callId);

    // The largest recording fetched: a stereo 8 kHz WAV of about 70 minutes. A longer one is
    // refused rather than held in memory on the word of a total_bytes the client did not check.
    static constexpr qint64 kMaxRecordingBytes = 128LL * 1024 * 1024;

signals:
    void queueMembersListed(quint64 requestId, const QList<cti::qt::QueueMember>& members);
    // `members`: the agent's tiers after the change (empty when the last one was removed).
    void queueMemberSet(quint64 requestId, qint64 agentId, const QList<cti::qt::QueueMember>& members);
    void recordingsFound(quint64 requestId, const QList<cti::qt::RecordingInfo>& recordings);
    void recordingScored(quint64 requestId, const cti::qt::RecordingInfo& recording, const QString& scoredBy);
    void recordingAudioFetched(quint64 requestId, const QByteArray& wav);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

private:
    using Handler = std::function<void(const cti::wire::Envelope&)>;
    // `answerId` is the id the caller sees (a chunked fetch answers under its first id).
    quint64 send(cti::wire::Envelope request, Handler handler, quint64 answerId = 0);
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);
    void fetchChunk(quint64 answerId, qint64 callId, qint64 total, QByteArray sofar);
    void unexpected(quint64 answerId, const cti::wire::Envelope& reply);

    Connection& connection_;
    struct Pending {
        quint64 answerId = 0;
        Handler handler;
    };
    QHash<quint64, Pending> pending_;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::QueueMember)
Q_DECLARE_METATYPE(cti::qt::RecordingInfo)
Q_DECLARE_METATYPE(cti::qt::RecordingQuery)
