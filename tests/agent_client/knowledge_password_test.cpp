// Changing my password: the client-side checks (the server's policy and typing mistakes) and the
// dialog's intent, which waits for the server's answer.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "widgets/password_dialog.h"

using cti::agent::PasswordDialog;
using cti::agent::passwordProblem;

TEST_CASE("password: the server's length policy and the typing mistakes", "[agent][password]") {
    const QString old = QStringLiteral("old-secret");
    CHECK(passwordProblem(old, QStringLiteral("new-secret"), QStringLiteral("new-secret")).isEmpty());
    CHECK(passwordProblem({}, QStringLiteral("new-secret"), QStringLiteral("new-secret")) ==
          QStringLiteral("Enter your current password."));
    CHECK(passwordProblem(old, QStringLiteral("short7c"), QStringLiteral("short7c")) ==
          QStringLiteral("The new password needs 8 to 256 characters."));
    CHECK(passwordProblem(old, QStringLiteral("12345678"), QStringLiteral("12345678")).isEmpty());  // exactly 8
    // Eight Chinese characters are eight characters (24 bytes): enough.
    const QString chinese = QString::fromUtf8("春眠不觉晓处处闻");
    CHECK(passwordProblem(old, chinese, chinese).isEmpty());
    // 86 Chinese characters are 258 bytes: more than the server stores.
    const QString tooLong = QString(86, QChar(0x6625));
    CHECK(passwordProblem(old, tooLong, tooLong) == QStringLiteral("The new password needs 8 to 256 characters."));
    CHECK(passwordProblem(old, QString(256, u'x'), QString(256, u'x')).isEmpty());
    CHECK(passwordProblem(old, QStringLiteral("new-secret"), QStringLiteral("new-secrte")) ==
          QStringLiteral("The two new passwords differ."));
    CHECK(passwordProblem(old, old, old) == QStringLiteral("The new password is the same as the current one."));
}

TEST_CASE("password dialog: OK asks for the change and waits for the answer", "[agent][password][widget]") {
    PasswordDialog dialog;
    dialog.show();
    QSignalSpy change(&dialog, &PasswordDialog::changeRequested);
    auto* old = dialog.findChild<QLineEdit*>(QStringLiteral("oldPasswordEdit"));
    auto* fresh = dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("passwordOkButton"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("passwordStatus"));
    REQUIRE(old);
    REQUIRE(fresh);
    REQUIRE(confirm);
    REQUIRE(ok);
    REQUIRE(status);
    for (auto* e : {old, fresh, confirm}) CHECK(e->echoMode() == QLineEdit::Password);
    CHECK_FALSE(ok->isEnabled());

    QTest::keyClicks(old, QStringLiteral("old-secret"));
    QTest::keyClicks(fresh, QStringLiteral("new-secret"));
    QTest::keyClicks(confirm, QStringLiteral("new-secrte"));
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(change.isEmpty());
    CHECK(status->text() == QStringLiteral("The two new passwords differ."));

    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("new-secret"));
    ok->click();
    REQUIRE(change.count() == 1);
    CHECK(change.at(0).at(0).toString() == QStringLiteral("old-secret"));
    CHECK(change.at(0).at(1).toString() == QStringLiteral("new-secret"));
    CHECK(dialog.isVisible());  // stays open for the answer
    CHECK_FALSE(ok->isEnabled());

    SECTION("a refusal is shown and the agent may try again") {
        dialog.showResult(false, QStringLiteral("the current password is wrong; the password was not changed"));
        CHECK(dialog.isVisible());
        CHECK(status->text().contains(QStringLiteral("current password is wrong")));
        CHECK(ok->isEnabled());
        ok->click();
        CHECK(change.count() == 2);
    }
    SECTION("success closes the dialog and forgets the passwords") {
        dialog.showResult(true, {});
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(old->text().isEmpty());
        CHECK(fresh->text().isEmpty());
        CHECK(confirm->text().isEmpty());
    }
}
