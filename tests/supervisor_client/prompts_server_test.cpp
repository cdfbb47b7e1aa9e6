// The prompts section (提示音) against the real cti-server (the demo call center, as a child
// process), as the demo administrator: a WAV made here is uploaded through the panel's upload
// path and listed with the length the server measured; a file that is not audio is refused with
// the server's message shown; the prompt is removed again.
// Built only when the build has the server (tests/supervisor_client/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtEndian>

#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "models/audio_recorder.h"
#include "models/prompt_library.h"
#include "models/prompts_model.h"
#include "support/server_process.h"
#include "support/wait.h"
#include "widgets/prompts_panel.h"

using cti::supervisor::PromptsModel;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

// Two seconds of a 400 Hz square wave, 8 kHz mono 16-bit.
QByteArray twoSeconds() {
    QByteArray pcm(2 * 8000 * 2, '\0');
    for (int i = 0; i < 16000; ++i) qToLittleEndian<qint16>(qint16((i / 10) % 2 ? 6000 : -6000), pcm.data() + 2 * i);
    return cti::supervisor::wavFile(pcm, 8000, 1);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

}  // namespace

TEST_CASE("prompts panel against the real server", "[supervisor][prompts][server]") {
    cti::qt::Translations en(*qApp, QStringLiteral("en"), {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    cti::qt::ConnectionOptions options;
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::PromptsPanel panel(host.connection());
    const QString password = server.password(QStringLiteral("admin"));
    REQUIRE_FALSE(password.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("admin"), password, server.fingerprint()});
    REQUIRE(waitFor([&] { return status.state() == cti::qt::ConnectionState::LoggedIn; }, 120000));

    // The list: the server's table "prompts".
    panel.refresh();
    REQUIRE(waitFor([&] { return panel.library().loaded() || !panel.statusText().isEmpty(); }));
    if (!panel.library().loaded()) FAIL(panel.statusText().toStdString());  // what the server refused
    CHECK(panel.library().info().mayRemove);
    // Uploads are offered although the table is not edited row by row.
    CHECK(child<QPushButton>(panel, "uploadPromptButton")->isEnabled());
    CHECK(child<QPushButton>(panel, "recordPromptButton")->isEnabled());

    // Upload a WAV made here, through what the Upload file… button does after its dialog.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    child<QLineEdit>(panel, "promptIdEdit")->setText(QStringLiteral("test/two_seconds"));
    auto* language = child<QComboBox>(panel, "promptLanguageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    panel.uploadFile(writeFile(dir, QStringLiteral("two.wav"), twoSeconds()));
    REQUIRE(waitFor([&] {
        return panel.model().rowOf(QStringLiteral("test/two_seconds"), QStringLiteral("zh_CN")).has_value() ||
               !panel.statusText().startsWith(QStringLiteral("Uploading"));
    }));
    REQUIRE(waitFor([&] { return panel.model().rowOf(QStringLiteral("test/two_seconds"), QStringLiteral("zh_CN")).has_value(); }));
    const int row = *panel.model().rowOf(QStringLiteral("test/two_seconds"), QStringLiteral("zh_CN"));
    CHECK(panel.model().index(row, PromptsModel::Seconds).data(PromptsModel::SecondsRole).toDouble() == Approx(2.0).margin(0.05));
    CHECK(panel.model().index(row, PromptsModel::Seconds).data().toString() == QStringLiteral("2.0 s"));
    CHECK(panel.statusText() == QStringLiteral("Prompt test/two_seconds (Chinese) stored: 2.0 seconds."));

    // Not audio: the server refuses, and the panel shows its words; the list does not change.
    const int before = panel.model().rowCount();
    child<QLineEdit>(panel, "promptIdEdit")->setText(QStringLiteral("test/notes"));
    panel.uploadFile(writeFile(dir, QStringLiteral("notes.txt"), "these are notes, not audio\n"));
    REQUIRE(waitFor([&] { return !panel.statusText().startsWith(QStringLiteral("Uploading")); }));
    CHECK(panel.statusText().contains(QStringLiteral("not an audio file")));
    CHECK(panel.model().rowCount() == before);
    CHECK_FALSE(panel.model().rowOf(QStringLiteral("test/notes"), QStringLiteral("zh_CN")).has_value());

    // Remove it again.
    auto* table = child<QTableView>(panel, "promptTable");
    table->setCurrentIndex(panel.model().index(*panel.model().rowOf(QStringLiteral("test/two_seconds"), QStringLiteral("zh_CN")), 0));
    panel.removeSelected();
    REQUIRE(waitFor([&] { return !panel.model().rowOf(QStringLiteral("test/two_seconds"), QStringLiteral("zh_CN")).has_value(); }));
    CHECK(panel.statusText() == QStringLiteral("Prompt test/two_seconds (Chinese) removed."));
    CHECK_FALSE(QFile::exists(server.dataPath() + QStringLiteral("/prompts/zh_CN/test/two_seconds.wav")));

    host.logoutAndWait(30s);
}
