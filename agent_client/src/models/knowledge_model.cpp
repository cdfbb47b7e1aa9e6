#include "models/knowledge_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cti::agent {

namespace {

QString trSend(const char* text) { return QCoreApplication::translate("cti::agent::KbSend", text); }

bool siblingBefore(const cti::qt::KbCategory& a, const cti::qt::KbCategory& b) {
    if (a.position != b.position) return a.position < b.position;
    if (const int byName = QString::localeAwareCompare(a.name, b.name); byName != 0) return byName < 0;
    return a.categoryId < b.categoryId;
}

// Parent ids with the data's faults repaired: missing parents and cycles become top level (0).
QHash<qint64, qint64> repairedParents(const QList<cti::qt::KbCategory>& categories) {
    QHash<qint64, qint64> parentOf;
    for (const auto& c : categories) parentOf.insert(c.categoryId, c.parentId);
    for (auto it = parentOf.begin(); it != parentOf.end(); ++it)
        if (it.value() != 0 && !parentOf.contains(it.value())) it.value() = 0;
    // Walk up from each category; coming back to a category already on the path is a cycle.
    // Lifting its smallest id to the top level breaks it; keep walking in case of more.
    QList<qint64> ids = parentOf.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 start : ids) {
        QList<qint64> path;
        QSet<qint64> onPath;
        for (qint64 at = start; at != 0;) {
            if (onPath.contains(at)) {
                const auto cycle = path.mid(path.indexOf(at));
                parentOf[*std::min_element(cycle.begin(), cycle.end())] = 0;
                path.clear();
                onPath.clear();
                at = start;  // re-walk with the cycle broken
                continue;
            }
            path.append(at);
            onPath.insert(at);
            at = parentOf.value(at);
        }
    }
    return parentOf;
}

bool isDigits(const QString& s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

}  // namespace

KbCategoryTree buildCategoryTree(const QList<cti::qt::KbCategory>& categories) {
    KbCategoryTree tree;
    QHash<qint64, int> nodeById;
    for (const auto& c : categories) {
        if (nodeById.contains(c.categoryId)) continue;
        nodeById.insert(c.categoryId, static_cast<int>(tree.nodes.size()));
        tree.nodes.append(KbCategoryNode{c, -1, 0, {}});
    }
    QList<cti::qt::KbCategory> unique;
    for (const auto& n : tree.nodes) unique.append(n.category);
    const auto parentOf = repairedParents(unique);

    for (int i = 0; i < tree.nodes.size(); ++i) {
        const qint64 parentId = parentOf.value(tree.nodes[i].category.categoryId);
        if (parentId == 0) {
            tree.roots.append(i);
        } else {
            const int p = nodeById.value(parentId);
            tree.nodes[i].parent = p;
            tree.nodes[p].children.append(i);
        }
    }
    const auto order = [&tree](QList<int>& siblings) {
        std::sort(siblings.begin(), siblings.end(), [&tree](int a, int b) {
            return siblingBefore(tree.nodes[a].category, tree.nodes[b].category);
        });
        for (int row = 0; row < siblings.size(); ++row) tree.nodes[siblings[row]].row = row;
    };
    order(tree.roots);
    for (auto& n : tree.nodes) order(n.children);
    return tree;
}

QString kbSearchText(const QString& typed) {
    QString text = typed.trimmed();
    // Cut whole code points until the UTF-8 form fits; a surrogate pair is one character.
    while (text.toUtf8().size() > kMaxKbQueryBytes) {
        int cut = static_cast<int>(text.size()) - 1;
        if (cut > 0 && text.at(cut).isLowSurrogate() && text.at(cut - 1).isHighSurrogate()) --cut;
        text.truncate(cut);
    }
    return text;
}

QStringList kbChannels() { return {QStringLiteral("sms"), QStringLiteral("fax"), QStringLiteral("email")}; }

QString defaultDestination(const QString& channel, const QString& customerNumber) {
    return channel == QLatin1String("email") ? QString() : customerNumber;
}

