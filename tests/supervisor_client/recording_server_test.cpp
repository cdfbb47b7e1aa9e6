// The recording review window (录音质检) against the real cti-server (the demo call center, as a
// child process). The demo has no recordings until calls are made, so the test starts the server
// once to create its database, stops it, stores two answered calls with their recordings (rows in
// calls and recordings, as the media engine writes them, and the WAV files) and starts it again.
// Then, as the team leader: a search by number and one by agent find the right call, a scoring
// (greeting 8, accuracy 25) shows 33 in the table, a greeting of 11 never leaves the desktop, and
// Play fetches the whole WAV in the server's chunks (the offscreen platform may have no sound card:
// the window then says why, and nothing crashes).
// Built only when the build has the server (tests/supervisor_client/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/fingerprint.h"
#include "cti/qtclient/session_status.h"
#include "models/recording_model.h"
#include "support/screenshot.h"
#include "support/wait.h"
#include "widgets/recording_view.h"
#include "support/child.h"

using cti::supervisor::RecordingModel;
using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

// cti-server on a data folder the test keeps across runs (ServerProcess makes a fresh one).
class ServerRun {
public:
    ServerRun(const QString& data, const QString& readyFile) {
        QFile::remove(readyFile);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.setStandardOutputFile(QProcess::nullDevice());
        process_.start(QStringLiteral(CTI_SERVER_BINARY),
                       {QStringLiteral("--data"), data, QStringLiteral("--seed-demo"), QStringLiteral("--gateway-port"),
                        QStringLiteral("0"), QStringLiteral("--http-port"), QStringLiteral("0"),
                        QStringLiteral("--sip-port"), QStringLiteral("0"), QStringLiteral("--ready-file"), readyFile});
        REQUIRE(process_.waitForStarted(30000));
        // Demo seeding hashes every demo password with Argon2id: slow under the sanitizers.
        REQUIRE(waitFor([&] { return QFile(readyFile).size() > 0 || process_.state() == QProcess::NotRunning; },
                        120000));
        REQUIRE(process_.state() == QProcess::Running);
        QFile f(readyFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        port_ = quint16(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("gateway_port")).toInt());
        REQUIRE(port_ != 0);
    }
    ~ServerRun() {
        process_.terminate();  // SIGTERM: the server's clean shutdown, every write on disk
        if (!process_.waitForFinished(30000)) process_.kill();
        process_.waitForFinished(5000);
    }
    quint16 port() const { return port_; }

private:
    QProcess process_;
    quint16 port_ = 0;
};

// A stereo 8 kHz 16-bit WAV as the recorder writes it (customer left, agent right), `seconds`
// long: over 256 KiB for 10 s, so that playback needs more than one FetchAudio chunk.
QByteArray stereoWav(int seconds) {
    const quint32 frames = 8000u * quint32(seconds);
    const quint32 dataBytes = frames * 4;
    QByteArray wav;
    const auto u32 = [&](quint32 v) { char b[4]; qToLittleEndian(v, b); wav.append(b, 4); };
    const auto u16 = [&](quint16 v) { char b[2]; qToLittleEndian(v, b); wav.append(b, 2); };
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);          // PCM
    u16(2);          // channels
    u32(8000);       // sample rate
    u32(8000 * 4);   // byte rate
    u16(4);          // block align
    u16(16);         // bits
    wav.append("data");
    u32(dataBytes);
    for (quint32 i = 0; i < frames; ++i) {
        u16(quint16(qint16((i % 40) * 400 - 8000)));  // a 200 Hz sawtooth: the customer
        u16(quint16(qint16((i % 20) * 300 - 3000)));  // a 400 Hz one: the agent
    }
    return wav;
}

bool exec(sqlite3* db, const QString& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (error) {
        UNSCOPED_INFO(error);
        sqlite3_free(error);
    }
    return rc == SQLITE_OK;
}

// An answered call of agent `login` from `caller`, with its recording at `file` (relative to the
// data folder), written while the server is stopped.
void storeRecordedCall(const QString& data, qint64 callId, const QString& caller, const QString& login,
                       qint64 startedMs, const QString& file, const QByteArray& wav) {
    QDir(data).mkpath(QFileInfo(data + QLatin1Char('/') + file).path());
    QFile out(data + QLatin1Char('/') + file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(wav) == wav.size());
    out.close();
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2((data + QStringLiteral("/cti.sqlite")).toUtf8().constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) == SQLITE_OK);
    const qint64 endedMs = startedMs + 10'000;
    const bool ok =
        exec(db, QStringLiteral("INSERT INTO calls (call_id, direction, caller, callee, agent_id, started_ms, "
                                "answered_ms, ended_ms, end_reason, hangup_by) VALUES (%1, 'inbound', '%2', '95598', "
                                "(SELECT user_id FROM users WHERE login = '%3'), %4, %4, %5, 'normal', 'caller')")
                     .arg(callId)
                     .arg(caller, login)
                     .arg(startedMs)
                     .arg(endedMs)) &&
        exec(db, QStringLiteral("INSERT INTO recordings (call_id, path, channels, frames, started_ms, ended_ms) "
                                "VALUES (%1, '%2', 2, 80000, %3, %4)")
                     .arg(callId)
                     .arg(file)
                     .arg(startedMs)
                     .arg(endedMs));
    sqlite3_close(db);
    REQUIRE(ok);
}

