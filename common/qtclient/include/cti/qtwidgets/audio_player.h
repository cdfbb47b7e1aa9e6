#pragma once
// Playing a WAV held in memory, behind a small interface (both desktops: the agent's voicemail,
// the supervisor's recording review): a panel needs "play these bytes" and four reports, and tests put a fake behind it because a test machine (or an agent's
// PC) may have no sound card or no media components. MediaAudioPlayer is the real one.
#include <QByteArray>
#include <QObject>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;

namespace cti::qt {

class AudioPlayer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Replaces whatever plays. Reports come as signals, possibly before play() returns.
    virtual void play(const QByteArray& wav) = 0;
    virtual void stop() = 0;

signals:
    void started();
    void positionChanged(qint64 positionMs, qint64 durationMs);  // durationMs 0: not known yet
    void finished();
    void failed(const QString& message);
};

// Why this computer cannot play audio at all, or an empty string. Qt 6.4's media backends crash
// rather than fail when these are missing (GStreamer without its plugins in QMediaPlayer's
// constructor, FFmpeg writing to an absent sound card), so they are checked first.
QString playbackProblem(bool haveAudioOutput, bool haveDecoders);

// QMediaPlayer + QAudioOutput reading from a QBuffer (setSourceDevice). The player is created on
// the first play that the machine can serve, so an agent who never listens loads no backend.
class MediaAudioPlayer : public AudioPlayer {
    Q_OBJECT
public:
    explicit MediaAudioPlayer(QObject* parent = nullptr);
    ~MediaAudioPlayer() override;

    void play(const QByteArray& wav) override;
    void stop() override;

private:
    void ensurePlayer();

    QMediaPlayer* player_ = nullptr;
    QAudioOutput* audio_ = nullptr;
    QBuffer* buffer_ = nullptr;  // what the player reads; replaced only after the source changes
};

}  // namespace cti::qt
