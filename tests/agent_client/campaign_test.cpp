// Outbound campaigns (外呼任务) without widgets: the protocol's campaign messages as plain structs,
// the campaign table an agent reads, campaign events updating it, and the page's rules
// (dispositions, their problems, which call is a campaign call).
#include <catch2/catch.hpp>

#include <QSignalSpy>

#include "cti.pb.h"
#include "cti/qtclient/convert.h"
#include "cti/qtclient/convert_office.h"
#include "models/campaign_model.h"

using cti::agent::CampaignModel;

namespace {

cti::qt::CampaignInfo campaign(qint64 id, const char* name, const char* mode, const char* state) {
    cti::qt::CampaignInfo c;
    c.campaignId = id;
    c.name = QString::fromUtf8(name);
    c.mode = QLatin1String(mode);
    c.state = QLatin1String(state);
    c.queue = QStringLiteral("sales");
    c.records = 500;
    c.pending = 320;
    c.dialled = 180 + id;
    c.answered = 120;
    c.abandoned = 3;
    c.abandonRate = 3.0 / 123.0;
    c.conversions = 17;
    return c;
}

QString cell(const CampaignModel& m, int row, int column, int role = Qt::DisplayRole) {
    return m.data(m.index(row, column), role).toString();
}

}  // namespace

TEST_CASE("campaign messages become plain structs", "[agent][campaign]") {
    cti::wire::CampaignInfo w;
    w.set_campaign_id(7);
    w.set_name("电费催缴");
    w.set_mode("preview");
    w.set_state("running");
    w.set_queue("billing");
    w.set_caller_id("95598");
    w.set_waiting_reason("outside_hours");
    auto* f = w.mutable_figures();
    f->set_records(1000);
    f->set_pending(600);
    f->set_dialled(420);
    f->set_answered(300);
    f->set_abandoned(6);
    f->set_abandon_rate(0.0196);
    f->set_conversions(41);
    f->set_calls_in_progress(3);

    const cti::qt::CampaignInfo c = cti::qt::fromWire(w);
    CHECK(c.campaignId == 7);
    CHECK(c.name == QStringLiteral("电费催缴"));
    CHECK(c.mode == QStringLiteral("preview"));
    CHECK(c.state == QStringLiteral("running"));
    CHECK(c.queue == QStringLiteral("billing"));
    CHECK(c.callerId == QStringLiteral("95598"));
    CHECK(c.records == 1000);
    CHECK(c.pending == 600);
    CHECK(c.dialled == 420);
    CHECK(c.answered == 300);
    CHECK(c.abandoned == 6);
    CHECK(c.abandonRate == Approx(0.0196));
    CHECK(c.conversions == 41);
    CHECK(c.callsInProgress == 3);
    CHECK(c.waitingReason == QStringLiteral("outside_hours"));

    cti::wire::CampaignRecordInfo r;
    r.set_record_id(42);
    r.set_campaign_id(7);
    r.set_phone("13800138000");
    (*r.mutable_data())["姓名"] = "李四";
    (*r.mutable_data())["户号"] = "0100234";
    r.set_state("dialing");
    r.set_attempts(2);
    r.set_last_outcome("no_answer");
    r.set_disposition("callback");
    r.set_note("晚上再打");
    const cti::qt::CampaignRecord record = cti::qt::fromWire(r);
    CHECK_FALSE(record.empty());
    CHECK(record.recordId == 42);
    CHECK(record.campaignId == 7);
    CHECK(record.phone == QStringLiteral("13800138000"));
    CHECK(record.data.value(QStringLiteral("姓名")) == QStringLiteral("李四"));
    CHECK(record.data.value(QStringLiteral("户号")) == QStringLiteral("0100234"));
    CHECK(record.state == QStringLiteral("dialing"));
    CHECK(record.attempts == 2);
    CHECK(record.lastOutcome == QStringLiteral("no_answer"));
    CHECK(record.disposition == QStringLiteral("callback"));
    CHECK(record.note == QStringLiteral("晚上再打"));
    // PreviewNextOk without a record: nothing to call now.
    CHECK(cti::qt::fromWire(cti::wire::CampaignRecordInfo{}).empty());

    cti::wire::Event e;
    e.set_seq(11);
    *e.mutable_campaign() = w;
    const auto event = cti::qt::fromWire(e);
    REQUIRE(std::holds_alternative<cti::qt::CampaignInfo>(event.kind));
    CHECK(std::get<cti::qt::CampaignInfo>(event.kind).conversions == 41);

    const auto env = cti::qt::setDispositionRequest(42, QStringLiteral("callback"), QStringLiteral("晚上再打"), 1'700'000'000'000);
    REQUIRE(env.has_set_disposition());
    CHECK(env.set_disposition().record_id() == 42);
    CHECK(env.set_disposition().disposition() == "callback");
    CHECK(env.set_disposition().note() == "晚上再打");
    CHECK(env.set_disposition().callback_at_ms() == 1'700'000'000'000);
}

