#pragma once
// The prompts section (提示音) of the administration window: the server's prompts (id, language,
// length, updated), an id and a language for the next upload, Upload file…, Record / Stop (the
// microphone at 8 kHz mono into a WAV in memory), Remove and Refresh. Choosing a row fills the id
// and language, so that an upload replaces that prompt. Playback is not offered: FetchAudio
// serves voicemail and recordings only (its id is a number; a prompt's is text).
// Layout and wiring only: the work is PromptLibrary's, the microphone an AudioRecorder.
#include <QWidget>

namespace cti::qt {
class Connection;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cti::supervisor {

class AudioRecorder;
class PromptLibrary;
class PromptsModel;

class PromptsPanel : public QWidget {
    Q_OBJECT
public:
    PromptsPanel(cti::qt::Connection& connection, QWidget* parent = nullptr);

    PromptLibrary& library() const { return *library_; }
    PromptsModel& model() const;
    QString statusText() const;

    // What the buttons do, without the file dialog (Upload file… asks for the file first).
    void refresh();
    void uploadFile(const QString& path);
    void startRecording();
    void stopRecording();
    void removeSelected();
    // Replaces the microphone (tests: a fake); the panel takes ownership.
    void setRecorder(AudioRecorder* recorder);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void askUploadFile();
    void chooseRow(int row);
    void updateButtons();
    QString promptId() const;
    QString language() const;

    PromptLibrary* library_;
    AudioRecorder* recorder_ = nullptr;
    QTableView* table_;
    QLineEdit* id_;
    QComboBox* language_;
    QPushButton* upload_;
    QPushButton* record_;
    QPushButton* remove_;
    QPushButton* refresh_;
    QLabel* status_;
};

}  // namespace cti::supervisor
