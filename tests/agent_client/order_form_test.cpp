// The new-order form: what it refuses (as the server would), what a call fills in, templates and
// common phrases, and the NewOrder it emits after an agent filled it in.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>

#include "order_test_support.h"
#include "widgets/order_form.h"

using cti::agent::orderProblem;

namespace {

cti::qt::NewOrder valid() {
    cti::qt::NewOrder o;
    o.type = QStringLiteral("repair");
    o.title = QStringLiteral("幸福路停电");
    o.content = QStringLiteral("幸福路1号整栋楼停电两小时。");
    return o;
}

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    REQUIRE(c != nullptr);
    return c;
}

// Chooses an item the way a user does with the keyboard, so that activated() fires (template
// and phrase pickers then go back to their first item by themselves).
void choose(QComboBox* combo, int index) {
    REQUIRE(index > 0);
    QSignalSpy activated(combo, &QComboBox::activated);
    combo->setCurrentIndex(index - 1);
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toInt() == index);
}

cti::qt::Phrase phrase(const char* kind, const char* type, const char* title, const char* text) {
    cti::qt::Phrase p;
    p.kind = QLatin1String(kind);
    p.orderType = QLatin1String(type);
    p.title = QString::fromUtf8(title);
    p.text = QString::fromUtf8(text);
    return p;
}

cti::qt::Call ivrCall() {
    cti::qt::Call c;
    c.callId = 7;
    c.state = QStringLiteral("talking");
    c.direction = QStringLiteral("inbound");
    c.caller = QStringLiteral("13800000000");
    c.queue = QStringLiteral("热线总队列");
    c.data.insert(QStringLiteral("account"), QStringLiteral("1234567"));
    return c;
}

cti::qt::CallerInfo knownCaller() {
    cti::qt::CallerInfo info;
    info.phone = QStringLiteral("13800000000");
    info.known = true;
    info.customer.customerId = 42;
    info.customer.name = QStringLiteral("王五");
    info.customer.address = QStringLiteral("幸福路");
    info.customer.accounts = {{QStringLiteral("7654321"), QStringLiteral("水"), QStringLiteral("光明路2号")},
                              {QStringLiteral("1234567"), QStringLiteral("电"), QStringLiteral("幸福路1号")}};
    return info;
}

}  // namespace

TEST_CASE("order form: the problems it refuses, as the server would", "[agent][orders]") {
    CHECK(orderProblem(valid()).isEmpty());
    CHECK(orderProblem(cti::qt::NewOrder{}) ==
          QStringLiteral("Choose the type of the order.\nEnter a title.\n"
                         "Enter the content: what the caller reported or asked."));
    auto o = valid();
    o.type = QStringLiteral("gossip");
    CHECK(orderProblem(o) == QStringLiteral("Choose the type of the order."));
    o = valid();
    o.title = QStringLiteral("   ");
    CHECK(orderProblem(o) == QStringLiteral("Enter a title."));
    // 200 Chinese characters are 600 bytes and still a fine title: the server counts characters.
    o.title = QString(200, QChar(0x7535));
    CHECK(orderProblem(o).isEmpty());
    o.title += QChar(0x7535);
    CHECK(orderProblem(o) == QStringLiteral("The title is limited to 200 characters (now 201)."));
    o = valid();
    o.content = QString(20001, QLatin1Char('x'));
    CHECK(orderProblem(o) == QStringLiteral("The content is limited to 20000 characters (now 20001)."));
    o = valid();
    o.callerNumber = QString(33, QLatin1Char('1'));
    CHECK(orderProblem(o) == QStringLiteral("The caller number is limited to 32 characters."));
    o = valid();
    o.contactName = QString(101, QChar(0x738B));
    CHECK(orderProblem(o) == QStringLiteral("The contact name is limited to 100 characters."));
}

