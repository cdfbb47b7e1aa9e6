// The prompts section (提示音) offline: the id rule, the WAV the recorder writes, the table of
// prompts, and PromptsPanel against the TLS test double of the server (list, upload a file,
// a refusal shown, a recording uploaded through a fake microphone, remove). Against the real
// server: prompts_server_test.cpp.
#include <catch2/catch.hpp>

#include <QAudioDevice>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtEndian>

#include <map>
#include <string>
#include <vector>

#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "models/audio_recorder.h"
#include "models/prompt_library.h"
#include "models/prompts_model.h"
#include "support/fake_server.h"
#include "support/test_certificate.h"
#include "support/wait.h"
#include "widgets/prompts_panel.h"

using cti::supervisor::PromptsModel;
using cti::test::waitFor;

namespace {

// Answers the prompt requests as cti-server would, over a library it keeps.
struct PromptServer : QObject {
    cti::test::FakeServer& server;
    std::vector<std::map<std::string, std::string>> prompts;

    explicit PromptServer(cti::test::FakeServer& s) : server(s) {
        prompts.push_back({{"id", "ivr/welcome"}, {"lang", "zh_CN"}, {"seconds", "3.5"}, {"updated", "1764000000000"}});
        prompts.push_back({{"id", "ivr/welcome"}, {"lang", "en"}, {"seconds", "2.25"}, {"updated", "1764000000000"}});
        prompts.push_back({{"id", "queue/ahead"}, {"lang", "zh_CN"}, {"seconds", "1"}, {"updated", ""}});
        connect(&server, &cti::test::FakeServer::envelopeReceived, this, &PromptServer::answer);
    }
    void answer(const cti::wire::Envelope& in) {
        cti::wire::Envelope out;
        out.set_request_id(in.request_id());
        if (in.has_admin_list() && in.admin_list().table() == "prompts") {
            auto* ok = out.mutable_admin_list_ok();
            ok->mutable_table()->set_table("prompts");
            ok->mutable_table()->set_may_edit(false);  // as cti-server: uploads replace prompts
            ok->mutable_table()->set_may_remove(true);
            for (const auto& p : prompts) {
                auto* r = ok->add_records();
                for (const auto& [k, v] : p) (*r->mutable_fields())[k] = v;
            }
        } else if (in.has_upload_prompt()) {
            const auto& m = in.upload_prompt();
            if (!m.audio().starts_with("RIFF")) {
                out.mutable_error()->set_code(cti::wire::INVALID_ARGUMENT);
                out.mutable_error()->set_message("the uploaded bytes are not an audio file libsndfile reads; "
                                                 "upload a WAV, FLAC or OGG file");
            } else {
                const double seconds = double(m.audio().size() - 44) / 16000.0;
                std::erase_if(prompts, [&](const auto& p) { return p.at("id") == m.prompt_id() && p.at("lang") == m.language(); });
                prompts.push_back({{"id", m.prompt_id()}, {"lang", m.language()}, {"seconds", std::to_string(seconds)},
                                {"updated", "1764000000000"}});
                out.mutable_upload_prompt_ok()->set_prompt_id(m.prompt_id());
                out.mutable_upload_prompt_ok()->set_seconds(seconds);
            }
        } else if (in.has_admin_save() && in.admin_save().table() == "prompts" && in.admin_save().remove()) {
            const auto& f = in.admin_save().record().fields();
            std::erase_if(prompts, [&](const auto& p) { return p.at("id") == f.at("id") && p.at("lang") == f.at("lang"); });
            *out.mutable_admin_save_ok()->mutable_record() = in.admin_save().record();
        } else {
            return;
        }
        server.push(out);
    }
};

// The microphone, as the test says: records `wav`, or fails with `refusal`.
struct FakeRecorder : cti::supervisor::AudioRecorder {
    QByteArray wav;
    QString refusal;
    bool on = false;
    void start() override {
        if (!refusal.isEmpty()) return emit failed(refusal);
        on = true;
        emit started();
    }
    void stop() override {
        if (!std::exchange(on, false)) return;
        emit finished(wav);
    }
    bool recording() const override { return on; }
};

QByteArray monoWav(int samples) {
    QByteArray pcm(samples * 2, '\0');
    for (int i = 0; i < samples; ++i) qToLittleEndian<qint16>(qint16((i % 40) * 400 - 8000), pcm.data() + 2 * i);
    return cti::supervisor::wavFile(pcm, 8000, 1);
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

}  // namespace

TEST_CASE("prompt ids: category and name in lower case", "[supervisor][prompts]") {
    using cti::supervisor::promptIdProblem;
    CHECK(promptIdProblem(QStringLiteral("ivr/welcome")).isEmpty());
    CHECK(promptIdProblem(QStringLiteral("queue/ahead-2_x")).isEmpty());
    CHECK(promptIdProblem(QString(64, u'a') + QStringLiteral("/b")).isEmpty());
    for (const char* bad : {"welcome", "IVR/welcome", "ivr/", "/welcome", "ivr/a/b", "ivr/wel come", "ivr/欢迎", ""}) {
        INFO(bad);
        CHECK_FALSE(promptIdProblem(QString::fromUtf8(bad)).isEmpty());
    }
    CHECK_FALSE(promptIdProblem(QString(65, u'a') + QStringLiteral("/b")).isEmpty());
}

TEST_CASE("recorder: the WAV around the samples, and no microphone said", "[supervisor][prompts]") {
    const QByteArray pcm(16000, '\x01');  // one second at 8 kHz mono 16-bit
    const QByteArray wav = cti::supervisor::wavFile(pcm, 8000, 1);
    REQUIRE(wav.size() == 44 + 16000);
    CHECK(wav.left(4) == "RIFF");
    CHECK(qFromLittleEndian<quint32>(wav.constData() + 4) == 36 + 16000);
    CHECK(wav.mid(8, 8) == "WAVEfmt ");
    CHECK(qFromLittleEndian<quint16>(wav.constData() + 20) == 1);      // PCM
    CHECK(qFromLittleEndian<quint16>(wav.constData() + 22) == 1);      // mono
    CHECK(qFromLittleEndian<quint32>(wav.constData() + 24) == 8000);   // rate
    CHECK(qFromLittleEndian<quint32>(wav.constData() + 28) == 16000);  // bytes per second
    CHECK(qFromLittleEndian<quint16>(wav.constData() + 32) == 2);      // block
    CHECK(qFromLittleEndian<quint16>(wav.constData() + 34) == 16);     // bits
    CHECK(wav.mid(36, 4) == "data");
    CHECK(qFromLittleEndian<quint32>(wav.constData() + 40) == 16000);
    CHECK(wav.mid(44) == pcm);
    // A device's own float stereo format.
    const QByteArray f = cti::supervisor::wavFile(QByteArray(48000 * 8, '\0'), 48000, 2, 32, true);
    CHECK(qFromLittleEndian<quint16>(f.constData() + 20) == 3);
    CHECK(qFromLittleEndian<quint32>(f.constData() + 28) == 48000 * 8);

    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti-supervisor")});
    CHECK(cti::supervisor::recordingProblem(true).isEmpty());
    CHECK(cti::supervisor::recordingProblem(false).startsWith(QStringLiteral("No microphone")));
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"), {QStringLiteral("cti-supervisor")});
    CHECK(cti::supervisor::recordingProblem(false).contains(QStringLiteral("麦克风")));
}

TEST_CASE("prompts model: by id then language, lengths and times", "[supervisor][prompts]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti-supervisor")});
    PromptsModel m;
    using R = cti::qt::AdminRecord;
    m.setRecords({R{{"id", "queue/ahead"}, {"lang", "zh_CN"}, {"seconds", "1"}, {"updated", ""}},
                  R{{"id", "ivr/welcome"}, {"lang", "zh_CN"}, {"seconds", "3.46"}, {"updated", "1764000000000"}},
                  R{{"id", "ivr/welcome"}, {"lang", "en"}, {"seconds", "x"}, {"updated", "yesterday"}}});
    REQUIRE(m.rowCount() == 3);
    REQUIRE(m.columnCount() == 4);
    CHECK(m.index(0, PromptsModel::Id).data().toString() == QStringLiteral("ivr/welcome"));
    CHECK(m.index(0, PromptsModel::Language).data().toString() == QStringLiteral("English"));
    CHECK(m.index(0, PromptsModel::Seconds).data().toString() == QStringLiteral("x"));  // not a number: as it came
    CHECK(m.index(0, PromptsModel::Updated).data().toString() == QStringLiteral("yesterday"));
    CHECK(m.index(1, PromptsModel::Language).data().toString() == QStringLiteral("Chinese"));
    CHECK(m.index(1, PromptsModel::Seconds).data().toString() == QStringLiteral("3.5 s"));
    CHECK(m.index(1, PromptsModel::Seconds).data(PromptsModel::SecondsRole).toDouble() == Approx(3.46));
    CHECK(m.index(1, PromptsModel::Updated).data().toString() ==
          QDateTime::fromMSecsSinceEpoch(1764000000000).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    CHECK(m.index(2, PromptsModel::Id).data().toString() == QStringLiteral("queue/ahead"));
    CHECK(m.rowOf(QStringLiteral("ivr/welcome"), QStringLiteral("zh_CN")) == 1);
    CHECK_FALSE(m.rowOf(QStringLiteral("ivr/welcome"), QStringLiteral("fr")).has_value());
    CHECK(m.headerData(PromptsModel::Seconds, Qt::Horizontal).toString() == QStringLiteral("Length"));
}

