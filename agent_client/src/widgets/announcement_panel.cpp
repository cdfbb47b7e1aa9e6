#include "widgets/announcement_panel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>

#include "models/announcement_model.h"

namespace cti::agent {

AnnouncementPanel::AnnouncementPanel(AnnouncementModel& model, QWidget* parent)
    : QWidget(parent), model_(model), list_(new QListView(this)), text_(new QTextBrowser(this)) {
    list_->setObjectName(QStringLiteral("announcementList"));
    text_->setObjectName(QStringLiteral("announcementText"));
    list_->setModel(&model_);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    text_->setOpenExternalLinks(false);
    text_->setPlaceholderText(tr("Select an announcement to read it."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list_);
    splitter->addWidget(text_);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnouncementPanel::showCurrent);
    // A reset (new snapshot) or an edit of the shown row changes what is on screen.
    connect(&model_, &QAbstractItemModel::modelReset, this, &AnnouncementPanel::showCurrent);
    connect(&model_, &QAbstractItemModel::dataChanged, this, &AnnouncementPanel::showCurrent);
}

void AnnouncementPanel::showCurrent() {
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid()) {
        text_->clear();
        return;
    }
    const QString created = QLocale().toString(current.data(AnnouncementModel::CreatedRole).toDateTime(),
                                               QLocale::LongFormat);
    // Announcements are plain text from colleagues: escaped, never interpreted as HTML.
    text_->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p style='white-space: pre-wrap'>%3</p>")
                       .arg(current.data(AnnouncementModel::TitleRole).toString().toHtmlEscaped(),
                            tr("%1, %2").arg(current.data(AnnouncementModel::AuthorRole).toString(), created)
                                .toHtmlEscaped(),
                            current.data(AnnouncementModel::BodyRole).toString().toHtmlEscaped()));
}

}  // namespace cti::agent
