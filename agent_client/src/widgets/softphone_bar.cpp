#include "widgets/softphone_bar.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cti::agent {

namespace {
struct ButtonSpec {
    SoftAction action;
    const char* objectName;
    const char* text;     // translated in the SoftphoneBar context
    const char* purpose;  // the tooltip
};

const ButtonSpec kButtons[] = {
    {SoftAction::SignIn, "signInButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign in"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign in to your queues so that calls are offered to you.")},
    {SoftAction::SignOut, "signOutButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign out"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Sign out of your queues; no more calls are offered.")},
    {SoftAction::Ready, "readyButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Ready"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Become ready to take the next call.")},
    {SoftAction::NotReady, "notReadyButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Not ready"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Stop taking calls for a while, with the reason chosen in the list.")},
    {SoftAction::Away, "awayButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Away"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Leave your desk, with the reason chosen in the list.")},
    {SoftAction::EndWrapUp, "endWrapUpButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "End wrap-up"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Finish the after-call work and take calls again.")},
    {SoftAction::Answer, "answerButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Answer"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Answer the ringing call.")},
    {SoftAction::HangUp, "hangUpButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Hang up"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "End the current call.")},
    {SoftAction::Hold, "holdButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Hold"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Put the caller on hold; they hear music.")},
    {SoftAction::Retrieve, "retrieveButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Retrieve"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Take the held caller back.")},
    {SoftAction::Consult, "consultButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Consult"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Call the number in the field while the caller waits.")},
    {SoftAction::Transfer, "transferButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Transfer"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Transfer the caller to the number in the field.")},
    {SoftAction::CompleteTransfer, "completeTransferButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Complete transfer"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Connect the caller with the consulted party and leave the call.")},
    {SoftAction::CancelConsult, "cancelConsultButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Cancel consult"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "End the consultation and go back to the caller.")},
    {SoftAction::Conference, "conferenceButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Conference"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Join the caller, you and the consulted party in one call.")},
    {SoftAction::Dial, "dialOutButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Dial out"),
     QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Call the number in the field (only while signed in and not ready).")},
    {SoftAction::SendDtmf, "dtmfButton", QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Send keys"), QT_TRANSLATE_NOOP("cti::agent::SoftphoneBar", "Send the digits in the field to the other party.")},
};

// Keyboard shortcuts: the function keys an agent reaches without looking, for the actions of a
// call; the rest with Ctrl. A button's shortcut works only while the button is enabled.
const std::pair<SoftAction, const char*> kShortcuts[] = {
    {SoftAction::Answer, "F2"},           {SoftAction::HangUp, "F3"},     {SoftAction::Hold, "F4"},
    {SoftAction::Retrieve, "Shift+F4"},   {SoftAction::Consult, "F5"},    {SoftAction::Transfer, "F6"},
    {SoftAction::CompleteTransfer, "Shift+F6"}, {SoftAction::Conference, "F7"}, {SoftAction::Ready, "F8"},
    {SoftAction::NotReady, "F9"},         {SoftAction::Dial, "Ctrl+D"},   {SoftAction::SendDtmf, "Ctrl+K"},
    {SoftAction::EndWrapUp, "Ctrl+E"},
};

QString translated(const char* text) { return QCoreApplication::translate("cti::agent::SoftphoneBar", text); }

bool takesNumber(SoftAction a) {
    return a == SoftAction::Dial || a == SoftAction::Consult || a == SoftAction::Transfer || a == SoftAction::SendDtmf;
}
}  // namespace

SoftphoneBar::SoftphoneBar(SoftphoneModel& model, const cti::qt::SessionStatus& status, QWidget* parent)
    : QWidget(parent), model_(model), status_(status), number_(new QLineEdit(this)), reason_(new QComboBox(this)),
      party_(new QLabel(this)), timer_(new QLabel(this)), note_(new QLabel(this)), tick_(new QTimer(this)),
      help_(new QPushButton(tr("Help"), this)), keypadToggle_(new QPushButton(tr("Keypad"), this)),
      keypad_(new QWidget(this)) {
    setObjectName(QStringLiteral("softphoneBar"));
    number_->setObjectName(QStringLiteral("numberEdit"));
    number_->setPlaceholderText(tr("Number or digits"));
    reason_->setObjectName(QStringLiteral("reasonCombo"));
    refreshReasons();
    party_->setObjectName(QStringLiteral("partyLabel"));
    timer_->setObjectName(QStringLiteral("callTimerLabel"));
    note_->setObjectName(QStringLiteral("softphoneNote"));
    note_->setWordWrap(true);

    auto* grid = new QGridLayout;
    int i = 0;
    for (const ButtonSpec& spec : kButtons) {
        auto* button = new QPushButton(translated(spec.text), this);
        button->setObjectName(QLatin1String(spec.objectName));
        button->setToolTip(translated(spec.purpose));
        for (const auto& [a, keys] : kShortcuts) {
            if (a != spec.action) continue;
            button->setShortcut(QKeySequence(QLatin1String(keys)));
            button->setToolTip(tr("%1 (%2)").arg(translated(spec.purpose),
                                                 button->shortcut().toString(QKeySequence::NativeText)));
        }
        button->setEnabled(false);
        button->setMinimumWidth(64);
        const SoftAction action = spec.action;
        connect(button, &QPushButton::clicked, this, [this, action] { clicked(action); });
        grid->addWidget(button, i / 9, i % 9);
        ++i;
        buttons_.append(button);
        actions_.append(spec.action);
    }
    help_->setObjectName(QStringLiteral("helpButton"));
    help_->setToolTip(tr("Ask your team leader for help; they see it at once, during your call too."));
    connect(help_, &QPushButton::clicked, this, &SoftphoneBar::helpRequested);
    grid->addWidget(help_, i / 9, i % 9);
    ++i;
    keypadToggle_->setObjectName(QStringLiteral("keypadButton"));
    keypadToggle_->setCheckable(true);
    grid->addWidget(keypadToggle_, i / 9, i % 9);
    keypad_->setObjectName(QStringLiteral("keypad"));
    keypad_->setVisible(false);
    auto* keys = new QGridLayout(keypad_);
    keys->setContentsMargins(0, 0, 0, 0);
    const QString digits = QStringLiteral("123456789*0#");
    for (int k = 0; k < digits.size(); ++k) {
        auto* key = new QPushButton(digits.mid(k, 1), keypad_);
        key->setObjectName(QStringLiteral("key_%1").arg(k));
        key->setMaximumWidth(40);
        connect(key, &QPushButton::clicked, this, [this, digit = digits.mid(k, 1)] { keyPressed(digit); });
        keys->addWidget(key, k / 3, k % 3);
    }
    connect(keypadToggle_, &QPushButton::toggled, keypad_, &QWidget::setVisible);

    auto* fields = new QHBoxLayout;
    fields->addWidget(new QLabel(tr("Number:"), this));
    fields->addWidget(number_, 1);
    fields->addWidget(new QLabel(tr("Reason:"), this));
    fields->addWidget(reason_);
    fields->addWidget(party_);
    fields->addWidget(timer_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(keypad_, 0, Qt::AlignLeft);
    layout->addLayout(fields);
    layout->addWidget(note_);

    connect(&model_, &SoftphoneModel::changed, this, &SoftphoneBar::refresh);
    connect(&model_, &SoftphoneModel::timerChanged, this, &SoftphoneBar::refreshTimer);
    connect(&model_, &SoftphoneModel::reasonsChanged, this, &SoftphoneBar::refreshReasons);
    connect(&status_, &cti::qt::SessionStatus::changed, this, &SoftphoneBar::refresh);
    connect(tick_, &QTimer::timeout, this, [this] { model_.setNowMs(QDateTime::currentMSecsSinceEpoch()); });
    tick_->start(1000);
    refresh();
}

QPushButton* SoftphoneBar::button(SoftAction action) const {
    const int i = actions_.indexOf(action);
    return i < 0 ? nullptr : buttons_[i];
}

void SoftphoneBar::clicked(SoftAction action) {
    if (action == SoftAction::NotReady || action == SoftAction::Away)
        model_.request(action, reason_->currentData().toString());
    else
        model_.request(action, takesNumber(action) ? number_->text().trimmed() : QString());
}

// On a call a key goes to the other party at once (IVR menus of banks, the grid's self-service);
// otherwise it is typed into the number field.
void SoftphoneBar::keyPressed(const QString& digit) {
    if (model_.allows(SoftAction::SendDtmf)) model_.request(SoftAction::SendDtmf, digit);
    else number_->insert(digit);
}

void SoftphoneBar::refresh() {
    for (int i = 0; i < buttons_.size(); ++i) buttons_[i]->setEnabled(model_.allows(actions_[i]));
    help_->setEnabled(status_.state() == cti::qt::ConnectionState::LoggedIn);
    const QString number = model_.partyNumber();
    party_->setText(number.isEmpty() ? QString() : tr("Other party: %1").arg(number));
    if (!status_.telephonyEnabled())
        note_->setText(tr("Telephony is off for this session: you logged in without connecting to the CTI "
                          "server. Log in again with it checked to take calls."));
    else
        note_->setText(model_.lastError());
    refreshTimer();
}

void SoftphoneBar::refreshReasons() {
    // The reason chosen stays chosen when the new list still has it.
    const QString before = reason_->currentData().toString();
    reason_->clear();
    for (const auto& r : model_.reasons()) reason_->addItem(r.label, r.code);
    if (const int i = reason_->findData(before); i >= 0) reason_->setCurrentIndex(i);
}

void SoftphoneBar::refreshTimer() {
    const QString text = model_.timerText();
    timer_->setText(text.isEmpty() ? QString() : tr("Call time: %1").arg(text));
}

}  // namespace cti::agent
