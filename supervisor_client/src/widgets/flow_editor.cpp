#include "widgets/flow_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

#include "models/flow_editor_model.h"
#include "models/flow_nodes.h"
#include "widgets/flow_scene.h"

namespace cti::supervisor {

namespace {

QPushButton* button(const QString& text, const char* name) {
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}

QString promptsText(const QJsonValue& v) {
    if (v.isString()) return v.toString();
    QStringList ids;
    for (const QJsonValue& id : v.toArray()) ids << id.toString();
    return ids.join(QStringLiteral(", "));
}

QJsonValue promptsValue(const QString& text) {
    QJsonArray ids;
    for (const QString& id : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) ids.append(id);
    return ids.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(ids);
}

}  // namespace

FlowEditor::FlowEditor(FlowEditorModel& model, QWidget* parent)
    : QWidget(parent), model_(model), scene_(new FlowScene(this)), view_(new QGraphicsView(scene_)),
      picker_(new QComboBox), typePicker_(new QComboBox), addButton_(button(tr("Add node"), "flowAddNode")),
      deleteButton_(button(tr("Delete"), "flowDeleteNode")), startButton_(button(tr("Set as start"), "flowSetStart")),
      arrangeButton_(button(tr("Arrange"), "flowArrange")), saveButton_(button(tr("Save"), "flowSave")),
      reloadButton_(button(tr("Reload"), "flowReload")), form_(new QScrollArea), status_(new QLabel) {
    setObjectName(QStringLiteral("flowEditor"));
    setWindowTitle(tr("IVR flows"));
    picker_->setObjectName(QStringLiteral("flowPicker"));
    picker_->setMinimumContentsLength(24);
    typePicker_->setObjectName(QStringLiteral("flowNodeType"));
    for (const QString& type : flowNodeTypes()) typePicker_->addItem(nodeTypeName(type), type);
    view_->setObjectName(QStringLiteral("flowView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setDragMode(QGraphicsView::ScrollHandDrag);
    form_->setObjectName(QStringLiteral("flowProperties"));
    form_->setWidgetResizable(true);
    form_->setMinimumWidth(300);
    status_->setObjectName(QStringLiteral("flowStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Flow:")));
    tools->addWidget(picker_);
    tools->addSpacing(12);
    tools->addWidget(typePicker_);
    for (auto* b : {addButton_, deleteButton_, startButton_, arrangeButton_}) tools->addWidget(b);
    tools->addStretch();
    tools->addWidget(saveButton_);
    tools->addWidget(reloadButton_);
    auto* split = new QSplitter;
    split->addWidget(view_);
    split->addWidget(form_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    // The canvas gets the room; the form wants no more than its fields need.
    split->setSizes({860, 340});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(split, 1);
    layout->addWidget(status_);
    resize(1200, 720);

    connect(&model_, &FlowEditorModel::changed, this, &FlowEditor::refresh);
    connect(picker_, &QComboBox::currentIndexChanged, this, [this](int i) { model_.open(picker_->itemData(i).toString()); });
    connect(addButton_, &QPushButton::clicked, this, [this] { model_.addNode(typePicker_->currentData().toString()); });
    connect(deleteButton_, &QPushButton::clicked, &model_, &FlowEditorModel::removeSelected);
    connect(startButton_, &QPushButton::clicked, &model_, &FlowEditorModel::setStartToSelected);
    connect(arrangeButton_, &QPushButton::clicked, &model_, &FlowEditorModel::autoLayout);
    connect(saveButton_, &QPushButton::clicked, &model_, &FlowEditorModel::save);
    connect(reloadButton_, &QPushButton::clicked, &model_, &FlowEditorModel::reload);
    // Queued: a redraw replaces the items, which must not happen inside their own mouse events.
    connect(scene_, &FlowScene::nodeSelected, &model_, &FlowEditorModel::select, Qt::QueuedConnection);
    connect(scene_, &FlowScene::nodeMoved, &model_, &FlowEditorModel::moveNode, Qt::QueuedConnection);
    refresh();
}

void FlowEditor::refresh() {
    const auto& doc = model_.document();
    const bool ready = doc && model_.connected() && !model_.busy();
    const bool node = doc && !model_.selected().isEmpty();
    refreshPicker();
    picker_->setEnabled(model_.connected() && !model_.busy());
    addButton_->setEnabled(ready);
    typePicker_->setEnabled(ready);
    deleteButton_->setEnabled(ready && node);
    startButton_->setEnabled(ready && node && doc->start() != model_.selected());
    arrangeButton_->setEnabled(ready);
    saveButton_->setEnabled(ready);
    reloadButton_->setEnabled(ready);
    status_->setText(model_.message());
    status_->setStyleSheet(model_.messageIsError() ? QStringLiteral("color: #c62828;") : QString());
    scene_->draw(doc ? &*doc : nullptr, model_.selected(), model_.problems());
    if (formNode_ != model_.selected() || formRevision_ != model_.structureRevision()) rebuildForm();
}

void FlowEditor::refreshPicker() {
    const QSignalBlocker quiet(picker_);
    const auto& flows = model_.catalog().flows;
    bool same = picker_->count() == flows.size();
    for (int i = 0; same && i < flows.size(); ++i) same = picker_->itemData(i).toString() == flows[i].name;
    if (!same) {
        picker_->clear();
        for (const auto& f : flows) picker_->addItem(f.name, f.name);
    }
    for (int i = 0; i < flows.size(); ++i)
        picker_->setItemText(i, tr("%1 (version %2)").arg(flows[i].name).arg(flows[i].version));
    if (model_.document()) picker_->setCurrentIndex(picker_->findData(model_.document()->name()));
}

void FlowEditor::rebuildForm() {
    formNode_ = model_.selected();
    formRevision_ = model_.structureRevision();
    // Later: this may run inside a signal of one of the old form's widgets.
    if (QWidget* old = form_->takeWidget()) old->deleteLater();
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    const auto& doc = model_.document();
    if (!doc || formNode_.isEmpty()) {
        auto* hint = new QLabel(tr("Select a node to edit its properties."));
        hint->setWordWrap(true);
        form->addRow(hint);
        form_->setWidget(page);
        return;
    }
    const QString type = doc->typeOf(formNode_);
    auto* title = new QLabel(QStringLiteral("<b>%1</b> — %2").arg(formNode_.toHtmlEscaped(), nodeTypeName(type).toHtmlEscaped()));
    title->setObjectName(QStringLiteral("flowNodeTitle"));
    form->addRow(title);
    for (const FieldSpec& spec : fieldsOf(type)) {
        if (spec.kind == FieldKind::Options) {
            addOptionRows(*form, formNode_);
            continue;
        }
        form->addRow(fieldLabel(spec.key), fieldEditor(spec, formNode_));
    }
    form_->setWidget(page);
}

QWidget* FlowEditor::fieldEditor(const FieldSpec& spec, const QString& node) {
    const QJsonValue value = model_.document()->field(node, spec.key);
    const QJsonValue shown = value.isUndefined() ? spec.defaultValue : value;
    const QString key = spec.key;
    QWidget* editor = nullptr;
    switch (spec.kind) {
    case FieldKind::Text: {
        auto* e = new QLineEdit(shown.toString());
        connect(e, &QLineEdit::textEdited, this, [this, key](const QString& t) { model_.setField(key, t); });
        editor = e;
        break;
    }
    case FieldKind::Prompts: {
        auto* e = new QLineEdit(promptsText(value));
        e->setPlaceholderText(tr("prompt ids, separated by commas"));
        e->setToolTip(tr("Prompts in the library: %1").arg(model_.catalog().prompts.join(QStringLiteral(", "))));
        connect(e, &QLineEdit::textEdited, this, [this, key](const QString& t) { model_.setField(key, promptsValue(t)); });
        editor = e;
        break;
    }
    case FieldKind::Seconds: {
        auto* e = new QDoubleSpinBox;
        e->setRange(0, 86400);
        e->setDecimals(1);
        e->setValue(shown.toDouble());
        connect(e, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { model_.setField(key, v); });
        editor = e;
        break;
    }
    case FieldKind::Integer: {
        auto* e = new QSpinBox;
        e->setRange(-1000000, 1000000);
        e->setValue(shown.toInt());
        connect(e, &QSpinBox::valueChanged, this, [this, key](int v) { model_.setField(key, v); });
        editor = e;
        break;
    }
    case FieldKind::Bool: {
        auto* e = new QCheckBox;
        e->setChecked(shown.toBool());
        connect(e, &QCheckBox::toggled, this, [this, key](bool v) { model_.setField(key, v); });
        editor = e;
        break;
    }
    case FieldKind::Queue:
    case FieldKind::Calendar: {
        // Editable: the server's list is offered, and a name typed in is checked by the server.
        auto* e = new QComboBox;
        e->setEditable(true);
        e->addItems(spec.kind == FieldKind::Queue ? model_.catalog().queues : model_.catalog().calendars);
        e->setCurrentText(shown.toString());
        connect(e, &QComboBox::currentTextChanged, this, [this, key](const QString& t) { model_.setField(key, t); });
        editor = e;
        break;
    }
    case FieldKind::Choice: {
        auto* e = new QComboBox;
        for (const QString& c : spec.choices) e->addItem(c.isEmpty() ? tr("(none)") : c, c);
        e->setCurrentIndex(std::max(0, e->findData(shown.toString())));
        connect(e, &QComboBox::currentIndexChanged, this,
                [this, key, e](int i) { model_.setField(key, e->itemData(i).toString()); });
        editor = e;
        break;
    }
    case FieldKind::Node: {
        auto* e = static_cast<QComboBox*>(nodePicker(shown.toString(), tr("(none)")));
        connect(e, &QComboBox::currentIndexChanged, this,
                [this, key, e](int i) { model_.connectExit(key, {}, e->itemData(i).toString()); });
        editor = e;
        break;
    }
    case FieldKind::Options:
        break;
    }
    editor->setObjectName(QStringLiteral("field_") + key);
    return editor;
}

QWidget* FlowEditor::nodePicker(const QString& current, const QString& noneText) {
    auto* e = new QComboBox;
    e->addItem(noneText, QString());
    for (const QString& id : model_.document()->nodeIds())
        e->addItem(QStringLiteral("%1 (%2)").arg(id, nodeTypeName(model_.document()->typeOf(id))), id);
    // A target that is not a node (the server will say so) is shown as it is written.
    if (!current.isEmpty() && e->findData(current) < 0) e->addItem(current, current);
    e->setCurrentIndex(std::max(0, e->findData(current)));
    return e;
}

void FlowEditor::addOptionRows(QFormLayout& form, const QString& node) {
    QStringList used;
    for (const FlowExit& exit : model_.document()->exits(node)) {
        if (exit.field != QLatin1String("options")) continue;
        used << exit.key;
        auto* e = static_cast<QComboBox*>(nodePicker(exit.target, tr("(remove this key)")));
        e->setObjectName(QStringLiteral("option_") + exit.key);
        connect(e, &QComboBox::currentIndexChanged, this, [this, e, key = exit.key](int i) {
            model_.connectExit(QStringLiteral("options"), key, e->itemData(i).toString());
        });
        form.addRow(tr("Key %1 →").arg(exit.key), e);
    }
    auto* key = new QComboBox;
    key->setObjectName(QStringLiteral("newOptionKey"));
    for (const QChar c : QStringLiteral("1234567890*#"))
        if (!used.contains(QString(c))) key->addItem(QString(c));
    auto* target = static_cast<QComboBox*>(nodePicker({}, tr("(choose a node)")));
    target->setObjectName(QStringLiteral("newOptionTarget"));
    auto* add = button(tr("Add key"), "addOptionButton");
    connect(add, &QPushButton::clicked, this, [this, key, target] {
        model_.connectExit(QStringLiteral("options"), key->currentText(), target->currentData().toString());
    });
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(key);
    h->addWidget(target, 1);
    h->addWidget(add);
    form.addRow(tr("New key"), row);
}

}  // namespace cti::supervisor
