#include "widgets/admin_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringListModel>

#include <algorithm>
#include <limits>

#include "models/admin_labels.h"
#include "models/admin_table_model.h"

namespace cti::supervisor {

namespace {

// Completes the item after the last comma, keeping the ones before it.
class ListCompleter : public QCompleter {
public:
    ListCompleter(const QStringList& items, QObject* parent) : QCompleter(items, parent) {
        setCaseSensitivity(Qt::CaseInsensitive);
    }
    QStringList splitPath(const QString& path) const override {
        return {path.section(QLatin1Char(','), -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex& index) const override {
        const auto* edit = qobject_cast<const QLineEdit*>(widget());
        const QString text = edit ? edit->text() : QString();
        const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + QLatin1Char(' ');
        return before + QCompleter::pathFromIndex(index);
    }
};

// The item whose data (the code) is `code`, -1 if none ("" and a null string are the same).
int comboIndexOf(const QComboBox& box, const QString& code) {
    for (int i = 0; i < box.count(); ++i)
        if (box.itemData(i).toString() == code) return i;
    return -1;
}

int clampToInt(qint64 v) {
    return static_cast<int>(std::clamp<qint64>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

}  // namespace

AdminForm::AdminForm(QWidget* parent) : QWidget(parent), layout_(new QFormLayout(this)) {
    layout_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void AdminForm::setColumns(const QString& table, const QList<cti::qt::AdminColumn>& columns) {
    // The same table listed again (after a save): the editors stay, so nothing flickers.
    if (table == model_.table() && columns == model_.columns() && editors_.size() == columns.size()) {
        model_.setColumns(table, columns);
        return load();
    }
    while (layout_->rowCount() > 0) layout_->removeRow(0);  // deletes the old editors
    editors_.clear();
    model_.setColumns(table, columns);
    for (const auto& c : columns) {
        QWidget* e = makeEditor(c);
        e->setObjectName(QStringLiteral("field_") + c.name);
        editors_.insert(c.name, e);
        QString label = AdminLabels::columnTitle(table, c.name);
        if (c.required && !c.readOnly) label += QStringLiteral(" *");
        layout_->addRow(label, e);
    }
    load();
}

void AdminForm::startNew() {
    model_.startNew();
    load();
}

void AdminForm::edit(const cti::qt::AdminRecord& record) {
    model_.edit(record);
    load();
}

QWidget* AdminForm::makeEditor(const cti::qt::AdminColumn& c) {
    switch (adminEditorKind(c)) {
        case AdminEditorKind::Text: {
            auto* e = new QPlainTextEdit;
            e->setTabChangesFocus(true);
            e->setMinimumHeight(c.type == QLatin1String("json") ? 160 : 80);
            return e;
        }
        case AdminEditorKind::Int: {
            auto* e = new QSpinBox;
            // No range given: any number; the server says which are allowed.
            if (c.max > c.min) e->setRange(clampToInt(c.min), clampToInt(c.max));
            else e->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            return e;
        }
        case AdminEditorKind::Bool: return new QCheckBox;
        case AdminEditorKind::Choice: {
            // Labels shown, codes kept as the items' data (what a save sends).
            auto* e = new QComboBox;
            const QString& table = model_.table();
            if (!c.required) e->addItem(AdminLabels::valueText(table, c.name, QString()), QString());  // none
            for (const QString& choice : c.choices)
                if (comboIndexOf(*e, choice) < 0)  // the server may list "" (none) too
                    e->addItem(AdminLabels::valueText(table, c.name, choice), choice);
            return e;
        }
        case AdminEditorKind::Time: {
            auto* e = new QLineEdit;
            e->setPlaceholderText(tr("HH:MM"));
            return e;
        }
        case AdminEditorKind::Date: {
            auto* e = new QLineEdit;
            e->setPlaceholderText(tr("YYYY-MM-DD"));
            return e;
        }
        case AdminEditorKind::List: {
            auto* e = new QLineEdit;
            e->setPlaceholderText(tr("Comma-separated"));
            if (!c.choices.isEmpty()) {
                // The items by their labels; valueOf() takes them back to codes.
                QStringList shown;
                for (const QString& choice : c.choices) shown << AdminLabels::valueText(model_.table(), c.name, choice);
                e->setCompleter(new ListCompleter(shown, e));
                e->setToolTip(tr("One or more of: %1").arg(shown.join(QStringLiteral(", "))));
            }
            return e;
        }
        case AdminEditorKind::Line: break;
    }
    auto* e = new QLineEdit;
    if (c.type == QLatin1String("text") && c.max > 0) e->setMaxLength(clampToInt(c.max));
    return e;
}

void AdminForm::load() {
    for (const auto& c : model_.columns()) {
        setValue(c, model_.record().value(c.name));
        editors_.value(c.name)->setEnabled(model_.isEditable(c));
    }
}

void AdminForm::setValue(const cti::qt::AdminColumn& c, const QString& value) {
    QWidget* w = editors_.value(c.name);
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        // A list by its items' labels; a column never saved (a role, a parameter's description)
        // in the desktop's words; anything typed as it is.
        if (adminEditorKind(c) == AdminEditorKind::List) e->setText(AdminLabels::listText(model_.table(), c.name, value));
        else if (c.readOnly) e->setText(adminValueText(model_.table(), c, model_.record()));
        else e->setText(value);
    } else if (auto* e = qobject_cast<QPlainTextEdit*>(w)) e->setPlainText(value);
    else if (auto* e = qobject_cast<QSpinBox*>(w)) e->setValue(clampToInt(value.toLongLong()));
    else if (auto* e = qobject_cast<QCheckBox*>(w)) e->setChecked(value == QLatin1String("1"));
    else if (auto* e = qobject_cast<QComboBox*>(w)) {
        // A stored value no longer among the choices stays visible rather than silently changing.
        if (comboIndexOf(*e, value) < 0) e->addItem(AdminLabels::valueText(model_.table(), c.name, value), value);
        e->setCurrentIndex(comboIndexOf(*e, value));
    }
}

QString AdminForm::valueOf(const cti::qt::AdminColumn& c) const {
    QWidget* w = editors_.value(c.name);
    if (const auto* e = qobject_cast<QLineEdit*>(w)) {
        if (adminEditorKind(c) != AdminEditorKind::List) return e->text().trimmed();
        // Items as the protocol's list: comma-separated codes, no blanks.
        QStringList codes;
        for (const QString& item : splitAdminList(e->text()))
            codes << AdminLabels::valueCode(model_.table(), c.name, c.choices, item);
        return codes.join(QLatin1Char(','));
    }
    if (const auto* e = qobject_cast<QPlainTextEdit*>(w)) return e->toPlainText();
    if (const auto* e = qobject_cast<QSpinBox*>(w)) return QString::number(e->value());
    if (const auto* e = qobject_cast<QCheckBox*>(w)) return e->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (const auto* e = qobject_cast<QComboBox*>(w)) return e->currentData().toString();
    return {};
}

cti::qt::AdminRecord AdminForm::values() const {
    cti::qt::AdminRecord out;
    for (const auto& c : model_.columns()) out.insert(c.name, valueOf(c));
    return out;
}

QStringList AdminForm::missingRequired() const {
    QStringList labels;
    for (const QString& name : model_.missingRequired(values()))
        labels << AdminLabels::columnTitle(model_.table(), name);
    return labels;
}

}  // namespace cti::supervisor
