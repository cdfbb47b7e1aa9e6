#pragma once
// The prompts panel's work (提示音): list the server's prompts (AdminList "prompts"), upload a
// file or a recording as a prompt (UploadPrompt), remove one (AdminSave remove), and what the
// panel says about it. Only this object's requests are answered here; the list is fetched again
// after every upload and removal, so seconds and times are the server's. Permission prompt.edit:
// without it the server refuses and the refusal is shown as it came.
#include <QObject>
#include <QHash>
#include <QString>

#include <utility>

#include "cti/qtclient/admin_tables.h"
#include "cti/qtclient/prompts.h"

namespace cti::qt {
class Connection;
}

namespace cti::supervisor {

class PromptsModel;

class PromptLibrary : public QObject {
    Q_OBJECT
public:
    // The server's limit on an upload (UploadPrompt.audio).
    static constexpr qint64 kMaxUploadBytes = 10 * 1024 * 1024;

    explicit PromptLibrary(cti::qt::Connection& connection, QObject* parent = nullptr);

    PromptsModel& model() const { return *model_; }
    const QString& status() const { return status_; }
    const cti::qt::AdminTableInfo& info() const { return info_; }  // may_remove, once listed
    bool loaded() const { return loaded_; }

    void refresh();
    // Sends `audio` as prompt `id` in `language`; false (with the reason as status) when the id is
    // malformed or there is nothing to send.
    bool upload(const QString& id, const QString& language, const QByteArray& audio);
    // Reads `path` and uploads it; a file that cannot be read or is over the limit never leaves.
    bool uploadFile(const QString& id, const QString& language, const QString& path);
    // A recording is made for the prompt chosen when it starts: false (and why) for a bad id.
    bool beginRecording(const QString& id, const QString& language);
    void uploadRecording(const QByteArray& wav);
    void remove(int row);
    // What the panel shows (a recording's progress, the recorder's failure).
    void setStatus(const QString& text);

signals:
    void statusChanged(const QString& text);
    void infoChanged();
    void uploaded(const QString& id, const QString& language, double seconds);
    void removed(const QString& id, const QString& language);

private:
    void wire();
    bool checkId(const QString& id);

    cti::qt::AdminTables tables_;
    cti::qt::Prompts prompts_;
    PromptsModel* model_;
    QString status_;
    cti::qt::AdminTableInfo info_;
    bool loaded_ = false;
    quint64 listId_ = 0;                                   // only the newest list is taken
    QHash<quint64, std::pair<QString, QString>> uploads_;  // request -> (id, language)
    QHash<quint64, std::pair<QString, QString>> removals_;
    std::pair<QString, QString> recordingTarget_;
};

}  // namespace cti::supervisor
