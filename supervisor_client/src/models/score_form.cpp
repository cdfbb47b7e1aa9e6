#include "models/score_form.h"

#include <QCoreApplication>

namespace cti::supervisor {

const QList<ScoreItemSpec>& scoreItems() {
    static const QList<ScoreItemSpec> items{{QStringLiteral("greeting"), 10},
                                            {QStringLiteral("accuracy"), 30},
                                            {QStringLiteral("attitude"), 20},
                                            {QStringLiteral("compliance"), 20},
                                            {QStringLiteral("resolution"), 20}};
    return items;
}

QString scoreItemTitle(const QString& id) {
    // Spelled out for lupdate: one tr() per title.
    if (id == QLatin1String("greeting")) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Greeting");
    if (id == QLatin1String("accuracy")) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Accuracy");
    if (id == QLatin1String("attitude")) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Attitude");
    if (id == QLatin1String("compliance")) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Compliance");
    if (id == QLatin1String("resolution")) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Resolution");
    return id;
}

int scoreItemMax(const QString& id) {
    for (const auto& s : scoreItems())
        if (s.id == id) return s.maxPoints;
    return -1;
}

int scoreTotal(const QList<cti::qt::ScorePoints>& items) {
    int total = 0;
    for (const auto& i : items) total += i.points;
    return total;
}

QString scoreProblem(const QList<cti::qt::ScorePoints>& items, const QString& comment) {
    if (items.isEmpty()) return QCoreApplication::translate("cti::supervisor::ScoreForm", "Score at least one item.");
    // The server counts characters (code points), not UTF-16 units.
    if (comment.toUcs4().size() > kMaxScoreComment)
        return QCoreApplication::translate("cti::supervisor::ScoreForm", "A comment has up to %1 characters.")
            .arg(kMaxScoreComment);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        const int max = scoreItemMax(item.item);
        if (max < 0)
            return QCoreApplication::translate("cti::supervisor::ScoreForm", "Unknown score item \"%1\".").arg(item.item);
        for (qsizetype j = 0; j < i; ++j)
            if (items[j].item == item.item)
                return QCoreApplication::translate("cti::supervisor::ScoreForm", "%1 is scored twice.")
                    .arg(scoreItemTitle(item.item));
        if (item.points < 0 || item.points > max)
            return QCoreApplication::translate("cti::supervisor::ScoreForm", "%1 takes 0 to %2 points.")
                .arg(scoreItemTitle(item.item))
                .arg(max);
    }
    return {};
}

}  // namespace cti::supervisor
