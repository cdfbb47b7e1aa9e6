// The outbound-campaign page (外呼任务) as an agent uses it: the campaign list, the preview flow
// (Next record → the record and its columns → Dial or Skip) and the disposition of a campaign call.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "models/campaign_model.h"
#include "widgets/campaign_panel.h"

using cti::agent::CampaignModel;
using cti::agent::CampaignPanel;

namespace {

cti::qt::CampaignInfo campaign(qint64 id, const char* name, const char* mode, const char* state = "running") {
    cti::qt::CampaignInfo c;
    c.campaignId = id;
    c.name = QString::fromUtf8(name);
    c.mode = QLatin1String(mode);
    c.state = QLatin1String(state);
    return c;
}

cti::qt::CampaignRecord record(qint64 id) {
    cti::qt::CampaignRecord r;
    r.recordId = id;
    r.campaignId = 1;
    r.phone = QStringLiteral("13800138000");
    r.data.insert(QStringLiteral("姓名"), QStringLiteral("李四"));
    r.data.insert(QStringLiteral("欠费"), QStringLiteral("326.50"));
    r.state = QStringLiteral("dialing");
    return r;
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

// Every text the record's form shows, labels and values.
QStringList formTexts(QWidget& panel) {
    QStringList out;
    for (auto* label : child<QWidget>(panel, "campaignRecordData")->findChildren<QLabel*>()) out << label->text();
    return out;
}

int comboIndexOf(QComboBox* combo, const char* disposition) {
    return combo->findData(QLatin1String(disposition));
}

}  // namespace

TEST_CASE("campaign page: the list, and Refresh asks for it again", "[agent][campaign]") {
    CampaignModel model;
    CampaignPanel panel(model);
    QSignalSpy refresh(&panel, &CampaignPanel::refreshRequested);
    panel.setCampaigns({campaign(1, "满意度回访", "predictive"), campaign(2, "电费催缴", "preview")});

    auto* table = child<QTableView>(panel, "campaignTable");
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(1, CampaignModel::NameColumn).data().toString() == QStringLiteral("电费催缴"));
    CHECK(child<QLabel>(panel, "campaignListLabel")->text() == QStringLiteral("Campaigns: 2"));
    // The agent's work is in the preview campaign: it is selected at first.
    CHECK(panel.selectedCampaign() == 2);

    child<QPushButton>(panel, "campaignRefreshButton")->click();
    CHECK(refresh.size() == 1);

    SECTION("a campaign that dials by itself has no Next record") {
        panel.selectCampaign(1);
        CHECK_FALSE(child<QPushButton>(panel, "campaignNextButton")->isEnabled());
        CHECK(child<QLabel>(panel, "campaignPreviewHint")->text().contains(QStringLiteral("dials by itself")));
    }
    SECTION("a preview campaign paused meanwhile stops offering records") {
        CHECK(child<QPushButton>(panel, "campaignNextButton")->isEnabled());
        model.applyCampaign(campaign(2, "电费催缴", "preview", "paused"));
        CHECK_FALSE(child<QPushButton>(panel, "campaignNextButton")->isEnabled());
        CHECK(child<QLabel>(panel, "campaignPreviewHint")->text() == QStringLiteral("This campaign is not running."));
    }
    SECTION("a reload keeps the agent's selection") {
        panel.selectCampaign(1);
        panel.setCampaigns({campaign(2, "电费催缴", "preview"), campaign(1, "满意度回访", "predictive")});
        CHECK(panel.selectedCampaign() == 1);
        CHECK(table->currentIndex().row() == 1);
    }
}

