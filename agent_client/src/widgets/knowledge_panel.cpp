#include "widgets/knowledge_panel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/knowledge_model.h"

namespace cti::agent {

KnowledgePanel::KnowledgePanel(QWidget* parent)
    : QWidget(parent), categories_(new KbCategoryModel(this)), results_(new KbArticleListModel(this)),
      tree_(new QTreeView(this)), allCategories_(new QPushButton(tr("All categories"), this)),
      searchEdit_(new QLineEdit(this)), searchButton_(new QPushButton(tr("Search"), this)),
      resultView_(new QTreeView(this)), articleView_(new QTextBrowser(this)), channel_(new QComboBox(this)),
      destination_(new QLineEdit(this)), sendButton_(new QPushButton(tr("Send to customer"), this)),
      status_(new QLabel(this)) {
    setObjectName(QStringLiteral("knowledgePanel"));
    tree_->setObjectName(QStringLiteral("kbCategoryTree"));
    allCategories_->setObjectName(QStringLiteral("kbAllCategories"));
    searchEdit_->setObjectName(QStringLiteral("kbSearchEdit"));
    searchButton_->setObjectName(QStringLiteral("kbSearchButton"));
    resultView_->setObjectName(QStringLiteral("kbResults"));
    articleView_->setObjectName(QStringLiteral("kbArticleView"));
    channel_->setObjectName(QStringLiteral("kbChannel"));
    destination_->setObjectName(QStringLiteral("kbDestination"));
    sendButton_->setObjectName(QStringLiteral("kbSendButton"));
    status_->setObjectName(QStringLiteral("kbStatus"));

    tree_->setModel(categories_);
    tree_->setHeaderHidden(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    resultView_->setModel(results_);
    resultView_->setRootIsDecorated(false);
    resultView_->setSelectionMode(QAbstractItemView::SingleSelection);
    resultView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultView_->header()->setStretchLastSection(false);
    resultView_->header()->setSectionResizeMode(KbArticleListModel::SnippetColumn, QHeaderView::Stretch);
    searchEdit_->setPlaceholderText(tr("Words to look for"));
    searchEdit_->setClearButtonEnabled(true);
    articleView_->setOpenExternalLinks(false);
    articleView_->setPlaceholderText(tr("Search, then choose an article to read it."));
    channel_->addItem(tr("SMS"), QStringLiteral("sms"));
    channel_->addItem(tr("Fax"), QStringLiteral("fax"));
    channel_->addItem(tr("E-mail"), QStringLiteral("email"));
    destination_->setPlaceholderText(tr("Number or e-mail address"));
    status_->setTextFormat(Qt::PlainText);
    status_->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(allCategories_);
    leftLayout->addWidget(tree_);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchEdit_, 1);
    searchRow->addWidget(searchButton_);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(new QLabel(tr("Send by:"), this));
    sendRow->addWidget(channel_);
    sendRow->addWidget(new QLabel(tr("To:"), this));
    sendRow->addWidget(destination_, 1);
    sendRow->addWidget(sendButton_);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(searchRow);
    auto* rightSplitter = new QSplitter(Qt::Vertical, right);
    rightSplitter->addWidget(resultView_);
    rightSplitter->addWidget(articleView_);
    rightSplitter->setStretchFactor(1, 2);
    rightLayout->addWidget(rightSplitter, 1);
    rightLayout->addLayout(sendRow);
    rightLayout->addWidget(status_);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(searchEdit_, &QLineEdit::returnPressed, this, &KnowledgePanel::search);
    connect(searchButton_, &QPushButton::clicked, this, &KnowledgePanel::search);
    connect(allCategories_, &QPushButton::clicked, this, &KnowledgePanel::showAllCategories);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgePanel::categoryChosen);
    connect(resultView_->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgePanel::resultChosen);
    connect(channel_, &QComboBox::currentIndexChanged, this, &KnowledgePanel::channelChanged);
    connect(destination_, &QLineEdit::textEdited, this, [this] { destinationEdited_ = true; });
    connect(sendButton_, &QPushButton::clicked, this, &KnowledgePanel::send);
    updateSendButton();
}

