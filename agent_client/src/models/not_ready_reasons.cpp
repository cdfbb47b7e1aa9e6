#include "models/not_ready_reasons.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace cti::agent {

namespace {
// The codes desktops sent before the dictionary existed, kept for servers without one.
const std::pair<const char*, const char*> kBuiltIn[] = {
    {"break", QT_TRANSLATE_NOOP("cti::agent::NotReadyReasons", "Break")},
    {"meeting", QT_TRANSLATE_NOOP("cti::agent::NotReadyReasons", "Meeting")},
    {"training", QT_TRANSLATE_NOOP("cti::agent::NotReadyReasons", "Training")},
    {"after_call_work", QT_TRANSLATE_NOOP("cti::agent::NotReadyReasons", "After-call work")},
};

const QString kDictionary = QStringLiteral("not_ready_reasons");

QString field(const cti::qt::AdminRecord& r, const char* name) { return r.value(QLatin1String(name)).trimmed(); }

// Values travel as text: bool "1"/"0". A server that sends no such column has every row enabled.
bool enabled(const cti::qt::AdminRecord& r) {
    if (!r.contains(QStringLiteral("enabled"))) return true;
    const QString v = field(r, "enabled").toLower();
    return v == QLatin1String("1") || v == QLatin1String("true");
}

// Rows without a usable position come after the numbered ones.
qint64 position(const cti::qt::AdminRecord& r) {
    bool ok = false;
    const qint64 p = field(r, "position").toLongLong(&ok);
    return ok ? p : std::numeric_limits<qint64>::max();
}
}  // namespace

QList<NotReadyReason> builtInNotReadyReasons() {
    QList<NotReadyReason> out;
    for (const auto& [code, label] : kBuiltIn)
        out.append({QLatin1String(code), QCoreApplication::translate("cti::agent::NotReadyReasons", label)});
    return out;
}

QList<NotReadyReason> notReadyReasonsFromDictionary(const QList<cti::qt::AdminRecord>& rows, const QString& language) {
    return dictionaryItems(rows, kDictionary, language);
}

QList<DictionaryItem> dictionaryItems(const QList<cti::qt::AdminRecord>& rows, const QString& dictionary,
                                      const QString& language) {
    QList<cti::qt::AdminRecord> chosen;
    for (const auto& r : rows)
        if (field(r, "dictionary") == dictionary && !field(r, "code").isEmpty() && enabled(r)) chosen.append(r);
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const auto& a, const auto& b) { return position(a) < position(b); });
    const bool chinese = language.startsWith(QLatin1String("zh"));
    QList<DictionaryItem> out;
    QSet<QString> seen;
    for (const auto& r : chosen) {
        const QString code = field(r, "code");
        if (seen.contains(code)) continue;
        seen.insert(code);
        const QString mine = field(r, chinese ? "label_zh" : "label_en");
        const QString other = field(r, chinese ? "label_en" : "label_zh");
        out.append({code, !mine.isEmpty() ? mine : !other.isEmpty() ? other : code});
    }
    return out;
}

}  // namespace cti::agent