TEST_CASE("order form: what a call fills in", "[agent][orders]") {
    SECTION("the account keyed in the IVR, found among the customer's accounts") {
        const auto o = cti::agent::prefilledOrder(ivrCall(), knownCaller());
        CHECK(o.callId == 7);
        CHECK(o.customerId == 42);
        CHECK(o.callerNumber == QStringLiteral("13800000000"));
        CHECK(o.contactName == QStringLiteral("王五"));
        CHECK(o.channel == QStringLiteral("phone"));
        CHECK(o.type.isEmpty());
        CHECK(o.title == QStringLiteral("Call from 13800000000, account 1234567"));
        CHECK(o.content == QStringLiteral("Account: 1234567 (电)\nAddress: 幸福路1号\nCustomer: 王五\n"));
    }
    SECTION("no account keyed in: the customer's first account") {
        auto call = ivrCall();
        call.data.clear();
        const auto o = cti::agent::prefilledOrder(call, knownCaller());
        CHECK(o.title == QStringLiteral("Call from 13800000000, account 7654321"));
        CHECK(o.content.startsWith(QStringLiteral("Account: 7654321 (水)\nAddress: 光明路2号\n")));
    }
    SECTION("an unknown caller: the number and what was keyed in, no customer") {
        cti::qt::CallerInfo unknown;
        auto call = ivrCall();
        call.data.insert(QStringLiteral("menu"), QStringLiteral("2"));
        const auto o = cti::agent::prefilledOrder(call, unknown);
        CHECK(o.customerId == 0);
        CHECK(o.contactName.isEmpty());
        CHECK(o.callerNumber == QStringLiteral("13800000000"));
        CHECK(o.content == QStringLiteral("Account: 1234567\nKeyed in: menu = 2\n"));
    }
}

TEST_CASE("order form: an agent fills it in and submits", "[agent][orders]") {
    cti::agent::OrderForm form;
    form.show();
    QSignalSpy submitted(&form, &cti::agent::OrderForm::submitted);
    auto* type = child<QComboBox>(form, "orderTypeCombo");
    auto* title = child<QLineEdit>(form, "orderTitleEdit");
    auto* content = child<QPlainTextEdit>(form, "orderContentEdit");
    auto* submit = child<QPushButton>(form, "orderSubmitButton");
    auto* message = child<QLabel>(form, "orderMessage");

    SECTION("nothing filled in: the problems are shown and nothing is sent") {
        QTest::mouseClick(submit, Qt::LeftButton);
        CHECK(submitted.isEmpty());
        CHECK(message->text().contains(QStringLiteral("Enter a title.")));
        CHECK(submit->isEnabled());
    }
    SECTION("filled in: the order goes out once, then the form is cleared when saved") {
        choose(type, type->findData(QStringLiteral("complaint")));
        auto* urgency = child<QComboBox>(form, "orderUrgencyCombo");
        urgency->setCurrentIndex(urgency->findData(QStringLiteral("urgent")));
        typeText(title, QStringLiteral("抄表员态度差"));
        typeText(content, QStringLiteral("客户反映抄表员态度差。"));
        QTest::keyClicks(child<QLineEdit>(form, "orderCallerEdit"), QStringLiteral("13900000000"));
        typeText(child<QLineEdit>(form, "orderContactEdit"), QStringLiteral("赵六"));
        child<QCheckBox>(form, "orderRestrictedCheck")->setChecked(true);
        QTest::mouseClick(submit, Qt::LeftButton);
        REQUIRE(submitted.size() == 1);
        const auto o = submitted[0][0].value<cti::qt::NewOrder>();
        CHECK(o.type == QStringLiteral("complaint"));
        CHECK(o.urgency == QStringLiteral("urgent"));
        CHECK(o.channel == QStringLiteral("phone"));
        CHECK(o.title == QStringLiteral("抄表员态度差"));
        CHECK(o.content == QStringLiteral("客户反映抄表员态度差。"));
        CHECK(o.callerNumber == QStringLiteral("13900000000"));
        CHECK(o.contactName == QStringLiteral("赵六"));
        CHECK(o.restricted);
        CHECK(o.callId == 0);
        // A second click while the server answers would create the order twice.
        CHECK_FALSE(submit->isEnabled());

        cti::qt::WorkOrder saved;
        saved.number = QStringLiteral("GD20240301000099");
        saved.title = o.title;
        form.showSaved(saved);
        CHECK(message->text() == QStringLiteral("Work order GD20240301000099 saved: 抄表员态度差"));
        CHECK(title->text().isEmpty());
        CHECK(content->toPlainText().isEmpty());
        CHECK(type->currentData().toString().isEmpty());
        CHECK(submit->isEnabled());
    }
    SECTION("a refusal keeps what was typed") {
        choose(type, type->findData(QStringLiteral("repair")));
        typeText(title, QStringLiteral("停电"));
        typeText(content, QStringLiteral("整栋楼停电"));
        QTest::mouseClick(submit, Qt::LeftButton);
        form.showError(QStringLiteral("permission denied"));
        CHECK(message->text() == QStringLiteral("The order was not saved: permission denied"));
        CHECK(title->text() == QStringLiteral("停电"));
        CHECK(submit->isEnabled());
    }
}