TEST_CASE("campaign model: the rows and figures an agent reads", "[agent][campaign]") {
    CampaignModel model;
    auto preview = campaign(1, "电费催缴", "preview", "running");
    preview.waitingReason = QStringLiteral("outside_hours");
    auto predictive = campaign(2, "满意度回访", "predictive", "paused");
    model.setCampaigns({preview, predictive});

    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == CampaignModel::ColumnCount);
    CHECK(model.headerData(CampaignModel::AbandonRateColumn, Qt::Horizontal).toString() == QStringLiteral("Abandon rate"));
    CHECK(model.headerData(CampaignModel::WaitingColumn, Qt::Horizontal).toString() == QStringLiteral("Waiting because"));
    CHECK(cell(model, 0, CampaignModel::NameColumn) == QStringLiteral("电费催缴"));
    CHECK(cell(model, 0, CampaignModel::ModeColumn) == QStringLiteral("Preview"));
    CHECK(cell(model, 0, CampaignModel::StateColumn) == QStringLiteral("Running"));
    CHECK(cell(model, 0, CampaignModel::DialledColumn) == QStringLiteral("181"));
    CHECK(cell(model, 0, CampaignModel::AnsweredColumn) == QStringLiteral("120"));
    CHECK(cell(model, 0, CampaignModel::AbandonRateColumn) == QStringLiteral("2.4 %"));
    CHECK(cell(model, 0, CampaignModel::ConversionsColumn) == QStringLiteral("17"));
    CHECK(cell(model, 0, CampaignModel::WaitingColumn) == QStringLiteral("Outside calling hours"));
    CHECK(cell(model, 0, CampaignModel::NameColumn, Qt::ToolTipRole).contains(QStringLiteral("320")));
    CHECK(cell(model, 1, CampaignModel::ModeColumn) == QStringLiteral("Predictive"));
    CHECK(cell(model, 1, CampaignModel::StateColumn) == QStringLiteral("Paused"));
    CHECK(cell(model, 1, CampaignModel::WaitingColumn).isEmpty());
    // Not running: listed for its figures, drawn grey.
    CHECK(model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
    CHECK(model.data(model.index(1, 0), CampaignModel::CampaignIdRole).toLongLong() == 2);
    CHECK(model.campaignAt(1).name == QStringLiteral("满意度回访"));
    CHECK(model.rowOf(2) == 1);
    CHECK_FALSE(model.rowOf(99).has_value());
}

