// Not-ready reasons (置忙原因) from the server's data dictionary: the pure rule that turns the
// table "dictionaries" into the reason list, the softphone bar showing the list it is given,
// and AgentApp asking for the dictionary after login (against the TLS test double of the
// server), keeping the built-in list when the server refuses.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "app/agent_app.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "cti/qtclient/translations.h"
#include "models/not_ready_reasons.h"
#include "models/softphone_model.h"
#include "support/fake_server.h"
#include "support/test_certificate.h"
#include "support/wait.h"
#include "widgets/main_window.h"
#include "widgets/softphone_bar.h"

using cti::agent::NotReadyReason;
using cti::agent::notReadyReasonsFromDictionary;
using cti::test::waitFor;

namespace {

cti::qt::AdminRecord row(const char* dictionary, const char* code, const char* zh, const char* en, const char* position,
                         const char* enabled = "1") {
    return {{QStringLiteral("dictionary"), QString::fromUtf8(dictionary)}, {QStringLiteral("code"), QString::fromUtf8(code)},
            {QStringLiteral("label_zh"), QString::fromUtf8(zh)},           {QStringLiteral("label_en"), QString::fromUtf8(en)},
            {QStringLiteral("position"), QString::fromUtf8(position)},     {QStringLiteral("enabled"), QString::fromUtf8(enabled)}};
}

NotReadyReason reason(const char* code, const char* label) { return {QString::fromUtf8(code), QString::fromUtf8(label)}; }

QStringList comboCodes(const QComboBox& box) {
    QStringList out;
    for (int i = 0; i < box.count(); ++i) out << box.itemData(i).toString();
    return out;
}

QStringList builtInCodes() {
    return {QStringLiteral("break"), QStringLiteral("meeting"), QStringLiteral("training"), QStringLiteral("after_call_work")};
}

// The dictionary as cti-server lists it; `refuse` answers the request with an error instead.
struct DictionaryServer : QObject {
    cti::test::FakeServer& server;
    QList<cti::qt::AdminRecord> rows;
    bool refuse = false;

    explicit DictionaryServer(cti::test::FakeServer& s) : server(s) {
        connect(&server, &cti::test::FakeServer::envelopeReceived, this, [this](const cti::wire::Envelope& in) {
            if (!in.has_admin_list() || in.admin_list().table() != "dictionaries") return;
            cti::wire::Envelope out;
            out.set_request_id(in.request_id());
            if (refuse) {
                out.mutable_error()->set_code(cti::wire::UNKNOWN_MESSAGE);
                out.mutable_error()->set_message("unknown request");
            } else {
                auto* ok = out.mutable_admin_list_ok();
                ok->mutable_table()->set_table("dictionaries");
                for (const auto& r : rows) {
                    auto* w = ok->add_records();
                    for (auto it = r.cbegin(); it != r.cend(); ++it)
                        (*w->mutable_fields())[it.key().toStdString()] = it.value().toStdString();
                }
            }
            server.push(out);
        });
    }
};

// Sees the refusal of the dictionary after AgentApp did: replies reach the GUI thread's receivers
// in the order they were connected, and AgentApp's came first.
struct RefusalSeen : QObject {
    bool seen = false;
    explicit RefusalSeen(cti::qt::Connection& connection) {
        connect(&connection, &cti::qt::Connection::replyReceived, this, [this](quint64, const cti::wire::Envelope& r) {
            if (r.has_error() && r.error().message() == "unknown request") seen = true;
        });
    }
};

}  // namespace

TEST_CASE("not-ready reasons from the dictionary: order, enabled rows, labels", "[agent][reasons]") {
    const QList<cti::qt::AdminRecord> rows{
        row("not_ready_reasons", "training", "培训", "Training", "30"),
        row("not_ready_reasons", "break", "小休", "Break", "10"),
        row("order_sources", "phone", "电话", "Phone", "1"),                  // another dictionary
        row("not_ready_reasons", "lunch", "午餐", "Lunch", "20", "0"),        // disabled
        row("not_ready_reasons", "coaching", "辅导", "", "20"),               // no English label
        row("not_ready_reasons", "outreach", "", "Outreach", "25"),          // no Chinese label
        row("not_ready_reasons", "xyz", "", "", "26"),                        // no label at all
        row("not_ready_reasons", "meeting", "会议", "Meeting", "later"),      // no position: last
        row("not_ready_reasons", "", "空", "Empty", "1"),                     // no code: left out
        row("not_ready_reasons", "break", "重复", "Again", "40"),             // a code seen before
    };
    CHECK(notReadyReasonsFromDictionary(rows, QStringLiteral("zh_CN")) ==
          QList<NotReadyReason>{reason("break", "小休"), reason("coaching", "辅导"), reason("outreach", "Outreach"),
                                reason("xyz", "xyz"), reason("training", "培训"), reason("meeting", "会议")});
    CHECK(notReadyReasonsFromDictionary(rows, QStringLiteral("en")) ==
          QList<NotReadyReason>{reason("break", "Break"), reason("coaching", "辅导"), reason("outreach", "Outreach"),
                                reason("xyz", "xyz"), reason("training", "Training"), reason("meeting", "Meeting")});
    // Equal positions keep the server's order; "true" is enabled too; no enabled column: enabled.
    cti::qt::AdminRecord noColumn = row("not_ready_reasons", "c", "丙", "C", "5");
    noColumn.remove(QStringLiteral("enabled"));
    CHECK(notReadyReasonsFromDictionary({row("not_ready_reasons", "b", "乙", "B", "5", "true"),
                                         row("not_ready_reasons", "a", "甲", "A", "5"), noColumn},
                                        QStringLiteral("en")) ==
          QList<NotReadyReason>{reason("b", "B"), reason("a", "A"), reason("c", "C")});
    // Nothing enabled, or no such dictionary: empty (the caller keeps the built-in list).
    CHECK(notReadyReasonsFromDictionary({row("not_ready_reasons", "lunch", "午餐", "Lunch", "1", "0")},
                                        QStringLiteral("zh_CN")).isEmpty());
    CHECK(notReadyReasonsFromDictionary({}, QStringLiteral("zh_CN")).isEmpty());

    // The built-in list, in the installed language.
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"), {QStringLiteral("cti-agent")});
    const auto builtIn = cti::agent::builtInNotReadyReasons();
    REQUIRE(builtIn.size() == 4);
    CHECK(builtIn[0] == reason("break", "小休"));
    CHECK(builtIn[3] == reason("after_call_work", "话后整理"));
}

