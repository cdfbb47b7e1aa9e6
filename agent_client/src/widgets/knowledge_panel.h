#pragma once
// The knowledge base panel (知识库): category tree, search, results, the article, and "send to
// customer". It never talks to the server: what the agent asks for leaves as signals
// (searchRequested, articleRequested, sendRequested) that main() connects to cti::qt::Office,
// and the answers come back through the slots. Rules live in models/knowledge_model.h.
#include <QWidget>

#include "cti/qtclient/office_types.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace cti::agent {

class KbArticleListModel;
class KbCategoryModel;

class KnowledgePanel : public QWidget {
    Q_OBJECT
public:
    explicit KnowledgePanel(QWidget* parent = nullptr);

    // The current caller's number: the proposed SMS/fax destination until the agent edits it.
    void setCustomerNumber(const QString& number);
    // The work order a sent article is recorded on (0: none open; sending then explains why not).
    void setCurrentOrder(qint64 orderId);

    qint64 currentCategoryId() const { return categoryId_; }
    qint64 shownArticleId() const { return article_.articleId; }

public slots:
    void setCategories(const QList<cti::qt::KbCategory>& categories);
    void showResults(const QList<cti::qt::KbArticle>& articles);
    void showArticle(const cti::qt::KbArticle& article);
    void showSent();
    void showError(const QString& message);

signals:
    // text: trimmed, within the server's limit; categoryId 0: every category.
    void searchRequested(const QString& text, qint64 categoryId);
    void articleRequested(qint64 articleId);
    // to: the number or address the agent confirmed (empty: the order's caller number).
    void sendRequested(qint64 articleId, qint64 orderId, const QString& channel, const QString& to);

private:
    void search();
    void categoryChosen(const QModelIndex& current);
    void showAllCategories();
    void resultChosen(const QModelIndex& current);
    void channelChanged();
    void send();
    void proposeDestination();
    void updateSendButton();
    void setStatus(const QString& text, bool error);

    KbCategoryModel* categories_;
    KbArticleListModel* results_;
    QTreeView* tree_;
    QPushButton* allCategories_;
    QLineEdit* searchEdit_;
    QPushButton* searchButton_;
    QTreeView* resultView_;
    QTextBrowser* articleView_;
    QComboBox* channel_;
    QLineEdit* destination_;
    QPushButton* sendButton_;
    QLabel* status_;

    qint64 categoryId_ = 0;
    cti::qt::KbArticle article_;
    QString customerNumber_;
    qint64 orderId_ = 0;
    bool destinationEdited_ = false;  // the agent typed a destination: keep it
    bool sending_ = false;
    bool restoring_ = false;          // re-selecting after a reset is not the agent's choice
};

}  // namespace cti::agent