TEST_CASE("campaign page: preview a record, then dial or skip it", "[agent][campaign]") {
    CampaignModel model;
    CampaignPanel panel(model);
    panel.setCampaigns({campaign(1, "电费催缴", "preview")});
    QSignalSpy preview(&panel, &CampaignPanel::previewRequested);
    QSignalSpy decision(&panel, &CampaignPanel::decisionRequested);
    auto* next = child<QPushButton>(panel, "campaignNextButton");
    auto* dial = child<QPushButton>(panel, "campaignDialButton");
    auto* skip = child<QPushButton>(panel, "campaignSkipButton");
    auto* message = child<QLabel>(panel, "campaignPreviewMessage");
    CHECK_FALSE(dial->isEnabled());
    CHECK_FALSE(skip->isEnabled());

    next->click();
    REQUIRE(preview.size() == 1);
    CHECK(preview[0][0].toLongLong() == 1);
    CHECK_FALSE(next->isEnabled());  // one request at a time

    panel.showRecord(record(42));
    CHECK(child<QLabel>(panel, "campaignRecordPhone")->text() == QStringLiteral("Number: 13800138000"));
    const QStringList form = formTexts(panel);
    CHECK(form.contains(QStringLiteral("姓名:")));
    CHECK(form.contains(QStringLiteral("李四")));
    CHECK(form.contains(QStringLiteral("欠费:")));
    CHECK(form.contains(QStringLiteral("326.50")));
    CHECK(dial->isEnabled());
    CHECK(skip->isEnabled());
    CHECK_FALSE(next->isEnabled());  // the record is held for the agent until decided

    SECTION("Dial sends the record with dial=true; the dialled call is then a campaign call") {
        dial->click();
        REQUIRE(decision.size() == 1);
        CHECK(decision[0][0].toLongLong() == 42);
        CHECK(decision[0][1].toBool() == true);
        CHECK_FALSE(dial->isEnabled());
        CHECK(message->text().contains(QStringLiteral("13800138000")));

        // The call's event may come before the answer: it carries no campaign data.
        cti::qt::Call call;
        call.callId = 9001;
        call.direction = QStringLiteral("outbound");
        call.callee = QStringLiteral("13800138000");
        panel.setCall(call);
        CHECK(panel.callRecord() == 0);
        panel.showDialled(9001);
        CHECK(panel.callRecord() == 42);
        CHECK(child<QPushButton>(panel, "dispositionSaveButton")->isEnabled());
        CHECK(formTexts(panel).isEmpty());
        CHECK(next->isEnabled());
    }
    SECTION("Skip sends the record with dial=false and gives it back") {
        skip->click();
        REQUIRE(decision.size() == 1);
        CHECK(decision[0][0].toLongLong() == 42);
        CHECK(decision[0][1].toBool() == false);
        panel.showDialled(0);
        CHECK(message->text() == QStringLiteral("Skipped. Ask for the next record when you are ready."));
        CHECK(child<QLabel>(panel, "campaignRecordPhone")->text().isEmpty());
        CHECK(formTexts(panel).isEmpty());
        CHECK(next->isEnabled());
        CHECK_FALSE(dial->isEnabled());
    }
    SECTION("a refused decision says why and lets the agent try again") {
        dial->click();
        panel.showError(QStringLiteral("hang up your current call first"));
        CHECK(message->text() == QStringLiteral("hang up your current call first"));
        CHECK(dial->isEnabled());
    }
}

TEST_CASE("campaign page: nothing to call now", "[agent][campaign]") {
    CampaignModel model;
    CampaignPanel panel(model);
    auto c = campaign(1, "电费催缴", "preview");
    c.waitingReason = QStringLiteral("outside_hours");
    panel.setCampaigns({c});
    QSignalSpy decision(&panel, &CampaignPanel::decisionRequested);

    child<QPushButton>(panel, "campaignNextButton")->click();
    panel.showRecord(cti::qt::CampaignRecord{});
    CHECK(child<QLabel>(panel, "campaignPreviewMessage")->text() ==
          QStringLiteral("Nothing to call now in this campaign. (Outside calling hours)"));
    CHECK_FALSE(child<QPushButton>(panel, "campaignDialButton")->isEnabled());
    CHECK(child<QPushButton>(panel, "campaignNextButton")->isEnabled());
    child<QPushButton>(panel, "campaignDialButton")->click();
    CHECK(decision.isEmpty());
}

