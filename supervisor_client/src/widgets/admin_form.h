#pragma once
// The form of one administration table (系统管理), built from the table's columns: a line edit
// for text and dates, a text box for multi-line text and JSON, a spin box within the column's
// range for numbers, a check box for yes/no, a combo box for choices, a line edit for times, and
// a comma-separated line edit that completes the allowed items for lists. Codes show as their
// labels (AdminLabels::valueText) and are saved as codes. Read-only columns are shown disabled,
// in the desktop's words; key columns too once the record exists. Drawing only: AdminFormModel decides.
#include <QHash>
#include <QWidget>

#include "models/admin_form_model.h"

class QFormLayout;

namespace cti::supervisor {

class AdminForm : public QWidget {
    Q_OBJECT
public:
    explicit AdminForm(QWidget* parent = nullptr);

    // Builds an editor per column (kept when the columns are the same) and starts a new record.
    void setColumns(const QString& table, const QList<cti::qt::AdminColumn>& columns);
    void startNew();
    void edit(const cti::qt::AdminRecord& record);
    // Every column's value as the editors hold it, as text (bool "1"/"0").
    cti::qt::AdminRecord values() const;
    // The required columns left empty, by their labels.
    QStringList missingRequired() const;
    cti::qt::AdminRecord recordToSave() const { return model_.recordToSave(values()); }

    const AdminFormModel& model() const { return model_; }
    // The editor of a column (object name "field_<column>"), nullptr if there is none.
    QWidget* editor(const QString& column) const { return editors_.value(column); }

private:
    void load();
    QWidget* makeEditor(const cti::qt::AdminColumn& column);
    void setValue(const cti::qt::AdminColumn& column, const QString& value);
    QString valueOf(const cti::qt::AdminColumn& column) const;

    AdminFormModel model_;
    QFormLayout* layout_;
    QHash<QString, QWidget*> editors_;
};

}  // namespace cti::supervisor
