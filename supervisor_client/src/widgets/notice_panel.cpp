#include "widgets/notice_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/notices.h"

namespace cti::supervisor {

NoticePanel::NoticePanel(QWidget* parent)
    : QGroupBox(parent), text_(new QPlainTextEdit), department_(new QComboBox), toAgent_(new QPushButton),
      broadcast_(new QPushButton(tr("Broadcast to the department"))), status_(new QLabel) {
    setObjectName(QStringLiteral("noticePanel"));
    setTitle(tr("Notices"));
    text_->setObjectName(QStringLiteral("noticeEdit"));
    text_->setPlaceholderText(tr("A notice to the selected agent or to a whole department"));
    text_->setMaximumHeight(90);
    department_->setObjectName(QStringLiteral("noticeDepartmentCombo"));
    toAgent_->setObjectName(QStringLiteral("sendNoticeButton"));
    broadcast_->setObjectName(QStringLiteral("broadcastButton"));
    status_->setObjectName(QStringLiteral("noticeStatus"));
    status_->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(department_, 1);
    row->addWidget(broadcast_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text_);
    layout->addWidget(toAgent_);
    layout->addLayout(row);
    layout->addWidget(status_);

    connect(text_, &QPlainTextEdit::textChanged, this, [this] {
        status_->clear();
        refresh();
    });
    connect(department_, &QComboBox::currentIndexChanged, this, &NoticePanel::refresh);
    connect(toAgent_, &QPushButton::clicked, this, [this] { send(true); });
    connect(broadcast_, &QPushButton::clicked, this, [this] { send(false); });
    refresh();
}

void NoticePanel::setAgent(const QString& login, const QString& name) {
    login_ = login;
    name_ = name;
    refresh();
}

void NoticePanel::setDepartments(const QStringList& departments, const QString& mine) {
    const QString current = department_->currentText();
    const QSignalBlocker quiet(department_);
    department_->clear();
    department_->addItems(departments);
    // The leader's own team first; a choice made before a reconnect stays.
    const int keep = department_->findText(current.isEmpty() ? mine : current);
    department_->setCurrentIndex(keep >= 0 ? keep : 0);
    refresh();
}

void NoticePanel::showSent() {
    waiting_ = false;
    text_->clear();  // clears the status too (textChanged)
    status_->setText(tr("The notice was sent."));
    refresh();
}

void NoticePanel::showError(const QString& message) {
    waiting_ = false;
    status_->setText(message);
    refresh();
}

void NoticePanel::send(bool toAgent) {
    const QString text = text_->toPlainText();
    const QString to = toAgent ? login_ : department_->currentText();
    if (const auto problem = checkNotice(text, toAgent, to); problem != NoticeProblem::None) {
        status_->setText(noticeProblemText(problem));
        return;
    }
    waiting_ = true;
    status_->setText(tr("Sending…"));
    refresh();
    emit sendRequested(toAgent ? to : QString(), toAgent ? QString() : to, text);
}

void NoticePanel::refresh() {
    const QString text = text_->toPlainText();
    toAgent_->setText(name_.isEmpty() ? tr("Send to the selected agent") : tr("Send to %1").arg(name_));
    toAgent_->setEnabled(!waiting_ && checkNotice(text, true, login_) == NoticeProblem::None);
    broadcast_->setEnabled(!waiting_ && checkNotice(text, false, department_->currentText()) == NoticeProblem::None);
    // Too long is said at once; the other problems show in the disabled buttons.
    if (checkNotice(text, false, QStringLiteral("-")) == NoticeProblem::TooLong)
        status_->setText(noticeProblemText(NoticeProblem::TooLong));
}

}  // namespace cti::supervisor
