#include "widgets/order_detail.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "models/order_names.h"
#include "models/workbench_model.h"

namespace cti::agent {

namespace {
enum Field { Number, Type, Urgency, Channel, State, Title, Caller, Contact, Creator, Created, Deadline, Satisfaction,
             FieldCount };

const char* const kFieldNames[FieldCount] = {
    "orderNumberLabel",  "orderTypeLabel",    "orderUrgencyLabel", "orderChannelLabel",
    "orderStateLabel",   "orderTitleLabel",   "orderCallerLabel",  "orderContactLabel",
    "orderCreatorLabel", "orderCreatedLabel", "orderDeadlineLabel", "orderSatisfactionLabel",
};

const char* const kFieldLabels[FieldCount] = {
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Number:"),   QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Type:"),
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Urgency:"),  QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Channel:"),
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "State:"),    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Title:"),
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Caller:"),   QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Contact:"),
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Created by:"), QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Created:"),
    QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Deadline:"), QT_TRANSLATE_NOOP("cti::agent::OrderDetail", "Satisfaction:"),
};

bool sameLine(const cti::qt::OrderHistoryLine& a, const cti::qt::OrderHistoryLine& b) {
    return a.atMs == b.atMs && a.action == b.action && a.actor == b.actor && a.toState == b.toState &&
           a.opinion == b.opinion;
}
}  // namespace

