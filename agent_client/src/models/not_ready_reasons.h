#pragma once
// The pick lists of the server's data dictionaries (AdminList "dictionaries"), above all the
// reasons an agent gives for not ready and away (置忙原因): the server's data dictionary
// "not_ready_reasons" (AdminList "dictionaries", readable by every logged-in user, read at
// login), or the built-in list when the server has none or cannot say (an older server). Pure
// functions over plain data; SoftphoneModel holds the list the softphone bar shows.
#include <QList>
#include <QString>

#include "cti/qtclient/admin_tables.h"

namespace cti::agent {

// An item of a data dictionary as a pick list shows it.
struct DictionaryItem {
    QString code;   // what the server is told (AgentControl.reason, SetDisposition.disposition)
    QString label;  // what the agent reads

    bool operator==(const DictionaryItem&) const = default;
};
using NotReadyReason = DictionaryItem;

// break, meeting, training, after_call_work, labelled in the installed language.
QList<NotReadyReason> builtInNotReadyReasons();

// The enabled rows of `dictionary` among `rows` (the table "dictionaries"), by position, then as
// listed. The label is label_zh when `language` is Chinese ("zh…"), else label_en; the other
// label when that one is empty, then the code. Rows without a code and a code seen before are
// left out. Empty when the dictionary has no enabled item.
QList<DictionaryItem> dictionaryItems(const QList<cti::qt::AdminRecord>& rows, const QString& dictionary,
                                      const QString& language);
// dictionaryItems of "not_ready_reasons".
QList<NotReadyReason> notReadyReasonsFromDictionary(const QList<cti::qt::AdminRecord>& rows, const QString& language);

}  // namespace cti::agent
