#include "widgets/supervision_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

#include "models/supervision_model.h"

namespace cti::supervisor {

SupervisionPanel::SupervisionPanel(SupervisionModel& model, QWidget* parent)
    : QGroupBox(parent), model_(model), agent_(new QLabel), call_(new QLabel), hint_(new QLabel), message_(new QLabel),
      monitor_(new QPushButton(tr("Monitor"))), whisper_(new QPushButton(tr("Whisper"))),
      barge_(new QPushButton(tr("Barge in"))), hangUp_(new QPushButton) {
    setObjectName(QStringLiteral("supervisionPanel"));
    setTitle(tr("Supervise the call"));
    agent_->setObjectName(QStringLiteral("supervisedAgentLabel"));
    call_->setObjectName(QStringLiteral("supervisedCallLabel"));
    hint_->setObjectName(QStringLiteral("supervisionHint"));
    message_->setObjectName(QStringLiteral("supervisionMessage"));
    for (QLabel* l : {call_, hint_, message_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    hint_->setStyleSheet(QStringLiteral("color: #666;"));
    monitor_->setObjectName(QStringLiteral("monitorButton"));
    whisper_->setObjectName(QStringLiteral("whisperButton"));
    barge_->setObjectName(QStringLiteral("bargeButton"));
    hangUp_->setObjectName(QStringLiteral("superviseHangUpButton"));
    monitor_->setToolTip(tr("Hear the customer and the agent; nobody hears you."));
    whisper_->setToolTip(tr("Speak to the agent only; the customer does not hear you."));
    barge_->setToolTip(tr("Join the conversation: everyone hears everyone."));
    for (QPushButton* b : {monitor_, whisper_, barge_}) b->setCheckable(true);

    auto* buttons = new QGridLayout;
    buttons->addWidget(monitor_, 0, 0);
    buttons->addWidget(whisper_, 0, 1);
    buttons->addWidget(barge_, 1, 0);
    buttons->addWidget(hangUp_, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(agent_);
    layout->addWidget(call_);
    layout->addLayout(buttons);
    layout->addWidget(hint_);
    layout->addWidget(message_);
    layout->addStretch(1);

    connect(monitor_, &QPushButton::clicked, &model_, [this] { model_.request(Supervise::Monitor); });
    connect(whisper_, &QPushButton::clicked, &model_, [this] { model_.request(Supervise::Whisper); });
    connect(barge_, &QPushButton::clicked, &model_, [this] { model_.request(Supervise::Barge); });
    connect(hangUp_, &QPushButton::clicked, &model_, [this] { model_.request(Supervise::HangUp); });
    connect(&model_, &SupervisionModel::changed, this, &SupervisionPanel::refresh);
    refresh();
}

void SupervisionPanel::refresh() {
    const auto& f = model_.facts();
    agent_->setText(f.agentUserId == 0 ? tr("No agent selected") : tr("Agent: %1").arg(model_.agentName()));
    call_->setText(model_.callText());
    call_->setVisible(!call_->text().isEmpty());
    hint_->setText(model_.hint());
    hint_->setVisible(!hint_->text().isEmpty());
    message_->setText(model_.message());
    message_->setVisible(!message_->text().isEmpty());
    monitor_->setEnabled(model_.allows(Supervise::Monitor));
    whisper_->setEnabled(model_.allows(Supervise::Whisper));
    barge_->setEnabled(model_.allows(Supervise::Barge));
    hangUp_->setEnabled(model_.allows(Supervise::HangUp));
    // On the call, Hang up takes the supervisor out and the two talk on; off it, it ends the call.
    hangUp_->setText(model_.hangUpLeaves() ? tr("Leave the call") : tr("End the call"));
    // The mode in force is shown pressed.
    for (auto [button, mode] : {std::pair{monitor_, Supervise::Monitor}, std::pair{whisper_, Supervise::Whisper},
                                std::pair{barge_, Supervise::Barge}}) {
        button->setChecked(f.myMode == mode);
    }
}

}  // namespace cti::supervisor
