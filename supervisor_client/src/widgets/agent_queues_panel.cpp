#include "widgets/agent_queues_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include "models/agent_queues_model.h"

namespace cti::supervisor {

AgentQueuesPanel::AgentQueuesPanel(AgentQueuesModel& model, QWidget* parent)
    : QGroupBox(parent), model_(model), table_(new QTableView), queue_(new QComboBox),
      level_(new QSpinBox), add_(new QPushButton(tr("Add"))), remove_(new QPushButton(tr("Remove"))),
      hint_(new QLabel), message_(new QLabel) {
    setObjectName(QStringLiteral("agentQueuesPanel"));
    setTitle(tr("Queues"));
    table_->setObjectName(QStringLiteral("agentQueuesTable"));
    queue_->setObjectName(QStringLiteral("agentQueueCombo"));
    level_->setObjectName(QStringLiteral("agentQueueLevel"));
    add_->setObjectName(QStringLiteral("agentQueueAddButton"));
    remove_->setObjectName(QStringLiteral("agentQueueRemoveButton"));
    hint_->setObjectName(QStringLiteral("agentQueuesHint"));
    message_->setObjectName(QStringLiteral("agentQueuesMessage"));
    for (QLabel* l : {hint_, message_}) l->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #666;"));

    table_->setModel(&model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    // Room for two tiers, at most four, in rows as tall as the type: the side column holds other
    // panels too.
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    const int header = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
    table_->setMinimumHeight(header + 2 * table_->verticalHeader()->defaultSectionSize());
    table_->setMaximumHeight(header + 4 * table_->verticalHeader()->defaultSectionSize());
    level_->setRange(kMinQueueLevel, kMaxQueueLevel);
    level_->setPrefix(tr("Level "));
    level_->setToolTip(tr("Level 1 is offered calls first; higher levels when level 1 is busy."));
    add_->setToolTip(tr("The agent takes calls from this queue from the next offer on."));
    remove_->setToolTip(tr("The agent takes no more calls from the chosen queue; a ringing offer stays."));

    auto* edits = new QHBoxLayout;
    edits->addWidget(queue_, 1);
    edits->addWidget(level_);
    edits->addWidget(add_);
    edits->addWidget(remove_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addLayout(edits);
    layout->addWidget(hint_);
    layout->addWidget(message_);

    connect(add_, &QPushButton::clicked, &model_, [this] { model_.add(queue_->currentText(), level_->value()); });
    connect(remove_, &QPushButton::clicked, &model_, [this] { model_.remove(selectedQueue()); });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgentQueuesPanel::updateButtons);
    connect(queue_, &QComboBox::currentTextChanged, this, &AgentQueuesPanel::updateButtons);
    connect(level_, &QSpinBox::valueChanged, this, &AgentQueuesPanel::updateButtons);
    connect(&model_, &AgentQueuesModel::changed, this, &AgentQueuesPanel::refresh);
    refresh();
}

QString AgentQueuesPanel::selectedQueue() const {
    const auto rows = table_->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : model_.memberAt(rows.first().row()).queue;
}

void AgentQueuesPanel::refresh() {
    setTitle(model_.facts().agentUserId == 0 ? tr("Queues") : tr("Queues of %1").arg(model_.agentName()));
    // Keep the queue being chosen when it is still one to add.
    const QString chosen = queue_->currentText();
    {
        const QSignalBlocker quiet(queue_);
        queue_->clear();
        queue_->addItems(model_.availableQueues());
        if (const int i = queue_->findText(chosen); i >= 0) queue_->setCurrentIndex(i);
    }
    hint_->setText(model_.hint());
    hint_->setVisible(!hint_->text().isEmpty());
    message_->setText(model_.message());
    message_->setVisible(!message_->text().isEmpty());
    updateButtons();
}

void AgentQueuesPanel::updateButtons() {
    add_->setEnabled(model_.problem(QueueEdit::Add, queue_->currentText(), level_->value()).isEmpty());
    remove_->setEnabled(model_.problem(QueueEdit::Remove, selectedQueue()).isEmpty());
}

}  // namespace cti::supervisor
