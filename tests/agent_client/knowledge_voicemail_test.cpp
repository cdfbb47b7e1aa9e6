// Voicemail: the list, unheard in bold and counted, play then mark heard, broken audio.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QtEndian>

#include "models/voicemail_model.h"
#include "cti/qtwidgets/audio_player.h"
#include "widgets/voicemail_panel.h"

using cti::agent::VoicemailModel;
using cti::agent::VoicemailPanel;

namespace {

cti::qt::Voicemail voicemail(qint64 id, qint64 created, qint64 heardBy = 0) {
    cti::qt::Voicemail v;
    v.voicemailId = id;
    v.callId = 100 + id;
    v.mailbox = QString::fromUtf8("客服");
    v.caller = QStringLiteral("1380013800%1").arg(id);
    v.createdMs = created;
    v.durationMs = 12'000;
    v.heardBy = heardBy;
    return v;
}

void putLe32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void putLe16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

// What the server stores: 8 kHz, 16-bit, mono PCM; `ms` of silence.
QByteArray wav(int ms) {
    const quint32 dataBytes = static_cast<quint32>(8000 * 2 * ms / 1000);
    QByteArray out("RIFF");
    putLe32(out, 36 + dataBytes);
    out.append("WAVEfmt ");
    putLe32(out, 16);
    putLe16(out, 1);  // PCM
    putLe16(out, 1);  // mono
    putLe32(out, 8000);
    putLe32(out, 16000);
    putLe16(out, 2);
    putLe16(out, 16);
    out.append("data");
    putLe32(out, dataBytes);
    out.append(QByteArray(static_cast<int>(dataBytes), '\0'));
    return out;
}

bool bold(const QModelIndex& i) { return i.data(Qt::FontRole).value<QFont>().bold(); }

// Plays nothing: records what it was given; the test emits the reports a backend would.
class FakePlayer : public cti::qt::AudioPlayer {
public:
    void play(const QByteArray& wav) override { played.append(wav); }
    void stop() override { ++stops; }
    QList<QByteArray> played;
    int stops = 0;
};

}  // namespace

TEST_CASE("voicemail: a WAV is checked before it is played", "[agent][voicemail]") {
    using cti::agent::wavProblem;
    CHECK(wavProblem(wav(500)).isEmpty());
    CHECK_FALSE(wavProblem({}).isEmpty());
    CHECK_FALSE(wavProblem(QByteArray("this is not audio at all, just text")).isEmpty());
    CHECK_FALSE(wavProblem(wav(500).left(30)).isEmpty());   // cut inside the fmt chunk
    CHECK_FALSE(wavProblem(wav(500).left(400)).isEmpty());  // data chunk says more than there is
    QByteArray noFormat = wav(100);
    noFormat.replace(12, 4, "junk");
    CHECK_FALSE(wavProblem(noFormat).isEmpty());
}

TEST_CASE("voicemail: newest first, unheard in bold and counted", "[agent][voicemail]") {
    VoicemailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy count(&model, &VoicemailModel::unheardCountChanged);
    model.setVoicemails({voicemail(1, 1000, 7), voicemail(2, 3000), voicemail(3, 2000)});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, 0).data(VoicemailModel::VoicemailIdRole).toLongLong() == 2);
    CHECK(model.index(2, 0).data(VoicemailModel::VoicemailIdRole).toLongLong() == 1);
    CHECK(model.unheardCount() == 2);
    REQUIRE(count.count() == 1);
    CHECK(count.at(0).at(0).toInt() == 2);
    CHECK(bold(model.index(0, VoicemailModel::CallerColumn)));
    CHECK_FALSE(bold(model.index(2, VoicemailModel::CallerColumn)));
    CHECK(model.index(0, VoicemailModel::CallerColumn).data().toString() == QStringLiteral("13800138002"));
    CHECK(model.index(0, VoicemailModel::MailboxColumn).data().toString() == QString::fromUtf8("客服"));
    CHECK(model.index(0, VoicemailModel::DurationColumn).data().toString() == QStringLiteral("00:12"));
    CHECK(model.index(0, VoicemailModel::StatusColumn).data().toString() == QStringLiteral("Not heard"));
    CHECK(model.index(2, VoicemailModel::StatusColumn).data().toString() == QStringLiteral("Heard"));

    SECTION("a new voicemail goes on top and counts") {
        model.applyVoicemail(voicemail(4, 500));  // the event's time does not matter: it is new
        CHECK(model.index(0, 0).data(VoicemailModel::VoicemailIdRole).toLongLong() == 4);
        CHECK(model.rowOf(2) == 1);
        CHECK(model.unheardCount() == 3);
        CHECK(count.count() == 2);
    }
    SECTION("heard by someone: updated in place, no longer bold, count down") {
        model.applyVoicemail(voicemail(2, 3000, 9));
        CHECK(model.rowCount() == 3);
        CHECK(model.rowOf(2) == 0);
        CHECK_FALSE(bold(model.index(0, VoicemailModel::CallerColumn)));
        CHECK(model.unheardCount() == 1);
        REQUIRE(count.count() == 2);
        CHECK(count.at(1).at(0).toInt() == 1);
    }
    SECTION("an update that changes nothing counted does not signal") {
        auto v = voicemail(3, 2000);
        v.error = QStringLiteral("caller hung up");
        model.applyVoicemail(v);
        CHECK(count.count() == 1);
        CHECK(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("caller hung up")));
    }
}

