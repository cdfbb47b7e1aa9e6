#include "widgets/screen_pop_panel.h"

#include <QFormLayout>
#include <QLabel>

#include "models/softphone_model.h"

namespace cti::agent {

ScreenPopPanel::ScreenPopPanel(const SoftphoneModel& model, QWidget* parent)
    : QWidget(parent), model_(model), title_(new QLabel(this)), caller_(new QLabel(this)), queue_(new QLabel(this)),
      data_(new QLabel(this)) {
    setObjectName(QStringLiteral("screenPop"));
    title_->setObjectName(QStringLiteral("screenPopTitle"));
    caller_->setObjectName(QStringLiteral("screenPopCaller"));
    queue_->setObjectName(QStringLiteral("screenPopQueue"));
    data_->setObjectName(QStringLiteral("screenPopData"));
    for (QLabel* l : {caller_, queue_, data_}) l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    data_->setTextFormat(Qt::PlainText);
    auto* form = new QFormLayout(this);
    form->addRow(title_);
    form->addRow(tr("Caller:"), caller_);
    form->addRow(tr("Queue:"), queue_);
    form->addRow(tr("Keyed in:"), data_);
    connect(&model_, &SoftphoneModel::changed, this, &ScreenPopPanel::refresh);
    refresh();
}

QString ScreenPopPanel::keyLabel(const QString& key) {
    if (key == QLatin1String("account")) return tr("Account");
    if (key == QLatin1String("menu")) return tr("Menu choice");
    return key;
}

void ScreenPopPanel::refresh() {
    const auto& call = model_.shownCall();
    if (!call) {
        title_->setText(tr("No call"));
        caller_->clear();
        queue_->clear();
        data_->clear();
        return;
    }
    title_->setText(model_.ringing() ? tr("Incoming call") : call->ended() ? tr("Last call") : tr("Current call"));
    caller_->setText(call->caller);
    queue_->setText(call->queue.isEmpty() ? tr("(direct)") : call->queue);
    QStringList lines;
    for (auto it = call->data.cbegin(); it != call->data.cend(); ++it)
        lines << tr("%1: %2").arg(keyLabel(it.key()), it.value());
    data_->setText(lines.isEmpty() ? tr("(nothing)") : lines.join(QLatin1Char('\n')));
}

}  // namespace cti::agent
