#pragma once
// The quality scoring form (质检评分) of a recording: its items with their maxima (one table,
// schema/PROTOCOL.md "Recordings": greeting 0–10, accuracy 0–30, attitude 0–20, compliance 0–20,
// resolution 0–20; 100 in all), the total, and the check the server makes, made before sending so
// that a wrong form never leaves the desktop. Pure functions over plain data.
#include <QList>
#include <QString>

#include "cti/qtclient/supervision_admin.h"

namespace cti::supervisor {

struct ScoreItemSpec {
    QString id;        // the protocol's name
    int maxPoints = 0;
};

// In the order the form shows them.
const QList<ScoreItemSpec>& scoreItems();
// The item's title for people (translated); an unknown id as-is.
QString scoreItemTitle(const QString& id);
// The item's maximum, or -1 for an unknown item.
int scoreItemMax(const QString& id);

// The longest comment the server keeps.
inline constexpr int kMaxScoreComment = 500;

int scoreTotal(const QList<cti::qt::ScorePoints>& items);
// Why the server would refuse this scoring (an empty string: it would not): no item, an unknown
// item, one item twice, points outside 0..the item's maximum, a comment over 500 characters.
QString scoreProblem(const QList<cti::qt::ScorePoints>& items, const QString& comment);

}  // namespace cti::supervisor
