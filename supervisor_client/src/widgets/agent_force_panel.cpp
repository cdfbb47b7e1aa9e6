#include "widgets/agent_force_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/agent_force.h"

namespace cti::supervisor {

AgentForcePanel::AgentForcePanel(AgentForceModel& model, QWidget* parent)
    : QGroupBox(parent), model_(model), status_(new QLabel), hint_(new QLabel), message_(new QLabel),
      ready_(new QPushButton(tr("Set ready"))), notReady_(new QPushButton(tr("Set not ready"))),
      signOut_(new QPushButton(tr("Sign out"))) {
    setObjectName(QStringLiteral("agentForcePanel"));
    setTitle(tr("Agent status"));
    status_->setObjectName(QStringLiteral("forcedAgentStatus"));
    hint_->setObjectName(QStringLiteral("agentForceHint"));
    message_->setObjectName(QStringLiteral("agentForceMessage"));
    for (QLabel* l : {status_, hint_, message_}) l->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #666;"));
    ready_->setObjectName(QStringLiteral("forceReadyButton"));
    notReady_->setObjectName(QStringLiteral("forceNotReadyButton"));
    signOut_->setObjectName(QStringLiteral("forceSignOutButton"));
    ready_->setToolTip(tr("Queue calls are offered to the agent again."));
    notReady_->setToolTip(tr("No more queue calls for the agent until they or you set them ready."));
    signOut_->setToolTip(tr("Take the agent out of their queues; a call in progress goes on."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(ready_);
    buttons->addWidget(notReady_);
    buttons->addWidget(signOut_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    layout->addWidget(hint_);
    layout->addWidget(message_);

    connect(ready_, &QPushButton::clicked, &model_, [this] { model_.request(Force::Ready); });
    connect(notReady_, &QPushButton::clicked, &model_, [this] { model_.request(Force::NotReady); });
    connect(signOut_, &QPushButton::clicked, &model_, [this] { model_.request(Force::SignOut); });
    connect(&model_, &AgentForceModel::changed, this, &AgentForcePanel::refresh);
    refresh();
}

void AgentForcePanel::refresh() {
    const auto& f = model_.facts();
    status_->setText(f.agentUserId == 0 ? tr("No agent selected")
                                        : tr("%1: %2").arg(model_.agentName(), model_.statusText()));
    hint_->setText(model_.hint());
    hint_->setVisible(!hint_->text().isEmpty());
    message_->setText(model_.message());
    message_->setVisible(!message_->text().isEmpty());
    ready_->setEnabled(model_.allows(Force::Ready));
    notReady_->setEnabled(model_.allows(Force::NotReady));
    signOut_->setEnabled(model_.allows(Force::SignOut));
}

}  // namespace cti::supervisor
