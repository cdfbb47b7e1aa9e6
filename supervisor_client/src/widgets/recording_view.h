#pragma once
// The recording review window (录音质检) of the supervisor desktop: search the recordings (a
// number, an agent of the wall, a time range, a work order), play one (its WAV fetched in the
// server's chunks, played with Qt Multimedia; a machine that cannot play says why), and score it
// (a spin box per item up to its maximum, a comment; the new total shows in the table). Layout and
// wiring only: the rows are RecordingModel, the form's rules score_form.h; requests go through a
// SupervisionAdmin this window alone uses, so every answer it hears is its own.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QWidget>

#include "cti/qtclient/supervision_admin.h"

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace cti::qt {
class AudioPlayer;
}

namespace cti::supervisor {

class RecordingModel;

class RecordingView : public QWidget {
    Q_OBJECT
public:
    explicit RecordingView(cti::qt::SupervisionAdmin& admin, QWidget* parent = nullptr);

    RecordingModel& model() const { return *model_; }
    QString statusText() const;
    QString playbackText() const;
    // The WAV of the last recording fetched for playback (empty before).
    const QByteArray& lastAudio() const { return audio_; }

    // The agents the search offers: user id and how the wall names them.
    void setAgents(const QList<QPair<qint64, QString>>& agents);
    // The search the fields describe.
    cti::qt::RecordingQuery currentQuery() const;
    // The scoring the form describes: the items given points ("—" items are left out).
    QList<cti::qt::ScorePoints> currentScore() const;

    // What the buttons do.
    void search();
    void play();
    void stop();
    void saveScore();
    // Scores the selected recording, after the form's check: a refused scoring is never sent.
    void submitScore(const QList<cti::qt::ScorePoints>& items, const QString& comment);
    // Chooses a row of the table (-1: none).
    void selectRow(int row);

private:
    void wireAdmin();
    void setStatus(const QString& text);
    void setPlayback(const QString& text);
    void showSelected();
    void refreshTotal();
    void updateButtons();
    int selectedRow() const;

    cti::qt::SupervisionAdmin& admin_;
    RecordingModel* model_;
    cti::qt::AudioPlayer* player_;
    QLineEdit* number_;
    QComboBox* agent_;
    QDateTimeEdit* from_;
    QDateTimeEdit* to_;
    QLineEdit* orderNo_;
    QPushButton* search_;
    QTableView* table_;
    QPushButton* play_;
    QPushButton* stop_;
    QLabel* playback_;
    QList<QSpinBox*> points_;  // one per scoreItems(), in their order
    QLabel* total_;
    QPlainTextEdit* comment_;
    QPushButton* saveScore_;
    QLabel* status_;

    quint64 searchRequest_ = 0;  // only the newest search's answer is shown
    quint64 audioRequest_ = 0;   // the fetch Play started; 0 after Stop
    QByteArray audio_;
};

}  // namespace cti::supervisor
