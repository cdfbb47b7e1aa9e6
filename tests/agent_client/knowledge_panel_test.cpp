// What the agent sees and asks for in the knowledge panel: searching (Chinese included),
// choosing a category, reading an article, sending it to the caller.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "models/knowledge_model.h"
#include "widgets/knowledge_panel.h"

using cti::agent::KnowledgePanel;

namespace {

template <typename T>
T* child(const QWidget& parent, const char* name) {
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

QList<cti::qt::KbCategory> categories() {
    return {{1, 0, QString::fromUtf8("电费"), 0}, {11, 1, QString::fromUtf8("缴费方式"), 0},
            {2, 0, QString::fromUtf8("停电"), 1}};
}

cti::qt::KbArticle article() {
    cti::qt::KbArticle a;
    a.articleId = 31;
    a.categoryId = 11;
    a.title = QString::fromUtf8("如何缴纳电费");
    a.body = QString::fromUtf8("可通过银行代扣缴纳电费。\n<b>不是HTML</b>");
    a.version = 3;
    a.author = QString::fromUtf8("王工");
    a.updatedMs = 1'700'000'000'000;
    a.keywords = {QString::fromUtf8("缴费"), QString::fromUtf8("银行")};
    return a;
}

}  // namespace

TEST_CASE("knowledge panel: Enter and the Search button ask for the typed Chinese text", "[agent][knowledge][widget]") {
    KnowledgePanel panel;
    QSignalSpy search(&panel, &KnowledgePanel::searchRequested);
    auto* edit = child<QLineEdit>(panel, "kbSearchEdit");
    edit->setText(QString::fromUtf8("  电费 缴费 "));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(search.count() == 1);
    CHECK(search.at(0).at(0).toString() == QString::fromUtf8("电费 缴费"));
    CHECK(search.at(0).at(1).toLongLong() == 0);

    child<QPushButton>(panel, "kbSearchButton")->click();
    CHECK(search.count() == 2);
}

TEST_CASE("knowledge panel: choosing a category searches within it", "[agent][knowledge][widget]") {
    KnowledgePanel panel;
    panel.setCategories(categories());
    QSignalSpy search(&panel, &KnowledgePanel::searchRequested);
    auto* tree = child<QTreeView>(panel, "kbCategoryTree");
    REQUIRE(tree->model()->rowCount() == 2);
    const QModelIndex fees = tree->model()->index(0, 0);
    REQUIRE(fees.data().toString() == QString::fromUtf8("电费"));
    const QModelIndex ways = tree->model()->index(0, 0, fees);
    REQUIRE(ways.data().toString() == QString::fromUtf8("缴费方式"));

    child<QLineEdit>(panel, "kbSearchEdit")->setText(QString::fromUtf8("银行"));
    tree->setCurrentIndex(ways);
    REQUIRE(search.count() == 1);
    CHECK(search.at(0).at(0).toString() == QString::fromUtf8("银行"));
    CHECK(search.at(0).at(1).toLongLong() == 11);
    CHECK(panel.currentCategoryId() == 11);

    SECTION("a new category list keeps the choice without searching again") {
        panel.setCategories(categories());
        CHECK(search.count() == 1);
        CHECK(panel.currentCategoryId() == 11);
        child<QPushButton>(panel, "kbSearchButton")->click();
        REQUIRE(search.count() == 2);
        CHECK(search.at(1).at(1).toLongLong() == 11);
    }
    SECTION("a list without the chosen category searches everywhere again") {
        panel.setCategories({{2, 0, QString::fromUtf8("停电"), 1}});
        CHECK(panel.currentCategoryId() == 0);
    }
    SECTION("All categories searches everywhere") {
        child<QPushButton>(panel, "kbAllCategories")->click();
        REQUIRE(search.count() == 2);
        CHECK(search.at(1).at(1).toLongLong() == 0);
        CHECK_FALSE(tree->selectionModel()->hasSelection());
    }
}

TEST_CASE("knowledge panel: results are listed, choosing one asks for the article, which is shown", "[agent][knowledge][widget]") {
    KnowledgePanel panel;
    QSignalSpy wanted(&panel, &KnowledgePanel::articleRequested);
    auto found = article();
    found.body.clear();
    found.snippet = QString::fromUtf8("…银行代扣…");
    cti::qt::KbArticle other;
    other.articleId = 40;
    other.title = QStringLiteral("Other");
    panel.showResults({found, other});
    auto* results = child<QTreeView>(panel, "kbResults");
    REQUIRE(results->model()->rowCount() == 2);
    CHECK(results->model()->index(0, cti::agent::KbArticleListModel::SnippetColumn).data().toString() == found.snippet);
    CHECK(child<QLabel>(panel, "kbStatus")->text().isEmpty());

    results->setCurrentIndex(results->model()->index(1, 0));
    REQUIRE(wanted.count() == 1);
    CHECK(wanted.at(0).at(0).toLongLong() == 40);

    panel.showArticle(article());
    const QString shown = child<QTextBrowser>(panel, "kbArticleView")->toPlainText();
    CHECK(shown.contains(QString::fromUtf8("如何缴纳电费")));
    CHECK(shown.contains(QString::fromUtf8("可通过银行代扣缴纳电费。")));
    CHECK(shown.contains(QStringLiteral("<b>")));  // plain text: the markup is shown, not applied
    CHECK(shown.contains(QString::fromUtf8("王工")));
    CHECK(shown.contains(QStringLiteral("3")));
    CHECK(shown.contains(QString::fromUtf8("银行")));
    CHECK(panel.shownArticleId() == 31);

    panel.showResults({});
    CHECK_FALSE(child<QLabel>(panel, "kbStatus")->text().isEmpty());  // "no article matches"
}

TEST_CASE("knowledge panel: sending goes to the caller's number by default", "[agent][knowledge][widget]") {
    KnowledgePanel panel;
    QSignalSpy send(&panel, &KnowledgePanel::sendRequested);
    auto* sendButton = child<QPushButton>(panel, "kbSendButton");
    auto* destination = child<QLineEdit>(panel, "kbDestination");
    auto* channel = child<QComboBox>(panel, "kbChannel");
    auto* status = child<QLabel>(panel, "kbStatus");
    CHECK_FALSE(sendButton->isEnabled());  // nothing to send yet

    panel.setCustomerNumber(QStringLiteral("13800138000"));
    panel.setCurrentOrder(9);
    panel.showArticle(article());
    CHECK(destination->text() == QStringLiteral("13800138000"));
    REQUIRE(sendButton->isEnabled());
    sendButton->click();
    REQUIRE(send.count() == 1);
    CHECK(send.at(0).at(0).toLongLong() == 31);
    CHECK(send.at(0).at(1).toLongLong() == 9);
    CHECK(send.at(0).at(2).toString() == QStringLiteral("sms"));
    CHECK(send.at(0).at(3).toString() == QStringLiteral("13800138000"));
    CHECK_FALSE(sendButton->isEnabled());  // one at a time until the answer
    panel.showSent();
    CHECK(sendButton->isEnabled());
    CHECK_FALSE(status->text().isEmpty());

    SECTION("e-mail proposes no phone number; fax proposes it again") {
        channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
        CHECK(destination->text().isEmpty());
        channel->setCurrentIndex(channel->findData(QStringLiteral("fax")));
        CHECK(destination->text() == QStringLiteral("13800138000"));
    }
    SECTION("a destination the agent typed is kept until the next caller") {
        destination->setFocus();
        destination->selectAll();
        QTest::keyClicks(destination, QStringLiteral("zhang@example.com"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
        CHECK(destination->text() == QStringLiteral("zhang@example.com"));
        sendButton->click();
        REQUIRE(send.count() == 2);
        CHECK(send.at(1).at(2).toString() == QStringLiteral("email"));
        CHECK(send.at(1).at(3).toString() == QStringLiteral("zhang@example.com"));
        panel.showError(QStringLiteral("the order is closed"));
        CHECK(status->text() == QStringLiteral("the order is closed"));
        CHECK(sendButton->isEnabled());
        panel.setCustomerNumber(QStringLiteral("13900139000"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("sms")));
        CHECK(destination->text() == QStringLiteral("13900139000"));
    }
    SECTION("a bad number is explained, not sent") {
        destination->setText(QStringLiteral("138-abc"));
        sendButton->click();
        CHECK(send.count() == 1);
        CHECK_FALSE(status->text().isEmpty());
    }
    SECTION("without a work order nothing is sent") {
        panel.setCurrentOrder(0);
        sendButton->click();
        CHECK(send.count() == 1);
        CHECK(status->text().contains(QStringLiteral("work order")));
    }
}
