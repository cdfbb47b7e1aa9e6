// The shared login dialog, what it remembers, and the login flow with certificate pinning
// against the TLS test double.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <QApplication>

#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/login_dialog.h"
#include "cti/qtwidgets/login_flow.h"
#include "support/fake_server.h"
#include "support/screenshot.h"
#include "support/test_certificate.h"
#include "support/wait.h"

namespace {

struct TempSettings {
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
};

template <typename W>
W* child(QWidget& parent, const char* name) {
    auto* w = parent.findChild<W*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void fill(QWidget& dialog, const QString& server, const QString& user, const QString& password, bool cti) {
    child<QLineEdit>(dialog, "serverEdit")->setText(server);
    child<QLineEdit>(dialog, "userEdit")->setText(user);
    child<QLineEdit>(dialog, "passwordEdit")->setText(password);
    child<QCheckBox>(dialog, "connectCtiCheckBox")->setChecked(cti);
}

}  // namespace

TEST_CASE("the login dialog has its fields and the CTI choice", "[login]") {
    TempSettings temp;
    cti::qt::LoginSettings store(temp.settings);
    cti::qt::LoginDialog dialog(store);
    CHECK(child<QLineEdit>(dialog, "passwordEdit")->echoMode() == QLineEdit::Password);
    auto* cti = child<QCheckBox>(dialog, "connectCtiCheckBox");
    CHECK(cti->isChecked());  // by default the agent takes calls
    CHECK(cti->text() == QStringLiteral("Connect to CTI server"));
    CHECK_FALSE(cti->toolTip().isEmpty());
    child<QPushButton>(dialog, "loginButton");
    child<QPushButton>(dialog, "exitButton");
}

TEST_CASE("the login dialog in Chinese", "[login][translation]") {
    const cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"), {QStringLiteral("cti_qtclient")});
    REQUIRE(zh.missing().isEmpty());
    TempSettings temp;
    cti::qt::LoginSettings store(temp.settings);
    cti::qt::LoginDialog dialog(store);
    CHECK(dialog.windowTitle() == QStringLiteral("登录"));
    CHECK(child<QCheckBox>(dialog, "connectCtiCheckBox")->text() == QStringLiteral("连接CTI服务器"));
    CHECK(child<QPushButton>(dialog, "exitButton")->text() == QStringLiteral("退出"));
    fill(dialog, QStringLiteral("cti.example.com:7443"), QStringLiteral("zhangli"), QString(), true);
    child<QPushButton>(dialog, "loginButton")->click();
    CHECK(child<QLabel>(dialog, "statusLabel")->text() == QStringLiteral("请输入密码。"));
    CHECK_FALSE(cti::test::saveScreenshot(dialog, QStringLiteral("login-dialog-zh_CN")).isEmpty());
}

TEST_CASE("the login dialog checks the form and remembers all but the password", "[login]") {
    TempSettings temp;
    cti::qt::LoginSettings store(temp.settings);
    {
        cti::qt::LoginDialog dialog(store);
        QSignalSpy requested(&dialog, &cti::qt::LoginDialog::loginRequested);
        fill(dialog, QStringLiteral("cti.example.com:7443"), QStringLiteral("alice"), QString(), false);
        child<QPushButton>(dialog, "loginButton")->click();
        CHECK(requested.isEmpty());
        CHECK(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("password")));

        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("s3cret"));
        child<QPushButton>(dialog, "loginButton")->click();
        REQUIRE(requested.size() == 1);
        const auto request = requested.at(0).at(0).value<cti::qt::LoginRequest>();
        CHECK(request.server == QStringLiteral("cti.example.com:7443"));
        CHECK(request.user == QStringLiteral("alice"));
        CHECK(request.password == QStringLiteral("s3cret"));
        CHECK_FALSE(request.connectCti);
    }
    temp.settings.sync();
    for (const QString& key : temp.settings.allKeys())
        CHECK_FALSE(temp.settings.value(key).toString().contains(QStringLiteral("s3cret")));

    cti::qt::LoginDialog again(store);
    CHECK(child<QLineEdit>(again, "serverEdit")->text() == QStringLiteral("cti.example.com:7443"));
    CHECK(child<QLineEdit>(again, "userEdit")->text() == QStringLiteral("alice"));
    CHECK(child<QLineEdit>(again, "passwordEdit")->text().isEmpty());
    CHECK_FALSE(child<QCheckBox>(again, "connectCtiCheckBox")->isChecked());
}