TEST_CASE("voicemail panel: Play asks for the audio, playback marks an unheard one heard", "[agent][voicemail][widget]") {
    VoicemailModel model;
    model.setVoicemails({voicemail(1, 1000, 7), voicemail(2, 3000)});
    auto* player = new FakePlayer;
    VoicemailPanel panel(model, nullptr, player);
    QSignalSpy play(&panel, &VoicemailPanel::playRequested);
    QSignalSpy heard(&panel, &VoicemailPanel::markHeardRequested);
    QSignalSpy refresh(&panel, &VoicemailPanel::refreshRequested);
    auto* table = panel.findChild<QTableView*>(QStringLiteral("voicemailTable"));
    auto* playButton = panel.findChild<QPushButton*>(QStringLiteral("voicemailPlay"));
    auto* stopButton = panel.findChild<QPushButton*>(QStringLiteral("voicemailStop"));
    auto* position = panel.findChild<QLabel*>(QStringLiteral("voicemailPosition"));
    auto* status = panel.findChild<QLabel*>(QStringLiteral("voicemailStatus"));
    REQUIRE(table);
    REQUIRE(playButton);
    REQUIRE(stopButton);
    REQUIRE(position);
    REQUIRE(status);

    panel.findChild<QPushButton*>(QStringLiteral("voicemailRefresh"))->click();
    CHECK(refresh.count() == 1);
    CHECK_FALSE(playButton->isEnabled());
    table->setCurrentIndex(model.index(0, 0));  // voicemail 2, unheard
    REQUIRE(playButton->isEnabled());
    playButton->click();
    REQUIRE(play.count() == 1);
    CHECK(play.at(0).at(0).toLongLong() == 2);

    const QByteArray audio = wav(300);
    panel.play(2, audio);
    CHECK(player->played == QList<QByteArray>{audio});
    CHECK(panel.playingId() == 2);
    CHECK(stopButton->isEnabled());
    CHECK(heard.isEmpty());  // not before the audio really plays

    emit player->started();
    REQUIRE(heard.count() == 1);
    CHECK(heard.at(0).at(0).toLongLong() == 2);
    emit player->positionChanged(3'000, 0);  // duration unknown to the backend: the server's
    CHECK(position->text() == QStringLiteral("00:03 / 00:12"));
    emit player->started();  // a pause and resume is not a second hearing
    CHECK(heard.count() == 1);

    SECTION("Stop stops the player and clears the position") {
        stopButton->click();
        CHECK(player->stops >= 1);
        CHECK(position->text().isEmpty());
        CHECK_FALSE(stopButton->isEnabled());
    }
    SECTION("the end of the recording is shown") {
        emit player->finished();
        CHECK(status->text() == QStringLiteral("Finished."));
        CHECK_FALSE(stopButton->isEnabled());
    }
    SECTION("a heard voicemail is not reported again") {
        panel.play(1, audio);
        emit player->started();
        CHECK(heard.count() == 1);
    }
    SECTION("a player that fails reports it and marks nothing") {
        panel.play(2, audio);
        emit player->failed(QStringLiteral("no audio device"));
        emit player->started();
        CHECK(heard.count() == 1);
        CHECK(status->text().contains(QStringLiteral("no audio device")));
        CHECK_FALSE(stopButton->isEnabled());
    }
}

TEST_CASE("voicemail panel: a corrupt WAV is reported, not played", "[agent][voicemail][widget]") {
    VoicemailModel model;
    model.setVoicemails({voicemail(2, 3000)});
    auto* player = new FakePlayer;
    VoicemailPanel panel(model, nullptr, player);
    QSignalSpy heard(&panel, &VoicemailPanel::markHeardRequested);
    auto* status = panel.findChild<QLabel*>(QStringLiteral("voicemailStatus"));
    REQUIRE(status);
    const QByteArray garbage("RIFF\x10\x00\x00\x00WAVEgarbage-garbage", 24);
    panel.play(2, garbage);
    CHECK(status->text() == cti::agent::wavProblem(garbage));
    CHECK_FALSE(status->text().isEmpty());
    panel.play(2, wav(1000).left(200));
    CHECK(status->text().contains(QStringLiteral("cut short")));
    CHECK(player->played.isEmpty());
    CHECK(heard.isEmpty());
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("voicemailStop"))->isEnabled());
}

TEST_CASE("voicemail: this computer's real player either plays or says why not", "[agent][voicemail][widget]") {
    CHECK(cti::qt::playbackProblem(true, true).isEmpty());
    CHECK_FALSE(cti::qt::playbackProblem(false, true).isEmpty());
    CHECK_FALSE(cti::qt::playbackProblem(true, false).isEmpty());

    // A build or CI machine often has no sound card and no media plugins: Qt 6.4 would crash
    // there; the player must report instead. With a sound card it starts, or fails, in time.
    VoicemailModel model;
    model.setVoicemails({voicemail(2, 3000)});
    VoicemailPanel panel(model);
    auto* player = panel.findChild<cti::qt::AudioPlayer*>(QStringLiteral("voicemailPlayer"));
    REQUIRE(player);
    QSignalSpy started(player, &cti::qt::AudioPlayer::started);
    QSignalSpy failed(player, &cti::qt::AudioPlayer::failed);
    panel.play(2, wav(300));
    for (int i = 0; i < 50 && started.isEmpty() && failed.isEmpty(); ++i) QTest::qWait(100);
    CHECK(started.count() + failed.count() >= 1);
    if (!failed.isEmpty())
        CHECK(panel.findChild<QLabel*>(QStringLiteral("voicemailStatus"))->text().contains(failed.at(0).at(0).toString()));
    panel.stop();
}