void KnowledgePanel::setCustomerNumber(const QString& number) {
    customerNumber_ = number;
    // A new caller is a new conversation: the previous caller's destination must not linger.
    destinationEdited_ = false;
    proposeDestination();
}

void KnowledgePanel::setCurrentOrder(qint64 orderId) { orderId_ = orderId; }

void KnowledgePanel::setCategories(const QList<cti::qt::KbCategory>& categories) {
    const qint64 keep = categoryId_;
    categories_->setCategories(categories);
    tree_->expandToDepth(0);
    const QModelIndex again = categories_->indexOf(keep);
    if (!again.isValid()) {
        categoryId_ = 0;
        return;
    }
    restoring_ = true;
    tree_->setCurrentIndex(again);
    restoring_ = false;
}

void KnowledgePanel::showResults(const QList<cti::qt::KbArticle>& articles) {
    results_->setArticles(articles);
    setStatus(articles.isEmpty() ? tr("No article matches.") : QString(), false);
}

void KnowledgePanel::showArticle(const cti::qt::KbArticle& article) {
    article_ = article;
    const QString updated =
        article.updatedMs == 0 ? QString()
                               : QLocale().toString(QDateTime::fromMSecsSinceEpoch(article.updatedMs), QLocale::ShortFormat);
    // Articles are plain text written by colleagues: escaped, never interpreted as HTML.
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                       .arg(article.title.toHtmlEscaped(),
                            tr("Version %1, by %2, updated %3").arg(article.version).arg(article.author, updated)
                                .toHtmlEscaped());
    if (!article.keywords.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Keywords: %1").arg(article.keywords.join(tr(", "))).toHtmlEscaped());
    html += QStringLiteral("<p style='white-space: pre-wrap'>%1</p>").arg(article.body.toHtmlEscaped());
    articleView_->setHtml(html);
    updateSendButton();
}

void KnowledgePanel::showSent() {
    sending_ = false;
    setStatus(tr("Sent. The order's history records it."), false);
    updateSendButton();
}

void KnowledgePanel::showError(const QString& message) {
    sending_ = false;
    setStatus(message, true);
    updateSendButton();
}

void KnowledgePanel::search() {
    const QString text = kbSearchText(searchEdit_->text());
    setStatus(tr("Searching…"), false);
    emit searchRequested(text, categoryId_);
}

void KnowledgePanel::categoryChosen(const QModelIndex& current) {
    if (restoring_) return;
    categoryId_ = current.isValid() ? current.data(KbCategoryModel::CategoryIdRole).toLongLong() : 0;
    // Choosing a category lists its articles (the server searches it and those under it).
    search();
}

void KnowledgePanel::showAllCategories() {
    restoring_ = true;
    tree_->selectionModel()->clear();
    restoring_ = false;
    categoryId_ = 0;
    search();
}

void KnowledgePanel::resultChosen(const QModelIndex& current) {
    if (!current.isValid()) return;
    emit articleRequested(current.data(KbArticleListModel::ArticleIdRole).toLongLong());
}

void KnowledgePanel::channelChanged() {
    // A number typed for SMS does not suit e-mail: the proposal follows the channel unless typed.
    proposeDestination();
}

void KnowledgePanel::proposeDestination() {
    if (destinationEdited_) return;
    destination_->setText(defaultDestination(channel_->currentData().toString(), customerNumber_));
}

void KnowledgePanel::send() {
    const QString channel = channel_->currentData().toString();
    const QString to = destination_->text().trimmed();
    if (const QString problem = kbSendProblem(article_.articleId, orderId_, channel, to); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    sending_ = true;
    updateSendButton();
    setStatus(tr("Sending…"), false);
    emit sendRequested(article_.articleId, orderId_, channel, to);
}

void KnowledgePanel::updateSendButton() { sendButton_->setEnabled(article_.articleId > 0 && !sending_); }

void KnowledgePanel::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

}  // namespace cti::agent