QString kbSendProblem(qint64 articleId, qint64 orderId, const QString& channel, const QString& to) {
    if (articleId <= 0) return trSend("Open an article first.");
    // The server records every sending on a work order (the customer's history).
    if (orderId <= 0) return trSend("Open or create the caller's work order first: a sent article is recorded on it.");
    if (!kbChannels().contains(channel)) return trSend("Choose SMS, fax or e-mail.");
    if (to.isEmpty()) return {};
    if (channel == QLatin1String("email")) {
        const auto at = to.indexOf(u'@');
        const bool badChar = std::any_of(to.begin(), to.end(), [](QChar c) {
            return c.unicode() <= u' ' || c == u'<' || c == u'>' || c == u',';
        });
        if (to.size() < 3 || to.toUtf8().size() > 254 || at <= 0 || at + 1 >= to.size() ||
            to.indexOf(u'@', at + 1) >= 0 || badChar)
            return trSend("This is not an e-mail address: give one like name@example.com.");
        return {};
    }
    const QString digits = to.startsWith(u'+') ? to.mid(1) : to;
    if (digits.size() < 3 || digits.size() > 20 || !isDigits(digits))
        return trSend("This is not a phone number: give 3 to 20 digits.");
    return {};
}

// ---- KbCategoryModel ----

KbCategoryModel::KbCategoryModel(QObject* parent) : QAbstractItemModel(parent) {}

const KbCategoryNode* KbCategoryModel::nodeOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) return nullptr;
    const auto i = static_cast<qsizetype>(index.internalId());
    return i < tree_.nodes.size() ? &tree_.nodes[i] : nullptr;
}

QModelIndex KbCategoryModel::index(int row, int column, const QModelIndex& parent) const {
    if (column != 0 || row < 0) return {};
    const QList<int>* siblings = &tree_.roots;
    if (parent.isValid()) {
        const auto* p = nodeOf(parent);
        if (!p) return {};
        siblings = &p->children;
    }
    if (row >= siblings->size()) return {};
    return createIndex(row, 0, static_cast<quintptr>(siblings->at(row)));
}

QModelIndex KbCategoryModel::parent(const QModelIndex& child) const {
    const auto* n = nodeOf(child);
    if (!n || n->parent < 0) return {};
    return createIndex(tree_.nodes[n->parent].row, 0, static_cast<quintptr>(n->parent));
}

int KbCategoryModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(tree_.roots.size());
    if (parent.column() != 0) return 0;
    const auto* n = nodeOf(parent);
    return n ? static_cast<int>(n->children.size()) : 0;
}

int KbCategoryModel::columnCount(const QModelIndex&) const { return 1; }

QVariant KbCategoryModel::data(const QModelIndex& index, int role) const {
    const auto* n = nodeOf(index);
    if (!n) return {};
    switch (role) {
        case Qt::DisplayRole: return n->category.name;
        case CategoryIdRole: return n->category.categoryId;
        default: return {};
    }
}

void KbCategoryModel::setCategories(const QList<cti::qt::KbCategory>& categories) {
    beginResetModel();
    tree_ = buildCategoryTree(categories);
    endResetModel();
}

QModelIndex KbCategoryModel::indexOf(qint64 categoryId) const {
    for (int i = 0; i < tree_.nodes.size(); ++i)
        if (tree_.nodes[i].category.categoryId == categoryId)
            return createIndex(tree_.nodes[i].row, 0, static_cast<quintptr>(i));
    return {};
}

// ---- KbArticleListModel ----

KbArticleListModel::KbArticleListModel(QObject* parent) : QAbstractTableModel(parent) {}

int KbArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int KbArticleListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KbArticleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& a = rows_.at(index.row());
    if (role == ArticleIdRole) return a.articleId;
    if (role == Qt::ToolTipRole) return a.snippet;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case TitleColumn: return a.title;
        case SnippetColumn: return a.snippet;
        case UpdatedColumn:
            return a.updatedMs == 0 ? QString()
                                    : QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.updatedMs), QLocale::ShortFormat);
        case AuthorColumn: return a.author;
        default: return {};
    }
}

QVariant KbArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TitleColumn: return tr("Title");
        case SnippetColumn: return tr("Excerpt");
        case UpdatedColumn: return tr("Updated");
        case AuthorColumn: return tr("Author");
        default: return {};
    }
}

void KbArticleListModel::setArticles(const QList<cti::qt::KbArticle>& articles) {
    beginResetModel();
    rows_ = articles;
    endResetModel();
}

}  // namespace cti::agent