using cti::test::child;

QString password(const QString& data, const QString& login) {
    QFile f(data + QStringLiteral("/demo/") + login + QStringLiteral(".password"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

}  // namespace

TEST_CASE("recording review against the real server: search, score, play", "[supervisor][recording][server]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString ready = dir.filePath(QStringLiteral("ready.json"));
    { ServerRun create(data, ready); }  // the database and the demo call center, then a clean stop
    const QByteArray wav = stereoWav(10);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    storeRecordedCall(data, 900001, QStringLiteral("13912345678"), QStringLiteral("1001"), now - 600'000,
                      QStringLiteral("recordings/review-900001.wav"), wav);
    storeRecordedCall(data, 900002, QStringLiteral("13800138000"), QStringLiteral("1002"), now - 300'000,
                      QStringLiteral("recordings/review-900002.wav"), stereoWav(2));
    ServerRun server(data, ready);

    cti::qt::ConnectionOptions options;
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    const auto certs = QSslCertificate::fromPath(data + QStringLiteral("/tls/server.crt"));
    REQUIRE_FALSE(certs.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("leader"), password(data, QStringLiteral("leader")),
                                                            cti::qt::fingerprintOf(certs.first())});
    // A team leader may review recordings: the wall offers the window.
    REQUIRE(waitFor([&] { return app.recordingsAction().isVisible(); }, 120000));
    app.recordingsAction().trigger();
    auto& view = app.recordingView();
    REQUIRE(view.isVisible());
    auto& model = view.model();
    const auto cell = [&](int row, RecordingModel::Column c) { return model.index(row, int(c)).data().toString(); };
    const auto searchFor = [&](const QString& number) {
        child<QLineEdit>(view, "recordingNumberEdit")->setText(number);
        model.clear();
        child<QPushButton>(view, "recordingSearchButton")->click();
        REQUIRE(waitFor([&] { return view.statusText() != QStringLiteral("Searching…"); }));
        INFO(view.statusText().toStdString());
        REQUIRE(view.statusText().startsWith(QStringLiteral("Recordings found")));
    };

    // By number: the digits the caller contains.
    searchFor(QStringLiteral("1234567"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(0, RecordingModel::Column::Caller) == QStringLiteral("13912345678"));
    CHECK(cell(0, RecordingModel::Column::Callee) == QStringLiteral("95598"));
    CHECK(cell(0, RecordingModel::Column::Agent) == QStringLiteral("1001"));
    CHECK(cell(0, RecordingModel::Column::Length) == QStringLiteral("0:10"));
    CHECK(cell(0, RecordingModel::Column::Score) == QStringLiteral("—"));
    CHECK(model.recordingAt(0).callId == 900001);

    // By agent, chosen among the wall's agents.
    auto* agents = child<QComboBox>(view, "recordingAgentCombo");
    REQUIRE(waitFor([&] { return agents->findText(QStringLiteral("1002 王芳")) > 0; }));
    agents->setCurrentIndex(agents->findText(QStringLiteral("1002 王芳")));
    searchFor({});
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(0, RecordingModel::Column::Caller) == QStringLiteral("13800138000"));
    agents->setCurrentIndex(0);  // all agents again
    searchFor(QStringLiteral("1234567"));
    REQUIRE(model.rowCount() == 1);

    // Scored: the server's total shows in the table.
    view.selectRow(0);
    child<QSpinBox>(view, "score_greeting")->setValue(8);
    child<QSpinBox>(view, "score_accuracy")->setValue(25);
    child<QPushButton>(view, "saveScoreButton")->click();
    REQUIRE(waitFor([&] { return cell(0, RecordingModel::Column::Score) == QStringLiteral("33"); }));
    CHECK(model.recordingAt(0).score == 33);
    CHECK(view.statusText().contains(QStringLiteral("leader")));
    cti::test::saveScreenshot(view, QStringLiteral("cti-supervisor-recordings-en"));

    // Greeting 11 is refused by the form; the next reply the connection hears is the search's.
    QSignalSpy replies(&host.connection(), &cti::qt::Connection::replyReceived);
    view.submitScore({{QStringLiteral("greeting"), 11}}, {});
    CHECK(view.statusText() == QStringLiteral("Greeting takes 0 to 10 points."));
    searchFor(QStringLiteral("1234567"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(0, RecordingModel::Column::Score) == QStringLiteral("33"));  // as the server keeps it
    for (const auto& reply : replies) CHECK(reply[1].value<cti::wire::Envelope>().has_search_recordings_ok());

    // Played: the whole file, in chunks; then playing, or the reason this machine cannot play.
    view.selectRow(0);
    child<QPushButton>(view, "recordingPlayButton")->click();
    REQUIRE(waitFor([&] { return view.lastAudio().size() == wav.size(); }));
    CHECK(view.lastAudio() == wav);
    REQUIRE(waitFor([&] { return view.playbackText() != QStringLiteral("Starting playback…"); }));
    INFO(view.playbackText().toStdString());
    CHECK_FALSE(view.playbackText().isEmpty());
    child<QPushButton>(view, "recordingStopButton")->click();
    CHECK(view.playbackText() == QStringLiteral("Stopped."));

    host.logoutAndWait(30s);
}
