#include "widgets/screen_pop_panel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

#include "models/caller_model.h"
#include "models/softphone_model.h"

namespace cti::agent {

namespace {
constexpr int kOrderIdRole = Qt::UserRole + 1;

QString when(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("MM-dd HH:mm"));
}
}  // namespace

ScreenPopPanel::ScreenPopPanel(const SoftphoneModel& model, const CallerModel& caller, QWidget* parent)
    : QWidget(parent), model_(model), callerModel_(caller), title_(new QLabel(this)), caller_(new QLabel(this)),
      queue_(new QLabel(this)), data_(new QLabel(this)), customer_(new QLabel(this)), badges_(new QLabel(this)),
      department_(new QLabel(this)), products_(new QLabel(this)), recent_(new QListWidget(this)),
      createOrder_(new QPushButton(tr("Create work order"), this)) {
    setObjectName(QStringLiteral("screenPop"));
    title_->setObjectName(QStringLiteral("screenPopTitle"));
    caller_->setObjectName(QStringLiteral("screenPopCaller"));
    queue_->setObjectName(QStringLiteral("screenPopQueue"));
    data_->setObjectName(QStringLiteral("screenPopData"));
    customer_->setObjectName(QStringLiteral("screenPopCustomer"));
    badges_->setObjectName(QStringLiteral("screenPopBadges"));
    department_->setObjectName(QStringLiteral("screenPopDepartment"));
    products_->setObjectName(QStringLiteral("screenPopProducts"));
    recent_->setObjectName(QStringLiteral("screenPopRecent"));
    createOrder_->setObjectName(QStringLiteral("createOrderButton"));
    for (QLabel* l : {caller_, queue_, data_, customer_, department_, products_}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    badges_->setTextFormat(Qt::RichText);
    recent_->setMaximumHeight(110);
    auto* form = new QFormLayout(this);
    form->addRow(title_);
    form->addRow(tr("Caller:"), caller_);
    form->addRow(tr("Queue:"), queue_);
    form->addRow(tr("Keyed in:"), data_);
    form->addRow(tr("Customer:"), customer_);
    form->addRow(QString(), badges_);
    form->addRow(tr("Responsible:"), department_);
    form->addRow(tr("Recommended:"), products_);
    form->addRow(tr("Recent:"), recent_);
    form->addRow(createOrder_);
    connect(createOrder_, &QPushButton::clicked, this, &ScreenPopPanel::createOrderRequested);
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(kOrderIdRole).toLongLong(); id != 0) emit orderOpened(id);
    });
    connect(&model_, &SoftphoneModel::changed, this, &ScreenPopPanel::refresh);
    connect(&callerModel_, &CallerModel::changed, this, &ScreenPopPanel::refreshCaller);
    refresh();
}

QString ScreenPopPanel::keyLabel(const QString& key) {
    if (key == QLatin1String("account")) return tr("Account");
    if (key == QLatin1String("menu")) return tr("Menu choice");
    // What an outbound campaign's call carries (server/center campaign_dialer.cpp).
    if (key == QLatin1String("campaign")) return tr("Campaign");
    if (key == QLatin1String("campaign_record")) return tr("Call-list record");
    if (key == QLatin1String("phone")) return tr("Number");
    return key;
}

void ScreenPopPanel::refresh() {
    const auto& call = model_.shownCall();
    createOrder_->setEnabled(call.has_value());
    if (!call) {
        title_->setText(tr("No call"));
        caller_->clear();
        queue_->clear();
        data_->clear();
        refreshCaller();
        return;
    }
    title_->setText(model_.ringing() ? tr("Incoming call") : call->ended() ? tr("Last call") : tr("Current call"));
    caller_->setText(call->caller);
    queue_->setText(call->queue.isEmpty() ? tr("(direct)") : call->queue);
    QStringList lines;
    for (auto it = call->data.cbegin(); it != call->data.cend(); ++it)
        lines << tr("%1: %2").arg(keyLabel(it.key()), it.value());
    data_->setText(lines.isEmpty() ? tr("(nothing)") : lines.join(QLatin1Char('\n')));
    refreshCaller();
}

void ScreenPopPanel::refreshCaller() {
    const auto& found = callerModel_.caller();
    recent_->clear();
    QStringList badges;
    if (callerModel_.vip()) badges << QStringLiteral("<b style='color:#b8860b'>%1</b>").arg(tr("VIP").toHtmlEscaped());
    if (callerModel_.blacklisted())
        badges << QStringLiteral("<b style='color:#c00000'>%1</b>").arg(tr("Blacklisted").toHtmlEscaped());
    badges_->setText(badges.join(QStringLiteral("&nbsp;&nbsp;")));
    if (!found) {
        customer_->setText(callerModel_.looking()           ? tr("Looking up…")
                           : !callerModel_.error().isEmpty() ? callerModel_.error()
                                                             : QString());
        department_->clear();
        products_->clear();
        return;
    }
    if (found->known) {
        const auto& c = found->customer;
        QStringList lines{tr("%1 (%2)").arg(c.name, c.number)};
        for (const auto& a : c.accounts) lines << tr("%1 account %2, %3").arg(a.kind, a.accountNo, a.address);
        if (c.accounts.isEmpty() && !c.address.isEmpty()) lines << c.address;
        if (!c.labels.isEmpty()) lines << c.labels.join(QStringLiteral(", "));
        customer_->setText(lines.join(QLatin1Char('\n')));
    } else {
        customer_->setText(tr("Not a known customer"));
    }
    department_->setText(found->responsibleDepartment.isEmpty() ? tr("(none)") : found->responsibleDepartment);
    const QStringList products = recommendedProducts(*found);
    products_->setText(products.isEmpty() ? tr("(none)") : products.join(QStringLiteral("、")));
    for (const auto& o : found->recentOrders) {
        auto* item = new QListWidgetItem(tr("Order %1 %2 (%3)").arg(o.number, o.title, when(o.createdMs)), recent_);
        item->setData(kOrderIdRole, o.orderId);
    }
    for (const auto& c : found->recentCalls)
        new QListWidgetItem(tr("Call %1 %2").arg(when(c.startedMs), c.agent.isEmpty() ? tr("(no agent)") : c.agent),
                            recent_);
}

}  // namespace cti::agent