TEST_CASE("campaign model: campaign events update a row or add one", "[agent][campaign]") {
    CampaignModel model;
    model.setCampaigns({campaign(1, "电费催缴", "preview", "running"), campaign(2, "满意度回访", "predictive", "running")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    SECTION("live figures of a known campaign change in place") {
        auto update = campaign(2, "满意度回访", "predictive", "running");
        update.dialled = 500;
        update.conversions = 30;
        update.waitingReason = QStringLiteral("no_free_agent");
        model.applyCampaign(update);
        CHECK(model.rowCount() == 2);
        CHECK(inserted.isEmpty());
        REQUIRE(changed.size() == 1);
        CHECK(changed[0][0].toModelIndex().row() == 1);
        CHECK(cell(model, 1, CampaignModel::DialledColumn) == QStringLiteral("500"));
        CHECK(cell(model, 1, CampaignModel::ConversionsColumn) == QStringLiteral("30"));
        CHECK(cell(model, 1, CampaignModel::WaitingColumn) == QStringLiteral("No agent free"));
    }
    SECTION("a campaign paused by the team leader shows it") {
        model.applyCampaign(campaign(1, "电费催缴", "preview", "paused"));
        CHECK(cell(model, 0, CampaignModel::StateColumn) == QStringLiteral("Paused"));
    }
    SECTION("a campaign new to this desktop is added at the end") {
        model.applyCampaign(campaign(3, "工单回访", "preview", "running"));
        REQUIRE(model.rowCount() == 3);
        CHECK(inserted.size() == 1);
        CHECK(cell(model, 2, CampaignModel::NameColumn) == QStringLiteral("工单回访"));
        CHECK(model.rowOf(3) == 2);
    }
    SECTION("an event without a campaign is ignored") {
        model.applyCampaign(cti::qt::CampaignInfo{});
        CHECK(model.rowCount() == 2);
        CHECK(changed.isEmpty());
    }
}

TEST_CASE("campaign names: the server's words translated, unknown words shown as they are", "[agent][campaign]") {
    CHECK(cti::agent::modeName(QStringLiteral("progressive")) == QStringLiteral("Progressive"));
    CHECK(cti::agent::modeName(QStringLiteral("agentless")) == QStringLiteral("Automatic (no agent)"));
    CHECK(cti::agent::campaignStateName(QStringLiteral("finished")) == QStringLiteral("Finished"));
    CHECK(cti::agent::campaignStateName(QStringLiteral("archived")) == QStringLiteral("archived"));
    CHECK(cti::agent::waitingReasonName(QString()).isEmpty());
    CHECK(cti::agent::dispositionName(QStringLiteral("wrong_number")) == QStringLiteral("Wrong number"));
    CHECK(cti::agent::dispositionName(QStringLiteral("do_not_call")) == QStringLiteral("Do not call again"));
    CHECK(cti::agent::dispositions() == QStringList{QStringLiteral("success"), QStringLiteral("refused"),
                                                    QStringLiteral("wrong_number"), QStringLiteral("callback"),
                                                    QStringLiteral("do_not_call")});
}

TEST_CASE("dispositions: what the server would refuse is found first", "[agent][campaign]") {
    using cti::agent::dispositionProblem;
    const qint64 now = 1'700'000'000'000;
    CHECK(dispositionProblem(QStringLiteral("success"), QStringLiteral("办理了分期"), 0, now).isEmpty());
    CHECK(dispositionProblem(QStringLiteral("refused"), QString(), 0, now).isEmpty());
    CHECK(dispositionProblem(QString(), QString(), 0, now) == QStringLiteral("Choose what came of the call."));
    CHECK(dispositionProblem(QString(65, QLatin1Char('x')), QString(), 0, now) ==
          QStringLiteral("The disposition is too long."));

    SECTION("a note is at most 2000 bytes, as UTF-8: about 660 Chinese characters") {
        CHECK(dispositionProblem(QStringLiteral("refused"), QString(2000, QLatin1Char('a')), 0, now).isEmpty());
        CHECK(dispositionProblem(QStringLiteral("refused"), QString(2001, QLatin1Char('a')), 0, now) ==
              QStringLiteral("The note is too long: shorten it."));
        CHECK(dispositionProblem(QStringLiteral("refused"), QString(666, QChar(0x4E2D)), 0, now).isEmpty());
        CHECK_FALSE(dispositionProblem(QStringLiteral("refused"), QString(667, QChar(0x4E2D)), 0, now).isEmpty());
    }
    SECTION("a callback needs a time in the future; other results need none") {
        const QString needsTime = QStringLiteral("A callback needs a time in the future.");
        CHECK(dispositionProblem(QStringLiteral("callback"), QString(), 0, now) == needsTime);
        CHECK(dispositionProblem(QStringLiteral("callback"), QString(), now - 60'000, now) == needsTime);
        CHECK(dispositionProblem(QStringLiteral("callback"), QString(), now, now) == needsTime);
        CHECK(dispositionProblem(QStringLiteral("callback"), QString(), now + 3'600'000, now).isEmpty());
        CHECK(dispositionProblem(QStringLiteral("do_not_call"), QString(), 0, now).isEmpty());
    }
}

TEST_CASE("a campaign call is known by its call-list record", "[agent][campaign]") {
    cti::qt::Call call;
    call.callId = 9001;
    CHECK(cti::agent::recordIdOf(call) == 0);
    call.data.insert(QStringLiteral("account"), QStringLiteral("0100234"));
    CHECK(cti::agent::recordIdOf(call) == 0);
    call.data.insert(QStringLiteral("campaign_record"), QStringLiteral("not a number"));
    CHECK(cti::agent::recordIdOf(call) == 0);
    call.data.insert(QStringLiteral("campaign_record"), QStringLiteral("42"));
    CHECK(cti::agent::recordIdOf(call) == 42);

    // A preview dial is the agent's click-to-dial: the desktop remembers which record it was for.
    cti::qt::Call dialled;
    dialled.callId = 9002;
    const QHash<qint64, qint64> previewCalls{{9002, 77}};
    CHECK(cti::agent::campaignRecordOf(dialled, previewCalls) == 77);
    CHECK(cti::agent::campaignRecordOf(call, previewCalls) == 42);
    CHECK(cti::agent::campaignRecordOf(cti::qt::Call{}, previewCalls) == 0);

    CHECK(cti::agent::previewsRecords(campaign(1, "a", "preview", "running")));
    CHECK_FALSE(cti::agent::previewsRecords(campaign(1, "a", "preview", "paused")));
    CHECK_FALSE(cti::agent::previewsRecords(campaign(1, "a", "progressive", "running")));
}
