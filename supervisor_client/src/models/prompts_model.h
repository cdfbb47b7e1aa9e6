#pragma once
// The prompt library (提示音) as the administration table "prompts" lists it: one row per
// recording, by id then language (id, language, seconds, updated). Plus the client's own check
// of a prompt id before anything is recorded or sent (the server checks it again).
#include <QAbstractTableModel>
#include <QList>

#include <optional>

#include "cti/qtclient/admin_tables.h"

namespace cti::supervisor {

// Why `id` is not a prompt id ("<category>/<name>", each 1..64 of a-z, 0-9, _ and -), or an
// empty string.
QString promptIdProblem(const QString& id);

// The languages a prompt is recorded in, as the server names them.
inline const QStringList& promptLanguages() {
    static const QStringList languages{QStringLiteral("zh_CN"), QStringLiteral("en")};
    return languages;
}

class PromptsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Language, Seconds, Updated, ColumnCount };
    static constexpr int LanguageCodeRole = Qt::UserRole + 1;  // "zh_CN" / "en" of the row
    static constexpr int SecondsRole = Qt::UserRole + 2;       // double

    explicit PromptsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(QList<cti::qt::AdminRecord> records);
    const cti::qt::AdminRecord& recordAt(int row) const { return records_.at(row); }
    std::optional<int> rowOf(const QString& id, const QString& language) const;

    // "中文" / "English" for the server's language names; another name as it came.
    static QString languageTitle(const QString& language);

private:
    QList<cti::qt::AdminRecord> records_;
};

}  // namespace cti::supervisor
