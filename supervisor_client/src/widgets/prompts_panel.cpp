#include "widgets/prompts_panel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/audio_recorder.h"
#include "models/prompt_library.h"
#include "models/prompts_model.h"

namespace cti::supervisor {

PromptsPanel::PromptsPanel(cti::qt::Connection& connection, QWidget* parent)
    : QWidget(parent), library_(new PromptLibrary(connection, this)), table_(new QTableView), id_(new QLineEdit),
      language_(new QComboBox), upload_(new QPushButton(tr("&Upload file…"))), record_(new QPushButton(tr("&Record"))),
      remove_(new QPushButton(tr("Re&move"))), refresh_(new QPushButton(tr("Re&fresh"))), status_(new QLabel) {
    setObjectName(QStringLiteral("promptsPanel"));
    setWindowTitle(tr("Prompts"));
    table_->setObjectName(QStringLiteral("promptTable"));
    table_->setModel(&library_->model());
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);

    id_->setObjectName(QStringLiteral("promptIdEdit"));
    id_->setPlaceholderText(tr("category/name, e.g. ivr/welcome"));
    language_->setObjectName(QStringLiteral("promptLanguageCombo"));
    for (const auto& code : promptLanguages()) language_->addItem(PromptsModel::languageTitle(code), code);
    upload_->setObjectName(QStringLiteral("uploadPromptButton"));
    upload_->setToolTip(tr("Store an audio file (WAV, FLAC, OGG…; up to 10 MB) as this prompt"));
    record_->setObjectName(QStringLiteral("recordPromptButton"));
    record_->setToolTip(tr("Record this prompt from the microphone (up to a minute)"));
    remove_->setObjectName(QStringLiteral("removePromptButton"));
    refresh_->setObjectName(QStringLiteral("refreshPromptsButton"));
    status_->setObjectName(QStringLiteral("promptsStatus"));
    status_->setWordWrap(true);

    auto* target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("Prompt:")));
    target->addWidget(id_, 1);
    target->addWidget(new QLabel(tr("Language:")));
    target->addWidget(language_);
    target->addWidget(upload_);
    target->addWidget(record_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(remove_);
    buttons->addStretch(1);
    buttons->addWidget(refresh_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);
    layout->addLayout(target);
    layout->addWidget(status_);

    connect(upload_, &QPushButton::clicked, this, &PromptsPanel::askUploadFile);
    connect(record_, &QPushButton::clicked, this, [this] {
        if (recorder_ && recorder_->recording()) stopRecording();
        else startRecording();
    });
    connect(remove_, &QPushButton::clicked, this, &PromptsPanel::removeSelected);
    connect(refresh_, &QPushButton::clicked, this, &PromptsPanel::refresh);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { chooseRow(current.row()); });
    connect(&library_->model(), &QAbstractItemModel::modelReset, this, &PromptsPanel::updateButtons);
    connect(library_, &PromptLibrary::infoChanged, this, &PromptsPanel::updateButtons);
    connect(library_, &PromptLibrary::statusChanged, status_, &QLabel::setText);
    setRecorder(new MediaAudioRecorder);
    updateButtons();
}

PromptsModel& PromptsPanel::model() const { return library_->model(); }

QString PromptsPanel::statusText() const { return status_->text(); }

QString PromptsPanel::promptId() const { return id_->text().trimmed(); }

QString PromptsPanel::language() const { return language_->currentData().toString(); }

void PromptsPanel::setRecorder(AudioRecorder* recorder) {
    if (recorder_ && recorder_->recording()) recorder_->stop();
    delete recorder_;
    recorder_ = recorder;
    recorder_->setParent(this);
    connect(recorder_, &AudioRecorder::started, this, [this] {
        record_->setText(tr("&Stop recording"));
        library_->setStatus(tr("Recording… speak now, then click Stop recording."));
        updateButtons();
    });
    connect(recorder_, &AudioRecorder::finished, this, [this](const QByteArray& wav) {
        record_->setText(tr("&Record"));
        updateButtons();
        library_->uploadRecording(wav);
    });
    connect(recorder_, &AudioRecorder::failed, this, [this](const QString& message) {
        record_->setText(tr("&Record"));
        updateButtons();
        library_->setStatus(message);
    });
}

void PromptsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // Fetched when the section is opened: prompts change rarely, and never while nobody looks.
    if (!library_->loaded()) refresh();
}

void PromptsPanel::refresh() { library_->refresh(); }

void PromptsPanel::uploadFile(const QString& path) { library_->uploadFile(promptId(), language(), path); }

void PromptsPanel::startRecording() {
    if (library_->beginRecording(promptId(), language())) recorder_->start();
}

void PromptsPanel::stopRecording() { recorder_->stop(); }

void PromptsPanel::removeSelected() {
    const QModelIndex current = table_->currentIndex();
    // No confirmation: the server regenerates a generated prompt at start; an uploaded one is
    // uploaded again from its file.
    if (current.isValid()) library_->remove(current.row());
}

void PromptsPanel::chooseRow(int row) {
    if (row >= 0 && row < library_->model().rowCount()) {
        const auto& r = library_->model().recordAt(row);
        id_->setText(r.value(QStringLiteral("id")));
        if (const int i = language_->findData(r.value(QStringLiteral("lang"))); i >= 0) language_->setCurrentIndex(i);
    }
    updateButtons();
}

void PromptsPanel::updateButtons() {
    // Uploads are not the table's edits (the server lists prompts with may_edit and may_add
    // off: UploadPrompt replaces them), and reading the table already takes prompt.edit, so
    // they stay offered; the server refuses what is not allowed. Removal follows the table.
    const bool recording = recorder_ && recorder_->recording();
    upload_->setEnabled(!recording);
    remove_->setEnabled(!recording && table_->currentIndex().isValid() &&
                        (!library_->loaded() || library_->info().mayRemove));
}

void PromptsPanel::askUploadFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload a prompt"), QString(),
                                                      tr("Audio files (*.wav *.flac *.ogg *.oga *.aiff *.au);;All files (*)"));
    if (!path.isEmpty()) uploadFile(path);
}

}  // namespace cti::supervisor