OrderDetail::OrderDetail(QWidget* parent)
    : QWidget(parent), header_(new QLabel(this)), content_(new QPlainTextEdit(this)), tasks_(new QTableWidget(this)),
      timeline_(new QListWidget(this)), buttonRow_(new QHBoxLayout), message_(new QLabel(this)) {
    setObjectName(QStringLiteral("orderDetail"));
    header_->setObjectName(QStringLiteral("orderHeader"));
    QFont big = header_->font();
    big.setBold(true);
    header_->setFont(big);
    content_->setObjectName(QStringLiteral("orderContentView"));
    content_->setReadOnly(true);
    tasks_->setObjectName(QStringLiteral("orderTasksTable"));
    tasks_->setColumnCount(4);
    tasks_->setHorizontalHeaderLabels({tr("Assigned to"), tr("State"), tr("Handler"), tr("Opinion")});
    tasks_->horizontalHeader()->setStretchLastSection(true);
    tasks_->verticalHeader()->hide();
    tasks_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    timeline_->setObjectName(QStringLiteral("orderTimeline"));
    timeline_->setWordWrap(true);
    message_->setObjectName(QStringLiteral("orderDetailMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    buildFields(form);
    buildActionPanel();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Content:"), this));
    layout->addWidget(content_, 1);
    layout->addWidget(new QLabel(tr("Current step:"), this));
    layout->addWidget(tasks_, 1);
    layout->addWidget(new QLabel(tr("Timeline:"), this));
    layout->addWidget(timeline_, 2);
    buttonRow_->addStretch(1);
    layout->addLayout(buttonRow_);
    layout->addWidget(panel_);
    layout->addWidget(message_);
    refresh();
}

void OrderDetail::buildFields(QFormLayout* form) {
    for (int i = 0; i < FieldCount; ++i) {
        auto* value = new QLabel(this);
        value->setObjectName(QLatin1String(kFieldNames[i]));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        form->addRow(tr(kFieldLabels[i]), value);
        fields_ << value;
    }
}

void OrderDetail::buildActionPanel() {
    panel_ = new QGroupBox(this);
    panel_->setObjectName(QStringLiteral("actionPanel"));
    targetLabel_ = new QLabel(tr("Department:"), panel_);
    target_ = new QComboBox(panel_);
    target_->setObjectName(QStringLiteral("actionTargetCombo"));
    target_->setEditable(true);
    target_->setInsertPolicy(QComboBox::NoInsert);
    addTarget_ = new QPushButton(tr("Add"), panel_);
    addTarget_->setObjectName(QStringLiteral("actionAddTargetButton"));
    addTarget_->setToolTip(tr("Send to several departments at once (parallel or countersign steps)."));
    targets_ = new QLabel(panel_);
    targets_->setObjectName(QStringLiteral("actionTargetsLabel"));
    satisfactionLabel_ = new QLabel(tr("Satisfaction:"), panel_);
    satisfaction_ = new QComboBox(panel_);
    satisfaction_->setObjectName(QStringLiteral("actionSatisfactionCombo"));
    satisfaction_->addItem(tr("(ask the caller)"), QString());
    for (const auto& s : satisfactions()) satisfaction_->addItem(satisfactionName(s), s);
    opinionLabel_ = new QLabel(tr("Opinion:"), panel_);
    opinion_ = new QPlainTextEdit(panel_);
    opinion_->setObjectName(QStringLiteral("actionOpinionEdit"));
    opinion_->setMaximumHeight(90);
    phrase_ = new QComboBox(panel_);
    phrase_->setObjectName(QStringLiteral("actionPhraseCombo"));
    problem_ = new QLabel(panel_);
    problem_->setObjectName(QStringLiteral("actionProblemLabel"));
    problem_->setWordWrap(true);
    problem_->setTextFormat(Qt::PlainText);
    confirm_ = new QPushButton(tr("OK"), panel_);
    confirm_->setObjectName(QStringLiteral("actionConfirmButton"));
    confirm_->setDefault(true);
    cancel_ = new QPushButton(tr("Cancel"), panel_);
    cancel_->setObjectName(QStringLiteral("actionCancelButton"));

    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(target_, 1);
    targetRow->addWidget(addTarget_);
    targetRow->addWidget(targets_, 1);
    auto* form = new QFormLayout;
    form->addRow(targetLabel_, targetRow);
    form->addRow(satisfactionLabel_, satisfaction_);
    form->addRow(opinionLabel_, opinion_);
    form->addRow(QString(), phrase_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(problem_, 1);
    buttons->addWidget(cancel_);
    buttons->addWidget(confirm_);
    auto* layout = new QVBoxLayout(panel_);
    layout->addLayout(form);
    layout->addLayout(buttons);
    panel_->hide();

    connect(addTarget_, &QPushButton::clicked, this, &OrderDetail::addTarget);
    connect(confirm_, &QPushButton::clicked, this, &OrderDetail::confirm);
    connect(cancel_, &QPushButton::clicked, this, &OrderDetail::closePanel);
    connect(phrase_, &QComboBox::activated, this, [this](int index) {
        const int i = phrase_->itemData(index).toInt();
        if (i < 0 || i >= phrases_.size()) return;
        opinion_->insertPlainText(phrases_[i].text);
        phrase_->setCurrentIndex(0);
        opinion_->setFocus();
    });
    setPhrases({});
}

void OrderDetail::setDepartments(const QStringList& departments) {
    const QString typed = target_->currentText();
    target_->clear();
    target_->addItems(departments);
    target_->setCurrentText(typed);
}

void OrderDetail::setPhrases(const QList<cti::qt::Phrase>& phrases) {
    phrases_ = phrases;
    phrase_->clear();
    phrase_->addItem(tr("Insert a common phrase..."), -1);
    for (int i = 0; i < phrases_.size(); ++i)
        if (phrases_[i].kind == QLatin1String("phrase")) phrase_->addItem(phrases_[i].title, i);
}

void OrderDetail::showOrder(const cti::qt::WorkOrder& order, const QList<cti::qt::OrderHistoryLine>& history) {
    order_ = order;
    history_ = history;
    // The server sends them oldest first; a stable sort keeps that promise whatever happens.
    std::stable_sort(history_.begin(), history_.end(),
                     [](const auto& a, const auto& b) { return a.atMs < b.atMs; });
    timeline_->clear();
    for (const auto& line : history_) timeline_->addItem(historyLineText(line));
    closePanel();
    setBusy(false);
    message_->clear();
    refresh();
}

void OrderDetail::showActionDone(const cti::qt::WorkOrder& order, const cti::qt::OrderHistoryLine& line) {
    if (order.orderId != order_.orderId) return;  // another order's answer: not what is on screen
    order_ = order;
    addLine(line);
    closePanel();
    setBusy(false);
    message_->setText(tr("Done: %1").arg(orderActionName(line.action)));
    refresh();
}

void OrderDetail::applyNotice(const cti::qt::OrderNotice& notice) {
    if (notice.order.orderId == 0 || notice.order.orderId != order_.orderId) return;
    order_ = notice.order;
    addLine(notice.line);
    // An open inline area stays: the user's typing is not thrown away, and the server will
    // refuse the action if it is no longer possible. Buttons follow the new allowedActions.
    refresh();
}

void OrderDetail::showError(const QString& message) {
    setBusy(false);
    message_->setText(tr("Not done: %1").arg(message));
}

void OrderDetail::addLine(const cti::qt::OrderHistoryLine& line) {
    if (line.action.isEmpty()) return;
    // My own action comes back twice (the reply and the event to the order's people).
    for (const auto& known : history_)
        if (sameLine(known, line)) return;
    history_ << line;
    timeline_->addItem(historyLineText(line));
    timeline_->scrollToBottom();
}

void OrderDetail::refresh() {
    const auto& o = order_;
    header_->setText(o.orderId == 0 ? tr("No work order open") : tr("%1  %2").arg(o.number, o.title));
    QString caller = o.callerNumber;
    if (o.complainantHidden) caller = tr("(hidden)");
    QStringList due;
    if (o.acceptDueMs != 0) due << tr("accept by %1").arg(formatOrderTime(o.acceptDueMs));
    if (o.processDueMs != 0) due << tr("finish by %1").arg(formatOrderTime(o.processDueMs));
    if (showsOverdue(o)) due << tr("OVERDUE");
    if (o.paused) due << tr("paused, waiting on the caller");
    QString state = orderStateName(o.state);
    if (o.urgeCount > 0) state += tr(" (urged %n time(s))", nullptr, o.urgeCount);
    const QString texts[FieldCount] = {
        o.number, orderTypeName(o.type), urgencyName(o.urgency), channelName(o.channel), state, o.title, caller,
        o.complainantHidden ? tr("(hidden)") : o.contactName,
        o.creatorDepartment.isEmpty() ? o.creator : tr("%1 (%2)").arg(o.creator, o.creatorDepartment),
        formatOrderTime(o.createdMs), due.join(QStringLiteral("; ")), satisfactionName(o.satisfaction),
    };
    for (int i = 0; i < FieldCount; ++i) fields_[i]->setText(texts[i]);
    fields_[Deadline]->setStyleSheet(showsOverdue(o) ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    content_->setPlainText(o.content);

    tasks_->setRowCount(static_cast<int>(o.tasks.size()));
    for (int row = 0; row < o.tasks.size(); ++row) {
        const auto& t = o.tasks[row];
        const QString cells[] = {targetLabel(t.assignee), taskStateName(t.state), t.handler, t.opinion};
        for (int col = 0; col < 4; ++col) tasks_->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    refreshButtons();
}

void OrderDetail::refreshButtons() {
    // Later, not now: this may run inside the click of one of them (an owner answering at once).
    // Unnamed and hidden meanwhile, so nobody finds or sees a stale button.
    for (auto* b : std::as_const(buttons_)) {
        buttonRow_->removeWidget(b);
        b->hide();
        b->setObjectName(QString());
        b->deleteLater();
    }
    buttons_.clear();
    int at = 0;
    for (const QString& action : actionButtons(order_)) {
        auto* b = new QPushButton(orderActionName(action), this);
        b->setObjectName(QStringLiteral("orderAction_") + action);
        b->setEnabled(!busy_);
        connect(b, &QPushButton::clicked, this, [this, action] { actionClicked(action); });
        buttonRow_->insertWidget(at++, b);
        b->show();  // a child added to a shown widget stays hidden until told
        buttons_ << b;
    }
    // The open inline area belongs to an action that may have just gone away.
    if (!action_.isEmpty() && !actionButtons(order_).contains(action_)) closePanel();
}

void OrderDetail::actionClicked(const QString& action) {
    if (busy_) return;
    const ActionNeeds needs = actionNeeds(action, order_.state);
    if (asksNothing(needs)) {
        closePanel();
        cti::qt::OrderStep step;
        step.orderId = order_.orderId;
        step.action = action;
        send(step);
        return;
    }
    openPanel(action, needs);
}

void OrderDetail::openPanel(const QString& action, ActionNeeds needs) {
    action_ = action;
    needs_ = needs;
    chosenTargets_.clear();
    targets_->clear();
    target_->setCurrentText(QString());
    satisfaction_->setCurrentIndex(0);
    opinion_->clear();
    problem_->clear();
    panel_->setTitle(orderActionName(action));
    const bool targets = needs & ActionNeed::AskTargets;
    const bool opinion = needs & ActionNeed::AskOpinion;
    const bool satisfaction = needs & ActionNeed::NeedsSatisfaction;
    for (QWidget* w : {static_cast<QWidget*>(targetLabel_), static_cast<QWidget*>(target_)}) w->setVisible(targets);
    addTarget_->setVisible(targets && !(needs & ActionNeed::OneTarget));
    targets_->setVisible(targets && !(needs & ActionNeed::OneTarget));
    target_->setToolTip(needs & ActionNeed::NeedsTargets
                            ? tr("Where the order goes.")
                            : tr("Where the order goes; leave it empty when the workflow decides."));
    satisfactionLabel_->setVisible(satisfaction);
    satisfaction_->setVisible(satisfaction);
    opinionLabel_->setText(needs & ActionNeed::NeedsOpinion ? tr("Opinion:") : tr("Opinion (optional):"));
    for (QWidget* w : {static_cast<QWidget*>(opinionLabel_), static_cast<QWidget*>(opinion_),
                       static_cast<QWidget*>(phrase_)})
        w->setVisible(opinion);
    panel_->show();
    (targets ? static_cast<QWidget*>(target_) : satisfaction ? static_cast<QWidget*>(satisfaction_) : opinion_)
        ->setFocus();
}

void OrderDetail::closePanel() {
    action_.clear();
    panel_->hide();
}

void OrderDetail::addTarget() {
    const QString name = target_->currentText().trimmed();
    if (name.isEmpty() || chosenTargets_.contains(name)) return;
    chosenTargets_ << name;
    targets_->setText(chosenTargets_.join(QStringLiteral(", ")));
    target_->setCurrentText(QString());
}

void OrderDetail::confirm() {
    if (action_.isEmpty() || busy_) return;
    cti::qt::OrderStep step;
    step.orderId = order_.orderId;
    step.action = action_;
    if (needs_ & ActionNeed::AskTargets) {
        QStringList names = chosenTargets_;
        if (needs_ & ActionNeed::OneTarget) names.clear();  // no Add button: only the field counts
        names << target_->currentText();
        step.targets = departmentTargets(names);
    }
    if (needs_ & ActionNeed::AskOpinion) step.opinion = opinion_->toPlainText().trimmed();
    if (needs_ & ActionNeed::NeedsSatisfaction) step.satisfaction = satisfaction_->currentData().toString();
    if (const QString problem = stepProblem(step, needs_); !problem.isEmpty()) {
        problem_->setText(problem);
        return;
    }
    problem_->clear();
    send(step);
}

void OrderDetail::send(const cti::qt::OrderStep& step) {
    setBusy(true);
    message_->setText(tr("%1: sending...").arg(orderActionName(step.action)));
    emit actionRequested(step);
}

void OrderDetail::setBusy(bool busy) {
    // One action at a time: the answer decides which buttons come next.
    busy_ = busy;
    for (auto* b : buttons_) b->setEnabled(!busy);
    confirm_->setEnabled(!busy);
}

}  // namespace cti::agent
