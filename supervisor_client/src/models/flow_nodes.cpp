#include "models/flow_nodes.h"

#include <QCoreApplication>
#include <QHash>

namespace cti::supervisor {

namespace {
constexpr const char* kContext = "cti::supervisor::FlowNodes";

QString translated(const char* text) { return QCoreApplication::translate(kContext, text); }

using K = FieldKind;

// Defaults as server/ivr/src/flow_json.cpp reads them.
QHash<QString, QList<FieldSpec>> makeTable() {
    const FieldSpec prompts{QStringLiteral("prompts"), K::Prompts, QJsonValue(), {}};
    const FieldSpec invalidPrompts{QStringLiteral("invalid_prompts"), K::Prompts, QJsonValue(), {}};
    const FieldSpec timeoutPrompts{QStringLiteral("timeout_prompts"), K::Prompts, QJsonValue(), {}};
    const FieldSpec next{QStringLiteral("next"), K::Node, QString(), {}};
    auto bargeIn = [](bool d) { return FieldSpec{QStringLiteral("barge_in"), K::Bool, d, {}}; };
    auto seconds = [](const char* key, double d) { return FieldSpec{QString::fromLatin1(key), K::Seconds, d, {}}; };
    auto integer = [](const char* key, int d) { return FieldSpec{QString::fromLatin1(key), K::Integer, d, {}}; };
    auto text = [](const char* key, const char* d = "") {
        return FieldSpec{QString::fromLatin1(key), K::Text, QString::fromUtf8(d), {}};
    };
    auto node = [](const char* key) { return FieldSpec{QString::fromLatin1(key), K::Node, QString(), {}}; };
    auto choice = [](const char* key, const char* d, QStringList c) {
        return FieldSpec{QString::fromLatin1(key), K::Choice, QString::fromLatin1(d), std::move(c)};
    };
    const FieldSpec queue{QStringLiteral("queue"), K::Queue, QString(), {}};

    QHash<QString, QList<FieldSpec>> t;
    t[QStringLiteral("play")] = {prompts, bargeIn(false), next};
    t[QStringLiteral("menu")] = {prompts, {QStringLiteral("options"), K::Options, QJsonValue(), {}},
                                 seconds("timeout_s", 5), integer("retries", 2), invalidPrompts, timeoutPrompts,
                                 bargeIn(true), node("on_fail")};
    t[QStringLiteral("collect")] = {prompts, integer("min_digits", 1), integer("max_digits", 20),
                                    choice("terminator", "#", {QStringLiteral("#"), QStringLiteral("*"), QString()}),
                                    seconds("timeout_s", 8), seconds("inter_digit_timeout_s", 4),
                                    {QStringLiteral("allow_star"), K::Bool, false, {}},
                                    {QStringLiteral("luhn"), K::Bool, false, {}}, text("variable"),
                                    integer("retries", 2), invalidPrompts, timeoutPrompts, bargeIn(true),
                                    node("on_invalid"), next};
    t[QStringLiteral("lookup")] = {text("key", "caller"), seconds("timeout_s", 5), node("found"), node("not_found")};
    t[QStringLiteral("condition")] = {
        choice("test", "business_open",
               {QStringLiteral("business_open"), QStringLiteral("holiday"), QStringLiteral("vip_at_least"),
                QStringLiteral("blacklisted"), QStringLiteral("variable_equals"), QStringLiteral("variable_compare"),
                QStringLiteral("variable_set")}),
        {QStringLiteral("calendar"), K::Calendar, QStringLiteral("default"), {}},
        integer("level", 1),
        text("variable"),
        choice("op", "==",
               {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<"), QStringLiteral("<="),
                QStringLiteral(">"), QStringLiteral(">=")}),
        text("value"),
        node("then"),
        node("else")};
    t[QStringLiteral("set")] = {text("variable"), text("value"), next};
    t[QStringLiteral("queue")] = {queue, text("skill"), integer("priority", 0)};
    t[QStringLiteral("transfer")] = {text("extension")};
    t[QStringLiteral("voicemail")] = {text("mailbox")};
    t[QStringLiteral("fax")] = {text("document")};
    t[QStringLiteral("callback")] = {queue, next};
    t[QStringLiteral("survey")] = {prompts, text("valid_digits", "12345"), text("variable", "survey"),
                                   seconds("timeout_s", 6), integer("retries", 1), invalidPrompts, next};
    t[QStringLiteral("hangup")] = {prompts, text("reason", "flow ended")};
    t[QStringLiteral("tts")] = {text("text"),
                                choice("hint", "none",
                                       {QStringLiteral("none"), QStringLiteral("digits"), QStringLiteral("number"),
                                        QStringLiteral("amount"), QStringLiteral("date")}),
                                choice("language", "zh_CN", {QStringLiteral("zh_CN"), QStringLiteral("en")}),
                                bargeIn(false), next};
    return t;
}

const QHash<QString, QList<FieldSpec>>& table() {
    static const auto t = makeTable();
    return t;
}
}  // namespace

const QStringList& flowNodeTypes() {
    static const QStringList types{
        QStringLiteral("play"),  QStringLiteral("menu"),     QStringLiteral("collect"),   QStringLiteral("lookup"),
        QStringLiteral("condition"), QStringLiteral("set"),  QStringLiteral("queue"),     QStringLiteral("transfer"),
        QStringLiteral("voicemail"), QStringLiteral("fax"),  QStringLiteral("callback"),  QStringLiteral("survey"),
        QStringLiteral("hangup"), QStringLiteral("tts")};
    return types;
}

const QList<FieldSpec>& fieldsOf(const QString& type) {
    static const QList<FieldSpec> none;
    const auto it = table().constFind(type);
    return it == table().cend() ? none : *it;
}

bool isExitKind(FieldKind kind) { return kind == FieldKind::Node || kind == FieldKind::Options; }

QString nodeTypeName(const QString& type) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("play"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Play prompt")},
        {QStringLiteral("menu"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Menu")},
        {QStringLiteral("collect"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Collect digits")},
        {QStringLiteral("lookup"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Customer lookup")},
        {QStringLiteral("condition"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Condition")},
        {QStringLiteral("set"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Set variable")},
        {QStringLiteral("queue"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Queue")},
        {QStringLiteral("transfer"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Transfer")},
        {QStringLiteral("voicemail"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Voicemail")},
        {QStringLiteral("fax"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Fax")},
        {QStringLiteral("callback"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Callback")},
        {QStringLiteral("survey"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Survey")},
        {QStringLiteral("hangup"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Hang up")},
        {QStringLiteral("tts"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Text to speech")}};
    const auto it = names.constFind(type);
    return it == names.cend() ? QCoreApplication::translate("cti::supervisor::FlowNodes", "Unknown type %1").arg(type)
                                : translated(*it);
}

QString fieldLabel(const QString& key) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("prompts"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Prompts")},
        {QStringLiteral("barge_in"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Keys interrupt")},
        {QStringLiteral("next"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Next")},
        {QStringLiteral("options"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Options")},
        {QStringLiteral("timeout_s"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Timeout (s)")},
        {QStringLiteral("retries"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Retries")},
        {QStringLiteral("invalid_prompts"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Invalid input prompts")},
        {QStringLiteral("timeout_prompts"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "No input prompts")},
        {QStringLiteral("on_fail"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "On failure")},
        {QStringLiteral("min_digits"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Minimum digits")},
        {QStringLiteral("max_digits"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Maximum digits")},
        {QStringLiteral("terminator"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "End key")},
        {QStringLiteral("inter_digit_timeout_s"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Between digits (s)")},
        {QStringLiteral("allow_star"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Allow *")},
        {QStringLiteral("luhn"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Luhn check")},
        {QStringLiteral("variable"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Variable")},
        {QStringLiteral("on_invalid"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "On invalid input")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Look up by")},
        {QStringLiteral("found"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Found")},
        {QStringLiteral("not_found"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Not found")},
        {QStringLiteral("test"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Test")},
        {QStringLiteral("calendar"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Calendar")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "VIP level")},
        {QStringLiteral("op"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Comparison")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Value")},
        {QStringLiteral("then"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Yes")},
        {QStringLiteral("else"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "No")},
        {QStringLiteral("queue"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Queue")},
        {QStringLiteral("skill"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Skill")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Priority")},
        {QStringLiteral("extension"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Extension")},
        {QStringLiteral("mailbox"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Mailbox")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Fax document")},
        {QStringLiteral("valid_digits"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Valid keys")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Reason")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Text")},
        {QStringLiteral("hint"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Read numbers as")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("cti::supervisor::FlowNodes", "Language")}};
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : translated(*it);
}

QString exitLabel(const QString& field, const QString& key) {
    return field == QLatin1String("options") ? key : fieldLabel(field);
}

}  // namespace cti::supervisor
