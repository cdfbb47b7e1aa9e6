#pragma once
// The administration window's names (系统管理): its sections and the columns of the server's
// tables (schema/PROTOCOL.md, "Administration tables (protocol 1.7)"), translated in one place.
// A name the desktop does not know yet (a newer server) is shown as the server sends it.
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "cti/qtclient/admin_tables.h"

namespace cti::supervisor {

namespace admin_section {
// The organisation's own requests (ListUsers, SaveUser, SaveDepartment), not AdminList tables.
inline const QString kUsers = QStringLiteral("users");
inline const QString kDepartments = QStringLiteral("departments");
inline const QString kSkills = QStringLiteral("skills");
inline const QString kPrompts = QStringLiteral("prompts");
}  // namespace admin_section

class AdminLabels {
    Q_DECLARE_TR_FUNCTIONS(cti::supervisor::AdminLabels)
public:
    // Every section the window knows, in the order it lists them.
    static const QStringList& sectionOrder();
    static QString sectionTitle(const QString& section);
    // The column's label in `table`: a few names mean something else in one table (the name of
    // a person on duty, not of a thing).
    static QString columnTitle(const QString& table, const QString& column);
    static QString roleTitle(const QString& role);
    static const QStringList& roles();

    // The note above `table`, in the desktop's language; a table unknown here keeps the server's
    // (English) `serverNote`.
    static QString tableNote(const QString& table, const QString& serverNote);
    // One value of `table`.`column` as the window shows it: the label of a code (a queue's
    // strategy, a trunk's transport, a role, a weekday...). Anything else, a code this desktop
    // does not know included, is shown as it is. Only the display: the server is sent the code.
    static QString valueText(const QString& table, const QString& column, const QString& value);
    // Whether valueText() has labels for `table`.`column` at all.
    static bool hasValueLabels(const QString& table, const QString& column);
    // A list value (comma-separated codes) with each item by valueText(), joined by ", "; the
    // value as it is when the column has no labels.
    static QString listText(const QString& table, const QString& column, const QString& value);
    // The code of one shown item of `table`.`column` among `choices`: the choice whose label
    // (or code) it is, case-insensitively; anything else as it is.
    static QString valueCode(const QString& table, const QString& column, const QStringList& choices,
                             const QString& shown);
    // A system parameter's description by its key (parameters.key); a key unknown here keeps the
    // server's `serverText`.
    static QString parameterDescription(const QString& key, const QString& serverText);
};

// The sections this session may open, in the window's order: the organisation's two when the
// user has admin.users, then every listed table the session may change, and the ones that are
// read-only by nature (who is on duty). A table listed only so that desktops can
// read it (the data dictionaries everyone reads) is no administration. Tables unknown to this
// desktop come last, by name.
QStringList adminSections(const QList<cti::qt::AdminTableInfo>& tables, bool mayAdministerUsers);

}  // namespace cti::supervisor
