// The Reports window against the real cti-server (the demo call center, as a child process):
// the request as the server parses it, every subject's columns known to the desktop (so no
// header shows a raw id), a custom range of days (the range the server reports back, and its
// refusal of more than 400 days shown), and a saved report stored, listed again and deleted.
// Built only when the build has the server (tests/supervisor_client/CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QPushButton>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "models/report_format.h"
#include "models/report_model.h"
#include "models/saved_reports_model.h"
#include "support/server_process.h"
#include "support/wait.h"
#include "widgets/report_view.h"

using cti::test::waitFor;
using namespace std::chrono_literals;

namespace {

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

}  // namespace

TEST_CASE("reports window against the real server", "[supervisor][report][server]") {
    cti::test::ServerProcess server(QStringLiteral(CTI_SERVER_BINARY));
    cti::qt::ConnectionOptions options;
    options.handshakeTimeout = 60s;  // Argon2id under the sanitizers is slow
    cti::qt::ConnectionHost host(options);
    cti::qt::SessionStatus status;
    cti::qt::bindSessionStatus(host.connection(), status);
    cti::supervisor::SupervisorApp app(host.connection(), status);
    auto& view = app.reportView();
    const QString password = server.password(QStringLiteral("leader"));
    REQUIRE_FALSE(password.isEmpty());
    host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                            QStringLiteral("leader"), password, server.fingerprint()});
    // A team leader may see reports: the wall offers them.
    REQUIRE(waitFor([&] { return app.reportsAction().isVisible(); }, 120000));
    app.reportsAction().trigger();

    // Every subject, today, by hour: the server accepts the request and every column it sends
    // has a title here.
    auto* subject = child<QComboBox>(view, "subjectCombo");
    for (int i = 0; i < subject->count(); ++i) {
        const QString id = subject->itemData(i).toString();
        INFO(id.toStdString());
        subject->setCurrentIndex(i);
        auto* period = child<QComboBox>(view, "periodCombo");
        period->setCurrentIndex(period->findData(QStringLiteral("60m")));
        view.model().clear();
        child<QPushButton>(view, "runButton")->click();
        REQUIRE(waitFor([&] { return !view.model().empty() || view.statusText() != QStringLiteral("Running the report…"); }));
        if (view.model().empty()) FAIL(view.statusText().toStdString());  // what the server refused
        CHECK(view.model().subject() == id);
        const auto& result = view.model().result();
        CHECK(result.fromMs < result.toMs);
        CHECK(result.total.values.size() == result.columns.size());
        for (const auto& column : result.columns) {
            INFO(column.toStdString());
            CHECK(cti::supervisor::ReportModel::columnTitle(column) != column);
        }
    }

    // A custom range: the last three days, by day. The server covers exactly those days in this
    // desktop's zone, and says a range too long is refused.
    const QDate today = QDate::currentDate();
    view.setCustomRange(today.addDays(-2), today);
    subject->setCurrentIndex(subject->findData(QStringLiteral("queue")));
    auto* period = child<QComboBox>(view, "periodCombo");
    period->setCurrentIndex(period->findData(QStringLiteral("day")));
    view.model().clear();
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return !view.model().empty() || view.statusText() != QStringLiteral("Running the report…"); }));
    if (view.model().empty()) FAIL(view.statusText().toStdString());
    const auto days = cti::supervisor::customReportRange(today.addDays(-2), today,
                                                         cti::supervisor::ReportView::localUtcOffsetMin());
    CHECK(view.model().result().fromMs == days.fromMs);
    CHECK(view.model().result().toMs == days.toMs);
    view.setCustomRange(today.addDays(-500), today);
    child<QPushButton>(view, "runButton")->click();
    REQUIRE(waitFor([&] { return view.statusText().contains(QStringLiteral("400 days")); }));
    view.setCustomRange(today.addDays(-2), today);

    // Saved on the server, listed again, deleted.
    const int before = view.savedReports().rowCount();
    view.saveAs(QStringLiteral("测试：三天队列"));
    REQUIRE(waitFor([&] { return view.savedReports().rowCount() == before + 1; }));
    const auto row = view.savedReports().rowOfName(QStringLiteral("测试：三天队列"));
    REQUIRE(row.has_value());
    const auto saved = view.savedReports().reportAt(*row);
    CHECK(saved.reportId > 0);
    CHECK(saved.owner == QStringLiteral("leader"));
    CHECK(saved.query.period == QStringLiteral("day"));
    // The custom range stays with it.
    CHECK(saved.query.range.isEmpty());
    CHECK(saved.query.fromMs == days.fromMs);
    CHECK(saved.query.toMs == days.toMs);
    view.savedReports().setReports({});
    view.refreshSaved();
    REQUIRE(waitFor([&] { return view.savedReports().rowOf(saved.reportId).has_value(); }));
    view.openSaved(*view.savedReports().rowOf(saved.reportId));
    child<QPushButton>(view, "deleteButton")->click();
    REQUIRE(waitFor([&] { return !view.savedReports().rowOf(saved.reportId).has_value(); }));
    view.refreshSaved();
    QTest::qWait(500);
    CHECK_FALSE(view.savedReports().rowOf(saved.reportId).has_value());

    host.logoutAndWait(30s);
}
