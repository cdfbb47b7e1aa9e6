#include "models/prompt_library.h"

#include <QFile>
#include <QFileInfo>

#include "models/prompts_model.h"

namespace cti::supervisor {

namespace {
const QString kTable = QStringLiteral("prompts");
}  // namespace

PromptLibrary::PromptLibrary(cti::qt::Connection& connection, QObject* parent)
    : QObject(parent), tables_(connection), prompts_(connection), model_(new PromptsModel(this)) {
    wire();
}

void PromptLibrary::wire() {
    using T = cti::qt::AdminTables;
    connect(&tables_, &T::listed, this, [this](quint64 id, const cti::qt::AdminTable& table) {
        if (id != listId_) return;  // an older list
        listId_ = 0;
        loaded_ = true;
        info_ = table.info;
        model_->setRecords(table.records);
        emit infoChanged();
    });
    connect(&tables_, &T::removed, this, [this](quint64 id, const QString&, const cti::qt::AdminRecord&) {
        const auto it = removals_.find(id);
        if (it == removals_.end()) return;
        const auto [prompt, language] = *it;
        removals_.erase(it);
        setStatus(tr("Prompt %1 (%2) removed.").arg(prompt, PromptsModel::languageTitle(language)));
        emit removed(prompt, language);
        refresh();
    });
    // The server's refusal says what to do (not audio, too long, no prompt.edit...).
    connect(&tables_, &T::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& message) {
        if (id == listId_) listId_ = 0;
        else if (!removals_.remove(id)) return;
        setStatus(message);
    });
    connect(&prompts_, &cti::qt::Prompts::uploaded, this, [this](quint64 id, const QString&, double seconds) {
        const auto it = uploads_.find(id);
        if (it == uploads_.end()) return;
        const auto [prompt, language] = *it;
        uploads_.erase(it);
        setStatus(tr("Prompt %1 (%2) stored: %3 seconds.")
                      .arg(prompt, PromptsModel::languageTitle(language), QString::number(seconds, 'f', 1)));
        emit uploaded(prompt, language, seconds);
        refresh();
    });
    connect(&prompts_, &cti::qt::Prompts::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& message) {
        if (!uploads_.remove(id)) return;
        setStatus(message);
    });
}

void PromptLibrary::setStatus(const QString& text) {
    status_ = text;
    emit statusChanged(text);
}

void PromptLibrary::refresh() { listId_ = tables_.list(kTable); }

bool PromptLibrary::checkId(const QString& id) {
    const QString problem = promptIdProblem(id);
    if (!problem.isEmpty()) setStatus(problem);
    return problem.isEmpty();
}

bool PromptLibrary::upload(const QString& id, const QString& language, const QByteArray& audio) {
    if (!checkId(id)) return false;
    if (audio.isEmpty()) {
        setStatus(tr("There is no audio to upload: the file or the recording is empty."));
        return false;
    }
    uploads_.insert(prompts_.upload(id, language, audio), {id, language});
    setStatus(tr("Uploading %1…").arg(id));
    return true;
}

bool PromptLibrary::uploadFile(const QString& id, const QString& language, const QString& path) {
    if (!checkId(id)) return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    // Checked before reading: a film chosen by mistake is not loaded into memory.
    if (file.size() > kMaxUploadBytes) {
        setStatus(tr("%1 is larger than 10 MB: shorten it or save it as 8 kHz mono WAV.").arg(QFileInfo(path).fileName()));
        return false;
    }
    return upload(id, language, file.readAll());
}

bool PromptLibrary::beginRecording(const QString& id, const QString& language) {
    if (!checkId(id)) return false;
    recordingTarget_ = {id, language};
    return true;
}

void PromptLibrary::uploadRecording(const QByteArray& wav) {
    upload(recordingTarget_.first, recordingTarget_.second, wav);
}

void PromptLibrary::remove(int row) {
    if (row < 0 || row >= model_->rowCount()) return;
    const auto& r = model_->recordAt(row);
    const QString id = r.value(QStringLiteral("id"));
    const QString language = r.value(QStringLiteral("lang"));
    removals_.insert(tables_.remove(kTable, {{QStringLiteral("id"), id}, {QStringLiteral("lang"), language}}),
                     {id, language});
}

}  // namespace cti::supervisor
