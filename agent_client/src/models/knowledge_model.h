#pragma once
// The knowledge base (知识库) as the agent browses it: the category tree (ListKbCategories) and
// the articles a search found (SearchKb). State only; KnowledgePanel draws it and main() feeds it
// from cti::qt::Office. The rules (tree shape, search text, where an article may be sent) are
// pure functions so tests state them without widgets.
#include <QAbstractItemModel>
#include <QList>

#include "cti/qtclient/office_types.h"

namespace cti::agent {

// ---- the category tree ----

struct KbCategoryNode {
    cti::qt::KbCategory category;
    int parent = -1;      // index into KbCategoryTree::nodes, -1: top level
    int row = 0;          // position among its (ordered) siblings
    QList<int> children;  // indexes into nodes, in display order
};

struct KbCategoryTree {
    QList<KbCategoryNode> nodes;
    QList<int> roots;  // top-level nodes, in display order
};

// Builds the tree by parentId. Siblings are ordered by position, then name, then id. A category
// whose parent is missing goes to the top level rather than vanishing; in a parent cycle (bad
// data the server should never store, but a client must not loop on) the member with the
// smallest id becomes top level. A repeated id keeps its first occurrence.
KbCategoryTree buildCategoryTree(const QList<cti::qt::KbCategory>& categories);

// ---- searching and sending ----

// The server refuses a search text of more than this many UTF-8 bytes.
inline constexpr int kMaxKbQueryBytes = 400;

// What is sent as SearchKb.text: the typed text trimmed and cut (at a character, never inside
// one) to kMaxKbQueryBytes. Chinese text passes through unchanged; the server does full text.
QString kbSearchText(const QString& typed);

// The channels SendKbArticle knows, in the order the panel offers them.
QStringList kbChannels();

// The destination the panel proposes for a channel: the caller's number for sms and fax; none
// for email (a phone number is not an address).
QString defaultDestination(const QString& channel, const QString& customerNumber);

// Why an article cannot be sent now, or an empty string. Mirrors the server's checks
// (server/tickets check_destination) so the agent hears about a typo before a round trip. An
// empty destination is allowed: the server then uses the order's caller number.
QString kbSendProblem(qint64 articleId, qint64 orderId, const QString& channel, const QString& to);

// ---- models ----

class KbCategoryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { CategoryIdRole = Qt::UserRole + 1 };

    explicit KbCategoryModel(QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Replaces the tree: ListKbCategories answers with all of them.
    void setCategories(const QList<cti::qt::KbCategory>& categories);
    // The index of a category, invalid if unknown.
    QModelIndex indexOf(qint64 categoryId) const;

private:
    // internalId of an index = its node's position in tree_.nodes.
    const KbCategoryNode* nodeOf(const QModelIndex& index) const;

    KbCategoryTree tree_;
};

// Search results: one row per article, columns title, snippet, updated, author.
class KbArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SnippetColumn, UpdatedColumn, AuthorColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit KbArticleListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows; kept in the server's ranking order.
    void setArticles(const QList<cti::qt::KbArticle>& articles);
    const cti::qt::KbArticle& at(int row) const { return rows_.at(row); }

private:
    QList<cti::qt::KbArticle> rows_;
};

}  // namespace cti::agent
