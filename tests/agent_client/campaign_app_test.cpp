// The outbound-campaign page inside AgentApp, against the TLS test double of the server: the
// tab, the list loaded with the others, campaign events, the preview round trip, a campaign call
// opening the disposition, and a failure answered on the campaign page whatever page is shown.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include "app/agent_app.h"
#include "app/pages.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "support/fake_server.h"
#include "support/test_certificate.h"
#include "support/wait.h"
#include "widgets/main_window.h"

using cti::test::waitFor;

namespace {

cti::wire::CampaignInfo wireCampaign(qint64 id, const char* name, qint64 dialled) {
    cti::wire::CampaignInfo c;
    c.set_campaign_id(id);
    c.set_name(name);
    c.set_mode("preview");
    c.set_state("running");
    c.mutable_figures()->set_dialled(dialled);
    return c;
}

// Answers the campaign requests as cti-server would (the rest stays unanswered: not tested here).
struct CampaignServer : QObject {
    cti::test::FakeServer& server;
    bool refusePreview = false;
    QList<cti::wire::Envelope> dispositions;

    explicit CampaignServer(cti::test::FakeServer& s) : server(s) {
        connect(&server, &cti::test::FakeServer::envelopeReceived, this, &CampaignServer::answer);
    }
    void answer(const cti::wire::Envelope& in) {
        cti::wire::Envelope out;
        out.set_request_id(in.request_id());
        switch (in.body_case()) {
            case cti::wire::Envelope::kListCampaigns:
                *out.mutable_list_campaigns_ok()->add_campaigns() = wireCampaign(3, "电费催缴", 10);
                break;
            case cti::wire::Envelope::kPreviewNext:
                if (refusePreview) {
                    out.mutable_error()->set_code(cti::wire::INVALID_ARGUMENT);
                    out.mutable_error()->set_message("the campaign is not running");
                    break;
                }
                {
                    auto* r = out.mutable_preview_next_ok()->mutable_record();
                    r->set_record_id(42);
                    r->set_campaign_id(in.preview_next().campaign_id());
                    r->set_phone("13800138000");
                    (*r->mutable_data())["姓名"] = "李四";
                }
                break;
            case cti::wire::Envelope::kPreviewDecision:
                out.mutable_preview_decision_ok()->set_call_id(in.preview_decision().dial() ? 9001 : 0);
                break;
            case cti::wire::Envelope::kSetDisposition: {
                dispositions.append(in);
                auto* r = out.mutable_set_disposition_ok()->mutable_record();
                r->set_record_id(in.set_disposition().record_id());
                r->set_disposition(in.set_disposition().disposition());
                break;
            }
            default: return;
        }
        server.push(out);
    }
};

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

}  // namespace

TEST_CASE("campaign page in the desktop: list, events, preview, disposition", "[agent][campaign]") {
    cti::test::FakeServer server;
    server.snapshot.mutable_me()->add_permissions("campaign.work");
    CampaignServer campaigns(server);
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::agent::AgentApp app(host.connection(), status, settings);
    auto& pages = app.pages();
    auto& tabs = app.window().pages();

    const int tab = tabs.indexOf(pages.campaigns);
    CHECK(tab == tabs.indexOf(pages.voicemail) + 1);
    CHECK(tabs.tabText(tab) == QStringLiteral("Outbound campaigns"));

    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("alice"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    // Listed with the other pages' lists once the snapshot is in.
    REQUIRE(waitFor([&] { return pages.campaignModel.rowCount() == 1; }));
    CHECK(pages.campaignModel.campaignAt(0).name == QStringLiteral("电费催缴"));

    // A campaign event: the figures change in place.
    cti::wire::Envelope event;
    event.mutable_event()->set_seq(42);
    *event.mutable_event()->mutable_campaign() = wireCampaign(3, "电费催缴", 11);
    server.push(event);
    REQUIRE(waitFor([&] { return pages.campaignModel.campaignAt(0).dialled == 11; }));

    auto& panel = *pages.campaigns;
    auto* next = child<QPushButton>(panel, "campaignNextButton");
    auto* dial = child<QPushButton>(panel, "campaignDialButton");
    auto* previewMessage = child<QLabel>(panel, "campaignPreviewMessage");
    auto* dispositionMessage = child<QLabel>(panel, "dispositionMessage");
    tabs.setCurrentWidget(&panel);
    next->click();
    REQUIRE(waitFor([&] { return dial->isEnabled(); }));
    CHECK(child<QLabel>(panel, "campaignRecordPhone")->text() == QStringLiteral("Number: 13800138000"));
    const auto asked = server.receivedOf(cti::wire::Envelope::kPreviewNext);
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].preview_next().campaign_id() == 3);

    dial->click();
    REQUIRE(waitFor([&] { return next->isEnabled(); }));
    const auto decided = server.receivedOf(cti::wire::Envelope::kPreviewDecision);
    REQUIRE(decided.size() == 1);
    CHECK(decided[0].preview_decision().record_id() == 42);
    CHECK(decided[0].preview_decision().dial());

    // The dialled call reaches the softphone (no campaign data on a preview dial): the page
    // knows it as the record's call and opens the disposition.
    cti::wire::Envelope callEvent;
    callEvent.mutable_event()->set_seq(43);
    auto* call = callEvent.mutable_event()->mutable_call();
    call->set_call_id(9001);
    call->set_state("talking");
    call->set_direction("outbound");
    call->set_caller("8001");
    call->set_callee("13800138000");
    auto* leg = call->add_legs();
    leg->set_leg_id(1);
    leg->set_party("agent");
    leg->set_state("up");
    leg->set_user_id(7);
    server.push(callEvent);
    auto* save = child<QPushButton>(panel, "dispositionSaveButton");
    REQUIRE(waitFor([&] { return save->isEnabled(); }));
    CHECK(panel.callRecord() == 42);

    auto* combo = child<QComboBox>(panel, "dispositionCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("success")));
    save->click();
    REQUIRE(waitFor([&] { return !campaigns.dispositions.isEmpty(); }));
    CHECK(campaigns.dispositions[0].set_disposition().record_id() == 42);
    CHECK(campaigns.dispositions[0].set_disposition().disposition() == "success");
    REQUIRE(waitFor([&] { return dispositionMessage->text() == QStringLiteral("Saved: Success"); }));

    SECTION("a refusal comes back to the campaign page while another page is shown") {
        campaigns.refusePreview = true;
        next->click();
        tabs.setCurrentWidget(pages.workbench);
        REQUIRE(waitFor([&] { return previewMessage->text() == QStringLiteral("the campaign is not running"); }));
        CHECK(next->isEnabled());
    }
}
