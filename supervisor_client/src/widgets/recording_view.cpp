#include "widgets/recording_view.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "models/recording_model.h"
#include "models/score_form.h"
#include "cti/qtwidgets/audio_player.h"

namespace cti::supervisor {

namespace {
constexpr int kNotScored = -1;  // a spin box's "—": the item is left out of the scoring
}  // namespace

RecordingView::RecordingView(cti::qt::SupervisionAdmin& admin, QWidget* parent)
    : QWidget(parent), admin_(admin), model_(new RecordingModel(this)), player_(new cti::qt::MediaAudioPlayer(this)),
      number_(new QLineEdit), agent_(new QComboBox), from_(new QDateTimeEdit), to_(new QDateTimeEdit),
      orderNo_(new QLineEdit), search_(new QPushButton(tr("Search"))), table_(new QTableView),
      play_(new QPushButton(tr("Play"))), stop_(new QPushButton(tr("Stop"))), playback_(new QLabel),
      total_(new QLabel), comment_(new QPlainTextEdit), saveScore_(new QPushButton(tr("Save score"))),
      status_(new QLabel) {
    setObjectName(QStringLiteral("recordingView"));
    setWindowTitle(tr("Recordings"));
    number_->setObjectName(QStringLiteral("recordingNumberEdit"));
    agent_->setObjectName(QStringLiteral("recordingAgentCombo"));
    from_->setObjectName(QStringLiteral("recordingFromEdit"));
    to_->setObjectName(QStringLiteral("recordingToEdit"));
    orderNo_->setObjectName(QStringLiteral("recordingOrderEdit"));
    search_->setObjectName(QStringLiteral("recordingSearchButton"));
    table_->setObjectName(QStringLiteral("recordingTable"));
    play_->setObjectName(QStringLiteral("recordingPlayButton"));
    stop_->setObjectName(QStringLiteral("recordingStopButton"));
    playback_->setObjectName(QStringLiteral("recordingPlayback"));
    total_->setObjectName(QStringLiteral("scoreTotal"));
    comment_->setObjectName(QStringLiteral("scoreComment"));
    saveScore_->setObjectName(QStringLiteral("saveScoreButton"));
    status_->setObjectName(QStringLiteral("recordingStatus"));

    number_->setPlaceholderText(tr("Digits of the caller or callee"));
    orderNo_->setPlaceholderText(tr("Work order number"));
    agent_->addItem(tr("All agents"), qint64{0});
    for (QDateTimeEdit* e : {from_, to_}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    // The last week up to the end of today: recent calls are the ones reviewed.
    const QDate today = QDate::currentDate();
    from_->setDateTime(today.addDays(-7).startOfDay());
    to_->setDateTime(today.addDays(1).startOfDay());

    auto* filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Number")), 0, 0);
    filters->addWidget(number_, 0, 1);
    filters->addWidget(new QLabel(tr("Agent")), 0, 2);
    filters->addWidget(agent_, 0, 3);
    filters->addWidget(new QLabel(tr("Work order")), 0, 4);
    filters->addWidget(orderNo_, 0, 5);
    filters->addWidget(new QLabel(tr("From")), 1, 0);
    filters->addWidget(from_, 1, 1);
    filters->addWidget(new QLabel(tr("To")), 1, 2);
    filters->addWidget(to_, 1, 3);
    filters->addWidget(search_, 1, 5);

    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* playRow = new QHBoxLayout;
    playRow->addWidget(play_);
    playRow->addWidget(stop_);
    playRow->addWidget(playback_, 1);
    playback_->setWordWrap(true);

    auto* form = new QGroupBox(tr("Quality score"));
    auto* items = new QFormLayout;
    for (const auto& spec : scoreItems()) {
        auto* spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("score_") + spec.id);
        spin->setRange(kNotScored, spec.maxPoints);
        spin->setSpecialValueText(tr("—"));
        spin->setSuffix(tr(" / %1").arg(spec.maxPoints));
        spin->setValue(kNotScored);
        connect(spin, &QSpinBox::valueChanged, this, &RecordingView::refreshTotal);
        items->addRow(scoreItemTitle(spec.id), spin);
        points_ << spin;
    }
    comment_->setPlaceholderText(tr("Comment (up to %1 characters)").arg(kMaxScoreComment));
    comment_->setMaximumHeight(80);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addLayout(items);
    formLayout->addWidget(total_);
    formLayout->addWidget(comment_);
    formLayout->addWidget(saveScore_);
    formLayout->addStretch(1);

    auto* left = new QVBoxLayout;
    left->addWidget(table_, 1);
    left->addLayout(playRow);
    auto* middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addWidget(form, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(middle, 1);
    layout->addWidget(status_);
    status_->setWordWrap(true);

    connect(search_, &QPushButton::clicked, this, &RecordingView::search);
    connect(number_, &QLineEdit::returnPressed, this, &RecordingView::search);
    connect(orderNo_, &QLineEdit::returnPressed, this, &RecordingView::search);
    connect(play_, &QPushButton::clicked, this, &RecordingView::play);
    connect(stop_, &QPushButton::clicked, this, &RecordingView::stop);
    connect(saveScore_, &QPushButton::clicked, this, &RecordingView::saveScore);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordingView::showSelected);
    connect(model_, &QAbstractItemModel::modelReset, this, &RecordingView::showSelected);
    connect(player_, &cti::qt::AudioPlayer::started, this, [this] { setPlayback(tr("Playing.")); });
    connect(player_, &cti::qt::AudioPlayer::finished, this, [this] { setPlayback(tr("Finished.")); });
    connect(player_, &cti::qt::AudioPlayer::failed, this, &RecordingView::setPlayback);
    connect(player_, &cti::qt::AudioPlayer::positionChanged, this, [this](qint64 at, qint64 length) {
        setPlayback(tr("Playing %1 / %2").arg(formatRecordingLength(at), formatRecordingLength(length)));
    });
    wireAdmin();
    refreshTotal();
    showSelected();
    resize(1100, 640);
}

void RecordingView::wireAdmin() {
    connect(&admin_, &cti::qt::SupervisionAdmin::recordingsFound, this,
            [this](quint64 id, const QList<cti::qt::RecordingInfo>& found) {
                if (id != searchRequest_) return;  // an older search
                searchRequest_ = 0;
                model_->setRecordings(found);
                setStatus(found.isEmpty() ? tr("No recording matches.") : tr("Recordings found: %1").arg(found.size()));
            });
    connect(&admin_, &cti::qt::SupervisionAdmin::recordingScored, this,
            [this](quint64, const cti::qt::RecordingInfo& r, const QString& by) {
                model_->applyScored(r);
                setStatus(tr("Score saved by %1: %2 points.").arg(by).arg(r.score));
            });
    connect(&admin_, &cti::qt::SupervisionAdmin::recordingAudioFetched, this, [this](quint64 id, const QByteArray& wav) {
        if (id != audioRequest_) return;  // stopped meanwhile
        audioRequest_ = 0;
        audio_ = wav;
        setPlayback(tr("Starting playback…"));
        player_->play(wav);
    });
    connect(&admin_, &cti::qt::SupervisionAdmin::requestFailed, this,
            [this](quint64 id, cti::qt::ErrorCode, const QString& message) {
                if (id == audioRequest_) {
                    audioRequest_ = 0;
                    return setPlayback(message);
                }
                if (id == searchRequest_) searchRequest_ = 0;
                setStatus(message);
            });
}

QString RecordingView::statusText() const { return status_->text(); }
QString RecordingView::playbackText() const { return playback_->text(); }

void RecordingView::setAgents(const QList<QPair<qint64, QString>>& agents) {
    const qint64 chosen = agent_->currentData().toLongLong();
    const QSignalBlocker quiet(agent_);
    while (agent_->count() > 1) agent_->removeItem(1);
    for (const auto& [id, name] : agents) agent_->addItem(name, id);
    agent_->setCurrentIndex(std::max(0, agent_->findData(chosen)));
}

cti::qt::RecordingQuery RecordingView::currentQuery() const {
    cti::qt::RecordingQuery q;
    q.number = number_->text().trimmed();
    q.agentId = agent_->currentData().toLongLong();
    q.fromMs = from_->dateTime().toMSecsSinceEpoch();
    q.toMs = to_->dateTime().toMSecsSinceEpoch();
    q.orderNo = orderNo_->text().trimmed();
    return q;
}

QList<cti::qt::ScorePoints> RecordingView::currentScore() const {
    QList<cti::qt::ScorePoints> out;
    for (qsizetype i = 0; i < points_.size(); ++i)
        if (points_[i]->value() != kNotScored) out.append({scoreItems().at(i).id, points_[i]->value()});
    return out;
}

void RecordingView::search() {
    const auto query = currentQuery();
    if (const QString problem = recordingSearchProblem(query); !problem.isEmpty()) return setStatus(problem);
    searchRequest_ = admin_.searchRecordings(query);
    setStatus(tr("Searching…"));
}

void RecordingView::play() {
    const int row = selectedRow();
    if (row < 0) return setPlayback(tr("Choose a recording first."));
    player_->stop();
    audioRequest_ = admin_.fetchRecordingAudio(model_->recordingAt(row).callId);
    setPlayback(tr("Fetching the recording…"));
}

void RecordingView::stop() {
    audioRequest_ = 0;
    player_->stop();
    setPlayback(tr("Stopped."));
}

void RecordingView::saveScore() { submitScore(currentScore(), comment_->toPlainText()); }

void RecordingView::submitScore(const QList<cti::qt::ScorePoints>& items, const QString& comment) {
    const int row = selectedRow();
    if (row < 0) return setStatus(tr("Choose a recording first."));
    if (const QString problem = scoreProblem(items, comment); !problem.isEmpty()) return setStatus(problem);
    admin_.scoreRecording(model_->recordingAt(row).recordingId, items, comment);
    setStatus(tr("Saving the score…"));
}

void RecordingView::selectRow(int row) {
    if (row < 0 || row >= model_->rowCount()) return table_->selectionModel()->clear();
    table_->selectionModel()->setCurrentIndex(model_->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int RecordingView::selectedRow() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() && table_->selectionModel()->isRowSelected(current.row()) ? current.row() : -1;
}

void RecordingView::showSelected() {
    // Each recording starts from an empty form: the server keeps the earlier scorings.
    for (QSpinBox* s : points_) s->setValue(kNotScored);
    comment_->clear();
    updateButtons();
}

void RecordingView::refreshTotal() {
    int most = 0;
    for (const auto& spec : scoreItems()) most += spec.maxPoints;
    total_->setText(tr("Total: %1 / %2").arg(scoreTotal(currentScore())).arg(most));
    updateButtons();
}

void RecordingView::updateButtons() {
    const bool chosen = selectedRow() >= 0;
    play_->setEnabled(chosen);
    saveScore_->setEnabled(chosen && !currentScore().isEmpty());
}

void RecordingView::setStatus(const QString& text) { status_->setText(text); }
void RecordingView::setPlayback(const QString& text) { playback_->setText(text); }

}  // namespace cti::supervisor
