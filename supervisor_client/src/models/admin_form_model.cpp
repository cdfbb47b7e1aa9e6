#include "models/admin_form_model.h"

#include "models/admin_table_model.h"

namespace cti::supervisor {

AdminEditorKind adminEditorKind(const cti::qt::AdminColumn& column) {
    const QString& t = column.type;
    if (t == QLatin1String("multiline") || t == QLatin1String("json")) return AdminEditorKind::Text;
    if (t == QLatin1String("bool")) return AdminEditorKind::Bool;
    // Shown as the server sent it: a spin box would show 0 for an id not assigned yet.
    if (column.readOnly) return AdminEditorKind::Line;
    if (t == QLatin1String("int")) return AdminEditorKind::Int;
    // A choice without choices (nothing to pick from yet) is typed.
    if (t == QLatin1String("choice")) return column.choices.isEmpty() ? AdminEditorKind::Line : AdminEditorKind::Choice;
    if (t == QLatin1String("time")) return AdminEditorKind::Time;
    if (t == QLatin1String("date")) return AdminEditorKind::Date;
    if (t == QLatin1String("list")) return AdminEditorKind::List;
    return AdminEditorKind::Line;  // text, and types newer than this desktop
}

QStringList splitAdminList(const QString& text) {
    QStringList out;
    QString commas = text;
    commas.replace(QChar(0xFF0C), QLatin1Char(',')).replace(QChar(0x3001), QLatin1Char(','));  // ， 、
    for (const QString& item : commas.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty()) out << item.trimmed();
    return out;
}

void AdminFormModel::setColumns(const QString& table, QList<cti::qt::AdminColumn> columns) {
    table_ = table;
    columns_ = std::move(columns);
    startNew();
}

void AdminFormModel::startNew() {
    record_.clear();
    for (const auto& c : columns_) record_.insert(c.name, c.defaultValue);
    isNew_ = true;
}

void AdminFormModel::edit(const cti::qt::AdminRecord& record) {
    record_ = record;
    isNew_ = false;
}

bool AdminFormModel::isEditable(const cti::qt::AdminColumn& column) const {
    return !column.readOnly && (isNew_ || !column.key);
}

QStringList AdminFormModel::missingRequired(const cti::qt::AdminRecord& values) const {
    QStringList missing;
    for (const auto& c : columns_)
        if (c.required && isEditable(c) && values.value(c.name).trimmed().isEmpty()) missing << c.name;
    return missing;
}

cti::qt::AdminRecord AdminFormModel::recordToSave(const cti::qt::AdminRecord& values) const {
    cti::qt::AdminRecord out;
    for (const auto& c : columns_) {
        if (isEditable(c)) out.insert(c.name, values.value(c.name));
        else if (c.key) out.insert(c.name, isNew_ && c.readOnly ? QString() : record_.value(c.name));
    }
    return out;
}

cti::qt::AdminRecord AdminFormModel::keyFields() const { return adminKeyFields(columns_, record_); }

}  // namespace cti::supervisor
