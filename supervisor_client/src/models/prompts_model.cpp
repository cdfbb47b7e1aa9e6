#include "models/prompts_model.h"

#include <QDateTime>

#include <algorithm>

namespace cti::supervisor {

namespace {
const QString kId = QStringLiteral("id");
const QString kLang = QStringLiteral("lang");
const QString kSeconds = QStringLiteral("seconds");
const QString kUpdated = QStringLiteral("updated");

bool validPart(QStringView part) {
    return !part.isEmpty() && part.size() <= 64 && std::all_of(part.begin(), part.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
}

// The server sends times as Unix ms in text; anything else is shown as it came.
QString updatedText(const QString& value) {
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (!ok || ms <= 0) return value;
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
}  // namespace

QString promptIdProblem(const QString& id) {
    const qsizetype slash = id.indexOf(u'/');
    if (slash >= 0 && validPart(QStringView(id).left(slash)) && validPart(QStringView(id).mid(slash + 1))) return {};
    return PromptsModel::tr("A prompt id is category/name in lower-case letters, digits, _ or - (e.g. ivr/welcome).");
}

PromptsModel::PromptsModel(QObject* parent) : QAbstractTableModel(parent) {}

int PromptsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(records_.size());
}

int PromptsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PromptsModel::languageTitle(const QString& language) {
    if (language == QLatin1String("zh_CN")) return tr("Chinese");
    if (language == QLatin1String("en")) return tr("English");
    return language;
}

QVariant PromptsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto& r = records_.at(index.row());
    if (role == LanguageCodeRole) return r.value(kLang);
    if (role == SecondsRole) return r.value(kSeconds).toDouble();
    if (role == Qt::TextAlignmentRole && index.column() == Seconds)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
        case Id: return r.value(kId);
        case Language: return languageTitle(r.value(kLang));
        case Seconds: {
            bool ok = false;
            const double s = r.value(kSeconds).toDouble(&ok);
            return ok ? tr("%1 s").arg(s, 0, 'f', 1) : r.value(kSeconds);
        }
        case Updated: return updatedText(r.value(kUpdated));
        default: return {};
    }
}

QVariant PromptsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Id: return tr("Prompt");
        case Language: return tr("Language");
        case Seconds: return tr("Length");
        case Updated: return tr("Updated");
        default: return {};
    }
}

void PromptsModel::setRecords(QList<cti::qt::AdminRecord> records) {
    std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
        const int byId = QString::compare(a.value(kId), b.value(kId));
        return byId != 0 ? byId < 0 : a.value(kLang) < b.value(kLang);
    });
    beginResetModel();
    records_ = std::move(records);
    endResetModel();
}

std::optional<int> PromptsModel::rowOf(const QString& id, const QString& language) const {
    for (int i = 0; i < records_.size(); ++i)
        if (records_.at(i).value(kId) == id && records_.at(i).value(kLang) == language) return i;
    return std::nullopt;
}

}  // namespace cti::supervisor
