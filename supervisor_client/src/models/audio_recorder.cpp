#include "models/audio_recorder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSource>
#include <QBuffer>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QTimer>
#include <QtEndian>

#include <utility>

namespace cti::supervisor {

QString recordingProblem(bool haveAudioInput) {
    if (!haveAudioInput)
        return QCoreApplication::translate("cti::supervisor::AudioRecorder",
                                           "No microphone is connected to this computer: connect a headset to "
                                           "record, or upload an audio file.");
    return {};
}

QByteArray wavFile(const QByteArray& samples, int sampleRate, int channels, int bitsPerSample, bool floatSamples) {
    const quint32 dataBytes = quint32(samples.size());
    const quint16 blockAlign = quint16(channels * bitsPerSample / 8);
    QByteArray wav;
    wav.reserve(44 + samples.size());
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(floatSamples ? 3 : 1);  // WAVE_FORMAT_IEEE_FLOAT or WAVE_FORMAT_PCM
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate) * blockAlign);
    u16(blockAlign);
    u16(quint16(bitsPerSample));
    wav.append("data");
    u32(dataBytes);
    wav.append(samples);
    return wav;
}

MediaAudioRecorder::MediaAudioRecorder(qint64 maxBytes, QObject* parent)
    : AudioRecorder(parent), maxBytes_(maxBytes), limit_(new QTimer(this)) {
    limit_->setSingleShot(true);
    connect(limit_, &QTimer::timeout, this, &MediaAudioRecorder::stop);
}

MediaAudioRecorder::~MediaAudioRecorder() {
    // The source writes into buffer_ from the backend: stop it before either goes.
    if (source_) source_->stop();
}

void MediaAudioRecorder::start() {
    if (source_) return;
    // Checked first: Qt 6.4's backends may crash rather than fail without a device.
    const auto inputs = QMediaDevices::audioInputs();
    if (const QString problem = recordingProblem(!inputs.isEmpty()); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioInput().isNull() ? inputs.first()
                                                                            : QMediaDevices::defaultAudioInput();
    QAudioFormat format;
    format.setSampleRate(8000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        // The device's own rate and channels; 16-bit when it has it. The server mixes to mono
        // and converts to 8 kHz.
        format = device.preferredFormat();
        QAudioFormat int16 = format;
        int16.setSampleFormat(QAudioFormat::Int16);
        if (device.isFormatSupported(int16)) format = int16;
    }
    switch (format.sampleFormat()) {
        case QAudioFormat::UInt8: bits_ = 8; float_ = false; break;
        case QAudioFormat::Int16: bits_ = 16; float_ = false; break;
        case QAudioFormat::Int32: bits_ = 32; float_ = false; break;
        case QAudioFormat::Float: bits_ = 32; float_ = true; break;
        default:
            emit failed(tr("The microphone offers no sample format this program can record."));
            return;
    }
    sampleRate_ = format.sampleRate();
    channels_ = format.channelCount();

    buffer_ = new QBuffer(this);
    buffer_->open(QIODevice::WriteOnly);
    source_ = new QAudioSource(device, format, this);
    connect(source_, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (!source_ || state != QAudio::StoppedState || source_->error() == QAudio::NoError) return;
        const QString why = source_->error() == QAudio::OpenError ? tr("the device could not be opened")
                                                                  : tr("the device stopped delivering sound");
        finish(false);
        emit failed(tr("Recording failed: %1.").arg(why));
    });
    source_->start(buffer_);
    if (source_->error() != QAudio::NoError) {
        finish(false);
        emit failed(tr("Recording failed: %1.").arg(tr("the device could not be opened")));
        return;
    }
    const qint64 bytesPerSecond = qint64(sampleRate_) * channels_ * bits_ / 8;
    limit_->start(int(qMax<qint64>(1, maxBytes_ * 1000 / qMax<qint64>(1, bytesPerSecond))));
    emit started();
}

void MediaAudioRecorder::stop() { finish(true); }

void MediaAudioRecorder::finish(bool deliver) {
    if (!source_) return;
    limit_->stop();
    QAudioSource* source = std::exchange(source_, nullptr);
    source->stop();
    source->deleteLater();
    QByteArray samples = buffer_->data();
    buffer_->deleteLater();
    buffer_ = nullptr;
    // Whole frames only, and never past the limit (the timer is not exact).
    const int frame = channels_ * bits_ / 8;
    qint64 keep = qMin<qint64>(samples.size(), maxBytes_);
    if (frame > 0) keep -= keep % frame;
    samples.truncate(int(keep));
    if (deliver) emit finished(wavFile(samples, sampleRate_, channels_, bits_, float_));
}

}  // namespace cti::supervisor
