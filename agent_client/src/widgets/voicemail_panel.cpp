#include "widgets/voicemail_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/softphone_model.h"  // formatDuration
#include "models/voicemail_model.h"
#include "cti/qtwidgets/audio_player.h"

namespace cti::agent {

VoicemailPanel::VoicemailPanel(VoicemailModel& model, QWidget* parent, cti::qt::AudioPlayer* player)
    : QWidget(parent), model_(model), player_(player ? player : new cti::qt::MediaAudioPlayer(this)),
      table_(new QTableView(this)), refresh_(new QPushButton(tr("Refresh"), this)),
      play_(new QPushButton(tr("Play"), this)), stop_(new QPushButton(tr("Stop"), this)), position_(new QLabel(this)),
      status_(new QLabel(this)) {
    if (!player_->parent()) player_->setParent(this);
    setObjectName(QStringLiteral("voicemailPanel"));
    player_->setObjectName(QStringLiteral("voicemailPlayer"));
    table_->setObjectName(QStringLiteral("voicemailTable"));
    refresh_->setObjectName(QStringLiteral("voicemailRefresh"));
    play_->setObjectName(QStringLiteral("voicemailPlay"));
    stop_->setObjectName(QStringLiteral("voicemailStop"));
    position_->setObjectName(QStringLiteral("voicemailPosition"));
    status_->setObjectName(QStringLiteral("voicemailStatus"));

    table_->setModel(&model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh_);
    buttons->addWidget(play_);
    buttons->addWidget(stop_);
    buttons->addWidget(position_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(refresh_, &QPushButton::clicked, this, &VoicemailPanel::refreshRequested);
    connect(play_, &QPushButton::clicked, this, &VoicemailPanel::requestPlay);
    connect(table_, &QAbstractItemView::doubleClicked, this, &VoicemailPanel::requestPlay);
    connect(stop_, &QPushButton::clicked, this, &VoicemailPanel::stop);
    connect(table_->selectionModel(), &QItemSelectionModel::currentChanged, this, &VoicemailPanel::updateButtons);
    connect(&model_, &QAbstractItemModel::modelReset, this, &VoicemailPanel::updateButtons);
    connect(player_, &cti::qt::AudioPlayer::started, this, &VoicemailPanel::started);
    connect(player_, &cti::qt::AudioPlayer::positionChanged, this, &VoicemailPanel::showPosition);
    connect(player_, &cti::qt::AudioPlayer::finished, this, &VoicemailPanel::finished);
    connect(player_, &cti::qt::AudioPlayer::failed, this, &VoicemailPanel::failed);
    updateButtons();
}

void VoicemailPanel::requestPlay() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid()) return;
    setStatus(tr("Fetching the recording…"), false);
    emit playRequested(current.data(VoicemailModel::VoicemailIdRole).toLongLong());
}

void VoicemailPanel::play(qint64 voicemailId, const QByteArray& wav) {
    stop();
    // A broken download never reaches the media backend.
    if (const QString problem = wavProblem(wav); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    playingId_ = voicemailId;
    markPending_ = true;
    setPlaying(true);
    setStatus(tr("Playing…"), false);
    player_->play(wav);  // may report failed() at once
}

void VoicemailPanel::stop() {
    markPending_ = false;
    if (playing_) player_->stop();
    setPlaying(false);
}

void VoicemailPanel::showError(const QString& message) { setStatus(message, true); }

void VoicemailPanel::started() {
    if (!markPending_) return;
    markPending_ = false;
    // Only an unheard message is reported: hearing it again must not move "heard by" to me.
    if (const auto v = model_.find(playingId_); v && !v->heard()) emit markHeardRequested(playingId_);
}

void VoicemailPanel::showPosition(qint64 positionMs, qint64 durationMs) {
    if (!playing_) return;
    if (durationMs <= 0)
        if (const auto v = model_.find(playingId_)) durationMs = v->durationMs;
    position_->setText(tr("%1 / %2").arg(formatDuration(positionMs), formatDuration(durationMs)));
}

void VoicemailPanel::finished() {
    setPlaying(false);
    setStatus(tr("Finished."), false);
}

void VoicemailPanel::failed(const QString& message) {
    markPending_ = false;
    setPlaying(false);
    setStatus(tr("The voicemail cannot be played: %1").arg(message), true);
}

void VoicemailPanel::setPlaying(bool playing) {
    playing_ = playing;
    if (!playing) position_->clear();
    updateButtons();
}

void VoicemailPanel::updateButtons() {
    play_->setEnabled(table_->currentIndex().isValid());
    stop_->setEnabled(playing_);
}

void VoicemailPanel::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

}  // namespace cti::agent
