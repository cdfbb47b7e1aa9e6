// The work orders' display names and action rules, checked against the server's own tables
// (names.cpp, rules.cpp) so that a new word or a changed rule on the server shows up here.
#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include "order_test_support.h"
#include "models/order_actions.h"
#include "models/order_names.h"

using cti::agent::ActionNeed;

namespace {

QString serverSource(const char* path) {
    QFile f(QStringLiteral(CTI_SOURCE_DIR "/") + QLatin1String(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The words of one name table of names.cpp, e.g. table "kTypes".
QStringList serverWords(const QString& names, const char* table) {
    const auto start = names.indexOf(QLatin1String(table));
    REQUIRE(start >= 0);
    const auto end = names.indexOf(QStringLiteral("}};"), start);
    QStringList out;
    static const QRegularExpression word(QStringLiteral(R"re(\{\w+::\w+, "(\w+)"\})re"));
    for (auto it = word.globalMatch(names.mid(start, end - start)); it.hasNext();) out << it.next().captured(1);
    return out;
}

cti::qt::OrderStep step(const char* action, const char* opinion = "", QStringList departments = {},
                        const char* satisfaction = "") {
    cti::qt::OrderStep s;
    s.orderId = 5;
    s.action = QLatin1String(action);
    s.opinion = QString::fromUtf8(opinion);
    s.targets = cti::agent::departmentTargets(departments);
    s.satisfaction = QLatin1String(satisfaction);
    return s;
}

}  // namespace

TEST_CASE("order names: every server word has a display name, unknown words stay", "[agent][orders]") {
    const QString names = serverSource("server/tickets/src/names.cpp");
    CHECK(cti::agent::orderTypes() == serverWords(names, "kTypes{"));
    CHECK(cti::agent::urgencies() == serverWords(names, "kUrgencies{"));
    CHECK(cti::agent::channels() == serverWords(names, "kChannels{"));
    CHECK(cti::agent::orderStates() == serverWords(names, "kStates{"));
    CHECK(cti::agent::satisfactions() == serverWords(names, "kSatisfaction{"));
    for (const auto& w : serverWords(names, "kTypes{")) CHECK(cti::agent::orderTypeName(w) != w);
    for (const auto& w : serverWords(names, "kStates{")) CHECK(cti::agent::orderStateName(w) != w);
    for (const auto& w : serverWords(names, "kActions{")) CHECK(cti::agent::orderActionName(w) != w);
    for (const auto& w : serverWords(names, "kTaskStates{")) CHECK(cti::agent::taskStateName(w) != w);
    for (const auto& w : serverWords(names, "kUrgencies{")) CHECK(cti::agent::urgencyName(w) != w);
    for (const auto& w : serverWords(names, "kChannels{")) CHECK(cti::agent::channelName(w) != w);
    for (const auto& w : serverWords(names, "kSatisfaction{")) CHECK(cti::agent::satisfactionName(w) != w);

    CHECK(cti::agent::orderTypeName(QStringLiteral("complaint")) == QStringLiteral("Complaint"));
    CHECK(cti::agent::urgencyName(QStringLiteral("very_urgent")) == QStringLiteral("Very urgent"));
    CHECK(cti::agent::orderStateName(QStringLiteral("dispatched")) == QStringLiteral("Dispatched"));
    CHECK(cti::agent::orderActionName(QStringLiteral("visit")) == QStringLiteral("Callback visit"));
    CHECK(cti::agent::taskStateName(QStringLiteral("pending")) == QStringLiteral("Waiting to be accepted"));
    CHECK(cti::agent::satisfactionName(QStringLiteral("basically_satisfied")) == QStringLiteral("Basically satisfied"));
    CHECK(cti::agent::orderTypeName(QStringLiteral("lost_and_found")) == QStringLiteral("lost_and_found"));
    CHECK(cti::agent::orderStateName(QString()).isEmpty());
}

TEST_CASE("order names: notices say what happened to which order", "[agent][orders]") {
    cti::qt::OrderNotice n;
    n.order.number = QStringLiteral("GD20240301000012");
    n.order.title = QStringLiteral("幸福路停电");
    n.reason = QStringLiteral("assigned");
    CHECK(cti::agent::noticeText(n) == QStringLiteral("Work order GD20240301000012 was sent to you: 幸福路停电"));
    n.reason = QStringLiteral("overdue");
    CHECK(cti::agent::noticeText(n) == QStringLiteral("Work order GD20240301000012 is overdue: 幸福路停电"));
    n.reason = QStringLiteral("urged");
    n.line.action = QStringLiteral("urge");
    CHECK(cti::agent::noticeText(n) == QStringLiteral("Work order GD20240301000012 was urged: 幸福路停电"));
    n.line.action = QStringLiteral("supervise");
    CHECK(cti::agent::noticeText(n) == QStringLiteral("Work order GD20240301000012 is being supervised: 幸福路停电"));
    n.reason = QStringLiteral("changed");
    n.line.action = QStringLiteral("answer");
    n.line.actor = QStringLiteral("抢修班");
    CHECK(cti::agent::noticeText(n) == QStringLiteral("Work order GD20240301000012 (幸福路停电): Answer by 抢修班"));
}

TEST_CASE("order names: a timeline line", "[agent][orders]") {
    cti::qt::OrderHistoryLine line;
    line.action = QStringLiteral("dispatch");
    line.actor = QStringLiteral("张丽");
    line.fromState = QStringLiteral("open");
    line.toState = QStringLiteral("dispatched");
    cti::qt::OrderTarget t;
    t.department = QStringLiteral("抢修中心");
    line.to = {t};
    line.opinion = QStringLiteral("请尽快处理");
    line.atMs = 1'700'000'000'000;
    const QString text = cti::agent::historyLineText(line);
    CHECK(text.startsWith(cti::agent::formatOrderTime(line.atMs)));
    CHECK(text.contains(QStringLiteral("张丽  Dispatch  Open → Dispatched  to 抢修中心  “请尽快处理”")));

    cti::qt::OrderHistoryLine escalation;
    escalation.action = QStringLiteral("escalate");
    escalation.fromState = escalation.toState = QStringLiteral("processing");
    escalation.opinion = QStringLiteral("process_overdue");
    escalation.atMs = 1'700'000'000'000;
    CHECK(cti::agent::historyLineText(escalation).endsWith(QStringLiteral("System  Overdue  not finished in time")));
}

TEST_CASE("order actions: what each action asks for matches the server's rule table", "[agent][orders]") {
    const QString rules = serverSource("server/tickets/src/rules.cpp");
    static const QRegularExpression row(QStringLiteral(R"re(\{Action::(\w+),[^{}]*Who::\w+, ([^{}]*)\},)re"));
    int rows = 0;
    for (auto it = row.globalMatch(rules); it.hasNext(); ++rows) {
        const auto m = it.next();
        QString action = m.captured(1);
        if (action == QLatin1String("return_back")) action = QStringLiteral("return");
        if (action == QLatin1String("void_order")) action = QStringLiteral("void");
        const QString needs = m.captured(2);
        const auto mine = cti::agent::actionNeeds(action);
        INFO(action.toStdString());
        CHECK(mine.testFlag(ActionNeed::NeedsOpinion) == needs.contains(QLatin1String("kOpinion")));
        CHECK(mine.testFlag(ActionNeed::NeedsTargets) == needs.contains(QLatin1String("kTargets")));
        CHECK(mine.testFlag(ActionNeed::NeedsSatisfaction) == needs.contains(QLatin1String("kSatisfaction")));
        // Whatever is needed is also asked for.
        if (mine.testFlag(ActionNeed::NeedsOpinion)) CHECK(mine.testFlag(ActionNeed::AskOpinion));
        if (mine.testFlag(ActionNeed::NeedsTargets)) CHECK(mine.testFlag(ActionNeed::AskTargets));
    }
    CHECK(rows == 17);
}

TEST_CASE("order actions: the cases the table does not say", "[agent][orders]") {
    using cti::agent::actionNeeds;
    // dispatch asks where to, without insisting: a workflow step may go to fixed departments.
    CHECK(actionNeeds(QStringLiteral("dispatch")) == ActionNeed::AskTargets);
    CHECK(actionNeeds(QStringLiteral("transfer")).testFlag(ActionNeed::OneTarget));
    CHECK(actionNeeds(QStringLiteral("answer")).testFlag(ActionNeed::AskTargets));
    CHECK_FALSE(actionNeeds(QStringLiteral("answer")).testFlag(ActionNeed::NeedsTargets));
    // Closing a never-dispatched order needs the answer given to the caller (rules.cpp, close).
    CHECK(actionNeeds(QStringLiteral("close"), QStringLiteral("open")).testFlag(ActionNeed::NeedsOpinion));
    CHECK_FALSE(actionNeeds(QStringLiteral("close"), QStringLiteral("answered")).testFlag(ActionNeed::NeedsOpinion));
    CHECK(cti::agent::asksNothing(actionNeeds(QStringLiteral("accept"))));
    CHECK(cti::agent::asksNothing(actionNeeds(QStringLiteral("resume"))));
    CHECK_FALSE(cti::agent::asksNothing(actionNeeds(QStringLiteral("urge"))));
    CHECK_FALSE(cti::agent::asksNothing(actionNeeds(QStringLiteral("visit"))));

    cti::qt::WorkOrder o;
    o.allowedActions = {QStringLiteral("create"), QStringLiteral("dispatch"), QStringLiteral("send_article"),
                        QStringLiteral("void"), QStringLiteral("escalate"), QStringLiteral("close")};
    CHECK(cti::agent::actionButtons(o) == QStringList{QStringLiteral("dispatch"), QStringLiteral("void"),
                                                      QStringLiteral("close")});
}

TEST_CASE("order actions: a step's problems", "[agent][orders]") {
    using cti::agent::actionNeeds;
    using cti::agent::stepProblem;
    const auto transfer = actionNeeds(QStringLiteral("transfer"));
    CHECK(stepProblem(step("transfer", "不属本部门"), transfer) == QStringLiteral("Choose the department to send the order to."));
    CHECK(stepProblem(step("transfer", "", {QStringLiteral("营业厅")}), transfer) ==
          QStringLiteral("Write an opinion: why, or what was done."));
    CHECK(stepProblem(step("transfer", "不属本部门", {QStringLiteral("营业厅"), QStringLiteral("抢修中心")}), transfer) ==
          QStringLiteral("The order goes to exactly one department."));
    CHECK(stepProblem(step("transfer", "不属本部门", {QStringLiteral("营业厅")}), transfer).isEmpty());
    CHECK(stepProblem(step("void", "   "), actionNeeds(QStringLiteral("void"))) ==
          QStringLiteral("Write an opinion: why, or what was done."));
    CHECK(stepProblem(step("visit"), actionNeeds(QStringLiteral("visit"))) == QStringLiteral("Record the caller's satisfaction."));
    CHECK(stepProblem(step("visit", "", {}, "satisfied"), actionNeeds(QStringLiteral("visit"))).isEmpty());
    CHECK(stepProblem(step("dispatch"), actionNeeds(QStringLiteral("dispatch"))).isEmpty());

    // The server counts characters, not bytes or UTF-16 units: 4000 Chinese characters pass.
    auto answer = step("answer");
    answer.opinion = QString(4000, QChar(0x5DF2));
    CHECK(stepProblem(answer, actionNeeds(QStringLiteral("answer"))).isEmpty());
    answer.opinion += QChar(0x5DF2);
    CHECK(stepProblem(answer, actionNeeds(QStringLiteral("answer"))) ==
          QStringLiteral("The opinion is limited to 4000 characters (now 4001)."));

    QStringList many;
    for (int i = 0; i < 21; ++i) many << QStringLiteral("部门%1").arg(i);
    CHECK(stepProblem(step("dispatch", "", many), actionNeeds(QStringLiteral("dispatch"))) ==
          QStringLiteral("At most 20 departments at once."));
}

TEST_CASE("order actions: typed department names become targets", "[agent][orders]") {
    const auto targets = cti::agent::departmentTargets(
        {QStringLiteral(" 抢修中心 "), QString(), QStringLiteral("营业厅"), QStringLiteral("抢修中心")});
    REQUIRE(targets.size() == 2);
    CHECK(targets[0].department == QStringLiteral("抢修中心"));
    CHECK(targets[1].department == QStringLiteral("营业厅"));
    CHECK(targets[0].userId == 0);
    CHECK(cti::agent::targetLabel(targets[0]) == QStringLiteral("抢修中心"));
}