TEST_CASE("the login flow pins the certificate on first use and reuses the pin", "[login]") {
    cti::test::FakeServer server;
    TempSettings temp;
    cti::qt::LoginSettings loginSettings(temp.settings);
    cti::qt::TrustStore trust(temp.settings);
    cti::qt::ConnectionHost host;
    const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());

    int asked = 0;
    auto alwaysTrust = [&](QWidget*, const QString& shownServer, const QString& fingerprint) {
        ++asked;
        CHECK(shownServer == address);
        CHECK(fingerprint == cti::test::testCertificate().fingerprint);
        return true;
    };
    auto logIn = [&](cti::qt::LoginFlow& flow) {
        QObject::connect(&flow, &cti::qt::LoginFlow::dialogShown, [&](cti::qt::LoginDialog* dialog) {
            fill(*dialog, address, QStringLiteral("alice"), QStringLiteral("secret"), true);
            child<QPushButton>(*dialog, "loginButton")->click();
        });
        return flow.exec();
    };

    cti::qt::LoginFlow first(host.connection(), loginSettings, trust, alwaysTrust);
    REQUIRE(logIn(first));
    CHECK(asked == 1);
    CHECK(first.loggedInAs().user == QStringLiteral("alice"));
    CHECK(first.loggedInAs().password.isEmpty());
    CHECK(trust.pinned(cti::qt::ServerAddress{QStringLiteral("127.0.0.1"), server.port()}) ==
          cti::test::testCertificate().fingerprint);

    host.connection().disconnectFromServer();
    REQUIRE(cti::test::waitFor(
        [&] { return host.connection().state() == cti::qt::ConnectionState::Disconnected; }));
    cti::qt::LoginFlow second(host.connection(), loginSettings, trust, alwaysTrust);
    REQUIRE(logIn(second));
    CHECK(asked == 1);  // pinned: not asked again
}

TEST_CASE("the login flow shows the server's refusal in the dialog", "[login]") {
    cti::test::FakeServer server;
    server.rejectLogin = true;
    TempSettings temp;
    cti::qt::LoginSettings loginSettings(temp.settings);
    cti::qt::TrustStore trust(temp.settings);
    trust.pin(cti::qt::ServerAddress{QStringLiteral("127.0.0.1"), server.port()},
              cti::test::testCertificate().fingerprint);
    cti::qt::ConnectionHost host;
    cti::qt::LoginFlow flow(host.connection(), loginSettings, trust,
                            [](QWidget*, const QString&, const QString&) { return false; });
    QString shown;
    QObject::connect(&flow, &cti::qt::LoginFlow::dialogShown, [&](cti::qt::LoginDialog* dialog) {
        fill(*dialog, QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("alice"),
             QStringLiteral("wrong"), true);
        child<QPushButton>(*dialog, "loginButton")->click();
        auto* status = child<QLabel>(*dialog, "statusLabel");
        // Once the refusal is on screen the user gives up: Exit.
        auto* poll = new QTimer(dialog);
        QObject::connect(poll, &QTimer::timeout, dialog, [&shown, status, dialog] {
            if (status->text().contains(QStringLiteral("Wrong user name"))) {
                shown = status->text();
                dialog->reject();
            }
        });
        poll->start(20);
    });
    CHECK_FALSE(flow.exec());
    CHECK(shown == QStringLiteral("Wrong user name or password."));
}
