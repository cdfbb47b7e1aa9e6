#pragma once
// Voicemail (语音留言): VoicemailModel's table, Refresh, Play/Stop and the playback position.
// It fetches nothing itself: Play asks for the audio (playRequested), main() answers with the
// WAV through play(); once the recording really plays, an unheard one is reported heard
// (markHeardRequested). A missing sound card or a broken file shows a message, never crashes.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cti::qt {
class AudioPlayer;
}

namespace cti::agent {

class VoicemailModel;

class VoicemailPanel : public QWidget {
    Q_OBJECT
public:
    // player: what plays the audio; null means a MediaAudioPlayer (tests pass a fake). A player
    // without a parent becomes the panel's child.
    explicit VoicemailPanel(VoicemailModel& model, QWidget* parent = nullptr, cti::qt::AudioPlayer* player = nullptr);

    qint64 playingId() const { return playingId_; }

public slots:
    // Plays `wav` (the whole file, as Office::audioFetched delivers it) for that voicemail.
    void play(qint64 voicemailId, const QByteArray& wav);
    void stop();
    void showError(const QString& message);

signals:
    void refreshRequested();
    void playRequested(qint64 voicemailId);
    void markHeardRequested(qint64 voicemailId);

private:
    void requestPlay();
    void started();
    void showPosition(qint64 positionMs, qint64 durationMs);
    void finished();
    void failed(const QString& message);
    void setPlaying(bool playing);
    void updateButtons();
    void setStatus(const QString& text, bool error);

    VoicemailModel& model_;
    cti::qt::AudioPlayer* player_;
    QTableView* table_;
    QPushButton* refresh_;
    QPushButton* play_;
    QPushButton* stop_;
    QLabel* position_;
    QLabel* status_;
    qint64 playingId_ = 0;
    bool playing_ = false;
    bool markPending_ = false;  // heard is reported once per play, when playback really starts
};

}  // namespace cti::agent
