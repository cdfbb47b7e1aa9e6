#pragma once
// A server alarm (protocol 1.5): a problem every desktop must see at once, e.g. writes not being
// saved (kind "storage": disk full, data folder read-only) or recordings stopping ("recording").
#include <QMetaType>
#include <QString>

namespace cti::qt {

struct ServerAlarm {
    QString kind;
    bool active = false;
    QString message;  // the server's words, with what to do
    qint64 sinceMs = 0;
};

}  // namespace cti::qt

Q_DECLARE_METATYPE(cti::qt::ServerAlarm)
