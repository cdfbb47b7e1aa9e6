#include "widgets/softphone_bar.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cti::agent {

namespace {
struct ButtonSpec {
    const char* objectName;
    const char* text;     // translated in the SoftphoneBar context
    const char* purpose;  // the tooltip's first line
};

constexpr ButtonSpec kButtons[] = {
    {"signInButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign in"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign in to your queues so that calls are offered to you.")},
    {"signOutButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign out"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign out of your queues; no more calls are offered.")},
    {"readyButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Ready"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Become ready to take the next call.")},
    {"notReadyButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Not ready"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Stop taking calls for a while, with a reason.")},
    {"answerButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Answer"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Answer the ringing call.")},
    {"hangUpButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Hang up"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "End the current call.")},
    {"holdButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Hold"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Put the caller on hold; they hear music.")},
    {"retrieveButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Retrieve"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Take the held caller back.")},
    {"consultButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Consult"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar",
                       "Call another agent or the team leader while the caller waits.")},
    {"transferButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Transfer"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Transfer the call, directly or after a consultation.")},
    {"conferenceButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Conference"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Join the caller, you and the consulted party in one call.")},
    {"dialOutButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Dial out"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Call an outside number (only while not ready).")},
};

QString translated(const char* text) { return QCoreApplication::translate("cti::agent::SoftphoneBar", text); }
}  // namespace

SoftphoneBar::SoftphoneBar(const cti::qt::SessionStatus& status, QWidget* parent)
    : QWidget(parent), status_(status), note_(new QLabel(this)) {
    setObjectName(QStringLiteral("softphoneBar"));
    note_->setObjectName(QStringLiteral("softphoneNote"));
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* row = new QHBoxLayout;
    for (const ButtonSpec& spec : kButtons) {
        auto* button = new QPushButton(translated(spec.text), this);
        button->setObjectName(QLatin1String(spec.objectName));
        button->setEnabled(false);
        button->setMinimumWidth(64);
        row->addWidget(button);
        buttons_.append(button);
        purposes_.append(spec.purpose);
    }
    row->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(note_);

    connect(&status_, &cti::qt::SessionStatus::changed, this, &SoftphoneBar::refresh);
    refresh();
}

void SoftphoneBar::refresh() {
    const QString why = status_.telephonyEnabled()
                            ? tr("Not available yet: call control comes in a later version of the agent "
                                 "desktop.")
                            : tr("Telephony is off for this session: you logged in without connecting to "
                                 "the CTI server. Log in again with it checked to take calls.");
    note_->setText(why);
    for (int i = 0; i < buttons_.size(); ++i)
        buttons_[i]->setToolTip(translated(purposes_[i]) + QLatin1Char('\n') + why);
}

}  // namespace cti::agent