TEST_CASE("prompts panel: list, upload, refusal, recording, remove", "[supervisor][prompts]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    cti::test::FakeServer server;
    PromptServer prompts(server);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::PromptsPanel panel(host.connection());
    auto* recorder = new FakeRecorder;
    panel.setRecorder(recorder);
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("admin"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    REQUIRE(waitFor([&] { return status.state() == cti::qt::ConnectionState::LoggedIn; }));

    // Opening the section lists the prompts.
    panel.show();
    REQUIRE(waitFor([&] { return panel.model().rowCount() == 3; }));
    CHECK(server.receivedOf(cti::wire::Envelope::kAdminList).last().admin_list().table() == "prompts");
    auto* table = child<QTableView>(panel, "promptTable");
    CHECK(table->model() == &panel.model());

    // Choosing a row fills the id and the language: an upload replaces that prompt.
    auto* id = child<QLineEdit>(panel, "promptIdEdit");
    auto* language = child<QComboBox>(panel, "promptLanguageCombo");
    table->setCurrentIndex(panel.model().index(*panel.model().rowOf(QStringLiteral("ivr/welcome"), QStringLiteral("en")), 0));
    CHECK(id->text() == QStringLiteral("ivr/welcome"));
    CHECK(language->currentData().toString() == QStringLiteral("en"));
    CHECK(child<QPushButton>(panel, "removePromptButton")->isEnabled());
    CHECK(child<QPushButton>(panel, "uploadPromptButton")->isEnabled());

    // A file, uploaded as a new prompt in Chinese: 1.5 s at 8 kHz.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString wavPath = dir.filePath(QStringLiteral("hello.wav"));
    {
        QFile f(wavPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(monoWav(12000));
    }
    id->setText(QStringLiteral("test/hello"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    panel.uploadFile(wavPath);
    REQUIRE(waitFor([&] { return panel.model().rowOf(QStringLiteral("test/hello"), QStringLiteral("zh_CN")).has_value(); }));
    const auto upload = server.receivedOf(cti::wire::Envelope::kUploadPrompt).last().upload_prompt();
    CHECK(upload.prompt_id() == "test/hello");
    CHECK(upload.language() == "zh_CN");
    CHECK(upload.audio().size() == 44 + 24000);
    const int row = *panel.model().rowOf(QStringLiteral("test/hello"), QStringLiteral("zh_CN"));
    CHECK(panel.model().index(row, PromptsModel::Seconds).data().toString() == QStringLiteral("1.5 s"));
    CHECK(panel.statusText() == QStringLiteral("Prompt test/hello (Chinese) stored: 1.5 seconds."));

    // A malformed id never leaves the desktop; a file that is not audio is refused by the server.
    const auto uploadsBefore = server.receivedOf(cti::wire::Envelope::kUploadPrompt).size();
    id->setText(QStringLiteral("Hello"));
    panel.uploadFile(wavPath);
    CHECK(panel.statusText().startsWith(QStringLiteral("A prompt id is category/name")));
    const QString textPath = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(textPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not audio at all");
    }
    id->setText(QStringLiteral("test/notes"));
    panel.uploadFile(textPath);
    REQUIRE(waitFor([&] { return panel.statusText().contains(QStringLiteral("not an audio file")); }));
    CHECK(server.receivedOf(cti::wire::Envelope::kUploadPrompt).size() == uploadsBefore + 1);
    panel.uploadFile(dir.filePath(QStringLiteral("missing.wav")));
    CHECK(panel.statusText().startsWith(QStringLiteral("Could not read missing.wav")));

    // Recorded from the (fake) microphone: the recording goes up as the id chosen at the start.
    recorder->wav = monoWav(8000);
    id->setText(QStringLiteral("test/recorded"));
    auto* record = child<QPushButton>(panel, "recordPromptButton");
    record->click();
    CHECK(recorder->recording());
    CHECK(record->text() == QStringLiteral("&Stop recording"));
    CHECK_FALSE(child<QPushButton>(panel, "uploadPromptButton")->isEnabled());
    id->setText(QStringLiteral("test/other"));
    record->click();
    CHECK_FALSE(recorder->recording());
    CHECK(record->text() == QStringLiteral("&Record"));
    REQUIRE(waitFor([&] { return panel.model().rowOf(QStringLiteral("test/recorded"), QStringLiteral("zh_CN")).has_value(); }));
    CHECK(server.receivedOf(cti::wire::Envelope::kUploadPrompt).last().upload_prompt().audio() ==
          recorder->wav.toStdString());
    // No microphone: the panel says so.
    recorder->refusal = cti::supervisor::recordingProblem(false);
    record->click();
    CHECK(panel.statusText() == recorder->refusal);
    CHECK_FALSE(recorder->recording());

    // Remove: the key fields of the chosen row; the list is fetched again without it.
    table->setCurrentIndex(panel.model().index(*panel.model().rowOf(QStringLiteral("test/hello"), QStringLiteral("zh_CN")), 0));
    child<QPushButton>(panel, "removePromptButton")->click();
    REQUIRE(waitFor([&] { return !panel.model().rowOf(QStringLiteral("test/hello"), QStringLiteral("zh_CN")).has_value(); }));
    const auto removal = server.receivedOf(cti::wire::Envelope::kAdminSave).last().admin_save();
    CHECK(removal.remove());
    CHECK(removal.table() == "prompts");
    CHECK(removal.record().fields().at("id") == "test/hello");
    CHECK(removal.record().fields().at("lang") == "zh_CN");
    CHECK(panel.statusText() == QStringLiteral("Prompt test/hello (Chinese) removed."));
}

TEST_CASE("prompts panel: the real microphone, or why there is none", "[supervisor][prompts]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti-supervisor")});
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::supervisor::PromptsPanel panel(host.connection());
    child<QLineEdit>(panel, "promptIdEdit")->setText(QStringLiteral("test/mic"));
    // A test machine usually has no microphone; the panel then says so instead of recording.
    if (!QMediaDevices::audioInputs().isEmpty()) {
        WARN("this machine has a microphone: the no-microphone message is not checked");
        return;
    }
    panel.startRecording();
    CHECK(panel.statusText() == cti::supervisor::recordingProblem(false));
    CHECK(child<QPushButton>(panel, "recordPromptButton")->text() == QStringLiteral("&Record"));
}
