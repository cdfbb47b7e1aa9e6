// Notices and help requests: the pure checks and the help list.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDateTime>

#include "models/help_request_model.h"
#include "models/notices.h"

using cti::supervisor::checkNotice;
using cti::supervisor::HelpRequestModel;
using cti::supervisor::NoticeProblem;

TEST_CASE("notice check: 1 to 2000 characters, to an agent or a department", "[supervisor][notices]") {
    const QString who = QStringLiteral("1001");
    CHECK(checkNotice(QStringLiteral("请大家注意：十点开早会"), true, who) == NoticeProblem::None);
    CHECK(checkNotice({}, true, who) == NoticeProblem::Empty);
    CHECK(checkNotice(QStringLiteral("  \n "), false, QStringLiteral("客服中心")) == NoticeProblem::Empty);
    CHECK(checkNotice(QStringLiteral("hi"), true, {}) == NoticeProblem::NoAgent);
    CHECK(checkNotice(QStringLiteral("hi"), false, {}) == NoticeProblem::NoDepartment);
    // The server counts characters: 2000 Chinese characters (6000 bytes) pass, 2001 do not.
    CHECK(checkNotice(QString(2000, QChar(0x4E2D)), true, who) == NoticeProblem::None);
    CHECK(checkNotice(QString(2001, QChar(0x4E2D)), true, who) == NoticeProblem::TooLong);
    // A character outside the BMP is one character (two UTF-16 units).
    QString emoji;
    for (int i = 0; i < 2000; ++i) emoji += QString::fromUcs4(U"\U0001F600", 1);
    CHECK(cti::supervisor::noticeLength(emoji) == 2000);
    CHECK(checkNotice(emoji, true, who) == NoticeProblem::None);
    CHECK(cti::supervisor::noticeProblemText(NoticeProblem::TooLong) == QStringLiteral("A notice has at most 2000 characters."));
    CHECK(cti::supervisor::noticeProblemText(NoticeProblem::None).isEmpty());
}

TEST_CASE("help requests: 【求助】 or [Help] messages, newest first", "[supervisor][notices]") {
    CHECK(cti::supervisor::isHelpRequest(QStringLiteral("【求助】张伟 请求协助。")));
    CHECK(cti::supervisor::isHelpRequest(QStringLiteral("[Help] Zhang Wei asks for help.")));
    CHECK(cti::supervisor::isHelpRequest(QStringLiteral("  [help] spaces first")));
    CHECK_FALSE(cti::supervisor::isHelpRequest(QStringLiteral("请帮忙看看【求助】")));
    CHECK_FALSE(cti::supervisor::isHelpRequest(QStringLiteral("下午三点培训")));

    HelpRequestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 t = 1'780'000'000'000;
    // The server names the sender by display name; the wall adds the login when it knows it.
    CHECK(model.applyMessage({1, QStringLiteral("张伟"), {}, QStringLiteral("客服中心"),
                              QStringLiteral("【求助】张伟 在与 13800138000 的通话中请求协助。"), t},
                             QStringLiteral("1001")));
    CHECK_FALSE(model.applyMessage({2, QStringLiteral("王芳"), {}, QStringLiteral("客服中心"), QStringLiteral("收到"), t}));
    CHECK(model.applyMessage({3, QStringLiteral("王芳"), {}, QStringLiteral("客服中心"), QStringLiteral("[Help] Wang Fang"), t + 5000}));
    CHECK_FALSE(model.applyMessage({3, QStringLiteral("王芳"), {}, QStringLiteral("客服中心"), QStringLiteral("[Help] Wang Fang"), t + 5000}));
    REQUIRE(model.rowCount() == 2);
    const int agent = static_cast<int>(HelpRequestModel::Column::Agent);
    const int time = static_cast<int>(HelpRequestModel::Column::Time);
    CHECK(model.loginAt(0).isEmpty());  // not an agent the wall knows
    CHECK(model.index(0, agent).data().toString() == QStringLiteral("王芳"));
    CHECK(model.index(1, agent).data().toString() == QStringLiteral("张伟 (1001)"));
    CHECK(model.loginAt(1) == QStringLiteral("1001"));
    CHECK(model.index(1, 0).data(HelpRequestModel::LoginRole).toString() == QStringLiteral("1001"));
    CHECK(model.index(1, time).data().toString() == QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm:ss")));
    CHECK(model.loginAt(7).isEmpty());

    for (int i = 0; i < HelpRequestModel::kMaxRows + 5; ++i)
        model.applyMessage({100 + i, QStringLiteral("李娜"), {}, {}, QStringLiteral("[Help] again"), t + i});
    CHECK(model.rowCount() == HelpRequestModel::kMaxRows);
}
