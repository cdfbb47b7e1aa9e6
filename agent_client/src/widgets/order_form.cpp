#include "widgets/order_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

#include "models/order_names.h"

namespace cti::agent {

namespace {
// The limits of server/tickets check_new_order (characters are code points there).
constexpr int kMaxTitleChars = 200;
constexpr int kMaxContentChars = 20000;
constexpr int kMaxCallerBytes = 32;
constexpr int kMaxContactChars = 100;

int codePoints(const QString& s) { return static_cast<int>(s.toUcs4().size()); }

bool isKind(const cti::qt::Phrase& p, const char* kind) { return p.kind == QLatin1String(kind); }
}  // namespace

QString orderProblem(const cti::qt::NewOrder& o) {
    QStringList problems;
    if (!orderTypes().contains(o.type)) problems << OrderForm::tr("Choose the type of the order.");
    const int title = codePoints(o.title.trimmed());
    if (title == 0) problems << OrderForm::tr("Enter a title.");
    if (title > kMaxTitleChars)
        problems << OrderForm::tr("The title is limited to %1 characters (now %2).").arg(kMaxTitleChars).arg(title);
    const int content = codePoints(o.content);
    if (o.content.trimmed().isEmpty()) problems << OrderForm::tr("Enter the content: what the caller reported or asked.");
    if (content > kMaxContentChars)
        problems << OrderForm::tr("The content is limited to %1 characters (now %2).").arg(kMaxContentChars).arg(content);
    if (o.callerNumber.toUtf8().size() > kMaxCallerBytes)
        problems << OrderForm::tr("The caller number is limited to %1 characters.").arg(kMaxCallerBytes);
    if (codePoints(o.contactName) > kMaxContactChars)
        problems << OrderForm::tr("The contact name is limited to %1 characters.").arg(kMaxContactChars);
    return problems.join(QLatin1Char('\n'));
}

cti::qt::NewOrder prefilledOrder(const cti::qt::Call& call, const cti::qt::CallerInfo& caller) {
    cti::qt::NewOrder o;
    o.callId = call.callId;
    o.channel = QStringLiteral("phone");
    // The number the lookup was made for; else the other party of the call.
    o.callerNumber = !caller.phone.isEmpty() ? caller.phone
                     : call.direction == QLatin1String("outbound") ? call.callee
                                                                   : call.caller;
    const auto& customer = caller.customer;
    if (caller.known) {
        o.customerId = customer.customerId;
        o.contactName = customer.name;
    }
    // The account the caller keyed in is what the call is about; else the customer's first one.
    QString account = call.data.value(QStringLiteral("account")).trimmed();
    const cti::qt::CustomerAccount* details = nullptr;
    for (const auto& a : customer.accounts)
        if (a.accountNo == account || (account.isEmpty() && caller.known)) {
            details = &a;
            account = a.accountNo;
            break;
        }
    QStringList lines;
    if (!account.isEmpty()) {
        QString line = OrderForm::tr("Account: %1").arg(account);
        if (details && !details->kind.isEmpty()) line += OrderForm::tr(" (%1)").arg(details->kind);
        lines << line;
        if (details && !details->address.isEmpty()) lines << OrderForm::tr("Address: %1").arg(details->address);
    }
    if (caller.known && !customer.name.isEmpty()) lines << OrderForm::tr("Customer: %1").arg(customer.name);
    if (caller.known && !customer.address.isEmpty() && !(details && !details->address.isEmpty()))
        lines << OrderForm::tr("Address: %1").arg(customer.address);
    for (auto it = call.data.cbegin(); it != call.data.cend(); ++it)
        if (it.key() != QLatin1String("account") && !it.value().isEmpty())
            lines << OrderForm::tr("Keyed in: %1 = %2").arg(it.key(), it.value());
    if (!lines.isEmpty()) o.content = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (!o.callerNumber.isEmpty())
        o.title = account.isEmpty() ? OrderForm::tr("Call from %1").arg(o.callerNumber)
                                    : OrderForm::tr("Call from %1, account %2").arg(o.callerNumber, account);
    return o;
}

OrderForm::OrderForm(QWidget* parent)
    : QWidget(parent), type_(new QComboBox(this)), urgency_(new QComboBox(this)), channel_(new QComboBox(this)),
      title_(new QLineEdit(this)), template_(new QComboBox(this)), phrase_(new QComboBox(this)),
      content_(new QPlainTextEdit(this)), caller_(new QLineEdit(this)), contact_(new QLineEdit(this)),
      restricted_(new QCheckBox(tr("Restricted: hide the caller from those not allowed to see complainants"), this)),
      origin_(new QLabel(this)), message_(new QLabel(this)), submit_(new QPushButton(tr("Submit"), this)),
      clear_(new QPushButton(tr("Clear"), this)) {
    setObjectName(QStringLiteral("orderForm"));
    type_->setObjectName(QStringLiteral("orderTypeCombo"));
    type_->addItem(tr("(choose a type)"), QString());
    for (const auto& t : orderTypes()) type_->addItem(orderTypeName(t), t);
    urgency_->setObjectName(QStringLiteral("orderUrgencyCombo"));
    for (const auto& u : urgencies()) urgency_->addItem(urgencyName(u), u);
    channel_->setObjectName(QStringLiteral("orderChannelCombo"));
    for (const auto& c : channels()) channel_->addItem(channelName(c), c);
    title_->setObjectName(QStringLiteral("orderTitleEdit"));
    title_->setPlaceholderText(tr("What the order is about, in a few words"));
    template_->setObjectName(QStringLiteral("orderTemplateCombo"));
    template_->setToolTip(tr("Fill the content from a template of this order type."));
    phrase_->setObjectName(QStringLiteral("orderPhraseCombo"));
    phrase_->setToolTip(tr("Insert a common phrase where the cursor is."));
    content_->setObjectName(QStringLiteral("orderContentEdit"));
    content_->setPlaceholderText(tr("What the caller reported or asked"));
    caller_->setObjectName(QStringLiteral("orderCallerEdit"));
    contact_->setObjectName(QStringLiteral("orderContactEdit"));
    restricted_->setObjectName(QStringLiteral("orderRestrictedCheck"));
    origin_->setObjectName(QStringLiteral("orderOriginLabel"));
    message_->setObjectName(QStringLiteral("orderMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    submit_->setObjectName(QStringLiteral("orderSubmitButton"));
    submit_->setDefault(true);
    clear_->setObjectName(QStringLiteral("orderClearButton"));

    auto* kind = new QHBoxLayout;
    kind->addWidget(type_, 1);
    kind->addWidget(new QLabel(tr("Urgency:"), this));
    kind->addWidget(urgency_);
    kind->addWidget(new QLabel(tr("Channel:"), this));
    kind->addWidget(channel_);
    auto* helpers = new QHBoxLayout;
    helpers->addWidget(template_, 1);
    helpers->addWidget(phrase_, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Type:"), kind);
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("Helpers:"), helpers);
    form->addRow(tr("Content:"), content_);
    form->addRow(tr("Caller number:"), caller_);
    form->addRow(tr("Contact name:"), contact_);
    form->addRow(QString(), restricted_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(origin_, 1);
    buttons->addWidget(clear_);
    buttons->addWidget(submit_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(message_);
    layout->addLayout(buttons);

    connect(type_, &QComboBox::currentIndexChanged, this, &OrderForm::fillTemplates);
    connect(template_, &QComboBox::activated, this, &OrderForm::templateChosen);
    connect(phrase_, &QComboBox::activated, this, &OrderForm::phraseChosen);
    connect(submit_, &QPushButton::clicked, this, &OrderForm::submit);
    connect(clear_, &QPushButton::clicked, this, [this] {
        clear();
        message_->clear();
    });
    setPhrases({});
}

cti::qt::NewOrder OrderForm::order() const {
    cti::qt::NewOrder o;
    o.type = type_->currentData().toString();
    o.urgency = urgency_->currentData().toString();
    o.channel = channel_->currentData().toString();
    o.title = title_->text().trimmed();
    o.content = content_->toPlainText();
    o.callerNumber = caller_->text().trimmed();
    o.contactName = contact_->text().trimmed();
    o.customerId = customerId_;
    o.callId = callId_;
    o.restricted = restricted_->isChecked();
    return o;
}

void OrderForm::setPhrases(const QList<cti::qt::Phrase>& phrases) {
    phrases_ = phrases;
    phrase_->clear();
    phrase_->addItem(tr("Insert a common phrase..."), -1);
    for (int i = 0; i < phrases_.size(); ++i)
        if (isKind(phrases_[i], "phrase")) phrase_->addItem(phrases_[i].title, i);
    fillTemplates();
}

void OrderForm::fillTemplates() {
    // Only the chosen type's templates: a repair template in a complaint would mislead.
    const QString type = type_->currentData().toString();
    template_->clear();
    template_->addItem(tr("Use a template..."), -1);
    for (int i = 0; i < phrases_.size(); ++i)
        if (isKind(phrases_[i], "template") && !type.isEmpty() && phrases_[i].orderType == type)
            template_->addItem(phrases_[i].title, i);
    template_->setEnabled(template_->count() > 1);
}

void OrderForm::templateChosen(int index) {
    const int i = template_->itemData(index).toInt();
    if (i < 0 || i >= phrases_.size()) return;
    // Through the cursor rather than setPlainText, so that Ctrl+Z brings the old text back.
    QTextCursor cursor(content_->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(phrases_[i].text);
    template_->setCurrentIndex(0);
    content_->setFocus();
}

void OrderForm::phraseChosen(int index) {
    const int i = phrase_->itemData(index).toInt();
    if (i < 0 || i >= phrases_.size()) return;
    content_->insertPlainText(phrases_[i].text);
    phrase_->setCurrentIndex(0);
    content_->setFocus();
}

void OrderForm::prefill(const cti::qt::Call& call, const cti::qt::CallerInfo& caller) {
    clear();
    const auto o = prefilledOrder(call, caller);
    channel_->setCurrentIndex(std::max(0, channel_->findData(o.channel)));
    title_->setText(o.title);
    content_->setPlainText(o.content);
    content_->moveCursor(QTextCursor::End);
    caller_->setText(o.callerNumber);
    contact_->setText(o.contactName);
    customerId_ = o.customerId;
    callId_ = o.callId;
    QStringList origin;
    if (callId_ != 0) origin << tr("From call %1").arg(callId_);
    if (customerId_ != 0) origin << tr("customer %1").arg(o.contactName.isEmpty() ? QString::number(customerId_) : o.contactName);
    origin_->setText(origin.join(QStringLiteral(", ")));
    message_->clear();
}

namespace {
void refill(QComboBox& combo, const QList<DictionaryItem>& items, bool withNone, const QString& none) {
    if (items.isEmpty()) return;
    const QString current = combo.currentData().toString();
    combo.clear();
    if (withNone) combo.addItem(none, QString());
    for (const auto& item : items) combo.addItem(item.label, item.code);
    combo.setCurrentIndex(std::max(0, combo.findData(current)));
}
}  // namespace

void OrderForm::setTypes(const QList<DictionaryItem>& types) {
    refill(*type_, types, true, tr("(choose a type)"));
    fillTemplates();
}

void OrderForm::setUrgencies(const QList<DictionaryItem>& urgencies) { refill(*urgency_, urgencies, false, {}); }

void OrderForm::setChannels(const QList<DictionaryItem>& channels) { refill(*channel_, channels, false, {}); }

void OrderForm::clear() {
    type_->setCurrentIndex(0);
    urgency_->setCurrentIndex(0);
    channel_->setCurrentIndex(0);
    title_->clear();
    content_->clear();
    caller_->clear();
    contact_->clear();
    restricted_->setChecked(false);
    customerId_ = callId_ = 0;
    origin_->clear();
    setBusy(false);
}

void OrderForm::submit() {
    const auto o = order();
    if (const QString problem = orderProblem(o); !problem.isEmpty()) {
        message_->setText(problem);
        return;
    }
    // Until the answer: a second click would create the order twice.
    setBusy(true);
    message_->setText(tr("Saving..."));
    emit submitted(o);
}

void OrderForm::showSaved(const cti::qt::WorkOrder& order) {
    clear();
    message_->setText(tr("Work order %1 saved: %2").arg(order.number, order.title));
}

void OrderForm::showError(const QString& message) {
    setBusy(false);
    message_->setText(tr("The order was not saved: %1").arg(message));
}

void OrderForm::setBusy(bool busy) {
    submit_->setEnabled(!busy);
    clear_->setEnabled(!busy);
}

}  // namespace cti::agent