TEST_CASE("order form: templates of the chosen type and common phrases", "[agent][orders]") {
    cti::agent::OrderForm form;
    form.show();
    form.setPhrases({phrase("template", "repair", "停电报修", "停电范围：\n停电时间：\n"),
                     phrase("template", "complaint", "服务投诉", "投诉对象：\n"),
                     phrase("phrase", "", "致歉", "给您带来不便，敬请谅解。")});
    auto* type = child<QComboBox>(form, "orderTypeCombo");
    auto* templates = child<QComboBox>(form, "orderTemplateCombo");
    auto* phrases = child<QComboBox>(form, "orderPhraseCombo");
    auto* content = child<QPlainTextEdit>(form, "orderContentEdit");

    CHECK_FALSE(templates->isEnabled());  // no type yet: no template fits
    REQUIRE(phrases->count() == 2);
    CHECK(phrases->itemText(1) == QStringLiteral("致歉"));

    choose(type, type->findData(QStringLiteral("repair")));
    REQUIRE(templates->count() == 2);
    CHECK(templates->itemText(1) == QStringLiteral("停电报修"));
    typeText(content, QStringLiteral("旧内容"));
    choose(templates, 1);
    CHECK(content->toPlainText() == QStringLiteral("停电范围：\n停电时间：\n"));
    CHECK(templates->currentIndex() == 0);  // ready to choose again

    // A phrase goes where the cursor is, not at the end.
    QTextCursor cursor = content->textCursor();
    cursor.setPosition(5);  // after 停电范围：
    content->setTextCursor(cursor);
    choose(phrases, 1);
    CHECK(content->toPlainText() == QStringLiteral("停电范围：给您带来不便，敬请谅解。\n停电时间：\n"));

    choose(type, type->findData(QStringLiteral("complaint")));
    REQUIRE(templates->count() == 2);
    CHECK(templates->itemText(1) == QStringLiteral("服务投诉"));
}

TEST_CASE("order form: prefilled from a call, then submitted", "[agent][orders]") {
    cti::agent::OrderForm form;
    form.show();
    QSignalSpy submitted(&form, &cti::agent::OrderForm::submitted);
    typeText(child<QLineEdit>(form, "orderTitleEdit"), QStringLiteral("上一个来电的标题"));
    form.prefill(ivrCall(), knownCaller());
    CHECK(child<QLineEdit>(form, "orderCallerEdit")->text() == QStringLiteral("13800000000"));
    CHECK(child<QLineEdit>(form, "orderContactEdit")->text() == QStringLiteral("王五"));
    CHECK(child<QLineEdit>(form, "orderTitleEdit")->text() == QStringLiteral("Call from 13800000000, account 1234567"));
    CHECK(child<QPlainTextEdit>(form, "orderContentEdit")->toPlainText().contains(QStringLiteral("1234567")));
    CHECK(child<QLabel>(form, "orderOriginLabel")->text() == QStringLiteral("From call 7, customer 王五"));

    auto* type = child<QComboBox>(form, "orderTypeCombo");
    choose(type, type->findData(QStringLiteral("repair")));
    typeText(child<QPlainTextEdit>(form, "orderContentEdit"), QStringLiteral("家中停电。"));
    QTest::mouseClick(child<QPushButton>(form, "orderSubmitButton"), Qt::LeftButton);
    REQUIRE(submitted.size() == 1);
    const auto o = submitted[0][0].value<cti::qt::NewOrder>();
    CHECK(o.callId == 7);
    CHECK(o.customerId == 42);
    CHECK(o.type == QStringLiteral("repair"));
    CHECK(o.content.endsWith(QStringLiteral("Customer: 王五\n家中停电。")));
}
