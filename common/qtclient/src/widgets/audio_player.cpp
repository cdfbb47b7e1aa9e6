#include "cti/qtwidgets/audio_player.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBuffer>
#include <QCoreApplication>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaPlayer>
#include <QUrl>

namespace cti::qt {

QString playbackProblem(bool haveAudioOutput, bool haveDecoders) {
    if (!haveDecoders)
        return QCoreApplication::translate("cti::qt::AudioPlayer",
                                           "This computer lacks the components to play audio (GStreamer or FFmpeg "
                                           "plugins).");
    if (!haveAudioOutput)
        return QCoreApplication::translate("cti::qt::AudioPlayer",
                                           "No loudspeaker or headset is connected to this computer.");
    return {};
}

MediaAudioPlayer::MediaAudioPlayer(QObject* parent) : AudioPlayer(parent) {}

MediaAudioPlayer::~MediaAudioPlayer() {
    // The backend may read buffer_ from its own thread: stop it before either goes.
    if (player_) player_->stop();
}

void MediaAudioPlayer::ensurePlayer() {
    if (player_) return;
    player_ = new QMediaPlayer(this);
    audio_ = new QAudioOutput(this);
    player_->setAudioOutput(audio_);
    connect(player_, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::PlayingState) emit started();
    });
    connect(player_, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia) emit finished();
        // Some backends only say InvalidMedia, without errorOccurred.
        if (status == QMediaPlayer::InvalidMedia)
            emit failed(player_->errorString().isEmpty() ? tr("The audio cannot be played.") : player_->errorString());
    });
    connect(player_, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        emit failed(text.isEmpty() ? tr("The audio cannot be played.") : text);
    });
    const auto position = [this] { emit positionChanged(player_->position(), player_->duration()); };
    connect(player_, &QMediaPlayer::positionChanged, this, position);
    connect(player_, &QMediaPlayer::durationChanged, this, position);
}

void MediaAudioPlayer::play(const QByteArray& wav) {
    // Decoders do not come and go while the desktop runs; sound cards do (a headset plugged in).
    static const bool haveDecoders = !QMediaFormat().supportedFileFormats(QMediaFormat::Decode).isEmpty();
    if (const QString problem = playbackProblem(!QMediaDevices::audioOutputs().isEmpty(), haveDecoders);
        !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    ensurePlayer();
    player_->stop();
    player_->setSourceDevice(nullptr);
    if (buffer_) buffer_->deleteLater();
    buffer_ = new QBuffer(this);
    buffer_->setData(wav);
    buffer_->open(QIODevice::ReadOnly);
    // The URL only names the format for the backend; nothing is read from it.
    player_->setSourceDevice(buffer_, QUrl(QStringLiteral("voicemail.wav")));
    player_->play();
}

void MediaAudioPlayer::stop() {
    if (player_) player_->stop();
}

}  // namespace cti::qt
