// The knowledge base's rules and models: the category tree's shape and order, search text,
// where an article may be sent.
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

#include "models/knowledge_model.h"

using cti::agent::KbArticleListModel;
using cti::agent::KbCategoryModel;

namespace {

cti::qt::KbCategory category(qint64 id, qint64 parent, const char* name, int position) {
    return cti::qt::KbCategory{id, parent, QString::fromUtf8(name), position};
}

// The tree as text: "name(child, child)" per node, siblings joined by ", ".
QString shape(const QAbstractItemModel& model, const QModelIndex& parent = {}) {
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        QString s = i.data().toString();
        if (model.rowCount(i) > 0) s += QLatin1Char('(') + shape(model, i) + QLatin1Char(')');
        parts << s;
    }
    return parts.join(QStringLiteral(", "));
}

}  // namespace

TEST_CASE("knowledge: the category tree is built by parent and ordered by position then name", "[agent][knowledge]") {
    KbCategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Unordered on purpose: children before parents, positions out of order, a tie on position.
    model.setCategories({
        category(11, 1, "缴费方式", 2),
        category(2, 0, "停电报修", 1),
        category(12, 1, "电价标准", 1),
        category(1, 0, "电费", 0),
        category(13, 1, "B-ties", 2),
        category(111, 11, "Online", 0),
        category(3, 0, "Accounts", 1),
    });
    CHECK(shape(model) == QString::fromUtf8("电费(电价标准, B-ties, 缴费方式(Online)), Accounts, 停电报修"));

    const QModelIndex online = model.indexOf(111);
    REQUIRE(online.isValid());
    CHECK(online.data(KbCategoryModel::CategoryIdRole).toLongLong() == 111);
    CHECK(online.parent().data(KbCategoryModel::CategoryIdRole).toLongLong() == 11);
    CHECK(online.parent().parent().data(KbCategoryModel::CategoryIdRole).toLongLong() == 1);
    CHECK_FALSE(online.parent().parent().parent().isValid());
    CHECK_FALSE(model.indexOf(999).isValid());
}

TEST_CASE("knowledge: an orphan goes to the top level and a cycle is broken, nothing is lost", "[agent][knowledge]") {
    KbCategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCategories({
        category(5, 42, "orphan", 5),     // parent 42 does not exist
        category(7, 8, "cycle-a", 1),     // 7 -> 8 -> 9 -> 7
        category(8, 9, "cycle-b", 1),
        category(9, 7, "cycle-c", 1),
        category(10, 9, "below-cycle", 0),
        category(20, 20, "self", 9),      // its own parent
        category(1, 0, "root", 0),
    });
    // 7 (the smallest id of its cycle) is lifted to the top; 9 stays under 7 and 8 under 9.
    CHECK(shape(model) == QStringLiteral("root, cycle-a(cycle-c(below-cycle, cycle-b)), orphan, self"));

    const auto tree = cti::agent::buildCategoryTree({category(3, 3, "x", 0), category(3, 0, "duplicate", 0)});
    REQUIRE(tree.nodes.size() == 1);
    CHECK(tree.roots == QList<int>{0});
    CHECK(tree.nodes[0].category.name == QStringLiteral("x"));
}

TEST_CASE("knowledge: a new category list replaces the tree", "[agent][knowledge]") {
    KbCategoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCategories({category(1, 0, "a", 0), category(2, 1, "b", 0)});
    model.setCategories({category(3, 0, "c", 0)});
    CHECK(shape(model) == QStringLiteral("c"));
    model.setCategories({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("knowledge: search text is trimmed and kept within the server's 400 bytes", "[agent][knowledge]") {
    using cti::agent::kbSearchText;
    CHECK(kbSearchText(QString::fromUtf8("  电费 缴费 \n")) == QString::fromUtf8("电费 缴费"));
    CHECK(kbSearchText(QStringLiteral("   ")).isEmpty());
    // 200 Chinese characters are 600 bytes: cut to 133 whole characters (399 bytes).
    const QString longChinese = QString(200, QChar(0x7535));  // 电
    const QString cut = kbSearchText(longChinese);
    CHECK(cut.size() == 133);
    CHECK(cut.toUtf8().size() <= cti::agent::kMaxKbQueryBytes);
    // An emoji (a surrogate pair, 4 bytes) is never split in half.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    const QString mixed = QString(398, QLatin1Char('a')) + emoji;
    CHECK(kbSearchText(mixed) == QString(398, QLatin1Char('a')));
}

TEST_CASE("knowledge: the destination proposed and what may be sent", "[agent][knowledge]") {
    using cti::agent::defaultDestination;
    using cti::agent::kbSendProblem;
    CHECK(defaultDestination(QStringLiteral("sms"), QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
    CHECK(defaultDestination(QStringLiteral("fax"), QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
    CHECK(defaultDestination(QStringLiteral("email"), QStringLiteral("13800138000")).isEmpty());

    CHECK(kbSendProblem(5, 9, QStringLiteral("sms"), QStringLiteral("13800138000")).isEmpty());
    CHECK(kbSendProblem(5, 9, QStringLiteral("fax"), QStringLiteral("+862566668888")).isEmpty());
    CHECK(kbSendProblem(5, 9, QStringLiteral("email"), QStringLiteral("zhang@example.com")).isEmpty());
    CHECK(kbSendProblem(5, 9, QStringLiteral("sms"), QString()).isEmpty());  // the order's caller number
    CHECK_FALSE(kbSendProblem(0, 9, QStringLiteral("sms"), QStringLiteral("13800138000")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 0, QStringLiteral("sms"), QStringLiteral("13800138000")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("wechat"), QStringLiteral("13800138000")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("sms"), QStringLiteral("138-0013")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("sms"), QStringLiteral("12")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("email"), QStringLiteral("13800138000")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("email"), QStringLiteral("a@b@c")).isEmpty());
    CHECK_FALSE(kbSendProblem(5, 9, QStringLiteral("email"), QStringLiteral("a b@c.com")).isEmpty());
}

TEST_CASE("knowledge: search results show title, snippet, updated and author", "[agent][knowledge]") {
    KbArticleListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    cti::qt::KbArticle a;
    a.articleId = 31;
    a.title = QString::fromUtf8("如何缴纳电费");
    a.snippet = QString::fromUtf8("…可通过银行代扣缴纳电费。");
    a.author = QString::fromUtf8("王工");
    a.updatedMs = 1'700'000'000'000;
    cti::qt::KbArticle b;
    b.articleId = 7;
    b.title = QStringLiteral("Second");
    model.setArticles({a, b});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, KbArticleListModel::TitleColumn).data().toString() == a.title);
    CHECK(model.index(0, KbArticleListModel::SnippetColumn).data().toString() == a.snippet);
    CHECK(model.index(0, KbArticleListModel::AuthorColumn).data().toString() == a.author);
    CHECK_FALSE(model.index(0, KbArticleListModel::UpdatedColumn).data().toString().isEmpty());
    CHECK(model.index(1, KbArticleListModel::SnippetColumn).data(KbArticleListModel::ArticleIdRole).toLongLong() == 7);
    CHECK(model.headerData(KbArticleListModel::TitleColumn, Qt::Horizontal).toString() == QStringLiteral("Title"));
}