TEST_CASE("softphone bar shows the reasons it is given", "[agent][reasons]") {
    cti::qt::SessionStatus status;
    cti::agent::SoftphoneModel model;
    cti::agent::SoftphoneBar bar(model, status);
    auto* combo = bar.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    REQUIRE(combo);
    CHECK(comboCodes(*combo) == builtInCodes());

    QSignalSpy changed(&model, &cti::agent::SoftphoneModel::reasonsChanged);
    combo->setCurrentIndex(combo->findData(QStringLiteral("training")));
    model.setReasons({reason("coaching", "辅导"), reason("training", "培训"), reason("lunch", "午餐")});
    CHECK(changed.size() == 1);
    CHECK(comboCodes(*combo) == QStringList{QStringLiteral("coaching"), QStringLiteral("training"), QStringLiteral("lunch")});
    CHECK(combo->itemText(0) == QStringLiteral("辅导"));
    CHECK(combo->currentData().toString() == QStringLiteral("training"));  // still chosen
    model.setReasons({reason("coaching", "辅导"), reason("training", "培训"), reason("lunch", "午餐")});
    CHECK(changed.size() == 1);  // the same list: nothing to redraw

    // Going not ready sends the chosen code.
    cti::qt::Snapshot snapshot;
    snapshot.me.userId = 11;
    snapshot.agentStates = {cti::qt::AgentStatusInfo{11, QStringLiteral("available"), QStringLiteral("idle"), {}, 0, 0}};
    model.applySnapshot(snapshot);
    model.setConnected(true);
    QSignalSpy intents(&model, &cti::agent::SoftphoneModel::agentControlRequested);
    combo->setCurrentIndex(combo->findData(QStringLiteral("lunch")));
    bar.button(cti::agent::SoftAction::NotReady)->click();
    REQUIRE(intents.size() == 1);
    CHECK(intents[0][1].toString() == QStringLiteral("lunch"));

    // An empty list brings back the built-in one.
    model.setReasons({});
    CHECK(comboCodes(*combo) == builtInCodes());
}

TEST_CASE("agent desktop reads the reasons at login, and keeps its own when refused", "[agent][reasons]") {
    cti::test::FakeServer server;
    DictionaryServer dictionary(server);
    dictionary.rows = {row("not_ready_reasons", "coaching", "辅导", "Coaching", "2"),
                       row("not_ready_reasons", "break", "小休", "Break", "1")};
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::agent::AgentApp app(host.connection(), status, settings);
    app.setLanguage(QStringLiteral("zh_CN"));
    auto* combo = app.window().softphoneBar().findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    REQUIRE(combo);
    CHECK(comboCodes(*combo) == builtInCodes());

    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("alice"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    REQUIRE(waitFor([&] { return comboCodes(*combo) == QStringList{QStringLiteral("break"), QStringLiteral("coaching")}; }));
    CHECK(combo->itemText(1) == QStringLiteral("辅导"));
    // The language changes the labels of the same list.
    app.setLanguage(QStringLiteral("en"));
    CHECK(combo->itemText(1) == QStringLiteral("Coaching"));

    // After a reconnect an older server refuses: the list from before stays.
    RefusalSeen refused(host.connection());
    dictionary.refuse = true;
    server.dropClient();
    REQUIRE(waitFor([&] { return refused.seen; }));
    CHECK(comboCodes(*combo) == QStringList{QStringLiteral("break"), QStringLiteral("coaching")});
}

TEST_CASE("agent desktop keeps the built-in reasons when the server refuses the dictionary", "[agent][reasons]") {
    cti::test::FakeServer server;
    DictionaryServer dictionary(server);
    dictionary.refuse = true;
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("agent.ini")), QSettings::IniFormat);
    cti::qt::ConnectionHost host(cti::qt::ConnectionOptions{});
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::agent::AgentApp app(host.connection(), status, settings);
    RefusalSeen refused(host.connection());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("alice"), QStringLiteral("secret"),
                                                            cti::test::testCertificate().fingerprint});
    REQUIRE(waitFor([&] { return refused.seen; }));
    auto* combo = app.window().softphoneBar().findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    REQUIRE(combo);
    CHECK(comboCodes(*combo) == builtInCodes());
}
