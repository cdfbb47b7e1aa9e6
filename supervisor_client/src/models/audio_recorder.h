#pragma once
// Recording from the microphone into a WAV held in memory (the prompts panel's Record button),
// behind a small interface like cti::qt::AudioPlayer: a panel needs "start", "stop" and the
// WAV, and tests put a fake behind it because a test machine (or a supervisor's PC) may have no
// microphone. MediaAudioRecorder is the real one (Qt Multimedia's QAudioSource).
#include <QByteArray>
#include <QObject>
#include <QString>

class QAudioSource;
class QBuffer;
class QTimer;

namespace cti::supervisor {

class AudioRecorder : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Reports come as signals, possibly before start() returns: started, or failed.
    virtual void start() = 0;
    // Ends a recording: finished with the WAV (also when the length limit ends it first).
    virtual void stop() = 0;
    virtual bool recording() const = 0;

signals:
    void started();
    void finished(const QByteArray& wav);
    void failed(const QString& message);
};

// Why this computer cannot record at all, or an empty string.
QString recordingProblem(bool haveAudioInput);

// A RIFF/WAVE file around raw little-endian samples: PCM (8, 16, 24 or 32 bits) or IEEE float
// (32 bits), interleaved when there are several channels.
QByteArray wavFile(const QByteArray& samples, int sampleRate, int channels, int bitsPerSample = 16,
                   bool floatSamples = false);

// QAudioSource on the default microphone, 8 kHz mono 16-bit (what the server stores), or the
// device's own format when it cannot give that: the server converts any WAV. A recording stops
// by itself at `maxBytes` of samples, so that the upload fits in one frame of the protocol
// (1 MiB by default: a minute at 8 kHz).
class MediaAudioRecorder : public AudioRecorder {
    Q_OBJECT
public:
    explicit MediaAudioRecorder(qint64 maxBytes = 1'000'000, QObject* parent = nullptr);
    ~MediaAudioRecorder() override;

    void start() override;
    void stop() override;
    bool recording() const override { return source_ != nullptr; }

private:
    void finish(bool deliver);

    qint64 maxBytes_;
    QAudioSource* source_ = nullptr;  // made per recording: the microphone may change between two
    QBuffer* buffer_ = nullptr;
    QTimer* limit_ = nullptr;
    int sampleRate_ = 0;
    int channels_ = 0;
    int bits_ = 0;
    bool float_ = false;
};

}  // namespace cti::supervisor