TEST_CASE("campaign page: the disposition of a campaign call", "[agent][campaign]") {
    CampaignModel model;
    CampaignPanel panel(model);
    QSignalSpy saved(&panel, &CampaignPanel::dispositionRequested);
    auto* combo = child<QComboBox>(panel, "dispositionCombo");
    auto* note = child<QPlainTextEdit>(panel, "dispositionNoteEdit");
    auto* when = child<QDateTimeEdit>(panel, "dispositionCallbackEdit");
    auto* save = child<QPushButton>(panel, "dispositionSaveButton");
    auto* message = child<QLabel>(panel, "dispositionMessage");

    // No call, or a call that is not a campaign's: nothing to record.
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(combo->isEnabled());
    cti::qt::Call inbound;
    inbound.callId = 8000;
    inbound.data.insert(QStringLiteral("account"), QStringLiteral("0100234"));
    panel.setCall(inbound);
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(panel, "campaignCallLabel")->text().startsWith(QStringLiteral("No campaign call")));

    cti::qt::Call call;
    call.callId = 9001;
    call.state = QStringLiteral("talking");
    call.data.insert(QStringLiteral("campaign"), QStringLiteral("电费催缴"));
    call.data.insert(QStringLiteral("campaign_record"), QStringLiteral("42"));
    call.data.insert(QStringLiteral("phone"), QStringLiteral("13800138000"));
    panel.setCall(call);
    REQUIRE(save->isEnabled());
    CHECK(combo->isEnabled());
    CHECK(child<QLabel>(panel, "campaignCallLabel")->text() ==
          QStringLiteral("电费催缴: call with 13800138000 (record 42)"));
    CHECK_FALSE(when->isEnabled());  // only for a callback

    SECTION("a result with a note is sent for the call's record") {
        combo->setCurrentIndex(comboIndexOf(combo, "success"));
        note->setPlainText(QStringLiteral("  办理了分期  "));
        save->click();
        REQUIRE(saved.size() == 1);
        CHECK(saved[0][0].toLongLong() == 42);
        CHECK(saved[0][1].toString() == QStringLiteral("success"));
        CHECK(saved[0][2].toString() == QStringLiteral("办理了分期"));
        CHECK(saved[0][3].toLongLong() == 0);
        cti::qt::CampaignRecord r;
        r.recordId = 42;
        r.disposition = QStringLiteral("success");
        panel.showDispositionSaved(r);
        CHECK(message->text() == QStringLiteral("Saved: Success"));
    }
    SECTION("the administrator's dispositions replace the built-in ones, the choice stays") {
        combo->setCurrentIndex(comboIndexOf(combo, "refused"));
        panel.setDispositions({{QStringLiteral("paid_elsewhere"), QStringLiteral("已在他处缴费")},
                               {QStringLiteral("refused"), QStringLiteral("拒绝")}});
        CHECK(combo->count() == 3);  // (choose) and the two
        CHECK(combo->currentData().toString() == QStringLiteral("refused"));
        CHECK(comboIndexOf(combo, "success") < 0);
        combo->setCurrentIndex(comboIndexOf(combo, "paid_elsewhere"));
        save->click();
        REQUIRE(saved.size() == 1);
        CHECK(saved[0][1].toString() == QStringLiteral("paid_elsewhere"));
        cti::qt::CampaignRecord r;
        r.recordId = 42;
        r.disposition = QStringLiteral("paid_elsewhere");
        panel.showDispositionSaved(r);
        CHECK(message->text() == QStringLiteral("Saved: 已在他处缴费"));
    }
    SECTION("nothing chosen: the agent is told, nothing is sent") {
        save->click();
        CHECK(saved.isEmpty());
        CHECK(message->text() == QStringLiteral("Choose what came of the call."));
    }
    SECTION("a callback needs a time in the future") {
        combo->setCurrentIndex(comboIndexOf(combo, "callback"));
        REQUIRE(when->isEnabled());
        CHECK(when->dateTime() > QDateTime::currentDateTime());  // suggested: tomorrow
        when->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        save->click();
        CHECK(saved.isEmpty());
        CHECK(message->text() == QStringLiteral("A callback needs a time in the future."));

        const QDateTime later = QDateTime::currentDateTime().addDays(2);
        when->setDateTime(later);
        save->click();
        REQUIRE(saved.size() == 1);
        CHECK(saved[0][1].toString() == QStringLiteral("callback"));
        // The editor keeps minutes: the time sent is the one shown.
        CHECK(saved[0][3].toLongLong() == when->dateTime().toMSecsSinceEpoch());
        CHECK(qAbs(saved[0][3].toLongLong() - later.toMSecsSinceEpoch()) < 60'000);

        combo->setCurrentIndex(comboIndexOf(combo, "refused"));
        CHECK_FALSE(when->isEnabled());
    }
    SECTION("too long a note is refused before sending") {
        combo->setCurrentIndex(comboIndexOf(combo, "refused"));
        note->setPlainText(QString(700, QChar(0x4E2D)));
        save->click();
        CHECK(saved.isEmpty());
        CHECK(message->text() == QStringLiteral("The note is too long: shorten it."));
    }
    SECTION("a refusal from the server is shown in the disposition area") {
        combo->setCurrentIndex(comboIndexOf(combo, "refused"));
        save->click();
        panel.showError(QStringLiteral("only the agent who called this record (or a team leader) sets its disposition"));
        CHECK(message->text().startsWith(QStringLiteral("only the agent")));
    }
    SECTION("the next call starts with a clean form; after the call the form stays open") {
        combo->setCurrentIndex(comboIndexOf(combo, "refused"));
        note->setPlainText(QStringLiteral("不需要"));
        call.state = QStringLiteral("ended");
        panel.setCall(call);
        CHECK(save->isEnabled());
        CHECK(note->toPlainText() == QStringLiteral("不需要"));

        auto other = call;
        other.callId = 9005;
        other.data.insert(QStringLiteral("campaign_record"), QStringLiteral("43"));
        panel.setCall(other);
        CHECK(panel.callRecord() == 43);
        CHECK(note->toPlainText().isEmpty());
        CHECK(combo->currentData().toString().isEmpty());

        panel.setCall(std::nullopt);
        CHECK_FALSE(save->isEnabled());
    }
}
